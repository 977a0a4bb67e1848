#pragma once
// The OCR module (plantrace-ocr.so): Tesseract and Leptonica are linked
// into it, not into the binary, which loads it only when a page is to be
// read by OCR (common/plugin.h says why). Its one entry point hands out
// these functions; extractors/pdf/ocr_module.h calls them.

#include <string>

#include "common/result.h"
#include "extractors/pdf/grey_image.h"
#include "extractors/pdf/ocr/ocr_page.h"
#include "extractors/pdf/page_content.h"

#define PLANTRACE_OCR_PLUGIN "plantrace-ocr.so"
#define PLANTRACE_OCR_ENTRY "plantrace_ocr_api"

namespace plantrace::pdf {

struct OcrPluginApi {
  // Whether this thread's engine is loaded (ThreadOcrEngine), and if not why.
  void (*engine_ready)(Status* out);
  // OcrIntoPage with this thread's engine.
  void (*read_page)(const GreyImage& image, const std::string& where, double max_seconds,
                    PageContent* page, Result<OcrPageResult>* out);
};

using OcrPluginEntry = const OcrPluginApi* (*)();

}  // namespace plantrace::pdf

#pragma once
// OCR of one page through the OCR module (ocr/ocr_plugin.h), loaded on the
// first call. Without the module every call fails with a message saying
// OCR is not available, and the page is reported as not read.

#include <string>

#include "common/result.h"
#include "extractors/pdf/grey_image.h"
#include "extractors/pdf/ocr/ocr_page.h"
#include "extractors/pdf/page_content.h"

namespace plantrace::pdf {

// OK when this thread can read pages (module and model loaded).
Status OcrReady();

// OcrIntoPage (ocr/ocr_page.h) with this thread's engine.
Result<OcrPageResult> OcrPage(const GreyImage& image, const std::string& where, double max_seconds,
                              PageContent* page);

}  // namespace plantrace::pdf

// The entry point of the OCR module (see ocr_plugin.h).
#include "extractors/pdf/ocr/ocr_plugin.h"

#include "extractors/pdf/ocr/ocr_engine.h"

namespace plantrace::pdf {
namespace {

void EngineReady(Status* out) {
  Result<OcrEngine*> engine = ThreadOcrEngine();
  *out = engine.ok() ? Status::Ok() : engine.status();
}

void ReadPage(const GreyImage& image, const std::string& where, double max_seconds,
              PageContent* page, Result<OcrPageResult>* out) {
  Result<OcrEngine*> engine = ThreadOcrEngine();
  if (!engine.ok()) {
    *out = engine.status();
    return;
  }
  *out = OcrIntoPage(*engine.value(), image, where, max_seconds, page);
}

}  // namespace
}  // namespace plantrace::pdf

extern "C" const plantrace::pdf::OcrPluginApi* plantrace_ocr_api() {
  static const plantrace::pdf::OcrPluginApi api{&plantrace::pdf::EngineReady,
                                                &plantrace::pdf::ReadPage};
  return &api;
}

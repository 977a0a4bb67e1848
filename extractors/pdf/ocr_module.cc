#include "extractors/pdf/ocr_module.h"

#include "common/plugin.h"
#include "extractors/pdf/ocr/ocr_plugin.h"

namespace plantrace::pdf {
namespace {

// Loaded once per process (the first caller waits for it).
Result<const OcrPluginApi*> Api() {
  static const Result<const OcrPluginApi*> api = []() -> Result<const OcrPluginApi*> {
    Result<void*> entry = PluginEntry(PLANTRACE_OCR_PLUGIN, PLANTRACE_OCR_ENTRY, "OCR");
    if (!entry.ok()) return entry.status();
    return reinterpret_cast<OcrPluginEntry>(entry.value())();
  }();
  return api;
}

}  // namespace

Status OcrReady() {
  Result<const OcrPluginApi*> api = Api();
  if (!api.ok()) return api.status();
  Status ready;
  api.value()->engine_ready(&ready);
  return ready;
}

Result<OcrPageResult> OcrPage(const GreyImage& image, const std::string& where, double max_seconds,
                              PageContent* page) {
  Result<const OcrPluginApi*> api = Api();
  if (!api.ok()) return api.status();
  Result<OcrPageResult> out = Status::Unsupported(where, "OCR not run");
  api.value()->read_page(image, where, max_seconds, page, &out);
  return out;
}

}  // namespace plantrace::pdf

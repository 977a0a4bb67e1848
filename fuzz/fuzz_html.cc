// Contract: for any bytes, ExtractHtml returns a document or a Status; it never
// crashes, hangs, leaks or reads out of bounds.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extractors/html/html_extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  plantrace::ExtractOptions options;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto doc = plantrace::ExtractHtml(bytes, "fuzz.html", options);
  (void)doc;
  return 0;
}

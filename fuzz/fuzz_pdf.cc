// Contract: for any bytes, ExtractPdf returns a document or a Status; it never
// crashes, hangs, leaks or reads out of bounds.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extractors/pdf/pdf_extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  plantrace::ExtractOptions options;
  options.max_pages = 50;
  options.max_seconds = 5;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto doc = plantrace::ExtractPdf(bytes, "fuzz.pdf", options);
  (void)doc;
  return 0;
}

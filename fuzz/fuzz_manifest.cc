// Contract: for any bytes, ParseManifest returns a manifest or a Status.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "corpus/manifest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> warnings;
  auto m = plantrace::ParseManifest(text, "fuzz/manifest.json", &warnings);
  (void)m;
  return 0;
}

// Contract: for any lead cell, OwnerParser::ParseCell returns owners (or none)
// without crashing or hanging.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "pipeline/normalise/owner_parser.h"

namespace {
const plantrace::OwnerParser& Parser() {
  static auto parser = plantrace::OwnerParser::CreateDefault();
  if (!parser.ok()) std::abort();  // data/ missing: a setup error, not a finding
  return parser.value();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view cell(reinterpret_cast<const char*>(data), size);
  for (const auto& o : Parser().ParseCell(cell)) (void)o;
  (void)Parser().ParseOne(cell);
  (void)Parser().LooksLikeRole(cell);
  return 0;
}

// Contract: for any text, DateParser::FindAll and HeaderDate return dates (or
// none) without crashing or hanging, and every date they return points inside
// the text (begin <= end_offset <= size) with a valid calendar start.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "pipeline/normalise/date_parser.h"

namespace {
const plantrace::DateParser& Parser() {
  static auto parser = plantrace::DateParser::CreateDefault();
  if (!parser.ok()) std::abort();  // data/ missing: a setup error, not a finding
  return parser.value();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // The first byte varies the context, so year-less and rule-4 paths run too.
  plantrace::DateContext ctx;
  if (size > 0) {
    ctx.default_year = 2000 + data[0] % 40;
    ctx.doc_year = ctx.default_year;
    ctx.doc_month = data[0] % 13;
    ctx.in_update = data[0] & 0x80;
  }
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const auto& d : Parser().FindAll(text, ctx)) {
    if (d.begin > d.end_offset || d.end_offset > text.size()) std::abort();
    (void)plantrace::ToDateRecord(d);
  }
  if (auto h = Parser().HeaderDate(text, ctx)) (void)plantrace::ToDateRecord(*h);
  return 0;
}

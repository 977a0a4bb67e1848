// Contract: for any text, MoneyParser::FindAll, ParseMoneyValue and
// ParseCellAmount return values (or none) without crashing, hanging or
// overflowing, and every sum found points inside the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "pipeline/normalise/money_parser.h"

namespace {
const plantrace::MoneyParser& Parser() {
  static auto parser = plantrace::MoneyParser::CreateDefault();
  if (!parser.ok()) std::abort();  // data/ missing: a setup error, not a finding
  return parser.value();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const auto& a : Parser().FindAll(text)) {
    if (a.begin > a.end || a.end > text.size()) std::abort();
    (void)plantrace::ToAmountRecord(a);
  }
  (void)plantrace::ParseMoneyValue(text);
  (void)Parser().KindOf(text);
  // A tab splits the input into a column header and a cell.
  auto tab = text.find('\t');
  if (tab != std::string_view::npos)
    (void)plantrace::ParseCellAmount(text.substr(tab + 1), text.substr(0, tab));
  return 0;
}

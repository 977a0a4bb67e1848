#include "pipeline/link/term_weights.h"

#include <charconv>

#include "pipeline/shared/data_files.h"
#include "text/tokenize.h"

namespace plantrace {

Result<TermWeights> TermWeights::Parse(std::string_view text, std::string_view where,
                                       Tokenizer& tokenizer) {
  Result<std::vector<TsvRow>> rows = ParseTsv(text, where, 1, 2);
  if (!rows.ok()) return rows.status();
  TermWeights out;
  for (const TsvRow& row : rows.value()) {
    double w = 0;
    if (row.fields.size() == 2) {
      const std::string& f = row.fields[1];
      // from_chars, not strtod: the decimal point must not follow LC_NUMERIC.
      const auto [end, ec] = std::from_chars(f.data(), f.data() + f.size(), w);
      if (ec != std::errc() || end != f.data() + f.size() || !(w >= 0 && w <= 1)) {
        return Status::Corruption(RowWhere(where, row), "weight must be a number in [0, 1]: " + f);
      }
    }
    // "e.g" and "i.e" are one word to a reader but two to the word breaker:
    // every token of the entry gets the weight.
    std::vector<Token> tokens = tokenizer.Tokenize(row.fields[0]);
    if (tokens.empty()) {
      return Status::Corruption(RowWhere(where, row), "no word in '" + row.fields[0] + "'");
    }
    for (const Token& t : tokens) out.weights_[t.stem] = w;
  }
  return out;
}

}  // namespace plantrace

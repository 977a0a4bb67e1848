#pragma once
// Council words that name the same thing, for linking: a paper of 2015
// says "the involvement of all councillors and political parties" where
// its successor says "engagement of all members and political groups".
// The list is data (data/link_synonyms.tsv):
//
//   variant <TAB> canonical [<TAB> source]
//
// Both sides are case-folded and stemmed on loading; wherever a text's
// tokens spell a variant (a run of stems, longest first), the TF-IDF
// vectors count the canonical's tokens instead. Nothing else (themes,
// owners, the text shown) changes.

#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/result.h"

namespace plantrace {

class Tokenizer;
struct Token;

class Synonyms {
 public:
  // A line needs a variant and a canonical with at least one word each; a
  // variant listed twice is a Status naming the line.
  static Result<Synonyms> Parse(std::string_view text, std::string_view where,
                                Tokenizer& tokenizer);

  // `tokens` with each variant replaced by its canonical; `tokens` itself
  // (no copy) when none is found.
  const std::vector<Token>& Rewrite(const std::vector<Token>& tokens,
                                    std::vector<Token>& scratch) const;
  size_t size() const { return rules_.size(); }

 private:
  struct Rule {
    std::vector<std::string> variant;  // stems
    std::vector<Token> canonical;
  };
  std::vector<Rule> rules_;  // longest variant first
  // First stem of a variant -> its rules (indexes, longest first).
  std::unordered_map<std::string, std::vector<size_t>> by_first_;
};

}  // namespace plantrace

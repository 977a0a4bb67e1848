#pragma once
// How much a word counts when matching items across plans: English stop
// words count nothing, council boilerplate ("council", "effective",
// "ensure") counts a little. The list is data (data/link_stopwords.txt):
//
//   word            dropped (weight 0)
//   word<TAB>0.3    kept with its TF-IDF weight multiplied by 0.3
//
// Words are case-folded and stemmed on loading, so one entry covers its
// inflections. Any word not listed weighs 1.

#include <string>
#include <string_view>
#include <unordered_map>

#include "common/result.h"

namespace plantrace {

class Tokenizer;

class TermWeights {
 public:
  // A malformed line (weight not a number in [0, 1]) is a Status naming it.
  static Result<TermWeights> Parse(std::string_view text, std::string_view where,
                                   Tokenizer& tokenizer);

  // The multiplier for one stem: 1 unless listed.
  double Of(const std::string& stem) const {
    auto it = weights_.find(stem);
    return it == weights_.end() ? 1.0 : it->second;
  }
  size_t size() const { return weights_.size(); }

 private:
  std::unordered_map<std::string, double> weights_;
};

}  // namespace plantrace

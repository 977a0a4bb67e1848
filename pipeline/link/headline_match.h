#pragma once
// Headline matches: an earlier item and the later item whose own text (its
// headline: "Effective Communications and Marketing", a panel's finding
// "(a) Support services") reads most like the earlier item's, clearly
// ahead of the rest of that later paper.
//
// Each must be the other's best: the later item's headline matches this
// earlier item's best of the earlier paper, too.
//
// A whole-item cosine weighs a short heading against everything a later
// aim carries (actions, outputs, progress notes), so the aim that names the
// same subject can rank below one that merely reports more of the same
// words; and the one-to-many rule (distinct_evidence.h) drops a second aim
// that shares the heading's only word. Compared headline to headline, the
// aim that names the subject stands out (docs/decisions.md, issue 16,
// session 7). The linker keeps such a pair at its usual link score
// whatever the two items' selections (LinkOptions::headline_min_cosine).

#include <algorithm>
#include <cstdint>
#include <tuple>
#include <vector>

#include "pipeline/link/tfidf.h"

namespace plantrace {

// (earlier << 32 | later), sorted: candidate pairs (`earlier_of[later]`
// lists the earlier candidates of each later item) whose headline vectors'
// cosine is at least `min_cosine` and is both the earlier item's highest
// among the candidates of the later item's document and the later item's
// highest among those of the earlier item's document (`doc_rank` numbers
// the documents). Ties go to no one.
std::vector<uint64_t> HeadlineMatches(const std::vector<SparseVector>& headlines,
                                      const std::vector<std::vector<uint32_t>>& earlier_of,
                                      const std::vector<uint32_t>& doc_rank, double min_cosine);

inline bool IsHeadlineMatch(const std::vector<uint64_t>& matches, uint32_t earlier,
                            uint32_t later) {
  return std::binary_search(matches.begin(), matches.end(),
                            static_cast<uint64_t>(earlier) << 32 | later);
}

// Appends to `links` the pairs of `extra` it does not hold yet (`from`,
// `to`: any pair type with both).
template <typename Pair>
void AddMissingLinks(std::vector<Pair>& links, std::vector<Pair> extra) {
  auto by_ends = [](const Pair& a, const Pair& b) {
    return std::tie(a.from, a.to) < std::tie(b.from, b.to);
  };
  std::sort(extra.begin(), extra.end(), by_ends);
  std::vector<uint8_t> held(extra.size(), 0);
  for (const Pair& x : links) {
    auto it = std::lower_bound(extra.begin(), extra.end(), x, by_ends);
    if (it != extra.end() && it->from == x.from && it->to == x.to) held[it - extra.begin()] = 1;
  }
  for (size_t k = 0; k < extra.size(); ++k) {
    if (!held[k]) links.push_back(extra[k]);
  }
}

}  // namespace plantrace

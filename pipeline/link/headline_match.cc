#include "pipeline/link/headline_match.h"

#include <algorithm>
#include <numeric>

namespace plantrace {

namespace {

// The highest cosine seen in a group, the partner that has it, and whether
// another partner ties it.
struct Best {
  float cosine = -1;
  uint32_t partner = 0;
  bool tied = false;

  void See(float c, uint32_t p) {
    if (c > cosine) {
      *this = {c, p, false};
    } else if (c == cosine) {
      tied = true;
    }
  }
};

}  // namespace

std::vector<uint64_t> HeadlineMatches(const std::vector<SparseVector>& headlines,
                                      const std::vector<std::vector<uint32_t>>& earlier_of,
                                      const std::vector<uint32_t>& doc_rank, double min_cosine) {
  std::vector<uint64_t> out;
  const size_t n = earlier_of.size();
  if (min_cosine <= 0 || headlines.size() != n || doc_rank.size() != n) return out;
  // One later paper at a time, so each earlier item's best in it fits in
  // one slot per item (no table of every pair: at 100,000 items millions
  // of pairs reach the cosine).
  std::vector<uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return doc_rank[a] < doc_rank[b]; });
  std::vector<Best> best_of_earlier(n);  // in the later paper at hand
  std::vector<uint32_t> touched;
  std::vector<std::pair<uint32_t, uint32_t>> candidates;  // (earlier, later): the later item's best
  std::vector<std::pair<uint32_t, Best>> best_of_later;   // per earlier paper, for one later item
  // The later item's headline spread over the term ids: each candidate's
  // cosine is a lookup per term of the earlier headline rather than a
  // merge of the two (DenseVector: the same sum, to the bit, as Dot()).
  size_t num_terms = 0;
  for (const SparseVector& h : headlines) {
    if (!h.empty()) num_terms = std::max<size_t>(num_terms, h.back().first + 1);
  }
  DenseVector later_headline(num_terms);
  for (size_t k = 0; k < n;) {
    size_t end = k;
    while (end < n && doc_rank[order[end]] == doc_rank[order[k]]) ++end;
    for (size_t j = k; j < end; ++j) {
      const uint32_t later = order[j];
      if (headlines[later].empty()) continue;
      best_of_later.clear();
      later_headline.Assign(&headlines[later]);
      for (uint32_t earlier : earlier_of[later]) {
        // Only pairs at min_cosine can win, and only they can stand in a
        // winner's way.
        if (headlines[earlier].empty()) continue;  // a cosine of 0
        const double c = later_headline.Dot(headlines[earlier]);
        if (c < min_cosine) continue;
        const float cf = static_cast<float>(c);
        if (best_of_earlier[earlier].cosine < 0) touched.push_back(earlier);
        best_of_earlier[earlier].See(cf, later);
        auto it = std::find_if(best_of_later.begin(), best_of_later.end(),
                               [&](const auto& b) { return b.first == doc_rank[earlier]; });
        if (it == best_of_later.end()) {
          best_of_later.push_back({doc_rank[earlier], Best{}});
          it = best_of_later.end() - 1;
        }
        it->second.See(cf, earlier);
      }
      for (const auto& [doc, b] : best_of_later) {
        if (!b.tied) candidates.emplace_back(b.partner, later);
      }
    }
    for (const auto& [earlier, later] : candidates) {
      const Best& b = best_of_earlier[earlier];
      if (!b.tied && b.partner == later) out.push_back(static_cast<uint64_t>(earlier) << 32 | later);
    }
    candidates.clear();
    for (uint32_t e : touched) best_of_earlier[e] = Best{};
    touched.clear();
    k = end;
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace plantrace

#include "pipeline/link/candidate_index.h"

#include <algorithm>
#include <numeric>

namespace plantrace {
namespace {

struct Posting {
  float weight;
  uint32_t item;
};

// Min-heap order: the lightest posting (ties: the highest item) on top, so
// that a full list drops it first and the kept set is deterministic.
bool Heavier(const Posting& a, const Posting& b) {
  if (a.weight != b.weight) return a.weight > b.weight;
  return a.item < b.item;
}

}  // namespace

std::vector<std::vector<uint32_t>> FindCandidates(const std::vector<SparseVector>& vectors,
                                                  const std::vector<uint32_t>& doc_rank,
                                                  size_t num_terms,
                                                  const CandidateOptions& options,
                                                  const CandidateScope* scope) {
  const size_t n = vectors.size();
  if (scope && scope->met_changed) scope->met_changed->assign(n, 0);
  std::vector<std::vector<uint32_t>> out(n);
  if (n == 0 || doc_rank.size() != n) return out;

  std::vector<uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return doc_rank[a] < doc_rank[b]; });

  std::vector<std::vector<Posting>> index(num_terms);
  std::vector<float> acc(n, 0.0f);
  std::vector<uint32_t> touched;
  std::vector<std::pair<uint32_t, float>> query;

  auto match = [&](uint32_t q) {
    const SparseVector& v = vectors[q];
    query.assign(v.begin(), v.end());
    if (query.size() > options.query_terms) {
      std::partial_sort(query.begin(), query.begin() + options.query_terms, query.end(),
                        [](const auto& a, const auto& b) {
                          if (a.second != b.second) return a.second > b.second;
                          return a.first < b.first;
                        });
      query.resize(options.query_terms);
    }
    for (const auto& [term, w] : query) {
      if (term >= num_terms) continue;
      for (const Posting& p : index[term]) {
        if (acc[p.item] == 0.0f) touched.push_back(p.item);
        acc[p.item] += w * p.weight;
      }
    }
    std::vector<std::pair<float, uint32_t>> found;
    found.reserve(touched.size());
    // A posting list or a candidate list that a changed item entered is
    // one whose content may differ from before: it holds that item.
    if (scope && scope->changed && scope->met_changed) {
      for (uint32_t c : touched) {
        if ((*scope->changed)[c]) {
          (*scope->met_changed)[q] = 1;
          break;
        }
      }
    }
    for (uint32_t c : touched) {
      if (acc[c] >= options.min_partial) found.emplace_back(acc[c], c);
      acc[c] = 0.0f;
    }
    touched.clear();
    size_t keep = std::min(found.size(), options.candidates_per_item);
    std::partial_sort(found.begin(), found.begin() + keep, found.end(),
                      [](const auto& a, const auto& b) {
                        if (a.first != b.first) return a.first > b.first;
                        return a.second < b.second;
                      });
    found.resize(keep);
    for (const auto& f : found) out[q].push_back(f.second);
    std::sort(out[q].begin(), out[q].end());
  };

  auto insert = [&](uint32_t item) {
    for (const auto& [term, w] : vectors[item]) {
      if (term >= num_terms) continue;
      std::vector<Posting>& list = index[term];
      Posting p{w, item};
      if (list.size() < options.postings_per_term) {
        list.push_back(p);
        std::push_heap(list.begin(), list.end(), Heavier);
      } else if (!list.empty() && Heavier(p, list.front())) {
        std::pop_heap(list.begin(), list.end(), Heavier);
        list.back() = p;
        std::push_heap(list.begin(), list.end(), Heavier);
      }
    }
  };

  // One document at a time: match all its items, then index them, so that
  // items of the same document never meet.
  for (size_t b = 0; b < n;) {
    size_t e = b;
    while (e < n && doc_rank[order[e]] == doc_rank[order[b]]) ++e;
    if (!scope || doc_rank[order[b]] >= scope->match_from_rank) {
      for (size_t k = b; k < e; ++k) match(order[k]);
    }
    for (size_t k = b; k < e; ++k) insert(order[k]);
    b = e;
  }
  return out;
}

}  // namespace plantrace

#pragma once
// Candidate pairs for linking from an inverted index (term -> items), never
// from all pairs.
//
// Items are visited in document order. Each item is first matched against
// the index, which holds only items of earlier documents, and then added to
// it. Work is bounded so that linking n items costs O(n log n):
//   - an item is matched on its `query_terms` heaviest terms only;
//   - each term keeps at most `postings_per_term` postings, the heaviest
//     (a term that many items share is weak evidence anyway);
//   - an item gets at most `candidates_per_item` candidates, those with the
//     highest partial dot product.

#include <cstdint>
#include <vector>

#include "pipeline/link/tfidf.h"

namespace plantrace {

struct CandidateOptions {
  size_t query_terms = 64;
  size_t postings_per_term = 64;
  size_t candidates_per_item = 32;
  float min_partial = 0.0f;  // partial dot products below this are no candidate
};

// Incremental linking (link_scope.h): only items of documents ranked
// `match_from_rank` or later are matched (every item is indexed), and
// `met_changed[q]` says whether q's matching met an item marked in
// `changed` (a candidate, or one that pushed a candidate out).
struct CandidateScope {
  uint32_t match_from_rank = 0;
  const std::vector<uint8_t>* changed = nullptr;  // per item
  std::vector<uint8_t>* met_changed = nullptr;    // per item, filled
};

// For each item, the indexes of its candidate earlier items, ascending.
// `doc_rank[i]` is the position of item i's document in document order;
// only items of strictly earlier documents are candidates.
std::vector<std::vector<uint32_t>> FindCandidates(const std::vector<SparseVector>& vectors,
                                                  const std::vector<uint32_t>& doc_rank,
                                                  size_t num_terms,
                                                  const CandidateOptions& options,
                                                  const CandidateScope* scope = nullptr);

}  // namespace plantrace

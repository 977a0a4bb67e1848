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

// For each item, the indexes of its candidate earlier items, ascending.
// `doc_rank[i]` is the position of item i's document in document order;
// only items of strictly earlier documents are candidates.
std::vector<std::vector<uint32_t>> FindCandidates(const std::vector<SparseVector>& vectors,
                                                  const std::vector<uint32_t>& doc_rank,
                                                  size_t num_terms,
                                                  const CandidateOptions& options);

}  // namespace plantrace

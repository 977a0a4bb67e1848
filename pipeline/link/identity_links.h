#pragma once
// Identity links between committee papers: a report, the (proposed) record
// of the decision taken on it and the minutes that record it carry the same
// decision number. Items that share a number across two documents are
// paired:
//   - when one document has a single item with the number (a report's
//     "agree the proposed decision as detailed in the attached PROD", or a
//     minute that resolves several recommendations at once), it is paired
//     with every item of the other document that has the number;
//   - otherwise one to one, the most alike texts first (decision (a) of the
//     record with resolution (a) of the minutes).
// A number carried by more than `max_items` items is not an identity (a
// misread reference, a standing item) and pairs nothing.

#include <cstdint>
#include <string>
#include <vector>

#include "pipeline/link/tfidf.h"

namespace plantrace {

struct IdentityPair {
  uint32_t a = 0;  // item indexes, a in the document processed first
  uint32_t b = 0;
  std::string number;
};

// `numbers[i]`: item i's decision numbers (decision_numbers.h); `doc_rank[i]`:
// its document's processing rank; `vectors[i]`: its TF-IDF vector. Sorted by
// (a, b).
std::vector<IdentityPair> IdentityPairs(const std::vector<std::vector<std::string>>& numbers,
                                        const std::vector<uint32_t>& doc_rank,
                                        const std::vector<SparseVector>& vectors,
                                        size_t max_items = 64);

}  // namespace plantrace

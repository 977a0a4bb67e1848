#pragma once
// The candidate stage of Linker::Link: for each later item, the earlier
// items it is scored against. Pairs come from the inverted index
// (candidate_index.h), turned earlier -> later by what the documents say;
// pairs of different decision numbers, pairs an edition pairing decides
// and pairs into documents not decided are left out. Incremental linking
// (link_scope.h) may widen the documents decided on the way.

#include <cstdint>
#include <vector>

#include "pipeline/editions/edition_links.h"
#include "pipeline/link/document_order.h"
#include "pipeline/link/link_inputs.h"
#include "pipeline/link/link_scope.h"
#include "pipeline/link/pair_directions.h"
#include "pipeline/link/tfidf.h"

namespace plantrace {

// earlier_of[later]: the earlier items, sorted. Adds "same decision
// wording" identities to `identity_why` and counts the pairs the index
// proposed in `candidate_pairs`.
std::vector<std::vector<uint32_t>> FindEarlierItems(LinkInputs& in, const TfIdfModel& model,
                                                    const DocumentOrder& order,
                                                    const EditionLinks& editions,
                                                    PairDirections& direction,
                                                    const LinkOptions& o, LinkScope* scope,
                                                    IdentityWhy& identity_why,
                                                    size_t& candidate_pairs);

}  // namespace plantrace

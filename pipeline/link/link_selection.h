#pragma once
// The selection stage of Linker::Link: of the scored pairs, the best few
// of each group (one end and the other end's document), those that hold
// up against the later item's best from any document, headline matches
// and hand-overs; then identity links (the same decision number, heading
// or wording) and edition links; dropped below LinkOptions::min_score and
// put in output order (by later item, then score descending, then from).

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/editions/edition_links.h"
#include "pipeline/link/link_inputs.h"
#include "pipeline/link/link_pair_rules.h"
#include "pipeline/link/link_scoring.h"
#include "pipeline/link/pair_directions.h"
#include "pipeline/link/tfidf.h"

namespace plantrace {

struct SelectedLinks {
  std::vector<ScoredPair> links;  // in output order
  // Why the identity links hold, by (from, to).
  std::map<std::pair<uint32_t, uint32_t>, std::string> identity_number;  // the number
  std::map<std::pair<uint32_t, uint32_t>, std::string> identity_other;   // the reason
  std::map<std::pair<uint32_t, uint32_t>, const EditionLinks::ItemLink*> edition_link;
};

SelectedLinks SelectLinks(ScoredPairs pairs, const LinkInputs& in,
                          const std::vector<ItemFeatures>& features, const TfIdfModel& model,
                          const EditionLinks& editions, PairDirections& direction,
                          PairRules& rules, IdentityWhy identity_why, const LinkOptions& o);

}  // namespace plantrace

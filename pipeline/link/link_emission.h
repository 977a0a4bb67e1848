#pragma once
// The last stage of Linker::Link: each selected pair made a LinkRecord,
// its score parts computed again, its relation decided and its `why`
// written, and handed to the sink in order.

#include <functional>
#include <vector>

#include "model/records.h"
#include "pipeline/link/link_inputs.h"
#include "pipeline/link/link_pair_rules.h"
#include "pipeline/link/link_selection.h"
#include "pipeline/link/pair_directions.h"
#include "pipeline/link/tfidf.h"
#include "pipeline/link/themes.h"

namespace plantrace {

void EmitLinks(const SelectedLinks& selected, const LinkInputs& in,
               const std::vector<ItemFeatures>& features, const TfIdfModel& model,
               const ThemeLexicon& themes, PairDirections& direction, PairRules& rules,
               const LinkOptions& o, const std::function<void(LinkRecord&&)>& sink);

}  // namespace plantrace

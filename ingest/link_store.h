#pragma once
// Links the stored items afresh, as `plantrace link` does, and stores the
// links (replacing those computed before) and each item's themes. Run by
// `link`, and by `ingest` and `fetch` after they stored something, so new
// documents are linked to what came before.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include "common/result.h"
#include "output/store.h"
#include "pipeline/link/link_scorer.h"

namespace plantrace {

struct LinkStoreTotals {
  size_t links = 0, lineages = 0, items = 0, documents = 0;
};

// `stage`, when given, hears what is being done ("linking N items of M
// documents", "storing N links and the items' themes").
using LinkStage = std::function<void(const std::string&)>;
Result<LinkStoreTotals> LinkStore(Store& store, const LinkOptions& options = {},
                                  const LinkStage& stage = nullptr);

// The options of `plantrace link --min-score X`: keeps links scoring X or
// more (and, below the default, keeps candidates down to X).
LinkOptions LinkOptionsForMinScore(double min_score);

// The end of an `ingest` or `fetch` run: when versions were stored since the
// last recorded run (by this run, or by one killed before it recorded
// itself), links the store and records the run (`command`, started at
// `started_at`). nullopt: nothing new, nothing done.
Result<std::optional<LinkStoreTotals>> LinkAndRecordRun(Store& store, const std::string& command,
                                                        const std::string& started_at,
                                                        const LinkStage& stage = nullptr);

}  // namespace plantrace

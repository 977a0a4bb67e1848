#pragma once
// Links the stored items afresh, as `plantrace link` does, and stores the
// links (replacing those computed before) and each item's themes. Run by
// `link`, and by `ingest` and `fetch` after they stored something, so new
// documents are linked to what came before.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "common/result.h"
#include "output/store.h"
#include "pipeline/link/link_scorer.h"

namespace plantrace {

struct LinkStoreTotals {
  size_t links = 0, lineages = 0, items = 0, documents = 0;
  int64_t kept = 0, added = 0, removed = 0;  // stored link rows
  // Candidate pairs scored in full: 0 when nothing the links depend on
  // changed since the last linking, which is then not repeated.
  size_t scored_pairs = 0;
  bool unchanged = false;  // nothing changed: the stored links stand, no run recorded
  // A full relink, or an incremental one (ingest/link_incremental.h) that
  // decided the links into `decided_documents` documents, `changed_documents`
  // of them stored or re-versioned since the last linking.
  bool full = true;
  std::string full_reason;
  size_t decided_documents = 0, changed_documents = 0;
};

// Who links (recorded in the store) and `link --min-score` (nullopt: the
// linker's own thresholds).
struct LinkRequest {
  std::string command = "link";
  std::optional<double> min_score;
  bool full = false;  // `link --full`: take the term weights afresh, decide every link
  double relink_share = 0.1;  // kRelinkShare (ingest/link_incremental.h)
};

// `stage`, when given, hears what is being done ("linking N items of M
// documents", "storing N links and the items' themes").
using LinkStage = std::function<void(const std::string&)>;
// Links the stored items. Unless nothing the links depend on changed since
// the last linking (LinkInputsDigest equal to the last run's: then no pair
// is scored and the stored links stand), either incrementally — with the
// term weights stored by the last full relink, deciding again only the
// links into documents a changed document reaches (ingest/link_incremental.h)
// — or in full, storing the term weights for the runs after. Either way
// the store keeps the rows of links that did not change.
Result<LinkStoreTotals> LinkStore(Store& store, const LinkRequest& request = {},
                                  const LinkStage& stage = nullptr);

// A digest of everything the links of a store depend on besides the
// linker's code: every document record (versions, dates, types and
// decision numbers included), every item record, `min_score` and the
// lexicons in data/. Changed by a new document or version, a corrected
// date or other metadata, and a different --min-score.
Result<std::string> LinkInputsDigest(const std::vector<DocumentRecord>& documents,
                                     const std::vector<ItemRecord>& items,
                                     std::optional<double> min_score);

// The options of `plantrace link --min-score X`: keeps links scoring X or
// more (and, below the default, keeps candidates down to X).
LinkOptions LinkOptionsForMinScore(double min_score);

// The end of an `ingest` or `fetch` run: when versions were stored since the
// last recorded run (by this run, or by one killed before it recorded
// itself), links the store with the min score of the last linking (what
// the user last asked `link` for) and records the run (`command`, started
// at `started_at`). nullopt: nothing new, nothing done.
Result<std::optional<LinkStoreTotals>> LinkAndRecordRun(Store& store, const std::string& command,
                                                        const std::string& started_at,
                                                        const LinkStage& stage = nullptr);

}  // namespace plantrace

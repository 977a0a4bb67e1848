#pragma once
// Whether linking the store again can be incremental, and what it must
// decide again (docs/decisions.md, "Issue 16 — incremental linking").
//
// A full relink takes its term weights (document frequencies) from the
// items it links and stores them; the runs after it weigh terms by those
// stored frequencies, and decide again only the links into documents a
// changed document can reach (pipeline/link/link_scope.h), keeping the
// other stored links. A full relink is due when the user asks (`link
// --full`), when nothing is stored to compare against, when the options or
// lexicons changed, or once the items of documents stored, re-versioned or
// removed since the weights were taken pass a share of the items they were
// taken from (LinkRequest::relink_share).

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "output/store.h"

namespace plantrace {

// The default share: past one item in ten changed since the term weights
// were taken, a full relink takes them afresh.
constexpr double kRelinkShare = 0.1;

// Every document as linked now: a digest of `settings` (the options and
// lexicons: LinkSettingsDigest), its record and its items, and its rank in
// the processing order. `items` are grouped by document in `documents`'
// order, as the store reads them.
std::vector<LinkedDocument> LinkedDocumentsOf(const std::vector<DocumentRecord>& documents,
                                              const std::vector<ItemRecord>& items,
                                              const std::string& settings);

struct LinkPlan {
  bool full = true;
  std::string reason;  // why a full relink ("" when incremental)
  std::unordered_set<std::string> changed;   // stored or re-versioned since (doc_ids)
  std::unordered_set<std::string> redecide;  // reached by a changed document's old version
  int64_t changed_items = 0;  // items of documents changed since the weights were taken
};

// Compares the documents now with those the last linking left (`basis`).
// `items_of[i]` is the number of items of `now[i]`. A document gone since
// (the store keeps every document; `link --from` inputs may drop one)
// forces the documents after it to be decided again, and counts no items.
LinkPlan PlanLinking(const LinkBasis& basis, const std::vector<LinkedDocument>& now,
                     const std::vector<size_t>& items_of, bool full_asked, double relink_share);

}  // namespace plantrace

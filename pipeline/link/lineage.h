#pragma once
// Lineages: links assembled into chains across plan cycles, oldest first.
//
// A lineage follows the strong links (recurs, continues): every later item
// hangs from its best strong link (highest score, ties by `from`), so items
// form trees rooted in the oldest plan that made the recommendation. One
// lineage per tree with at least two items; its steps are in document order
// (2015 -> 2018 -> 2019 -> 2023 -> 2024), each with the item (wording,
// owners, dates, status) and the link it was reached by.
//
// A trace is the lineage of one item in every direction: all items it was
// reached from (transitively, any relation) and all it leads to, with the
// links among them.

#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "model/records.h"

namespace plantrace {

struct LineageStep {
  ItemRecord item;
  std::string ref;       // "doc_id#item_id"
  std::string parent;    // the earlier step it follows; empty for the first
  std::string relation;  // of the link from `parent`
  double score = 0;
  std::vector<std::string> why;
};

struct Lineage {
  std::string id;                  // the ref of its oldest item
  std::vector<LineageStep> steps;  // document order, then input order
  std::vector<std::string> doc_ids;  // the documents it spans, in order
};

// Lineages in the order of their oldest item.
std::vector<Lineage> BuildLineages(const std::vector<DocumentRecord>& documents,
                                   const std::vector<ItemRecord>& items,
                                   const std::vector<LinkRecord>& links);

struct Trace {
  std::string ref;                  // the item asked for
  std::vector<ItemRecord> items;    // it and everything linked to it, oldest first
  std::vector<LinkRecord> links;    // the links among them, in the order of `to`
};

// NotFound when no item has that ref; InvalidArgument when `ref` is not
// "doc_id#item_id".
Result<Trace> TraceItem(std::string_view ref, const std::vector<DocumentRecord>& documents,
                        const std::vector<ItemRecord>& items,
                        const std::vector<LinkRecord>& links);

}  // namespace plantrace

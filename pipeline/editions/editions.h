#pragma once
// Editions of one plan: a plan re-published with monthly updates (a July,
// an August and a September edition), each stored as its own document.
// Two documents are editions of one plan when the later one has a later
// date, neither their publishers nor their kinds of paper differ, and
//   - their titles are the same once dates and edition words are set aside
//     ("… Improvement Plan – July Update 2018" = "… – September Update
//     2018") and at least half of their items are shared, or
//   - at least 80% of their items are shared, whatever the titles say.
// An item is shared when the later edition has it (item_pairing.h) with at
// least 30% of its words. Editions chain by date: each edition follows the
// one before it.
//
//   PlanEditions e = FindEditions(documents, items);
//   for (const EditionStep& s : e.steps) ... s.older, s.newer, s.pairs

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/records.h"

namespace plantrace {

struct EditionStep {
  std::string older, newer;  // doc_ids of two consecutive editions
  double shared = 0;         // items shared / items of the larger edition
  bool same_title = false;   // recognised by title and publisher, not overlap alone
  // Items paired (indexes into the items given: older, newer), in the
  // older edition's order.
  std::vector<std::pair<uint32_t, uint32_t>> pairs;

  // "edition of the same plan (title, publisher, later date; 93% of items shared)"
  std::string Why() const;
};

struct PlanEditions {
  std::vector<EditionStep> steps;  // plan by plan, oldest edition first
  // doc_id -> a number for its plan, for documents with another edition.
  std::unordered_map<std::string, uint32_t> plan_of;
};

PlanEditions FindEditions(const std::vector<DocumentRecord>& documents,
                          const std::vector<const ItemRecord*>& items);

// The title without dates and edition words, lower case, words joined by
// one space: what the editions of a plan have in common.
std::string EditionTitleKey(const std::string& title);

}  // namespace plantrace

#pragma once
// What changed between two editions of a plan (two versions of one
// document, or two documents): items added, removed and changed. Items are
// paired as pipeline/editions/item_pairing.h says (by item_id, then by
// text), so a renumbered item is "changed", not removed and added.
//
// A paired item is changed when a field a reader follows differs: its text,
// status, updates, due and other dates, owners, actions, deliverables,
// amounts, kind or section. Where it was found (provenance) is not compared:
// removing a row moves every row after it.

#include <string>
#include <vector>

#include "model/records.h"

namespace plantrace {

struct FieldChange {
  std::string field;                // "status", "updates", "dates", "owners", "text", …
  std::vector<std::string> before;  // the field's values in the old item
  std::vector<std::string> after;   // ... in the new one
};

struct ItemChange {
  ItemRecord before, after;
  std::vector<FieldChange> fields;  // in a fixed order: text, status, updates, dates, owners, …
};

struct ItemDiff {
  std::vector<ItemRecord> added;    // in the new edition's order
  std::vector<ItemRecord> removed;  // in the old edition's order
  std::vector<ItemChange> changed;  // in the new edition's order
  size_t unchanged = 0;
};

ItemDiff DiffItems(const std::vector<ItemRecord>& before, const std::vector<ItemRecord>& after);

}  // namespace plantrace

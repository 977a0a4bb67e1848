#pragma once
// `plantrace diff` as text, JSON and an HTML page of the report.
// JSON: {"old": REF, "new": REF, "added": [item…], "removed": [item…],
//        "changed": [{"item_id", "old_item_id"?, "fields": [...],
//                     "changes": {field: {"from": [...], "to": [...]}}}],
//        "unchanged": N}
// Items are in the export form of docs/records.md.

#include <string>

#include "output/diff/item_diff.h"

namespace plantrace {

struct DiffSides {
  std::string old_ref, new_ref;  // "doc_id@N" as asked
  DocumentRecord old_doc, new_doc;
};

std::string DiffToText(const DiffSides& sides, const ItemDiff& diff);
std::string DiffToJson(const DiffSides& sides, const ItemDiff& diff);
std::string DiffToHtml(const DiffSides& sides, const ItemDiff& diff);

}  // namespace plantrace

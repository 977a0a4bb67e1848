#pragma once
// Names and links shared by the report's pages.

#include <string>

#include "model/records.h"

namespace plantrace {

// "lineage-<n+1>.html".
std::string LineagePageName(size_t n);

// "doc-<doc_id>.html#item-<item_id>" for "doc_id#item_id".
std::string ItemHref(const std::string& ref);

// <a href=ItemHref>ref</a>, escaped.
std::string RefAnchor(const std::string& ref);

// The column a document belongs to in the matrix and the plan filter: its
// plan cycle, else the year of its date, else its doc_id.
std::string PlanLabel(const DocumentRecord& doc);

// At most `max_bytes` of UTF-8 text, cut at a character boundary, "…" added.
std::string Shorten(const std::string& s, size_t max_bytes);

}  // namespace plantrace

#pragma once
// Items as CSV rows, as an aligned text table and as a JSON array (the
// formats of `plantrace export --format csv` and `plantrace query`).

#include <string>
#include <vector>

#include "model/records.h"

namespace plantrace {

// The CSV header line and one line per item (RFC 4180 quoting, "\n" ends).
std::string ItemsCsvHeader();
std::string ItemCsvRow(const ItemRecord& item);

// An aligned table: doc_id, item_id, status, due, owners, text (cut short).
std::string ItemsTable(const std::vector<ItemRecord>& items);

// A JSON array of item records (records.md), indented by one space.
std::string ItemsJsonArray(const std::vector<ItemRecord>& items);

// The due dates' ends ("2024-06-30"; the start for open dates), in order.
std::vector<std::string> DueEnds(const ItemRecord& item);

// Cuts UTF-8 text to at most `max_chars` code points, adding "…" when cut.
std::string CutText(const std::string& text, size_t max_chars);

}  // namespace plantrace

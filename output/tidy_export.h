#pragma once
// Exports to a folder, one file per record kind, for analysts' tools
// (docs/schema.md, "Tidy exports"): CSV tables keyed by doc_id,item_id with
// one value per cell, or JSONL files of one record type each.

#include <string>
#include <vector>

#include "common/status.h"
#include "output/store.h"

namespace plantrace {

// The CSV files written, in order (documents.csv, items.csv, …).
const std::vector<std::string>& TidyCsvFiles();

// Writes TidyCsvFiles() into `dir` (created when missing). `excel_bom`
// starts each file with the UTF-8 byte order mark.
Status ExportCsvFolder(Store& store, const std::string& dir, bool excel_bom);

// Writes documents.jsonl, items.jsonl and links.jsonl into `dir`: the
// records of ExportJsonl, each kind in its own file.
Status ExportJsonlFolder(Store& store, const std::string& dir);

}  // namespace plantrace

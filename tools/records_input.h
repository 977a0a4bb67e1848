#pragma once
// Records read from files for `link`, `trace` and `report` while they do not
// read the store: JSONL exports (records.md: one document / item / link
// object per line, "type" says which) and gold answer files
// ({"document": {...}, "items": [...]}), told apart by content.

#include <string>
#include <vector>

#include "common/result.h"
#include "model/records.h"

namespace plantrace::cli {

struct RecordSet {
  std::vector<DocumentRecord> documents;
  std::vector<ItemRecord> items;
  std::vector<LinkRecord> links;
};

// Appends the records of `path` to `set`. A file that cannot be read, or a
// line that is not a record, is a Status naming the file (and line).
Status ReadRecordsFile(const std::string& path, RecordSet& set);

// The records as JSONL (documents, then items, then links).
std::string RecordsToJsonl(const RecordSet& set);

}  // namespace plantrace::cli

#pragma once
// The normalisers' lexicons live in data files under data/ (TSV with '#'
// comments), so that knowledge about document families is data, not code.
//
// DataDir(): $PLANTRACE_DATA_DIR when set, else the source tree's data/
// (compiled in as PLANTRACE_DATA_DEFAULT_DIR) when it exists, else a data/
// directory next to the running executable.
//
// ParseTsv() reads the text of such a file; a malformed line gives a Status
// "file:line: reason". Loaders take text so tests can feed small lexicons.

#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace plantrace {

std::string DataDir();

// Reads DataDir()/name.
Result<std::string> ReadDataFile(std::string_view name);

struct TsvRow {
  int line = 0;                     // 1-based, for error messages
  std::vector<std::string> fields;  // trimmed of surrounding spaces
};

// Blank lines and lines starting with '#' are skipped. Every other line must
// have between min_fields and max_fields tab-separated fields, none empty.
Result<std::vector<TsvRow>> ParseTsv(std::string_view text, std::string_view where,
                                     size_t min_fields, size_t max_fields);

// "file:line" for messages about one row.
std::string RowWhere(std::string_view where, const TsvRow& row);

}  // namespace plantrace

#pragma once
// The SQLite store: one file, WAL journal, FTS5 full-text index. The only
// target that links SQLite3 (plantrace_sqlite); no SQLite type here.

#include <memory>
#include <string>

#include "common/result.h"
#include "output/store.h"

namespace plantrace {

// Opens (creating when missing) the database file at `path` and applies
// the schema of output/sqlite/schema.sql.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);

// The DDL of output/sqlite/schema.sql.
const char* SqliteSchema();

}  // namespace plantrace

#pragma once
// The SQLite store: one file, WAL journal, FTS5 full-text index. The only
// target that links SQLite3 (plantrace_sqlite); no SQLite type here.

#include <memory>
#include <string>

#include "common/result.h"
#include "output/sql/sql_connection.h"
#include "output/store.h"

namespace plantrace {

// Opens (creating when missing) the database file at `path` and brings it
// to the newest schema version (output/sql/sql_schema.h).
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);

// The bare connection under the store, schema untouched: for the migration
// tests, which build stores as older versions of plantrace left them.
Result<std::unique_ptr<SqlConnection>> OpenSqliteConnection(const std::string& path);

}  // namespace plantrace

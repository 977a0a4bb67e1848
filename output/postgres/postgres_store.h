#pragma once
// The PostgreSQL store: the schema of output/sqlite/schema.sql on a server,
// so that a team (and several `plantrace ingest` processes) share one. The
// only target that links libpq (plantrace_postgres); no libpq type here.

#include <memory>
#include <string>

#include "common/result.h"
#include "output/store.h"

namespace plantrace {

// Connects to `uri` (postgresql://user@host:port/db, or with
// ?host=/socket/dir) and applies output/postgres/schema.sql.
Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& uri);

// The DDL of output/postgres/schema.sql.
const char* PostgresSchema();

}  // namespace plantrace

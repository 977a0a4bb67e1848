#pragma once
// The PostgreSQL store: the schema of the SQLite store on a server,
// so that a team (and several `plantrace ingest` processes) share one. The
// only target that links libpq (plantrace_postgres); no libpq type here.

#include <memory>
#include <string>

#include "common/result.h"
#include "output/store.h"

namespace plantrace {

// Connects to `uri` (postgresql://user@host:port/db, or with
// ?host=/socket/dir) and brings it to the newest schema version
// (output/sql/sql_schema.h).
Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& uri);

}  // namespace plantrace

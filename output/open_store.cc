#include "output/open_store.h"

#include "output/postgres/postgres_store.h"
#include "output/sqlite/sqlite_store.h"

namespace plantrace {

bool IsPostgresUri(const std::string& db) {
  return db.rfind("postgresql://", 0) == 0 || db.rfind("postgres://", 0) == 0;
}

Result<std::unique_ptr<Store>> OpenStore(const std::string& db) {
  if (db.empty()) return Status::InvalidArgument("--db", "empty database name");
  if (IsPostgresUri(db)) return OpenPostgresStore(db);
  return OpenSqliteStore(db);
}

}  // namespace plantrace

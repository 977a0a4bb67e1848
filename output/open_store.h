#pragma once
// The store named by a --db argument: a postgresql:// (or postgres://) URI
// opens PostgreSQL, anything else is a SQLite file path.

#include <memory>
#include <string>

#include "common/result.h"
#include "output/store.h"

namespace plantrace {

Result<std::unique_ptr<Store>> OpenStore(const std::string& db);

bool IsPostgresUri(const std::string& db);

}  // namespace plantrace

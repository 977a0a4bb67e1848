#pragma once
// The Store of output/store.h over any SqlConnection: one implementation of
// the writes and reads for SQLite and PostgreSQL, which differ only in their
// DDL (given as `schema`), their full-text search and their locks.

#include <memory>
#include <string>

#include "output/sql/sql_connection.h"
#include "output/store.h"

namespace plantrace {

std::unique_ptr<Store> MakeSqlStore(std::unique_ptr<SqlConnection> conn, std::string schema);

}  // namespace plantrace

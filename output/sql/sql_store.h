#pragma once
// The Store of output/store.h over any SqlConnection: one implementation of
// the writes and reads for SQLite and PostgreSQL, which differ only in their
// schema (sql_schema.h), their full-text search and their locks.

#include <memory>
#include <string>

#include "output/sql/sql_connection.h"
#include "output/sql/sql_schema.h"
#include "output/store.h"

namespace plantrace {

// Init() brings the store to the newest version of `schema`; `where` names
// the store in messages (never a password).
std::unique_ptr<Store> MakeSqlStore(std::unique_ptr<SqlConnection> conn, const SqlSchema& schema,
                                    std::string where);

}  // namespace plantrace

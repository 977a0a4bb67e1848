#pragma once
// SqlConnection: the little the shared SQL store needs from a database
// driver. Parameters are $1, $2, … in the SQL text, passed as text (NULL as
// nullopt); every column comes back as text or NULL. Implemented over
// SQLite (output/sqlite/) and libpq (output/postgres/); no driver type here.
// Not thread-safe: SqlStore serialises its use.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace plantrace {

using SqlValue = std::optional<std::string>;
using SqlRow = std::vector<SqlValue>;

enum class SqlDialect { kSqlite, kPostgres };

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  virtual SqlDialect dialect() const = 0;
  // One statement; the rows it returns (none for most writes).
  virtual Result<std::vector<SqlRow>> Query(std::string_view sql,
                                            const std::vector<SqlValue>& params) = 0;
  // Several statements separated by ';', no parameters (the schema).
  virtual Status ExecScript(std::string_view sql) = 0;
  // A lock held by this session until Unlock or the end of the session (the
  // death of the process). SQLite has one writer anyway: always true.
  virtual Result<bool> TryLock(int64_t key) { (void)key; return true; }
  virtual void Unlock(int64_t key) { (void)key; }

  Status Exec(std::string_view sql, const std::vector<SqlValue>& params = {}) {
    Result<std::vector<SqlRow>> r = Query(sql, params);
    return r.ok() ? Status::Ok() : r.status();
  }
};

// Parameters and columns as text, independent of the locale.
SqlValue SqlText(std::string_view s);
SqlValue SqlOptText(const std::optional<std::string>& s);
SqlValue SqlInt(int64_t v);
SqlValue SqlReal(double v);
SqlValue SqlBool(bool b);
int64_t SqlToInt(const SqlValue& v);
double SqlToReal(const SqlValue& v);

}  // namespace plantrace

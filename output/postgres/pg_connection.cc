// SqlConnection over libpq: the only file that includes libpq-fe.h.
#include <libpq-fe.h>

#include <cstdint>
#include <cstdio>

#include "output/postgres/postgres_store.h"
#include "output/sql/sql_connection.h"
#include "output/sql/sql_store.h"

namespace plantrace {

namespace {

void IgnoreNotice(void*, const char*) {}

// The URI without its password, for messages.
std::string Redacted(const std::string& uri) {
  const size_t scheme = uri.find("://");
  const size_t at = uri.find('@');
  if (scheme == std::string::npos || at == std::string::npos || at < scheme) return uri;
  const size_t colon = uri.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return uri;
  return uri.substr(0, colon) + ":***" + uri.substr(at);
}

class PgConnection : public SqlConnection {
 public:
  PgConnection(PGconn* conn, std::string where) : conn_(conn), where_(std::move(where)) {}
  ~PgConnection() override { PQfinish(conn_); }
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  SqlDialect dialect() const override { return SqlDialect::kPostgres; }

  Result<std::vector<SqlRow>> Query(std::string_view sql,
                                    const std::vector<SqlValue>& params) override {
    const std::string text(sql);
    std::vector<const char*> values;
    for (const SqlValue& p : params) values.push_back(p ? p->c_str() : nullptr);
    PGresult* res = PQexecParams(conn_, text.c_str(), static_cast<int>(values.size()), nullptr,
                                 values.data(), nullptr, nullptr, 0);
    const ExecStatusType st = PQresultStatus(res);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
      Status s = Error(res, sql);
      PQclear(res);
      return s;
    }
    std::vector<SqlRow> rows;
    const int n = PQntuples(res), cols = PQnfields(res);
    rows.reserve(n);
    for (int r = 0; r < n; ++r) {
      SqlRow row;
      row.reserve(cols);
      for (int c = 0; c < cols; ++c) {
        if (PQgetisnull(res, r, c)) {
          row.emplace_back();
        } else {
          row.emplace_back(std::string(PQgetvalue(res, r, c), PQgetlength(res, r, c)));
        }
      }
      rows.push_back(std::move(row));
    }
    PQclear(res);
    return rows;
  }

  Status ExecScript(std::string_view sql) override {
    const std::string text(sql);
    PGresult* res = PQexec(conn_, text.c_str());
    const ExecStatusType st = PQresultStatus(res);
    // A script of comments only (a migration that just re-creates the views)
    // is an empty query.
    Status s = (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_EMPTY_QUERY)
                   ? Status::Ok()
                   : Error(res, "schema");
    PQclear(res);
    if (!s.ok()) PQclear(PQexec(conn_, "ROLLBACK"));
    return s;
  }

  Result<bool> TryLock(int64_t key) override {
    Result<std::vector<SqlRow>> rows =
        Query("SELECT pg_try_advisory_lock($1::bigint)", {SqlInt(key)});
    if (!rows.ok()) return rows.status();
    return !rows->empty() && rows->front()[0] == std::optional<std::string>("t");
  }

  void Unlock(int64_t key) override {
    Query("SELECT pg_advisory_unlock($1::bigint)", {SqlInt(key)});
  }

 private:
  Status Error(const PGresult* res, std::string_view sql) {
    std::string why = res ? PQresultErrorMessage(res) : PQerrorMessage(conn_);
    if (why.empty()) why = PQerrorMessage(conn_);
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    return Status::IOError(where_, "postgresql: " + why + " (in: " +
                                       std::string(sql.substr(0, 60)) + "…)");
  }

  PGconn* conn_;
  std::string where_;
};

}  // namespace

Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& uri) {
  PGconn* conn = PQconnectdb(uri.c_str());
  if (conn == nullptr) return Status::IOError(Redacted(uri), "cannot connect: out of memory");
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string why = PQerrorMessage(conn);
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    PQfinish(conn);
    return Status::IOError(Redacted(uri), "cannot connect: " + why);
  }
  PQsetNoticeProcessor(conn, IgnoreNotice, nullptr);
  std::string where = Redacted(uri);
  auto pg = std::make_unique<PgConnection>(conn, where);
  std::unique_ptr<Store> store = MakeSqlStore(std::move(pg), PostgresSchemaScripts(), where);
  Status s = store->Init();
  if (!s.ok()) return s;
  return store;
}

}  // namespace plantrace

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

// A fingerprint of the schema text (FNV-1a, 64 bits): stored with the schema,
// so that a process opening a store that already has this schema runs no DDL.
std::string SchemaFingerprint(const std::string& schema) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : schema) h = (h ^ c) * 1099511628211ull;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return hex;
}

bool CommandOk(PGresult* res) {
  const ExecStatusType st = PQresultStatus(res);
  const bool ok = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;
  PQclear(res);
  return ok;
}

// Whether this exact schema is in place, asked under the schema's advisory
// lock. Why: CREATE INDEX IF NOT EXISTS takes a share lock on its table even
// when the index exists, so a process re-applying the schema while another
// already ingests can deadlock with it (seen with 4 concurrent ingests). On
// true the lock's transaction is still open: the caller's script (or a plain
// COMMIT) ends it.
bool SchemaInPlace(PGconn* conn, const std::string& fingerprint) {
  if (!CommandOk(PQexec(conn, "BEGIN")) ||
      !CommandOk(PQexec(conn, "SELECT pg_advisory_xact_lock(727472)"))) {
    return false;
  }
  const char* params[] = {fingerprint.c_str()};
  PGresult* res = PQexec(conn,
                         "SELECT 1 FROM pg_tables WHERE tablename = 'plantrace_schema' "
                         "AND schemaname = current_schema()");
  const bool table = PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) > 0;
  PQclear(res);
  if (!table) return false;
  res = PQexecParams(conn, "SELECT 1 FROM plantrace_schema WHERE fingerprint = $1", 1, nullptr,
                     params, nullptr, nullptr, 0);
  const bool found = PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) > 0;
  PQclear(res);
  return found;
}

// The schema script with its fingerprint recorded before its final COMMIT.
std::string SchemaWithFingerprint(const std::string& schema, const std::string& fingerprint) {
  const std::string mark =
      "CREATE TABLE IF NOT EXISTS plantrace_schema (fingerprint TEXT PRIMARY KEY);\n"
      "INSERT INTO plantrace_schema VALUES ('" + fingerprint + "') ON CONFLICT DO NOTHING;\n";
  const size_t commit = schema.rfind("COMMIT;");
  if (commit == std::string::npos) return schema + "\n" + mark;
  return schema.substr(0, commit) + mark + schema.substr(commit);
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
    Status s = (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) ? Status::Ok()
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
  const std::string schema = PostgresSchema();
  const std::string fingerprint = SchemaFingerprint(schema);
  // In place already: end the check's transaction and run no DDL. Otherwise
  // the script runs inside it, still holding the advisory lock (a nested
  // BEGIN only warns).
  std::string script = SchemaInPlace(conn, fingerprint) ? "COMMIT"
                                                        : SchemaWithFingerprint(schema, fingerprint);
  auto pg = std::make_unique<PgConnection>(conn, Redacted(uri));
  std::unique_ptr<Store> store = MakeSqlStore(std::move(pg), std::move(script));
  Status s = store->Init();
  if (!s.ok()) return s;
  return store;
}

}  // namespace plantrace

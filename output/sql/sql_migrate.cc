// The migration runner of sql_schema.h, for both dialects.
#include <cctype>
#include <string>

#include "output/sql/sql_schema.h"

namespace plantrace {

namespace {

// The advisory lock under which PostgreSQL sessions migrate one at a time.
constexpr const char* kPgSchemaLock = "SELECT pg_advisory_xact_lock(727472)";

Status WriteSchemaVersion(SqlConnection& conn, int version) {
  const std::string v = std::to_string(version);
  if (conn.dialect() == SqlDialect::kSqlite) return conn.ExecScript("PRAGMA user_version = " + v);
  return conn.ExecScript(
      "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);"
      "DELETE FROM schema_version; INSERT INTO schema_version(version) VALUES (" + v + ")");
}

Status DropViews(SqlConnection& conn, const std::vector<std::string>& names) {
  const bool pg = conn.dialect() == SqlDialect::kPostgres;
  // Dependent views first (the views script creates them after what they use).
  for (auto it = names.rbegin(); it != names.rend(); ++it) {
    Status s = conn.ExecScript("DROP VIEW IF EXISTS " + *it + (pg ? " CASCADE" : ""));
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status Fail(SqlConnection& conn, const std::string& where, const std::string& step,
            const Status& why) {
  conn.ExecScript("ROLLBACK");
  return Status::IOError(where, "cannot upgrade the store (" + step + "): " + why.why());
}

Status TooNew(const std::string& where, int found, int latest) {
  return Status::Unsupported(
      where, "the store has schema version " + std::to_string(found) +
                 ", newer than this plantrace knows (" + std::to_string(latest) +
                 "): use a newer plantrace");
}

}  // namespace

int LatestVersion(const SqlSchema& schema) {
  return schema.migrations.empty() ? 0 : schema.migrations.back().version;
}

std::vector<std::string> ViewNames(const std::string& views) {
  std::vector<std::string> names;
  const std::string key = "CREATE VIEW ";
  for (size_t at = views.find(key); at != std::string::npos; at = views.find(key, at + 1)) {
    if (at > 0 && views[at - 1] != '\n') continue;  // only at the start of a line
    size_t end = at + key.size();
    while (end < views.size() && (std::isalnum(static_cast<unsigned char>(views[end])) ||
                                  views[end] == '_')) {
      ++end;
    }
    names.push_back(views.substr(at + key.size(), end - at - key.size()));
  }
  return names;
}

Result<int> ReadSchemaVersion(SqlConnection& conn) {
  if (conn.dialect() == SqlDialect::kSqlite) {
    Result<std::vector<SqlRow>> rows = conn.Query("PRAGMA user_version", {});
    if (!rows.ok()) return rows.status();
    return rows->empty() ? 0 : static_cast<int>(SqlToInt(rows->front()[0]));
  }
  // Asked of pg_tables (a scan under this statement's snapshot), not with
  // to_regclass(): a name lookup goes through the session's catalog cache,
  // which keeps "no such table" from the check before the lock until the
  // session next locks a table, so a process that waited on the lock while
  // another migrated would migrate a second time (seen with 4 concurrent
  // ingests: "column actions already exists").
  Result<std::vector<SqlRow>> rows = conn.Query(
      "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
      "AND tablename = 'schema_version')",
      {});
  if (!rows.ok()) return rows.status();
  if (rows->empty() || rows->front()[0] != std::optional<std::string>("t")) return 0;
  rows = conn.Query("SELECT COALESCE(MAX(version), 0) FROM schema_version", {});
  if (!rows.ok()) return rows.status();
  return rows->empty() ? 0 : static_cast<int>(SqlToInt(rows->front()[0]));
}

Status MigrateSchema(SqlConnection& conn, const SqlSchema& schema, const std::string& where) {
  const int latest = LatestVersion(schema);
  Result<int> found = ReadSchemaVersion(conn);
  if (!found.ok()) return found.status();
  if (found.value() > latest) return TooNew(where, found.value(), latest);
  if (found.value() == latest) return Status::Ok();  // the common case: no DDL, no lock

  // SQLite: the write lock now; PostgreSQL: the schema's advisory lock. Then
  // read the version again: another process may have migrated meanwhile.
  const bool pg = conn.dialect() == SqlDialect::kPostgres;
  Status s = conn.ExecScript(pg ? "BEGIN" : "BEGIN IMMEDIATE");
  if (s.ok() && pg) s = conn.ExecScript(kPgSchemaLock);
  if (!s.ok()) return Fail(conn, where, "lock", s);
  found = ReadSchemaVersion(conn);
  if (!found.ok()) return Fail(conn, where, "version", found.status());
  if (found.value() >= latest) {
    conn.ExecScript("COMMIT");
    return found.value() > latest ? TooNew(where, found.value(), latest) : Status::Ok();
  }
  s = DropViews(conn, ViewNames(schema.views));
  if (!s.ok()) return Fail(conn, where, "views", s);
  for (const Migration& m : schema.migrations) {
    if (m.version <= found.value()) continue;
    s = conn.ExecScript(m.sql);
    if (!s.ok()) return Fail(conn, where, m.name, s);
  }
  s = conn.ExecScript(schema.views);
  if (s.ok()) s = WriteSchemaVersion(conn, latest);
  if (!s.ok()) return Fail(conn, where, "views", s);
  s = conn.ExecScript("COMMIT");
  if (!s.ok()) return Fail(conn, where, "commit", s);
  return Status::Ok();
}

}  // namespace plantrace

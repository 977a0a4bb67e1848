// SqlConnection over SQLite3: the only file that includes sqlite3.h.
#include <sqlite3.h>

#include <cstdlib>
#include <map>

#include "output/sql/sql_connection.h"
#include "output/sql/sql_store.h"
#include "output/sqlite/sqlite_store.h"

namespace plantrace {

namespace {

class SqliteConnection : public SqlConnection {
 public:
  SqliteConnection(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  ~SqliteConnection() override {
    for (auto& [sql, prepared] : statements_) sqlite3_finalize(prepared.st);
    one_off_ = Holder();
    sqlite3_close_v2(db_);
  }
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  SqlDialect dialect() const override { return SqlDialect::kSqlite; }

  Result<std::vector<SqlRow>> Query(std::string_view sql,
                                    const std::vector<SqlValue>& params) override {
    Result<Prepared*> prepared = Prepare(sql);
    if (!prepared.ok()) return prepared.status();
    sqlite3_stmt* st = prepared.value()->st;
    const std::vector<int>& slots = prepared.value()->slots;
    sqlite3_reset(st);
    // Parameters the call leaves out are NULL, not the last call's values.
    if (params.size() < slots.size()) sqlite3_clear_bindings(st);
    for (size_t i = 0; i < params.size() && i < slots.size(); ++i) {
      const int index = slots[i];
      if (index == 0) continue;  // not used by this statement
      const int rc = params[i] ? sqlite3_bind_text(st, index, params[i]->data(),
                                                   static_cast<int>(params[i]->size()),
                                                   SQLITE_TRANSIENT)
                               : sqlite3_bind_null(st, index);
      if (rc != SQLITE_OK) return Error(sql);
    }
    std::vector<SqlRow> rows;
    for (;;) {
      const int rc = sqlite3_step(st);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) {
        Status s = Error(sql);
        sqlite3_reset(st);
        return s;
      }
      const int n = sqlite3_column_count(st);
      SqlRow row;
      row.reserve(n);
      for (int c = 0; c < n; ++c) {
        if (sqlite3_column_type(st, c) == SQLITE_NULL) {
          row.emplace_back();
        } else {
          const unsigned char* text = sqlite3_column_text(st, c);
          const int bytes = sqlite3_column_bytes(st, c);
          row.emplace_back(std::string(reinterpret_cast<const char*>(text), bytes));
        }
      }
      rows.push_back(std::move(row));
    }
    sqlite3_reset(st);
    return rows;
  }

  Status ExecScript(std::string_view sql) override {
    char* message = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      std::string why = message ? message : sqlite3_errmsg(db_);
      sqlite3_free(message);
      return Status::IOError(path_, "sqlite: " + why);
    }
    return Status::Ok();
  }

 private:
  // A prepared statement and, for $1, $2, …, the index SQLite gave each
  // (0 when the statement does not use it), looked up once: SQLite finds a
  // parameter's index by a scan of the statement's names.
  struct Prepared {
    sqlite3_stmt* st = nullptr;
    std::vector<int> slots;
  };

  Result<Prepared*> Prepare(std::string_view sql) {
    std::string key(sql);
    auto it = statements_.find(key);
    if (it != statements_.end()) return &it->second;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db_, key.c_str(), static_cast<int>(key.size()), &st, nullptr) !=
        SQLITE_OK) {
      sqlite3_finalize(st);
      return Error(sql);
    }
    Prepared p;
    p.st = st;
    // slots[n - 1] is the index of $n, for n up to the highest in use.
    const int count = sqlite3_bind_parameter_count(st);
    for (int index = 1; index <= count; ++index) {
      const char* name = sqlite3_bind_parameter_name(st, index);
      if (!name || name[0] != '$') continue;
      const long n = std::strtol(name + 1, nullptr, 10);
      if (n < 1 || n > 100000) continue;
      if (p.slots.size() < static_cast<size_t>(n)) p.slots.resize(static_cast<size_t>(n), 0);
      p.slots[static_cast<size_t>(n - 1)] = index;
    }
    // Statements built with literal id lists are used once: not cached.
    if (key.find(" IN (") == std::string::npos) {
      return &statements_.emplace(std::move(key), std::move(p)).first->second;
    }
    one_off_ = Holder(st);
    one_off_slots_ = std::move(p);
    return &one_off_slots_;
  }

  Status Error(std::string_view sql) {
    std::string first(sql.substr(0, 60));
    return Status::IOError(path_, std::string("sqlite: ") + sqlite3_errmsg(db_) + " (in: " +
                                      first + "…)");
  }

  struct Holder {
    sqlite3_stmt* st = nullptr;
    Holder() = default;
    explicit Holder(sqlite3_stmt* s) : st(s) {}
    Holder(Holder&& o) noexcept : st(o.st) { o.st = nullptr; }
    Holder& operator=(Holder&& o) noexcept {
      if (this != &o) {
        sqlite3_finalize(st);
        st = o.st;
        o.st = nullptr;
      }
      return *this;
    }
    ~Holder() { sqlite3_finalize(st); }
  };

  sqlite3* db_;
  std::string path_;
  std::map<std::string, Prepared> statements_;
  Holder one_off_;
  Prepared one_off_slots_;  // one_off_'s statement (owned by one_off_) and slots
};

}  // namespace

Result<std::unique_ptr<SqlConnection>> OpenSqliteConnection(const std::string& path) {
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                 nullptr);
  if (rc != SQLITE_OK) {
    std::string why = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Status::IOError(path, "cannot open the database: " + why);
  }
  // Other processes may write too: wait for their transaction, do not fail.
  sqlite3_busy_timeout(db, 60000);
  auto conn = std::make_unique<SqliteConnection>(db, path);
  Status s = conn->ExecScript(
      "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
  if (!s.ok()) return s;
  return std::unique_ptr<SqlConnection>(std::move(conn));
}

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path) {
  Result<std::unique_ptr<SqlConnection>> conn = OpenSqliteConnection(path);
  if (!conn.ok()) return conn.status();
  std::unique_ptr<Store> store = MakeSqlStore(std::move(conn.value()), SqliteSchemaScripts(), path);
  Status s = store->Init();
  if (!s.ok()) return s;
  return store;
}

}  // namespace plantrace

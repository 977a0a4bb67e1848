// SqlStore: schema, claims and the one-transaction-per-document writes.
#include <algorithm>

#include "common/utc_now.h"
#include "output/sql/sql_store.h"
#include "output/sql/sql_store_impl.h"

namespace plantrace {

namespace {

std::string JoinForSearch(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += '\n';
    out += p;
  }
  return out;
}

}  // namespace

std::unique_ptr<Store> MakeSqlStore(std::unique_ptr<SqlConnection> conn, const SqlSchema& schema,
                                    std::string where) {
  return std::make_unique<SqlStore>(std::move(conn), schema, std::move(where));
}

int64_t ClaimKey(const std::string& sha256) {
  int64_t key = 0;
  for (size_t i = 0; i < sha256.size() && i < 15; ++i) {
    const char c = sha256[i];
    const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : 0;
    key = key * 16 + d;
  }
  return key;
}

Status SqlStore::Init() {
  std::lock_guard<std::mutex> lock(mu_);
  return MigrateSchema(*conn_, schema_, where_);
}

Result<bool> SqlStore::ContainsLocked(const std::string& sha256) {
  Result<std::vector<SqlRow>> rows =
      conn_->Query("SELECT 1 FROM versions WHERE sha256 = $1", {SqlText(sha256)});
  if (!rows.ok()) return rows.status();
  return !rows->empty();
}

Result<bool> SqlStore::Contains(const std::string& sha256) {
  std::lock_guard<std::mutex> lock(mu_);
  return ContainsLocked(sha256);
}

Result<ClaimOutcome> SqlStore::Claim(const std::string& sha256) {
  std::lock_guard<std::mutex> lock(mu_);
  if (claimed_.count(sha256)) return ClaimOutcome::kTaken;  // another worker of ours
  Result<bool> stored = ContainsLocked(sha256);
  if (!stored.ok()) return stored.status();
  if (stored.value()) return ClaimOutcome::kStored;
  Result<bool> got = conn_->TryLock(ClaimKey(sha256));
  if (!got.ok()) return got.status();
  if (!got.value()) return ClaimOutcome::kTaken;
  // Another process may have committed it between the check and the lock.
  stored = ContainsLocked(sha256);
  if (!stored.ok() || stored.value()) {
    conn_->Unlock(ClaimKey(sha256));
    if (!stored.ok()) return stored.status();
    return ClaimOutcome::kStored;
  }
  claimed_.insert(sha256);
  return ClaimOutcome::kMine;
}

void SqlStore::Release(const std::string& sha256) {
  std::lock_guard<std::mutex> lock(mu_);
  if (claimed_.erase(sha256)) conn_->Unlock(ClaimKey(sha256));
}

Status SqlStore::Rollback(Status why) {
  conn_->Exec("ROLLBACK");
  return why;
}

Result<PutOutcome> SqlStore::Put(const StoredDocument& doc) {
  std::lock_guard<std::mutex> lock(mu_);
  Result<PutOutcome> out = PutLocked(doc);
  if (claimed_.erase(doc.document.sha256)) conn_->Unlock(ClaimKey(doc.document.sha256));
  return out;
}

Result<PutOutcome> SqlStore::PutLocked(const StoredDocument& doc) {
  const DocumentRecord& d = doc.document;
  // SQLite: take the write lock now, so two writers never deadlock.
  Status s = conn_->Exec(postgres() ? "BEGIN" : "BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  // The upsert locks the document's row (PostgreSQL) until COMMIT, so two
  // processes never number two versions alike.
  Result<std::vector<SqlRow>> rows = conn_->Query(
      "INSERT INTO documents(doc_id) VALUES ($1) ON CONFLICT (doc_id) "
      "DO UPDATE SET doc_id = excluded.doc_id RETURNING id",
      {SqlText(d.doc_id)});
  if (!rows.ok() || rows->empty()) {
    return Rollback(rows.ok() ? Status::IOError(d.doc_id, "no document row") : rows.status());
  }
  const int64_t document = SqlToInt(rows->front()[0]);
  rows = conn_->Query("SELECT COALESCE(MAX(version), 0) FROM versions WHERE document = $1",
                      {SqlInt(document)});
  if (!rows.ok() || rows->empty()) return Rollback(rows.ok() ? Status::IOError(d.doc_id, "no version") : rows.status());
  const int64_t version_no = SqlToInt(rows->front()[0]) + 1;
  rows = conn_->Query(
      "INSERT INTO versions(document, version, sha256, title, publisher, date, plan_cycle, "
      "format, source, pages, ingested_at, doc_type, decision_number) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) "
      "ON CONFLICT (sha256) DO NOTHING RETURNING id",
      {SqlInt(document), SqlInt(version_no), SqlText(d.sha256), SqlText(d.title),
       SqlText(d.publisher), SqlText(d.date), SqlText(d.plan_cycle), SqlText(d.format),
       SqlText(d.source), SqlInt(doc.pages), SqlText(UtcNow()),
       SqlText(d.doc_type.value_or("other")), SqlOptText(d.decision_number)});
  if (!rows.ok()) return Rollback(rows.status());
  if (rows->empty()) {  // stored meanwhile, by us or another process
    conn_->Exec("ROLLBACK");
    return PutOutcome::kAlreadyStored;
  }
  const int64_t version = SqlToInt(rows->front()[0]);
  for (size_t i = 0; i < doc.alternates.size(); ++i) {
    const AlternateSource& a = doc.alternates[i];
    s = conn_->Exec(
        "INSERT INTO alternate_sources(version, seq, format, path, sha256) "
        "VALUES ($1, $2, $3, $4, $5)",
        {SqlInt(version), SqlInt(static_cast<int64_t>(i)), SqlText(a.format), SqlText(a.path),
         a.sha256.empty() ? SqlValue() : SqlText(a.sha256)});
    if (!s.ok()) return Rollback(s);
  }
  s = postgres() ? PutItemsOneByOne(version, doc.items) : PutItemsInBatches(version, doc.items);
  if (!s.ok()) return Rollback(s);
  s = conn_->Exec("COMMIT");
  if (!s.ok()) return Rollback(s);
  return version_no == 1 ? PutOutcome::kStored : PutOutcome::kNewVersion;
}

namespace {

constexpr const char* kItemColumns =
    "INSERT INTO items(version, seq, item_id, kind, section, text, status_raw, status, "
    "actions, deliverables, updates) VALUES ";
constexpr int kItemParams = 11;

// The values of an item's row of `items`, in kItemColumns' order. The lists
// also go, newline-joined, into columns of items: the full text is built
// from them (SQLite: a trigger fills items_fts; PostgreSQL: a generated
// column).
void AppendItemRow(int64_t version, int seq, const ItemRecord& it, std::vector<SqlValue>* out) {
  std::vector<std::string> updates;
  for (const auto& u : it.updates) updates.push_back(u.text);
  out->insert(out->end(),
              {SqlInt(version), SqlInt(seq), SqlText(it.item_id), SqlText(it.kind),
               SqlOptText(it.section), SqlText(it.text),
               it.status ? SqlText(it.status->raw) : SqlValue(),
               it.status ? SqlText(it.status->value) : SqlValue(),
               SqlText(JoinForSearch(it.actions)), SqlText(JoinForSearch(it.deliverables)),
               SqlText(JoinForSearch(updates))});
}

// "($first, …, $first+10)"
std::string RowPlaceholders(int first) {
  std::string out = "(";
  for (int k = 0; k < kItemParams; ++k) {
    if (k) out += ", ";
    out += "$" + std::to_string(first + k);
  }
  return out + ")";
}

}  // namespace

Status SqlStore::PutItemsOneByOne(int64_t version, const std::vector<ItemRecord>& items) {
  for (size_t i = 0; i < items.size(); ++i) {
    std::vector<SqlValue> params;
    AppendItemRow(version, static_cast<int>(i), items[i], &params);
    Result<std::vector<SqlRow>> rows =
        conn_->Query(std::string(kItemColumns) + RowPlaceholders(1) + " RETURNING id", params);
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return Status::IOError(items[i].item_id, "no item row");
    Status s = PutItemLists(rows->front()[0], items[i]);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

// SQLite: the items' rows go in a few statements of many rows each. FTS5
// writes what the trigger gave it to disk at the end of every statement
// that opens a statement journal (each insert that fires the trigger), so
// one item per statement cost a segment of the full-text index per item,
// and their merging. Rows are inserted in the same order, so they get the
// same ids; the lists are then written per item as before.
Status SqlStore::PutItemsInBatches(int64_t version, const std::vector<ItemRecord>& items) {
  // At most this many rows a statement: few distinct statements to prepare
  // and keep, far below SQLite's limit of parameters.
  constexpr size_t kRowsPerInsert = 32;
  for (size_t start = 0; start < items.size(); start += kRowsPerInsert) {
    const size_t count = std::min(kRowsPerInsert, items.size() - start);
    std::string sql = kItemColumns;
    std::vector<SqlValue> params;
    params.reserve(count * kItemParams);
    for (size_t r = 0; r < count; ++r) {
      if (r) sql += ", ";
      sql += RowPlaceholders(static_cast<int>(r) * kItemParams + 1);
      AppendItemRow(version, static_cast<int>(start + r), items[start + r], &params);
    }
    Status s = conn_->Exec(sql, params);
    if (!s.ok()) return s;
  }
  Result<std::vector<SqlRow>> ids =
      conn_->Query("SELECT id FROM items WHERE version = $1 ORDER BY seq", {SqlInt(version)});
  if (!ids.ok()) return ids.status();
  if (ids->size() != items.size()) return Status::IOError(where_, "item rows missing after insert");
  for (size_t i = 0; i < items.size(); ++i) {
    Status s = PutItemLists(ids.value()[i][0], items[i]);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status SqlStore::PutItemLists(const SqlValue& item, const ItemRecord& it) {
  Status s;
  auto text_rows = [&](const char* table, const std::vector<std::string>& texts) {
    const std::string sql =
        std::string("INSERT INTO ") + table + "(item, seq, text) VALUES ($1, $2, $3)";
    for (size_t i = 0; i < texts.size() && s.ok(); ++i) {
      s = conn_->Exec(sql, {item, SqlInt(static_cast<int64_t>(i)), SqlText(texts[i])});
    }
  };
  text_rows("actions", it.actions);
  text_rows("deliverables", it.deliverables);
  for (size_t i = 0; i < it.updates.size() && s.ok(); ++i) {
    const UpdateRecord& u = it.updates[i];
    s = conn_->Exec("INSERT INTO updates(item, seq, text, as_of, latest) VALUES ($1, $2, $3, $4, $5)",
                    {item, SqlInt(static_cast<int64_t>(i)), SqlText(u.text), SqlOptText(u.as_of),
                     SqlBool(u.latest)});
  }
  for (size_t i = 0; i < it.owners.size() && s.ok(); ++i) {
    const OwnerRecord& o = it.owners[i];
    s = conn_->Exec("INSERT INTO owners(item, seq, raw, title, interim) VALUES ($1, $2, $3, $4, $5)",
                    {item, SqlInt(static_cast<int64_t>(i)), SqlText(o.raw), SqlText(o.title),
                     SqlBool(o.interim)});
  }
  for (size_t i = 0; i < it.dates.size() && s.ok(); ++i) {
    const DateRecord& d = it.dates[i];
    s = conn_->Exec(
        "INSERT INTO dates(item, seq, raw, role, start_date, end_date, precision) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7)",
        {item, SqlInt(static_cast<int64_t>(i)), SqlText(d.raw), SqlText(d.role), SqlText(d.start),
         SqlOptText(d.end), SqlText(d.precision)});
  }
  for (size_t i = 0; i < it.amounts.size() && s.ok(); ++i) {
    const AmountRecord& a = it.amounts[i];
    s = conn_->Exec(
        "INSERT INTO amounts(item, seq, raw, value_gbp, period, approximate, kind) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7)",
        {item, SqlInt(static_cast<int64_t>(i)), SqlText(a.raw), SqlInt(a.value_gbp),
         SqlOptText(a.period), SqlBool(a.approximate), SqlText(a.kind)});
  }
  for (size_t i = 0; i < it.provenance.size() && s.ok(); ++i) {
    const ProvenanceRecord& p = it.provenance[i];
    auto coord = [&](int k) { return p.bbox ? SqlReal((*p.bbox)[k]) : SqlValue(); };
    s = conn_->Exec(
        "INSERT INTO provenance(item, seq, page, x0, top, x1, bottom, table_id, row_no) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        {item, SqlInt(static_cast<int64_t>(i)), SqlInt(p.page), coord(0), coord(1), coord(2),
         coord(3), SqlOptText(p.table), p.row ? SqlInt(*p.row) : SqlValue()});
  }
  return s;
}

Status SqlStore::ReplaceThemes(const std::vector<std::pair<std::string, std::string>>& ref_themes) {
  std::lock_guard<std::mutex> lock(mu_);
  return ReplaceThemesLocked(nullptr, ref_themes);
}

Status SqlStore::ReplaceThemesLocked(
    const std::vector<std::string>* doc_ids,
    const std::vector<std::pair<std::string, std::string>>& ref_themes) {
  Status s = conn_->Exec(postgres() ? "BEGIN" : "BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  if (!doc_ids) {
    s = conn_->Exec("DELETE FROM item_themes");
  } else {
    for (const std::string& doc : *doc_ids) {
      if (!s.ok()) break;
      s = conn_->Exec(
          "DELETE FROM item_themes WHERE item IN (SELECT i.id FROM items i "
          "JOIN v_documents d ON i.version = d.version_id WHERE d.doc_id = $1)",
          {SqlText(doc)});
    }
  }
  for (const auto& [ref, theme] : ref_themes) {
    if (!s.ok()) break;
    const size_t hash = ref.rfind('#');
    if (hash == std::string::npos) continue;
    s = conn_->Exec(
        "INSERT INTO item_themes(item, theme) SELECT i.id, $3 FROM items i "
        "JOIN v_documents d ON i.version = d.version_id WHERE d.doc_id = $1 AND i.item_id = $2 "
        "ON CONFLICT (item, theme) DO NOTHING",
        {SqlText(ref.substr(0, hash)), SqlText(ref.substr(hash + 1)), SqlText(theme)});
  }
  if (!s.ok()) return Rollback(s);
  s = conn_->Exec("COMMIT");
  return s.ok() ? s : Rollback(s);
}

Result<StoreCounts> SqlStore::Counts() {
  std::lock_guard<std::mutex> lock(mu_);
  Result<std::vector<SqlRow>> rows = conn_->Query(
      "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM versions), "
      "(SELECT COUNT(*) FROM v_items), (SELECT COUNT(*) FROM links)",
      {});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return StoreCounts{};
  const SqlRow& r = rows->front();
  return StoreCounts{SqlToInt(r[0]), SqlToInt(r[1]), SqlToInt(r[2]), SqlToInt(r[3])};
}

}  // namespace plantrace

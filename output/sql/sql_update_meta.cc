// SqlStore::UpdateVersionMeta: a stored file's metadata corrected in place.
#include "output/sql/sql_store_impl.h"

namespace plantrace {

Result<MetaUpdateOutcome> SqlStore::UpdateVersionMeta(const std::string& sha256,
                                                      const MetaUpdate& update) {
  std::lock_guard<std::mutex> lock(mu_);
  MetaUpdateOutcome out;
  Status s = conn_->Exec(postgres() ? "BEGIN" : "BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  Result<std::vector<SqlRow>> rows = conn_->Query(
      "SELECT d.doc_id, v.title, v.publisher, v.date, v.plan_cycle, v.doc_type "
      "FROM versions v JOIN documents d ON d.id = v.document WHERE v.sha256 = $1",
      {SqlText(sha256)});
  if (!rows.ok()) return Rollback(rows.status());
  if (rows->empty()) {
    conn_->Exec("ROLLBACK");
    return out;
  }
  const SqlRow& r = rows->front();
  out.found = true;
  out.doc_id = r[0].value_or("");
  // Each field: the given value, else the stored one.
  std::vector<SqlValue> values;
  const std::string* given[] = {&update.title, &update.publisher, &update.date,
                                &update.plan_cycle, &update.doc_type};
  for (size_t i = 0; i < 5; ++i) {
    const std::string stored = r[i + 1].value_or("");
    const bool set = !given[i]->empty() && *given[i] != stored;
    out.changed |= set;
    if (i == 2) out.date_changed = set;
    values.push_back(SqlText(set ? *given[i] : stored));
  }
  if (!out.changed) {
    conn_->Exec("ROLLBACK");
    return out;
  }
  values.push_back(SqlText(sha256));
  s = conn_->Exec(
      "UPDATE versions SET title = $1, publisher = $2, date = $3, plan_cycle = $4, "
      "doc_type = $5 WHERE sha256 = $6",
      values);
  if (!s.ok()) return Rollback(s);
  s = conn_->Exec("COMMIT");
  if (!s.ok()) return Rollback(s);
  return out;
}

}  // namespace plantrace

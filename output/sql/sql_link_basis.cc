// SqlStore: what a linking leaves for the next, incremental one (migration
// 8): the term frequencies its weights came from, every document as it
// linked it, and the themes of some documents' items only.
#include <algorithm>
#include <string>

#include "output/sql/sql_store_impl.h"

namespace plantrace {

namespace {

// Rows of two values, this many a statement (few statements to prepare,
// far below either database's limit of parameters).
constexpr size_t kRowsPerInsert = 64;

// INSERT INTO `table_and_columns` VALUES (…), (…) for every row of `rows`,
// each row `width` values.
Status InsertRows(SqlConnection& conn, const std::string& table_and_columns, size_t width,
                  const std::vector<SqlValue>& values) {
  const size_t rows = values.size() / width;
  for (size_t start = 0; start < rows; start += kRowsPerInsert) {
    const size_t count = std::min(kRowsPerInsert, rows - start);
    std::string sql = "INSERT INTO " + table_and_columns + " VALUES ";
    std::vector<SqlValue> params(values.begin() + static_cast<std::ptrdiff_t>(start * width),
                                 values.begin() + static_cast<std::ptrdiff_t>((start + count) * width));
    for (size_t r = 0; r < count; ++r) {
      sql += r ? ", (" : "(";
      for (size_t c = 0; c < width; ++c) {
        if (c) sql += ", ";
        sql += "$" + std::to_string(r * width + c + 1);
      }
      sql += ")";
    }
    Status s = conn.Exec(sql, params);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

Status SqlStore::SaveLinkBasis(const SqlValue& run_id, const LinkRun& run) {
  if (!run.basis) {
    // Nothing to compare against: the next linking is a full one.
    Status s = conn_->Exec("DELETE FROM linked_documents");
    return s.ok() ? conn_->Exec("DELETE FROM link_basis") : s;
  }
  const LinkBasis& basis = *run.basis;
  Status s = conn_->Exec("UPDATE link_runs SET basis_items = $1, changed_items = $2 WHERE id = $3",
                         {SqlInt(basis.items), SqlInt(basis.changed_items), run_id});
  if (!s.ok()) return s;
  s = conn_->Exec("DELETE FROM linked_documents");
  if (!s.ok()) return s;
  std::vector<SqlValue> values;
  values.reserve(basis.documents.size() * 3);
  for (const LinkedDocument& d : basis.documents) {
    values.insert(values.end(), {SqlText(d.doc_id), SqlText(d.digest), SqlInt(d.rank)});
  }
  s = InsertRows(*conn_, "linked_documents(doc_id, digest, doc_rank)", 3, values);
  if (!s.ok() || !run.full) return s;
  s = conn_->Exec("DELETE FROM link_basis");
  if (!s.ok()) return s;
  values.clear();
  values.reserve(basis.terms.size() * 3);
  for (const LinkBasis::Term& t : basis.terms) {
    values.insert(values.end(), {SqlText(t.key), SqlInt(t.df), SqlText(t.shown)});
  }
  return InsertRows(*conn_, "link_basis(term, df, shown)", 3, values);
}

Result<LinkBasis> SqlStore::ReadLinkBasis(bool with_df) {
  std::lock_guard<std::mutex> lock(mu_);
  LinkBasis basis;
  Result<std::vector<SqlRow>> run = conn_->Query(
      "SELECT basis_items, changed_items FROM link_runs ORDER BY id DESC LIMIT 1", {});
  if (!run.ok()) return run.status();
  // No run, or one by a plantrace before migration 8: no basis.
  if (run->empty() || !run->front()[0]) return basis;
  basis.items = SqlToInt(run->front()[0]);
  basis.changed_items = run->front()[1] ? SqlToInt(run->front()[1]) : 0;
  Result<std::vector<SqlRow>> docs =
      conn_->Query("SELECT doc_id, digest, doc_rank FROM linked_documents ORDER BY doc_rank", {});
  if (!docs.ok()) return docs.status();
  for (const SqlRow& r : docs.value()) {
    basis.documents.push_back({r[0].value_or(""), r[1].value_or(""), SqlToInt(r[2])});
  }
  if (!with_df) return basis;
  Result<std::vector<SqlRow>> terms = conn_->Query("SELECT term, df, shown FROM link_basis", {});
  if (!terms.ok()) return terms.status();
  basis.terms.reserve(terms->size());
  for (const SqlRow& r : terms.value()) {
    basis.terms.push_back({r[0].value_or(""), SqlToInt(r[1]), r[2].value_or("")});
  }
  return basis;
}

Status SqlStore::ReplaceThemesOf(const std::vector<std::string>& doc_ids,
                                 const std::vector<std::pair<std::string, std::string>>& ref_themes) {
  std::lock_guard<std::mutex> lock(mu_);
  return ReplaceThemesLocked(&doc_ids, ref_themes);
}

}  // namespace plantrace

// SqlStore: reading the records back, in a fixed order.
#include <algorithm>
#include <unordered_map>

#include "output/sql/sql_store_impl.h"

namespace plantrace {

namespace {

std::string Text(const SqlValue& v) { return v.value_or(""); }

std::string IdList(const std::vector<int64_t>& ids) {
  std::string out;
  for (int64_t id : ids) {
    if (!out.empty()) out += ',';
    out += std::to_string(id);
  }
  return out;
}

}  // namespace

Result<std::vector<DocumentRecord>> SqlStore::Documents() {
  std::lock_guard<std::mutex> lock(mu_);
  Result<std::vector<SqlRow>> rows = conn_->Query(
      "SELECT doc_id, title, publisher, date, plan_cycle, sha256, format, source, doc_type, "
      "decision_number FROM v_documents",
      {});
  if (!rows.ok()) return rows.status();
  std::vector<DocumentRecord> out;
  for (const SqlRow& r : rows.value()) {
    out.push_back(DocumentRecord{Text(r[0]), Text(r[1]), Text(r[2]), Text(r[3]), Text(r[4]),
                                 Text(r[5]), Text(r[6]), Text(r[7]), r[8],
                                 r[9]});  // a NULL decision number stays nullopt
  }
  // Bytewise, whatever the server's collation.
  std::sort(out.begin(), out.end(),
            [](const DocumentRecord& a, const DocumentRecord& b) { return a.doc_id < b.doc_id; });
  return out;
}

Result<std::vector<ItemRecord>> SqlStore::Items(const std::string& doc_id) {
  std::lock_guard<std::mutex> lock(mu_);
  Result<std::vector<SqlRow>> rows = conn_->Query(
      "SELECT i.id FROM items i JOIN v_documents d ON i.version = d.version_id "
      "WHERE d.doc_id = $1 ORDER BY i.seq",
      {SqlText(doc_id)});
  if (!rows.ok()) return rows.status();
  std::vector<int64_t> ids;
  for (const SqlRow& r : rows.value()) ids.push_back(SqlToInt(r[0]));
  return LoadItems(ids);
}

Result<std::vector<ItemRecord>> SqlStore::LoadItems(const std::vector<int64_t>& ids) {
  std::vector<ItemRecord> out;
  if (ids.empty()) return out;
  std::unordered_map<int64_t, size_t> index;
  for (size_t i = 0; i < ids.size(); ++i) index.emplace(ids[i], i);
  out.resize(ids.size());
  std::string in = "(";
  in += IdList(ids);
  in += ")";

  Result<std::vector<SqlRow>> rows = conn_->Query(
      "SELECT i.id, d.doc_id, i.item_id, i.kind, i.section, i.text, i.status_raw, i.status "
      "FROM items i JOIN versions v ON v.id = i.version JOIN documents d ON d.id = v.document "
      "WHERE i.id IN " + in, {});
  if (!rows.ok()) return rows.status();
  for (const SqlRow& r : rows.value()) {
    ItemRecord& it = out[index[SqlToInt(r[0])]];
    it.doc_id = Text(r[1]);
    it.item_id = Text(r[2]);
    it.kind = Text(r[3]);
    it.section = r[4];
    it.text = Text(r[5]);
    if (r[7]) it.status = StatusRecord{Text(r[6]), Text(r[7])};
  }
  // Each child table: rows of one item in seq order, appended to it.
  auto load = [&](const std::string& columns, const char* table, auto&& add) -> Status {
    Result<std::vector<SqlRow>> rs = conn_->Query(
        "SELECT item, " + columns + " FROM " + table + " WHERE item IN " + in +
            " ORDER BY item, seq", {});
    if (!rs.ok()) return rs.status();
    for (const SqlRow& r : rs.value()) add(out[index[SqlToInt(r[0])]], r);
    return Status::Ok();
  };
  Status s = load("text", "actions", [](ItemRecord& it, const SqlRow& r) {
    it.actions.push_back(Text(r[1]));
  });
  if (s.ok()) s = load("text", "deliverables", [](ItemRecord& it, const SqlRow& r) {
    it.deliverables.push_back(Text(r[1]));
  });
  if (s.ok()) s = load("text, as_of, latest", "updates", [](ItemRecord& it, const SqlRow& r) {
    it.updates.push_back(UpdateRecord{Text(r[1]), r[2], SqlToInt(r[3]) != 0});
  });
  if (s.ok()) s = load("raw, title, interim", "owners", [](ItemRecord& it, const SqlRow& r) {
    it.owners.push_back(OwnerRecord{Text(r[1]), Text(r[2]), SqlToInt(r[3]) != 0});
  });
  if (s.ok()) s = load("raw, role, start_date, end_date, precision", "dates",
                       [](ItemRecord& it, const SqlRow& r) {
    it.dates.push_back(DateRecord{Text(r[1]), Text(r[2]), Text(r[3]), r[4], Text(r[5])});
  });
  if (s.ok()) s = load("raw, value_gbp, period, approximate, kind", "amounts",
                       [](ItemRecord& it, const SqlRow& r) {
    it.amounts.push_back(
        AmountRecord{Text(r[1]), SqlToInt(r[2]), r[3], SqlToInt(r[4]) != 0, Text(r[5])});
  });
  if (s.ok()) s = load("page, x0, top, x1, bottom, table_id, row_no", "provenance",
                       [](ItemRecord& it, const SqlRow& r) {
    ProvenanceRecord p;
    p.page = static_cast<int>(SqlToInt(r[1]));
    if (r[2] && r[3] && r[4] && r[5]) {
      p.bbox = std::array<double, 4>{SqlToReal(r[2]), SqlToReal(r[3]), SqlToReal(r[4]),
                                     SqlToReal(r[5])};
    }
    p.table = r[6];
    if (r[7]) p.row = static_cast<int>(SqlToInt(r[7]));
    it.provenance.push_back(std::move(p));
  });
  if (!s.ok()) return s;
  return out;
}

}  // namespace plantrace

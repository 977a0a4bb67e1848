// SqlStore::FindItems: the filters of `plantrace query` as one SELECT.
// Full text: FTS5 ranked by bm25 on SQLite, a tsvector ranked by ts_rank on
// PostgreSQL.
#include <algorithm>
#include <cctype>
#include <sstream>

#include "output/sql/sql_store_impl.h"

namespace plantrace {

namespace {

std::string AsciiLower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Words -> an FTS5 query where every word must occur: each one quoted, so
// that FTS5 operators and punctuation in the input are plain text.
std::string Fts5Query(const std::string& words) {
  std::istringstream in(words);
  std::string out;
  for (std::string w; in >> w;) {
    std::string quoted = "\"";
    for (char c : w) {
      if (c == '"') quoted += "\"\"";
      else quoted += c;
    }
    quoted += "\"";
    if (!out.empty()) out += ' ';
    out += quoted;
  }
  return out;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string NormaliseQueryDate(const std::string& date) {
  if (date.size() == 7 && AllDigits(date.substr(0, 4)) && date[4] == '-' &&
      AllDigits(date.substr(5, 2))) {
    return date + "-01";
  }
  if (date.size() == 10 && AllDigits(date.substr(0, 4)) && date[4] == '-' &&
      AllDigits(date.substr(5, 2)) && date[7] == '-' && AllDigits(date.substr(8, 2))) {
    return date;
  }
  if (date.size() == 4 && AllDigits(date)) return date + "-01-01";
  return "";
}

Result<std::vector<ItemRecord>> SqlStore::FindItems(const ItemQuery& q) {
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<SqlValue> params;
  auto param = [&](SqlValue v) {
    params.push_back(std::move(v));
    std::string name = "$";
    name += std::to_string(params.size());
    return name;
  };
  std::string sql = "SELECT i.id, d.doc_id, i.seq, ";
  std::string where = " WHERE 1 = 1";
  const bool text = !Fts5Query(q.text).empty();
  if (text && postgres()) {
    const std::string p = param(SqlText(q.text));
    sql += "-ts_rank(i.fts, plainto_tsquery('english', " + p + ")) FROM items i";
    where += " AND i.fts @@ plainto_tsquery('english', " + p + ")";
  } else if (text) {
    sql += "bm25(items_fts) FROM items i JOIN items_fts ON items_fts.rowid = i.id";
    where += " AND items_fts MATCH " + param(SqlText(Fts5Query(q.text)));
  } else {
    sql += "0 FROM items i";
  }
  sql += " JOIN v_documents d ON i.version = d.version_id";
  if (!q.owner.empty()) {
    where += " AND EXISTS (SELECT 1 FROM owners o WHERE o.item = i.id AND LOWER(o.title) LIKE " +
             param(SqlText("%" + AsciiLower(q.owner) + "%")) + ")";
  }
  if (!q.theme.empty()) {
    where += " AND EXISTS (SELECT 1 FROM item_themes t WHERE t.item = i.id AND t.theme = " +
             param(SqlText(q.theme)) + ")";
  }
  if (!q.due_before.empty()) {
    const std::string date = NormaliseQueryDate(q.due_before);
    if (date.empty()) {
      return Status::InvalidArgument("--due-before", "not a date (YYYY-MM-DD or YYYY-MM): " +
                                                         q.due_before);
    }
    where += " AND EXISTS (SELECT 1 FROM dates t WHERE t.item = i.id AND t.role = 'due' AND "
             "COALESCE(t.end_date, t.start_date) < " + param(SqlText(date)) + ")";
  }
  if (!q.status.empty()) where += " AND i.status = " + param(SqlText(q.status));
  if (!q.doc_id.empty()) where += " AND d.doc_id = " + param(SqlText(q.doc_id));

  Result<std::vector<SqlRow>> rows = conn_->Query(sql + where, params);
  if (!rows.ok()) return rows.status();
  struct Hit {
    double rank;
    std::string doc_id;
    int64_t seq, id;
  };
  std::vector<Hit> hits;
  for (const SqlRow& r : rows.value()) {
    hits.push_back(Hit{SqlToReal(r[3]), r[1].value_or(""), SqlToInt(r[2]), SqlToInt(r[0])});
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    if (a.rank != b.rank) return a.rank < b.rank;
    if (a.doc_id != b.doc_id) return a.doc_id < b.doc_id;
    return a.seq < b.seq;
  });
  if (q.limit > 0 && hits.size() > static_cast<size_t>(q.limit)) hits.resize(q.limit);
  std::vector<int64_t> ids;
  for (const Hit& h : hits) ids.push_back(h.id);
  return LoadItems(ids);
}

}  // namespace plantrace

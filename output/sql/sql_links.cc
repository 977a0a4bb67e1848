// SqlStore's links: stored with the document versions they were computed
// from and the link run that stored them (migration 5), so that a link
// older than the items it joins is never read back, and an unchanged link
// keeps its row when the store is linked again.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>

#include "common/utc_now.h"
#include "output/sql/sql_store_impl.h"

namespace plantrace {

namespace {

std::string Text(const SqlValue& v) { return v.value_or(""); }

std::string DocOf(const std::string& ref) {
  const size_t hash = ref.rfind('#');
  return hash == std::string::npos ? ref : ref.substr(0, hash);
}

constexpr int64_t kNoLimit = std::numeric_limits<int64_t>::max();

// A stored link row.
struct StoredLink {
  int64_t id = 0;
  LinkRecord link;
  std::optional<int64_t> from_version, to_version;  // nullopt: stored before migration 5
};

// The version a side was computed from is its document's newest (a link
// stored before versions were recorded counts as current).
bool IsCurrent(const StoredLink& l, const std::map<std::string, int64_t>& newest) {
  auto current = [&](const std::optional<int64_t>& version, const std::string& ref) {
    if (!version) return true;
    auto it = newest.find(DocOf(ref));
    // 0: a document not stored when linked (current while it still is not).
    return it == newest.end() ? *version == 0 : it->second == *version;
  };
  return current(l.from_version, l.link.from) && current(l.to_version, l.link.to);
}

// The stored links: all, or those into documents `to_docs` (found by the
// to_ref index of migration 8: "doc#..." sorts between "doc#" and "doc$").
Result<std::vector<StoredLink>> ReadLinks(SqlConnection& conn,
                                          const std::set<std::string>* to_docs = nullptr) {
  std::vector<SqlRow> all;
  std::vector<SqlRow> reasons;
  const std::string columns =
      "SELECT id, from_ref, to_ref, relation, score, from_version, to_version FROM links";
  if (!to_docs) {
    Result<std::vector<SqlRow>> rows = conn.Query(columns, {});
    if (!rows.ok()) return rows.status();
    all = std::move(rows.value());
    Result<std::vector<SqlRow>> why =
        conn.Query("SELECT link, text FROM link_reasons ORDER BY link, seq", {});
    if (!why.ok()) return why.status();
    reasons = std::move(why.value());
  } else {
    for (const std::string& doc : *to_docs) {
      const std::vector<SqlValue> range = {SqlText(doc + "#"), SqlText(doc + "$")};
      Result<std::vector<SqlRow>> rows =
          conn.Query(columns + " WHERE to_ref >= $1 AND to_ref < $2", range);
      if (!rows.ok()) return rows.status();
      for (SqlRow& r : rows.value()) all.push_back(std::move(r));
      Result<std::vector<SqlRow>> why = conn.Query(
          "SELECT r.link, r.text FROM link_reasons r JOIN links l ON l.id = r.link "
          "WHERE l.to_ref >= $1 AND l.to_ref < $2 ORDER BY r.link, r.seq",
          range);
      if (!why.ok()) return why.status();
      for (SqlRow& r : why.value()) reasons.push_back(std::move(r));
    }
  }
  std::vector<StoredLink> out;
  std::unordered_map<int64_t, size_t> index;
  for (const SqlRow& r : all) {
    index.emplace(SqlToInt(r[0]), out.size());
    StoredLink l;
    l.id = SqlToInt(r[0]);
    l.link = LinkRecord{Text(r[1]), Text(r[2]), Text(r[3]), SqlToReal(r[4]), {}};
    if (r[5]) l.from_version = SqlToInt(r[5]);
    if (r[6]) l.to_version = SqlToInt(r[6]);
    out.push_back(std::move(l));
  }
  for (const SqlRow& r : reasons) {
    auto it = index.find(SqlToInt(r[0]));
    if (it != index.end()) out[it->second].link.why.push_back(Text(r[1]));
  }
  return out;
}

// SQLite hands a REAL back with 15 significant digits: a stored score
// equals a computed one when they agree to those.
bool SameScore(double a, double b) {
  char x[32], y[32];
  std::snprintf(x, sizeof x, "%.15g", a);
  std::snprintf(y, sizeof y, "%.15g", b);
  return std::string(x) == y;
}

bool SameLink(const LinkRecord& a, const LinkRecord& b) {
  return a.from == b.from && a.to == b.to && a.relation == b.relation &&
         SameScore(a.score, b.score) && a.why == b.why;
}

}  // namespace

Result<std::map<std::string, int64_t>> SqlStore::NewestVersionIds(int64_t max_id) {
  Result<std::vector<SqlRow>> rows = conn_->Query(
      "SELECT d.doc_id, MAX(v.id) FROM versions v JOIN documents d ON d.id = v.document "
      "WHERE v.id <= $1 GROUP BY d.doc_id",
      {SqlInt(max_id)});
  if (!rows.ok()) return rows.status();
  std::map<std::string, int64_t> out;
  for (const SqlRow& r : rows.value()) out[Text(r[0])] = SqlToInt(r[1]);
  return out;
}

Result<std::vector<LinkRecord>> SqlStore::Links() {
  std::lock_guard<std::mutex> lock(mu_);
  Result<std::map<std::string, int64_t>> newest = NewestVersionIds(kNoLimit);
  if (!newest.ok()) return newest.status();
  Result<std::vector<StoredLink>> stored = ReadLinks(*conn_);
  if (!stored.ok()) return stored.status();
  std::vector<LinkRecord> out;
  for (StoredLink& l : stored.value()) {
    if (IsCurrent(l, newest.value())) out.push_back(std::move(l.link));
  }
  std::sort(out.begin(), out.end(), [](const LinkRecord& a, const LinkRecord& b) {
    return a.from != b.from ? a.from < b.from : a.to < b.to;
  });
  return out;
}

Result<int64_t> SqlStore::LatestVersionId() {
  std::lock_guard<std::mutex> lock(mu_);
  Result<std::vector<SqlRow>> rows = conn_->Query("SELECT COALESCE(MAX(id), 0) FROM versions", {});
  if (!rows.ok()) return rows.status();
  return rows->empty() ? 0 : SqlToInt(rows->front()[0]);
}

Result<LinkRun> SqlStore::ReplaceLinks(const std::vector<LinkRecord>& links, const LinkRun& run) {
  std::lock_guard<std::mutex> lock(mu_);
  Status s = conn_->Exec(postgres() ? "BEGIN" : "BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  Result<LinkRun> done = ReplaceLinksLocked(links, run);
  if (!done.ok()) return Rollback(done.status());
  s = conn_->Exec("COMMIT");
  if (!s.ok()) return Rollback(s);
  return done;
}

Result<LinkRun> SqlStore::ReplaceLinksInto(const std::vector<std::string>& to_docs,
                                           const std::vector<LinkRecord>& links,
                                           const LinkRun& run) {
  std::lock_guard<std::mutex> lock(mu_);
  Status s = conn_->Exec(postgres() ? "BEGIN" : "BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  const std::set<std::string> docs(to_docs.begin(), to_docs.end());
  Result<LinkRun> done = ReplaceLinksLocked(links, run, &docs);
  if (!done.ok()) return Rollback(done.status());
  s = conn_->Exec("COMMIT");
  if (!s.ok()) return Rollback(s);
  return done;
}

Result<LinkRun> SqlStore::ReplaceLinksLocked(const std::vector<LinkRecord>& links, LinkRun run,
                                             const std::set<std::string>* to_docs) {
  if (run.to_version == 0) {
    Result<std::vector<SqlRow>> rows =
        conn_->Query("SELECT COALESCE(MAX(id), 0) FROM versions", {});
    if (!rows.ok()) return rows.status();
    run.to_version = rows->empty() ? 0 : SqlToInt(rows->front()[0]);
  }
  // A document stored after the snapshot has no version here: its links
  // get 0, stale until the next linking.
  Result<std::map<std::string, int64_t>> versions = NewestVersionIds(run.to_version);
  if (!versions.ok()) return versions.status();
  auto version_of = [&](const std::string& ref) {
    auto it = versions->find(DocOf(ref));
    return it == versions->end() ? int64_t{0} : it->second;
  };
  Result<std::vector<StoredLink>> stored = ReadLinks(*conn_, to_docs);
  if (!stored.ok()) return stored.status();
  std::map<std::pair<std::string, std::string>, const StoredLink*> by_key;
  for (const StoredLink& l : stored.value()) by_key[{l.link.from, l.link.to}] = &l;

  run.linked_at = UtcNow();
  Result<std::vector<SqlRow>> inserted = conn_->Query(
      "INSERT INTO link_runs(command, linked_at, min_score, to_version, links_kept, links_added, "
      "links_removed, inputs_digest, full_relink, decided_documents) "
      "VALUES ($1, $2, $3, $4, 0, 0, 0, $5, $6, $7) RETURNING id",
      {SqlText(run.command), SqlText(run.linked_at),
       run.min_score ? SqlReal(*run.min_score) : SqlValue(), SqlInt(run.to_version),
       run.inputs_digest.empty() ? SqlValue() : SqlText(run.inputs_digest),
       SqlInt(run.full ? 1 : 0), SqlInt(static_cast<int64_t>(run.decided_documents))});
  if (!inserted.ok() || inserted->empty()) {
    return inserted.ok() ? Status::IOError("link_runs", "no run row") : inserted.status();
  }
  const SqlValue run_id = inserted->front()[0];
  if (Status saved = SaveLinkBasis(run_id, run); !saved.ok()) return saved;

  auto remove = [&](int64_t id) {
    Status s = conn_->Exec("DELETE FROM link_reasons WHERE link = $1", {SqlInt(id)});
    return s.ok() ? conn_->Exec("DELETE FROM links WHERE id = $1", {SqlInt(id)}) : s;
  };
  std::set<int64_t> kept_ids;
  std::set<std::pair<std::string, std::string>> written;
  for (const LinkRecord& l : links) {
    if (!written.insert({l.from, l.to}).second) continue;  // one row per pair
    const int64_t from_version = version_of(l.from), to_version = version_of(l.to);
    auto old = by_key.find({l.from, l.to});
    if (old != by_key.end()) {
      const StoredLink& was = *old->second;
      if (SameLink(was.link, l) && was.from_version == from_version &&
          was.to_version == to_version) {
        kept_ids.insert(was.id);
        ++run.kept;
        continue;
      }
      Status s = remove(was.id);
      if (!s.ok()) return s;
      kept_ids.insert(was.id);  // gone already
      ++run.removed;
    }
    Result<std::vector<SqlRow>> rows = conn_->Query(
        "INSERT INTO links(from_ref, to_ref, relation, score, from_version, to_version, link_run) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        {SqlText(l.from), SqlText(l.to), SqlText(l.relation), SqlReal(l.score),
         SqlInt(from_version), SqlInt(to_version), run_id});
    if (!rows.ok() || rows->empty()) {
      return rows.ok() ? Status::IOError(l.from, "no link row") : rows.status();
    }
    for (size_t i = 0; i < l.why.size(); ++i) {
      Status s = conn_->Exec("INSERT INTO link_reasons(link, seq, text) VALUES ($1, $2, $3)",
                             {rows->front()[0], SqlInt(static_cast<int64_t>(i)), SqlText(l.why[i])});
      if (!s.ok()) return s;
    }
    ++run.added;
  }
  for (const StoredLink& l : stored.value()) {
    if (kept_ids.count(l.id)) continue;
    Status s = remove(l.id);
    if (!s.ok()) return s;
    ++run.removed;
  }
  Status s = conn_->Exec(
      "UPDATE link_runs SET links_kept = $1, links_added = $2, links_removed = $3 WHERE id = $4",
      {SqlInt(run.kept), SqlInt(run.added), SqlInt(run.removed), run_id});
  if (!s.ok()) return s;
  return run;
}

Result<std::optional<LinkRun>> SqlStore::LastLinkRun() {
  std::lock_guard<std::mutex> lock(mu_);
  return LastLinkRunLocked();
}

Result<std::optional<LinkRun>> SqlStore::LastLinkRunLocked() {
  Result<std::vector<SqlRow>> rows = conn_->Query(
      "SELECT command, linked_at, min_score, to_version, links_kept, links_added, links_removed, "
      "inputs_digest FROM link_runs ORDER BY id DESC LIMIT 1", {});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return std::optional<LinkRun>();
  const SqlRow& r = rows->front();
  LinkRun run;
  run.command = Text(r[0]);
  run.linked_at = Text(r[1]);
  if (r[2]) run.min_score = SqlToReal(r[2]);
  run.to_version = SqlToInt(r[3]);
  run.kept = SqlToInt(r[4]);
  run.added = SqlToInt(r[5]);
  run.removed = SqlToInt(r[6]);
  if (r[7]) run.inputs_digest = Text(r[7]);
  return std::optional<LinkRun>(std::move(run));
}

Result<LinkState> SqlStore::LinkStatus() {
  std::lock_guard<std::mutex> lock(mu_);
  LinkState state;
  Result<std::optional<LinkRun>> last = LastLinkRunLocked();
  if (!last.ok()) return last.status();
  state.last = std::move(last.value());
  Result<std::map<std::string, int64_t>> newest = NewestVersionIds(kNoLimit);
  if (!newest.ok()) return newest.status();
  state.documents = static_cast<int64_t>(newest->size());
  for (const auto& [doc, id] : newest.value()) {
    if (!state.last || id > state.last->to_version) ++state.newer_documents;
  }
  Result<std::vector<StoredLink>> stored = ReadLinks(*conn_);
  if (!stored.ok()) return stored.status();
  std::set<std::string> linked;
  for (const StoredLink& l : stored.value()) {
    if (!IsCurrent(l, newest.value())) {
      ++state.stale_links;
      continue;
    }
    linked.insert(DocOf(l.link.from));
    linked.insert(DocOf(l.link.to));
  }
  for (const auto& [doc, id] : newest.value()) {
    if (!linked.count(doc)) ++state.unlinked_documents;
  }
  return state;
}

}  // namespace plantrace

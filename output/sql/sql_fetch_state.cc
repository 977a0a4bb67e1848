// SqlStore: what `fetch` remembers per URL, the runs that stored something,
// and the older versions of a document (for `diff`).
#include <algorithm>
#include <chrono>
#include <thread>

#include "common/utc_now.h"
#include "output/sql/sql_store_impl.h"

namespace plantrace {

namespace {
std::string Text(const SqlValue& v) { return v.value_or(""); }
}  // namespace

Result<std::vector<FetchedUrl>> SqlStore::FetchedUrls() {
  std::lock_guard<std::mutex> lock(mu_);
  Result<std::vector<SqlRow>> rows = conn_->Query(
      "SELECT url, doc_id, etag, last_modified, sha256, fetched_at FROM fetched_urls", {});
  if (!rows.ok()) return rows.status();
  std::vector<FetchedUrl> out;
  for (const SqlRow& r : rows.value()) {
    out.push_back(FetchedUrl{Text(r[0]), Text(r[1]), Text(r[2]), Text(r[3]), Text(r[4]),
                             Text(r[5])});
  }
  // Bytewise, whatever the server's collation.
  std::sort(out.begin(), out.end(),
            [](const FetchedUrl& a, const FetchedUrl& b) { return a.url < b.url; });
  return out;
}

Status SqlStore::RememberUrl(const FetchedUrl& u) {
  std::lock_guard<std::mutex> lock(mu_);
  return conn_->Exec(
      "INSERT INTO fetched_urls(url, doc_id, etag, last_modified, sha256, fetched_at) "
      "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (url) DO UPDATE SET "
      "doc_id = excluded.doc_id, etag = excluded.etag, last_modified = excluded.last_modified, "
      "sha256 = excluded.sha256, fetched_at = excluded.fetched_at",
      {SqlText(u.url), SqlText(u.doc_id), SqlText(u.etag), SqlText(u.last_modified),
       SqlText(u.sha256), SqlText(u.fetched_at)});
}

// Version row ids grow as versions are stored; a run covers the ids above
// the last run's to_version. (With several processes on one PostgreSQL
// store, a version committed after another process recorded its run, with
// a lower id, is counted by no run: its document is still linked by the
// next run that stores anything.)
Result<int64_t> SqlStore::UnrecordedVersions() {
  std::lock_guard<std::mutex> lock(mu_);
  Result<std::vector<SqlRow>> rows = conn_->Query(
      "SELECT COUNT(*) FROM versions WHERE id > "
      "(SELECT COALESCE(MAX(to_version), 0) FROM runs)", {});
  if (!rows.ok()) return rows.status();
  return rows->empty() ? 0 : SqlToInt(rows->front()[0]);
}

Status SqlStore::RecordRun(const std::string& command, const std::string& started_at) {
  std::lock_guard<std::mutex> lock(mu_);
  return conn_->Exec(
      "INSERT INTO runs(command, started_at, finished_at, from_version, to_version) "
      "SELECT $1, $2, $3, (SELECT COALESCE(MAX(to_version), 0) FROM runs), "
      "(SELECT COALESCE(MAX(id), 0) FROM versions)",
      {SqlText(command), SqlText(started_at), SqlText(UtcNow())});
}

namespace {
// Outside ClaimKey()'s range (non-negative), so it never meets a claim.
constexpr int64_t kLinkingLockKey = -18;
}  // namespace

Status SqlStore::LockLinking() {
  for (;;) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      Result<bool> got = conn_->TryLock(kLinkingLockKey);
      if (!got.ok()) return got.status();
      if (got.value()) return Status::Ok();
    }
    // Another process is linking: its turn takes seconds, not minutes.
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

void SqlStore::UnlockLinking() {
  std::lock_guard<std::mutex> lock(mu_);
  conn_->Unlock(kLinkingLockKey);
}

Result<std::optional<RunRecord>> SqlStore::LastRun() {
  std::lock_guard<std::mutex> lock(mu_);
  Result<std::vector<SqlRow>> rows = conn_->Query(
      "SELECT command, started_at, finished_at, from_version, to_version FROM runs "
      "ORDER BY id DESC LIMIT 1", {});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return std::optional<RunRecord>();
  const SqlRow& r = rows->front();
  RunRecord run{Text(r[0]), Text(r[1]), Text(r[2]), {}};
  Result<std::vector<SqlRow>> versions = conn_->Query(
      "SELECT d.doc_id, v.version, v.source FROM versions v JOIN documents d ON d.id = v.document "
      "WHERE v.id > $1 AND v.id <= $2 ORDER BY v.id",
      {r[3], r[4]});
  if (!versions.ok()) return versions.status();
  for (const SqlRow& v : versions.value()) {
    run.versions.push_back(StoredVersion{Text(v[0]), static_cast<int>(SqlToInt(v[1])), Text(v[2])});
  }
  return std::optional<RunRecord>(std::move(run));
}

Result<std::vector<VersionInfo>> SqlStore::Versions(const std::string& doc_id) {
  std::lock_guard<std::mutex> lock(mu_);
  Result<std::vector<SqlRow>> rows = conn_->Query(
      "SELECT v.version, v.title, v.publisher, v.date, v.plan_cycle, v.sha256, v.format, "
      "v.source, v.ingested_at FROM versions v JOIN documents d ON d.id = v.document "
      "WHERE d.doc_id = $1 ORDER BY v.version",
      {SqlText(doc_id)});
  if (!rows.ok()) return rows.status();
  std::vector<VersionInfo> out;
  for (const SqlRow& r : rows.value()) {
    VersionInfo v;
    v.version = static_cast<int>(SqlToInt(r[0]));
    v.document = DocumentRecord{doc_id,      Text(r[1]), Text(r[2]), Text(r[3]),
                                Text(r[4]),  Text(r[5]), Text(r[6]), Text(r[7]),
                                std::nullopt, std::nullopt};  // not kept per version
    v.ingested_at = Text(r[8]);
    out.push_back(std::move(v));
  }
  return out;
}

Result<std::vector<ItemRecord>> SqlStore::VersionItems(const std::string& doc_id, int version) {
  std::lock_guard<std::mutex> lock(mu_);
  Result<std::vector<SqlRow>> rows = conn_->Query(
      "SELECT i.id FROM items i JOIN versions v ON v.id = i.version "
      "JOIN documents d ON d.id = v.document WHERE d.doc_id = $1 AND v.version = $2 "
      "ORDER BY i.seq",
      {SqlText(doc_id), SqlInt(version)});
  if (!rows.ok()) return rows.status();
  std::vector<int64_t> ids;
  for (const SqlRow& r : rows.value()) ids.push_back(SqlToInt(r[0]));
  return LoadItems(ids);
}

}  // namespace plantrace

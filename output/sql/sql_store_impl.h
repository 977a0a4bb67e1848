#pragma once
// Internal to output/sql: the SqlStore class, split over sql_store.cc
// (writes), sql_store_read.cc (reads) and sql_find.cc (query).

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "output/sql/sql_connection.h"
#include "output/sql/sql_schema.h"
#include "output/store.h"

namespace plantrace {

class SqlStore : public Store {
 public:
  SqlStore(std::unique_ptr<SqlConnection> conn, const SqlSchema& schema, std::string where)
      : conn_(std::move(conn)), schema_(schema), where_(std::move(where)) {}

  Status Init() override;
  Result<bool> Contains(const std::string& sha256) override;
  Result<ClaimOutcome> Claim(const std::string& sha256) override;
  void Release(const std::string& sha256) override;
  Result<PutOutcome> Put(const StoredDocument& doc) override;
  Result<MetaUpdateOutcome> UpdateVersionMeta(const std::string& sha256,
                                              const MetaUpdate& update) override;
  Result<std::vector<DocumentRecord>> Documents() override;
  Result<std::vector<ItemRecord>> Items(const std::string& doc_id) override;
  Result<std::vector<LinkRecord>> Links() override;
  Result<LinkRun> ReplaceLinks(const std::vector<LinkRecord>& links,
                               const LinkRun& run) override;
  Result<LinkRun> ReplaceLinksInto(const std::vector<std::string>& to_docs,
                                   const std::vector<LinkRecord>& links,
                                   const LinkRun& run) override;
  Result<LinkBasis> ReadLinkBasis(bool with_df) override;
  Status ReplaceThemesOf(
      const std::vector<std::string>& doc_ids,
      const std::vector<std::pair<std::string, std::string>>& ref_themes) override;
  Result<int64_t> LatestVersionId() override;
  Result<LinkState> LinkStatus() override;
  Result<std::optional<LinkRun>> LastLinkRun() override;
  Status ReplaceThemes(
      const std::vector<std::pair<std::string, std::string>>& ref_themes) override;
  Result<std::vector<ItemRecord>> FindItems(const ItemQuery& q) override;
  Result<StoreCounts> Counts() override;
  Result<std::vector<FetchedUrl>> FetchedUrls() override;
  Status RememberUrl(const FetchedUrl& u) override;
  Result<int64_t> UnrecordedVersions() override;
  Status RecordRun(const std::string& command, const std::string& started_at) override;
  Status LockLinking() override;
  void UnlockLinking() override;
  Result<std::optional<RunRecord>> LastRun() override;
  Result<std::vector<VersionInfo>> Versions(const std::string& doc_id) override;
  Result<std::vector<ItemRecord>> VersionItems(const std::string& doc_id, int version) override;

 private:
  bool postgres() const { return conn_->dialect() == SqlDialect::kPostgres; }
  Result<bool> ContainsLocked(const std::string& sha256);
  Result<PutOutcome> PutLocked(const StoredDocument& doc);
  Status PutItemsOneByOne(int64_t version, const std::vector<ItemRecord>& items);
  Status PutItemsInBatches(int64_t version, const std::vector<ItemRecord>& items);
  // An item's lists (actions, owners, dates, …) under its row id `item`.
  Status PutItemLists(const SqlValue& item, const ItemRecord& it);
  // The records of the items with these row ids, in the order given.
  Result<std::vector<ItemRecord>> LoadItems(const std::vector<int64_t>& ids);
  Status Rollback(Status why);
  // doc_id -> row id of its newest version at or below `max_id`.
  Result<std::map<std::string, int64_t>> NewestVersionIds(int64_t max_id);
  // `to_docs` nullptr: every stored link is replaced; else those into them.
  Result<LinkRun> ReplaceLinksLocked(const std::vector<LinkRecord>& links, LinkRun run,
                                     const std::set<std::string>* to_docs = nullptr);
  // Stores run `run_id`'s basis (LinkRun::basis) and what it decided.
  Status SaveLinkBasis(const SqlValue& run_id, const LinkRun& run);
  Result<std::optional<LinkRun>> LastLinkRunLocked();
  Status ReplaceThemesLocked(const std::vector<std::string>* doc_ids,
                             const std::vector<std::pair<std::string, std::string>>& ref_themes);

  std::mutex mu_;
  std::unique_ptr<SqlConnection> conn_;
  const SqlSchema& schema_;
  std::string where_;
  std::set<std::string> claimed_;  // sha256s this process holds a lock for
};

// "YYYY-MM" -> "YYYY-MM-01"; "YYYY-MM-DD" unchanged; "" for anything else.
std::string NormaliseQueryDate(const std::string& date);
// The lock key of a sha256: its first 15 hex digits.
int64_t ClaimKey(const std::string& sha256);

}  // namespace plantrace

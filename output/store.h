#pragma once
// Store: where the normalised records live (docs/schema.md). Implemented by
// SQLite (the default, output/sqlite/) and PostgreSQL (output/postgres/);
// OpenStore() in output/open_store.h picks one from the --db argument.
//
// Every method is safe to call from several threads at once (the
// implementations serialise them). Put() is one transaction: a crash never
// leaves half a document. Documents are content-addressed by the sha256 of
// their primary source: a sha256 already stored is never stored again, and a
// new sha256 under a stored doc_id is a new version of that document (the
// old versions are kept; reads see the newest).

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/result.h"
#include "model/records.h"

namespace plantrace {

// Another rendering of the same document (a manifest entry's HTML when the
// PDF is read): recorded, not read.
struct AlternateSource {
  std::string format;  // "pdf" | "html"
  std::string path;
  std::string sha256;  // empty when the file could not be read
};

struct StoredDocument {
  DocumentRecord document;         // document.sha256 is the identity
  std::vector<ItemRecord> items;   // in document order
  std::vector<AlternateSource> alternates;
  int pages = 0;
};

enum class ClaimOutcome {
  kMine,    // extract it: this process holds the claim
  kStored,  // this sha256 is stored already
  kTaken,   // another worker or process is extracting it now
};

enum class PutOutcome {
  kStored,         // the first version of this doc_id
  kNewVersion,     // a new version of a stored doc_id
  kAlreadyStored,  // this sha256 was stored before (maybe by another process)
};

// Filters of `plantrace query`; empty fields do not filter. All given
// filters must hold.
struct ItemQuery {
  std::string text;        // words, all must occur (full-text, ranked)
  std::string owner;       // part of an owner's canonical title, any case
  std::string theme;       // a theme id in item_themes
  std::string due_before;  // "YYYY-MM-DD" or "YYYY-MM": a due date ending before it
  std::string status;      // status value: complete, on_track, …
  std::string doc_id;
  int limit = 0;           // 0: no limit
};

struct StoreCounts {
  int64_t documents = 0;
  int64_t versions = 0;
  int64_t items = 0;
  int64_t links = 0;
};

// What `plantrace fetch` remembers of a URL it downloaded: the validators
// of its next conditional request and the document it became.
struct FetchedUrl {
  std::string url;
  std::string doc_id;         // the document it was stored as
  std::string etag;           // "" when the server sent none
  std::string last_modified;  // an HTTP date, "" when the server sent none
  std::string sha256;         // of the body last downloaded
  std::string fetched_at;     // UTC, "YYYY-MM-DDTHH:MM:SSZ"
};

// One stored version of a document, as listed by Versions() and runs.
struct StoredVersion {
  std::string doc_id;
  int version = 0;  // 1-based
  std::string source;
};

// One `ingest` or `fetch` run that stored something: the versions stored
// since the run recorded before it (those of killed runs included).
struct RunRecord {
  std::string command;      // "ingest" | "fetch"
  std::string started_at;   // UTC
  std::string finished_at;  // UTC
  std::vector<StoredVersion> versions;  // in the order stored
};

// A document as the last linking saw it (migration 8).
struct LinkedDocument {
  std::string doc_id;
  std::string digest;  // of its record and items (ingest/link_store.h)
  int64_t rank = 0;    // its place in the processing order, 0 first
};

// What an incremental linking compares against (issue 16, migration 8).
struct LinkBasis {
  int64_t items = 0;          // the items `df` was counted over; 0: no basis (link in full)
  int64_t changed_items = 0;  // items of documents changed since (linked incrementally)
  // The terms (pipeline/link/term_basis.h): key, items with it, how a
  // word reads; read only when asked for.
  struct Term {
    std::string key;
    int64_t df = 0;
    std::string shown;
  };
  std::vector<Term> terms;
  std::vector<LinkedDocument> documents;  // as last linked
};

// One linking of the store: what asked for it, with which options, and
// what it changed.
struct LinkRun {
  std::string command = "link";     // link | ingest | fetch
  std::optional<double> min_score;  // `link --min-score`; nullopt: the linker's own thresholds
  // The highest version row (LatestVersionId()) read before the items were:
  // a link's documents are taken at their newest version up to it.
  int64_t to_version = 0;
  // A digest of what the linking read (ingest/link_store.h): the same digest
  // as the last run means the same links. Empty: not known.
  std::string inputs_digest;
  // A full relink (every link decided again), or an incremental one.
  bool full = true;
  size_t decided_documents = 0;  // documents whose links this run decided
  // What the next linking compares against, stored with the run: its
  // documents always, its frequencies on a full relink (an incremental
  // run keeps those stored). nullptr: none stored (the next run is full).
  const LinkBasis* basis = nullptr;
  // Set by the store:
  std::string linked_at;  // UTC
  int64_t kept = 0, added = 0, removed = 0;  // stored link rows
};

// How current the stored links are (`summary`).
struct LinkState {
  std::optional<LinkRun> last;      // the newest linking; nullopt: none recorded
  int64_t newer_documents = 0;      // documents stored or re-versioned since then
  int64_t stale_links = 0;          // links one of whose documents changed since (hidden)
  int64_t documents = 0;
  int64_t unlinked_documents = 0;   // documents no current link touches
};

// One stored version of a document (1-based, oldest first).
struct VersionInfo {
  int version = 0;
  DocumentRecord document;
  std::string ingested_at;
};

// Metadata a user sets for a stored file (a manifest entry, ingest's
// --title/--publisher/--date/--plan-cycle/--doc-type): empty fields are not
// set.
struct MetaUpdate {
  std::string title, publisher, date, plan_cycle, doc_type;
  bool empty() const {
    return title.empty() && publisher.empty() && date.empty() && plan_cycle.empty() &&
           doc_type.empty();
  }
};

struct MetaUpdateOutcome {
  bool found = false;         // a version with this sha256 is stored
  bool changed = false;       // some field took a new value
  bool date_changed = false;  // the date did: the links are stale
  std::string doc_id;         // of the version found
};

class Store {
 public:
  virtual ~Store() = default;

  // Creates the tables and views when missing (idempotent).
  virtual Status Init() = 0;

  // Is a document version with this sha256 stored?
  virtual Result<bool> Contains(const std::string& sha256) = 0;
  // Should this process extract the file with this sha256? Not when it is
  // stored or another worker or process is working on it (PostgreSQL). A
  // claim is released by Put() of that sha256 or by Release(), and by the
  // death of the process.
  virtual Result<ClaimOutcome> Claim(const std::string& sha256) = 0;
  virtual void Release(const std::string& sha256) = 0;

  // Stores one document with its items in one transaction.
  virtual Result<PutOutcome> Put(const StoredDocument& doc) = 0;

  // Sets the given fields of `update` on the stored version with this
  // sha256, in place, in one transaction: metadata is not content (no new
  // version; items, links and themes untouched).
  virtual Result<MetaUpdateOutcome> UpdateVersionMeta(const std::string& sha256,
                                                      const MetaUpdate& update) = 0;

  // The newest version of every document, ordered by doc_id (bytewise).
  virtual Result<std::vector<DocumentRecord>> Documents() = 0;
  // The items of the newest version of `doc_id`, in document order.
  virtual Result<std::vector<ItemRecord>> Items(const std::string& doc_id) = 0;
  // Every current stored link, ordered by (from, to): a link computed from
  // an older version of either item's document than the newest is stale,
  // and never returned (LinkState() counts them).
  virtual Result<std::vector<LinkRecord>> Links() = 0;
  // Makes `links` the stored links (the hook for `plantrace link`) and
  // records the run: a stored row equal to a new link and computed from the
  // same document versions is kept as it is (its id and run); the others
  // are removed, the new ones added. Returns `run` with what it changed.
  virtual Result<LinkRun> ReplaceLinks(const std::vector<LinkRecord>& links,
                                       const LinkRun& run = {}) = 0;
  // The same for the links into the documents `to_docs` only (an
  // incremental linking): every other stored link is left as it is.
  virtual Result<LinkRun> ReplaceLinksInto(const std::vector<std::string>& to_docs,
                                           const std::vector<LinkRecord>& links,
                                           const LinkRun& run) = 0;
  // What the last linking left for the next one (LinkBasis::items 0 when
  // it left nothing); the frequencies only when `with_df`.
  virtual Result<LinkBasis> ReadLinkBasis(bool with_df) = 0;
  // The id of the newest stored version row (0: none); ids only grow.
  virtual Result<int64_t> LatestVersionId() = 0;
  virtual Result<LinkState> LinkStatus() = 0;
  // LinkStatus().last alone, without counting stale links (which reads
  // every link).
  virtual Result<std::optional<LinkRun>> LastLinkRun() = 0;
  // Replaces every item's themes: (ref "doc_id#item_id", theme id) pairs,
  // for the newest versions; a ref naming no stored item is skipped. Read
  // by ItemQuery::theme.
  virtual Status ReplaceThemes(
      const std::vector<std::pair<std::string, std::string>>& ref_themes) = 0;
  // The same for the items of `doc_ids` only.
  virtual Status ReplaceThemesOf(
      const std::vector<std::string>& doc_ids,
      const std::vector<std::pair<std::string, std::string>>& ref_themes) = 0;
  // Items of the newest versions matching `q`: by full-text relevance when
  // q.text is given, else by doc_id then document order.
  virtual Result<std::vector<ItemRecord>> FindItems(const ItemQuery& q) = 0;
  virtual Result<StoreCounts> Counts() = 0;

  // Every URL `fetch` has remembered, ordered by URL.
  virtual Result<std::vector<FetchedUrl>> FetchedUrls() = 0;
  // Inserts or replaces what is remembered of `u.url`.
  virtual Status RememberUrl(const FetchedUrl& u) = 0;
  // How many versions were stored since the last recorded run: those of
  // this run, and of a run killed before it recorded itself. When not 0 the
  // store's links are stale: link, then RecordRun().
  virtual Result<int64_t> UnrecordedVersions() = 0;
  // Records a run that covers every version stored since the last one.
  virtual Status RecordRun(const std::string& command, const std::string& started_at) = 0;
  // Held while one process links the store and records its run, so that
  // processes sharing a PostgreSQL store link one after another, each
  // seeing what the one before recorded. Blocks until held. (SQLite: a
  // no-op; its writers are serialised anyway.)
  virtual Status LockLinking() = 0;
  virtual void UnlockLinking() = 0;
  // The newest recorded run with its versions; nullopt when none is.
  virtual Result<std::optional<RunRecord>> LastRun() = 0;
  // The stored versions of `doc_id`, oldest first (empty: not stored).
  virtual Result<std::vector<VersionInfo>> Versions(const std::string& doc_id) = 0;
  // The items of one stored version, in document order.
  virtual Result<std::vector<ItemRecord>> VersionItems(const std::string& doc_id,
                                                       int version) = 0;
};

}  // namespace plantrace

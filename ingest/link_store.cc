#include "ingest/link_store.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "corpus/file_bytes.h"
#include "ingest/link_incremental.h"
#include "json/json_value.h"
#include "model/records_json.h"
#include "pipeline/link/lineage.h"
#include "pipeline/link/linker.h"
#include "pipeline/link/term_basis.h"
#include "pipeline/shared/data_files.h"
#include "pipeline/shared/item_ref.h"
#include "text/tokenize.h"

namespace plantrace {

namespace {

// Raise when the linker's code changes what it links, so that stores
// linked by an older plantrace are linked again rather than left as they
// are (the digest sees the inputs, not the code).
constexpr const char* kLinkerRevision = "linker 1";

}  // namespace

namespace {

// What every link depends on besides the records: the linker's revision,
// the options and the lexicons.
Result<std::string> LinkSettingsDigest(std::optional<double> min_score) {
  std::string parts = kLinkerRevision;
  parts += "\nmin_score ";
  parts += min_score ? JsonValue(*min_score).Dump() : std::string("default");
  for (const char* file : {"link_stopwords.txt", "link_synonyms.tsv", "themes.tsv",
                           "owner_functions.tsv"}) {
    Result<std::string> text = ReadDataFile(file);
    if (!text.ok()) return text.status();
    parts += "\n" + Sha256Hex(text.value());
  }
  return Sha256Hex(parts);
}

}  // namespace

namespace {

// A digest of digests: each document's (which covers the settings, its
// record and its items: LinkedDocumentsOf), never the whole store in
// memory as one string.
std::string DigestOf(const std::vector<LinkedDocument>& documents) {
  std::string parts = kLinkerRevision;
  for (const LinkedDocument& d : documents) parts += "\n" + d.digest;
  return Sha256Hex(parts);
}

}  // namespace

Result<std::string> LinkInputsDigest(const std::vector<DocumentRecord>& documents,
                                     const std::vector<ItemRecord>& items,
                                     std::optional<double> min_score) {
  Result<std::string> settings = LinkSettingsDigest(min_score);
  if (!settings.ok()) return settings.status();
  return DigestOf(LinkedDocumentsOf(documents, items, settings.value()));
}

LinkOptions LinkOptionsForMinScore(double min_score) {
  LinkOptions options;
  options.min_score = min_score;
  options.link_score = min_score;
  options.continues_link_score = std::min(options.continues_link_score, min_score);
  return options;
}

Result<LinkStoreTotals> LinkStore(Store& store, const LinkRequest& request,
                                  const LinkStage& stage) {
  // Read before the items: a document stored meanwhile counts as not linked.
  LinkRun run;
  run.command = request.command;
  run.min_score = request.min_score;
  Result<int64_t> latest = store.LatestVersionId();
  if (!latest.ok()) return latest.status();
  run.to_version = latest.value();
  Result<std::vector<DocumentRecord>> docs = store.Documents();
  if (!docs.ok()) return docs.status();
  std::vector<ItemRecord> items;
  for (const DocumentRecord& d : docs.value()) {
    Result<std::vector<ItemRecord>> some = store.Items(d.doc_id);
    if (!some.ok()) return some.status();
    for (ItemRecord& item : some.value()) items.push_back(std::move(item));
  }
  // Each document's digest (for the incremental plan, below), and of them
  // all (for the check that nothing changed).
  Result<std::string> settings = LinkSettingsDigest(request.min_score);
  if (!settings.ok()) return settings.status();
  LinkBasis now;
  now.documents = LinkedDocumentsOf(docs.value(), items, settings.value());
  run.inputs_digest = DigestOf(now.documents);
  Result<std::optional<LinkRun>> last = store.LastLinkRun();
  if (!last.ok()) return last.status();
  // `--full` is asked for by someone who wants the term weights afresh:
  // the links are computed again even when no input changed.
  if (!request.full && last.value() && last.value()->inputs_digest == run.inputs_digest &&
      last.value()->to_version == run.to_version) {
    // Nothing the links depend on changed: the stored links are those a
    // relink would compute.
    Result<std::vector<LinkRecord>> stored = store.Links();
    if (!stored.ok()) return stored.status();
    LinkStoreTotals totals;
    totals.unchanged = true;
    totals.links = stored->size();
    totals.kept = static_cast<int64_t>(stored->size());
    totals.lineages = BuildLineages(docs.value(), items, stored.value()).size();
    totals.items = items.size();
    totals.documents = docs->size();
    return totals;
  }
  Result<Linker> linker = Linker::Load(request.min_score ? LinkOptionsForMinScore(*request.min_score)
                                                         : LinkOptions());
  if (!linker.ok()) return linker.status();
  // Full or incremental (ingest/link_incremental.h).
  std::vector<size_t> items_of(docs->size(), 0);
  {
    std::unordered_map<std::string, size_t> at;
    for (size_t i = 0; i < docs->size(); ++i) at.emplace(docs.value()[i].doc_id, i);
    for (const ItemRecord& item : items) {
      if (auto it = at.find(item.doc_id); it != at.end()) ++items_of[it->second];
    }
  }
  Result<LinkBasis> before = store.ReadLinkBasis(/*with_df=*/false);
  if (!before.ok()) return before.status();
  LinkPlan plan = PlanLinking(before.value(), now.documents, items_of, request.full,
                              request.relink_share);
  TermBasis held, taken;
  LinkScope scope;
  std::vector<LinkRecord> links;
  Linker::Stats stats;
  auto link = [&]() {
    links.clear();
    linker->Link(docs.value(), items, [&](LinkRecord&& l) { links.push_back(std::move(l)); },
                 &stats, &scope);
  };
  if (!plan.full) {
    Result<LinkBasis> stored = store.ReadLinkBasis(/*with_df=*/true);
    if (!stored.ok()) return stored.status();
    held.items = static_cast<size_t>(stored->items);
    for (LinkBasis::Term& t : stored->terms) {
      held.terms.emplace(std::move(t.key),
                         TermBasis::Term{static_cast<uint32_t>(t.df), std::move(t.shown)});
    }
    scope.held = &held;
    scope.incremental = true;
    scope.changed = plan.changed;
    scope.redecide = plan.redecide;
    if (stage) {
      stage("linking the items of " + std::to_string(plan.changed.size()) +
            " changed documents against " + std::to_string(items.size()) + " items of " +
            std::to_string(docs->size()) + " documents");
    }
    link();
    if (scope.order_unsettled) {
      plan.full = true;
      plan.reason = "a changed document's pairs run against the order of dates";
    }
  }
  if (plan.full) {
    scope = LinkScope{};
    scope.taken = &taken;
    if (stage) {
      stage("linking " + std::to_string(items.size()) + " items of " +
            std::to_string(docs->size()) + " documents (a full relink: " + plan.reason + ")");
    }
    link();
    now.items = static_cast<int64_t>(taken.items);
    now.changed_items = 0;
    now.terms.reserve(taken.terms.size());
    for (auto& [key, t] : taken.terms) now.terms.push_back({key, t.df, std::move(t.shown)});
    // A fixed order: the same store content whatever the hash map's.
    std::sort(now.terms.begin(), now.terms.end(),
              [](const LinkBasis::Term& a, const LinkBasis::Term& b) { return a.key < b.key; });
  } else {
    now.items = static_cast<int64_t>(held.items);
    now.changed_items = plan.changed_items;
  }
  std::vector<std::pair<std::string, std::string>> themes;
  // One tokenizer for all items: its stem cache and word iterator serve
  // every item (a fresh one per item stemmed each word again). An
  // incremental run finds the themes of the changed documents' items only.
  Tokenizer tokenizer;
  for (const ItemRecord& item : items) {
    if (!plan.full && !plan.changed.count(item.doc_id)) continue;
    for (const std::string& t : linker->themes().ThemesOf(item, tokenizer)) {
      themes.emplace_back(ItemRef(item), t);
    }
  }
  if (stage) stage("storing " + std::to_string(links.size()) + " links and the items' themes");
  run.full = plan.full;
  run.basis = &now;
  run.decided_documents = plan.full ? docs->size() : scope.decided.size();
  Result<LinkRun> stored = plan.full ? store.ReplaceLinks(links, run)
                                     : store.ReplaceLinksInto(scope.decided, links, run);
  if (!stored.ok()) return stored.status();
  Status s = plan.full ? store.ReplaceThemes(themes)
                       : store.ReplaceThemesOf(std::vector<std::string>(plan.changed.begin(),
                                                                        plan.changed.end()),
                                               themes);
  if (!s.ok()) return s;
  LinkStoreTotals totals;
  totals.kept = stored->kept;
  totals.added = stored->added;
  totals.removed = stored->removed;
  totals.scored_pairs = stats.scored_pairs;
  totals.items = items.size();
  totals.documents = docs->size();
  totals.full = plan.full;
  totals.full_reason = plan.reason;
  totals.decided_documents = run.decided_documents;
  totals.changed_documents = plan.full ? 0 : plan.changed.size();
  if (plan.full) {
    totals.links = links.size();
    totals.lineages = BuildLineages(docs.value(), items, links).size();
  } else {
    // The links stored into the other documents stand: counted, not read.
    Result<StoreCounts> counts = store.Counts();
    if (!counts.ok()) return counts.status();
    totals.links = static_cast<size_t>(counts->links);
  }
  return totals;
}

Result<std::optional<LinkStoreTotals>> LinkAndRecordRun(Store& store, const std::string& command,
                                                        const std::string& started_at,
                                                        const LinkStage& stage) {
  // Under the lock, the check sees the run another process recorded just
  // before, so nobody links twice or records links from an older view.
  Status locked = store.LockLinking();
  if (!locked.ok()) return locked;
  auto run = [&]() -> Result<std::optional<LinkStoreTotals>> {
    Result<int64_t> unrecorded = store.UnrecordedVersions();
    if (!unrecorded.ok()) return unrecorded.status();
    if (unrecorded.value() == 0) return std::optional<LinkStoreTotals>();
    Result<std::optional<LinkRun>> last = store.LastLinkRun();
    if (!last.ok()) return last.status();
    LinkRequest request;
    request.command = command;
    if (last.value()) request.min_score = last.value()->min_score;
    Result<LinkStoreTotals> linked = LinkStore(store, request, stage);
    if (!linked.ok()) return linked.status();
    Status s = store.RecordRun(command, started_at);
    if (!s.ok()) return s;
    return std::optional<LinkStoreTotals>(linked.value());
  };
  Result<std::optional<LinkStoreTotals>> out = run();
  store.UnlockLinking();
  return out;
}

}  // namespace plantrace

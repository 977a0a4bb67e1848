#include "ingest/link_store.h"

#include <algorithm>
#include <utility>

#include "corpus/file_bytes.h"
#include "json/json_value.h"
#include "model/records_json.h"
#include "pipeline/link/lineage.h"
#include "pipeline/link/linker.h"
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

Result<std::string> LinkInputsDigest(const std::vector<DocumentRecord>& documents,
                                     const std::vector<ItemRecord>& items,
                                     std::optional<double> min_score) {
  // A digest of digests, one per record: never the whole store in memory
  // as one string.
  std::string parts = kLinkerRevision;
  parts += "\nmin_score ";
  parts += min_score ? JsonValue(*min_score).Dump() : std::string("default");
  for (const char* file : {"link_stopwords.txt", "themes.tsv", "owner_functions.tsv"}) {
    Result<std::string> text = ReadDataFile(file);
    if (!text.ok()) return text.status();
    parts += "\n" + Sha256Hex(text.value());
  }
  for (const DocumentRecord& d : documents) parts += "\n" + Sha256Hex(DocumentRecordToJson(d).Dump());
  for (const ItemRecord& item : items) parts += "\n" + Sha256Hex(ItemRecordToJson(item).Dump());
  return Sha256Hex(parts);
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
  Result<std::string> digest = LinkInputsDigest(docs.value(), items, request.min_score);
  if (!digest.ok()) return digest.status();
  run.inputs_digest = digest.value();
  Result<LinkState> state = store.LinkStatus();
  if (!state.ok()) return state.status();
  if (state->last && state->last->inputs_digest == run.inputs_digest &&
      state->last->to_version == run.to_version) {
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
  if (stage) {
    stage("linking " + std::to_string(items.size()) + " items of " +
          std::to_string(docs->size()) + " documents");
  }
  std::vector<LinkRecord> links;
  Linker::Stats stats;
  linker->Link(docs.value(), items, [&](LinkRecord&& l) { links.push_back(std::move(l)); }, &stats);
  std::vector<std::pair<std::string, std::string>> themes;
  // One tokenizer for all items: its stem cache and word iterator serve
  // every item (a fresh one per item stemmed each word again).
  Tokenizer tokenizer;
  for (const ItemRecord& item : items) {
    for (const std::string& t : linker->themes().ThemesOf(item, tokenizer)) {
      themes.emplace_back(ItemRef(item), t);
    }
  }
  if (stage) stage("storing " + std::to_string(links.size()) + " links and the items' themes");
  Result<LinkRun> stored = store.ReplaceLinks(links, run);
  if (!stored.ok()) return stored.status();
  Status s = store.ReplaceThemes(themes);
  if (!s.ok()) return s;
  LinkStoreTotals totals;
  totals.kept = stored->kept;
  totals.added = stored->added;
  totals.removed = stored->removed;
  totals.links = links.size();
  totals.scored_pairs = stats.scored_pairs;
  totals.lineages = BuildLineages(docs.value(), items, links).size();
  totals.items = items.size();
  totals.documents = docs->size();
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
    Result<LinkState> state = store.LinkStatus();
    if (!state.ok()) return state.status();
    LinkRequest request;
    request.command = command;
    if (state->last) request.min_score = state->last->min_score;
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

// link_incremental_bench ITEMS.jsonl DB: the cost of linking one new
// document into a stored corpus incrementally, against a full relink of the
// same store in the same run (issue 16).
//
// ITEMS.jsonl is an export (link_bench --write). Every document but the
// latest by date is stored in a new SQLite store DB and linked (a full
// linking: nothing stored before); then the latest document is stored and
// the store linked again (incremental, with the stored term weights), then
// once more with `--full`. Prints, per step, the process CPU seconds, the
// pairs scored, the documents decided and the links stored, then the ratio
// of the incremental linking's CPU to the full relink's.
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "ingest/link_store.h"
#include "json/json_value.h"
#include "model/records_json.h"
#include "output/sqlite/sqlite_store.h"
#include "pipeline/link/document_order.h"
#include "pipeline/link/linker.h"

namespace {

using namespace plantrace;

double CpuSeconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

bool Read(const std::string& path, std::vector<DocumentRecord>& docs, std::vector<ItemRecord>& items) {
  std::ifstream in(path, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    Result<JsonValue> j = JsonValue::Parse(line, path);
    if (!j.ok()) return false;
    const std::string type = j->Get("type").AsString();
    if (type == "document") {
      Result<DocumentRecord> d = DocumentRecordFromJson(j.value(), path);
      if (!d.ok()) return false;
      docs.push_back(std::move(d.value()));
    } else if (type == "item") {
      Result<ItemRecord> i = ItemRecordFromJson(j.value(), path);
      if (!i.ok()) return false;
      items.push_back(std::move(i.value()));
    }
  }
  return !docs.empty();
}

bool Put(Store& store, const DocumentRecord& doc, const std::vector<ItemRecord>& items) {
  StoredDocument stored;
  stored.document = doc;
  if (stored.document.sha256.empty()) stored.document.sha256 = "sha-of-" + doc.doc_id;
  for (const ItemRecord& item : items) {
    if (item.doc_id == doc.doc_id) stored.items.push_back(item);
  }
  Result<PutOutcome> put = store.Put(stored);
  if (!put.ok()) std::cerr << put.status().ToString() << "\n";
  return put.ok();
}

// Links the store and prints one line; returns the CPU seconds.
double Step(Store& store, const std::string& name, bool full) {
  LinkRequest request;
  request.full = full;
  const double start = CpuSeconds();
  // Where the time goes: CPU seconds at each stage LinkStore reports.
  Result<LinkStoreTotals> t = LinkStore(store, request, [&](const std::string& stage) {
    std::cout << "  " << name << " at " << CpuSeconds() - start << " s: " << stage << "\n";
  });
  const double cpu = CpuSeconds() - start;
  if (!t.ok()) {
    std::cerr << name << ": " << t.status().ToString() << "\n";
    std::exit(1);
  }
  std::cout << name << " cpu " << cpu << " full " << t->full << " scored_pairs " << t->scored_pairs
            << " decided_documents " << t->decided_documents << " of " << t->documents
            << " links " << t->links << " items " << t->items << "\n";
  return cpu;
}

// How many stored links differ from those of a full linking of the whole
// store with the stored term weights (0: the incremental run was exact).
size_t DifferencesFromFullWithStoredWeights(Store& store) {
  Result<LinkBasis> basis = store.ReadLinkBasis(/*with_df=*/true);
  Result<std::vector<DocumentRecord>> docs = store.Documents();
  Result<std::vector<LinkRecord>> stored = store.Links();
  Result<Linker> linker = Linker::Load();
  if (!basis.ok() || !docs.ok() || !stored.ok() || !linker.ok()) std::exit(1);
  std::vector<ItemRecord> items;
  for (const DocumentRecord& d : docs.value()) {
    Result<std::vector<ItemRecord>> some = store.Items(d.doc_id);
    if (!some.ok()) std::exit(1);
    for (ItemRecord& item : some.value()) items.push_back(std::move(item));
  }
  TermBasis held;
  held.items = static_cast<size_t>(basis->items);
  for (LinkBasis::Term& t : basis->terms) {
    held.terms.emplace(std::move(t.key), TermBasis::Term{static_cast<uint32_t>(t.df), std::move(t.shown)});
  }
  LinkScope scope;
  scope.held = &held;
  std::map<std::pair<std::string, std::string>, LinkRecord> full;
  linker->Link(docs.value(), items,
               [&](LinkRecord&& l) { full.emplace(std::make_pair(l.from, l.to), std::move(l)); },
               nullptr, &scope);
  size_t differ = 0;
  for (const LinkRecord& l : stored.value()) {
    auto it = full.find({l.from, l.to});
    if (it == full.end() || it->second.relation != l.relation ||
        std::abs(it->second.score - l.score) > 1e-12 || it->second.why != l.why) {
      if (getenv("SHOW_DIFF")) {
        std::cerr << "stored " << l.from << " -> " << l.to << " " << l.relation << " " << l.score;
        for (auto& w : l.why) std::cerr << " | " << w;
        std::cerr << "\n";
        if (it != full.end()) {
          std::cerr << "  full " << it->second.relation << " " << it->second.score;
          for (auto& w : it->second.why) std::cerr << " | " << w;
          std::cerr << "\n";
        }
      }
      ++differ;
    }
    if (it != full.end()) full.erase(it);
  }
  if (getenv("SHOW_DIFF")) {
    for (auto& [k, l] : full) std::cerr << "full only " << l.from << " -> " << l.to << " " << l.score << "\n";
  }
  return differ + full.size();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: link_incremental_bench ITEMS.jsonl DB\n";
    return 2;
  }
  std::vector<DocumentRecord> docs;
  std::vector<ItemRecord> items;
  if (!Read(argv[1], docs, items)) {
    std::cerr << argv[1] << ": cannot read the export\n";
    return 2;
  }
  // The latest document by date is the new one.
  const std::vector<DocumentRecord> ordered = InDocumentOrder(docs);
  const DocumentRecord added = ordered.back();
  Result<std::unique_ptr<Store>> store = OpenSqliteStore(argv[2]);
  if (!store.ok()) {
    std::cerr << store.status().ToString() << "\n";
    return 2;
  }
  std::map<std::string, std::vector<ItemRecord>> by_doc;
  for (ItemRecord& item : items) by_doc[item.doc_id].push_back(std::move(item));
  for (const DocumentRecord& d : docs) {
    if (d.doc_id != added.doc_id && !Put(*store.value(), d, by_doc[d.doc_id])) return 1;
  }
  Step(*store.value(), "first_full", false);
  if (!Put(*store.value(), added, by_doc[added.doc_id])) return 1;
  std::cout << "added " << added.doc_id << " items " << by_doc[added.doc_id].size() << "\n";
  const double incremental = Step(*store.value(), "incremental", false);
  std::cout << "incremental links differing from a full linking with the stored weights: "
            << DifferencesFromFullWithStoredWeights(*store.value()) << "\n";
  const double full = Step(*store.value(), "full_relink", true);
  std::cout << "incremental / full relink CPU " << incremental / full << "\n";
  return 0;
}

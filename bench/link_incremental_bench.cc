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
  const double full = Step(*store.value(), "full_relink", true);
  std::cout << "incremental / full relink CPU " << incremental / full << "\n";
  return 0;
}

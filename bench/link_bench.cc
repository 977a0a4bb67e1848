// link_bench N...: time Linker::Link on N synthetic items, for each N.
// link_bench --write N DIR: write N synthetic items as an export
// (DIR/items.jsonl, for `plantrace link --from`) and their texts as one
// JSON array (DIR/texts.json, for the SQLite FTS5 reference of
// bench/link_bench.sh).
//
// Synthetic items are made from the gold items (tests/gold/items) by
// perturbing their text, actions and deliverables: words dropped (10%),
// replaced by a random word of the whole vocabulary (10%) and locally
// shuffled (swaps of neighbours, 10%), with owners kept. Each item is put in
// a random document; there are 40 documents in each of 5 plan cycles (200,
// as issue 16 measured). A fixed seed makes every run the same.
//
// Prints, per N: items, documents, links, and the link time in seconds
// (wall clock and CPU).
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "json/json_value.h"
#include "model/records_json.h"
#include "pipeline/link/linker.h"

namespace {

using plantrace::DocumentRecord;
using plantrace::ItemRecord;

std::vector<ItemRecord> LoadGoldItems(const std::string& dir) {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  std::vector<ItemRecord> items;
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    plantrace::Result<plantrace::JsonValue> j = plantrace::JsonValue::Parse(ss.str(), f);
    if (!j.ok()) continue;
    plantrace::Result<plantrace::GoldFile> g = plantrace::GoldFileFromJson(j.value(), f);
    if (!g.ok()) continue;
    for (const ItemRecord& item : g->items) items.push_back(item);
  }
  return items;
}

std::vector<std::string> SplitWords(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

class Perturber {
 public:
  Perturber(const std::vector<ItemRecord>& base, uint32_t seed) : rng_(seed) {
    for (const ItemRecord& item : base) {
      for (const std::string& w : SplitWords(item.text)) vocab_.push_back(w);
      for (const std::string& a : item.actions) {
        for (const std::string& w : SplitWords(a)) vocab_.push_back(w);
      }
    }
    if (vocab_.empty()) vocab_.push_back("plan");
  }

  std::string Perturb(const std::string& s) {
    std::vector<std::string> words = SplitWords(s);
    std::vector<std::string> out;
    for (const std::string& w : words) {
      int r = static_cast<int>(rng_() % 10);
      if (r == 0) continue;                                 // drop
      out.push_back(r == 1 ? vocab_[rng_() % vocab_.size()] : w);  // replace
    }
    for (size_t i = 1; i < out.size(); ++i) {
      if (rng_() % 10 == 0) std::swap(out[i - 1], out[i]);  // shuffle
    }
    std::string joined;
    for (const std::string& w : out) joined += (joined.empty() ? "" : " ") + w;
    return joined;
  }

  std::mt19937& rng() { return rng_; }

 private:
  std::mt19937 rng_;
  std::vector<std::string> vocab_;
};

}  // namespace

std::vector<DocumentRecord> SyntheticDocuments() {
  const char* cycles[] = {"2015", "2018", "2019", "2021", "2023-24"};
  std::vector<DocumentRecord> docs;
  for (int c = 0; c < 5; ++c) {
    for (int d = 0; d < 40; ++d) {
      DocumentRecord doc;
      doc.plan_cycle = cycles[c];
      char date[16];
      std::snprintf(date, sizeof date, "%.4s-%02d-%02d", cycles[c], d / 4 + 1, d % 4 + 1);
      doc.date = date;
      doc.doc_id = "synthetic-" + doc.date;
      docs.push_back(doc);
    }
  }
  return docs;
}

std::vector<ItemRecord> SyntheticItems(const std::vector<ItemRecord>& base,
                                       const std::vector<DocumentRecord>& docs, size_t n) {
  Perturber p(base, 12345);
  std::vector<ItemRecord> items;
  items.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    const ItemRecord& b = base[p.rng()() % base.size()];
    ItemRecord item;
    item.doc_id = docs[p.rng()() % docs.size()].doc_id;
    item.item_id = std::to_string(i + 1);
    item.kind = b.kind;
    item.text = p.Perturb(b.text);
    for (const std::string& s : b.actions) item.actions.push_back(p.Perturb(s));
    for (const std::string& s : b.deliverables) item.deliverables.push_back(p.Perturb(s));
    item.owners = b.owners;
    items.push_back(std::move(item));
  }
  return items;
}

int Write(const std::vector<ItemRecord>& base, size_t n, const std::string& dir) {
  std::vector<DocumentRecord> docs = SyntheticDocuments();
  std::vector<ItemRecord> items = SyntheticItems(base, docs, n);
  std::filesystem::create_directories(dir);
  std::ofstream jsonl(dir + "/items.jsonl", std::ios::binary);
  for (const DocumentRecord& d : docs) jsonl << plantrace::DocumentRecordToJson(d).Dump() << "\n";
  for (const ItemRecord& i : items) jsonl << plantrace::ItemRecordToJson(i).Dump() << "\n";
  // The same words the linker reads: text, actions, deliverables.
  std::ofstream texts(dir + "/texts.json", std::ios::binary);
  texts << "[";
  for (size_t i = 0; i < items.size(); ++i) {
    std::string all = items[i].text;
    for (const std::string& a : items[i].actions) all += "\n" + a;
    for (const std::string& d : items[i].deliverables) all += "\n" + d;
    texts << (i ? ",\n" : "") << plantrace::JsonValue(all).Dump();
  }
  texts << "]\n";
  return jsonl && texts ? 0 : 2;
}

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: link_bench N... | link_bench --write N DIR\n");
    return 1;
  }
  const std::string gold = std::string(PLANTRACE_SOURCE_DIR) + "/tests/gold/items";
  std::vector<ItemRecord> base = LoadGoldItems(gold);
  if (base.empty()) {
    std::fprintf(stderr, "link_bench: no gold items in %s\n", gold.c_str());
    return 2;
  }
  if (std::string(argv[1]) == "--write") {
    if (argc != 4) {
      std::fprintf(stderr, "usage: link_bench --write N DIR\n");
      return 1;
    }
    return Write(base, std::strtoul(argv[2], nullptr, 10), argv[3]);
  }
  plantrace::Result<plantrace::Linker> linker = plantrace::Linker::Load();
  if (!linker.ok()) {
    std::fprintf(stderr, "link_bench: %s\n", linker.status().ToString().c_str());
    return 2;
  }
  std::vector<DocumentRecord> docs = SyntheticDocuments();
  for (int a = 1; a < argc; ++a) {
    const size_t n = std::strtoul(argv[a], nullptr, 10);
    std::vector<ItemRecord> items = SyntheticItems(base, docs, n);
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpu_start = std::clock();
    std::vector<plantrace::LinkRecord> links = linker->Link(docs, items);
    const double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    const double s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    // Wall time suffers when the machine is shared; CPU time is the cost.
    std::printf("items %zu documents %zu links %zu link_seconds %.3f cpu_seconds %.3f\n", n,
                docs.size(), links.size(), s, cpu);
    std::fflush(stdout);
  }
  return 0;
}

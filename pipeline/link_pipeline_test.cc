// Links from the pipeline's own items: the five corpus documents extracted
// (primary rendering) and built into records by RecordBuilder, linked, and
// scored against tests/gold/links.json on the links among the 2018, 2019
// and 2023 plans. Skipped while segmentation yields no items.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "corpus/manifest.h"
#include "extractors/extract.h"
#include "json/json_value.h"
#include "pipeline/data_files.h"
#include "pipeline/linker.h"
#include "pipeline/record_builder.h"

namespace plantrace {
namespace {

TEST(LinkPipeline, PrecisionAndRecallFromPipelineItems) {
  const std::string src = PLANTRACE_SOURCE_DIR;
  Result<Manifest> manifest = ReadManifest(src + "/corpus/manifest.json");
  ASSERT_TRUE(manifest.ok()) << manifest.status().ToString();
  Result<RecordBuilder> builder = RecordBuilder::Load(DataDir());
  ASSERT_TRUE(builder.ok()) << builder.status().ToString();
  std::vector<DocumentRecord> docs;
  std::vector<ItemRecord> items;
  for (const ManifestEntry& e : manifest->documents) {
    const std::string& path = (e.primary == "html" || e.pdf.empty()) ? e.html : e.pdf;
    Result<Document> doc = ExtractFile(path, ExtractOptions{});
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    DocumentMeta meta{e.doc_id, e.title, e.publisher, e.date, e.plan_cycle};
    DocumentRecords r = builder->Build(doc.value(), meta);
    docs.push_back(r.document);
    for (ItemRecord& item : r.items) items.push_back(std::move(item));
  }
  if (items.empty()) GTEST_SKIP() << "segmentation yields no items yet";

  std::ifstream in(src + "/tests/gold/links.json");
  std::stringstream ss;
  ss << in.rdbuf();
  Result<JsonValue> gold_json = JsonValue::Parse(ss.str(), "links.json");
  ASSERT_TRUE(gold_json.ok());
  std::map<std::pair<std::string, std::string>, std::string> gold;
  for (const JsonValue& l : gold_json->Items()) {
    gold[{l.Get("from").AsString(), l.Get("to").AsString()}] = l.Get("relation").AsString();
  }
  Result<Linker> linker = Linker::Load();
  ASSERT_TRUE(linker.ok());
  std::vector<LinkRecord> links = linker->Link(docs, items);
  // Only the links among the documents the answers cover (those with a
  // gold items file).
  std::set<std::string> answered;
  for (const auto& f : std::filesystem::directory_iterator(src + "/tests/gold/items")) {
    answered.insert(f.path().stem().string());
  }
  auto covered = [&](const std::string& ref) {
    return answered.count(ref.substr(0, ref.find('#'))) > 0;
  };
  size_t found = 0, tp = 0, rel_ok = 0;
  for (const LinkRecord& l : links) {
    EXPECT_FALSE(l.why.empty());
    if (!covered(l.from) || !covered(l.to)) continue;
    ++found;
    auto it = gold.find({l.from, l.to});
    if (it == gold.end()) continue;
    ++tp;
    if (it->second == l.relation) ++rel_ok;
  }
  const double precision = found ? static_cast<double>(tp) / found : 0;
  const double recall = static_cast<double>(tp) / gold.size();
  std::printf("links from pipeline items: %zu items, %zu links (%zu among 2018/2019/2023), "
              "%zu correct: precision %.3f recall %.3f; relation accuracy %.3f\n",
              items.size(), links.size(), found, tp, precision, recall,
              tp ? static_cast<double>(rel_ok) / tp : 0.0);
  EXPECT_GT(tp, 0u);
}

}  // namespace
}  // namespace plantrace

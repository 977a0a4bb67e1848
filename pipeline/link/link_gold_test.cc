// Golden test: links computed from the gold items against
// tests/gold/links.json (links among the 2018, 2019 and 2023 plans).
// Precision and recall on (from, to), relation accuracy reported separately.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "json/json_value.h"
#include "model/records_json.h"
#include "pipeline/link/link_eval_test_util.h"
#include "pipeline/link/linker.h"
#include "pipeline/shared/item_ref.h"

namespace plantrace {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Gold {
  std::vector<DocumentRecord> documents;
  std::vector<ItemRecord> items;
  std::map<std::pair<std::string, std::string>, std::string> links;  // (from,to) -> relation
};

Gold LoadGold() {
  Gold g;
  const std::string dir = std::string(PLANTRACE_SOURCE_DIR) + "/tests/gold";
  std::vector<std::string> files;
  const std::set<std::string> tuned = LinkTunedDocuments();
  for (const auto& e : std::filesystem::directory_iterator(dir + "/items")) {
    if (tuned.count(e.path().stem().string())) files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    Result<JsonValue> j = JsonValue::Parse(Slurp(f), f);
    EXPECT_TRUE(j.ok()) << j.status().ToString();
    if (!j.ok()) continue;
    Result<GoldFile> gf = GoldFileFromJson(j.value(), f);
    EXPECT_TRUE(gf.ok()) << gf.status().ToString();
    if (!gf.ok()) continue;
    g.documents.push_back(gf->document);
    for (const ItemRecord& item : gf->items) g.items.push_back(item);
  }
  Result<JsonValue> links = JsonValue::Parse(Slurp(dir + "/links.json"), "links.json");
  EXPECT_TRUE(links.ok());
  if (links.ok()) {
    for (const JsonValue& l : links->Items()) {
      g.links[{l.Get("from").AsString(), l.Get("to").AsString()}] = l.Get("relation").AsString();
    }
    g.links = LinksAmong(g.links, tuned);
  }
  return g;
}

TEST(LinkGold, PrecisionAndRecallOnGoldItems) {
  Gold g = LoadGold();
  ASSERT_EQ(g.documents.size(), 3u);
  ASSERT_EQ(g.links.size(), 30u);
  Result<Linker> linker = Linker::Load();
  ASSERT_TRUE(linker.ok()) << linker.status().ToString();
  std::vector<LinkRecord> links = linker->Link(g.documents, g.items);

  size_t tp = 0, relation_ok = 0;
  std::set<std::pair<std::string, std::string>> found;
  for (const LinkRecord& l : links) {
    auto key = std::make_pair(l.from, l.to);
    found.insert(key);
    auto it = g.links.find(key);
    if (it != g.links.end()) {
      if (std::getenv("PLANTRACE_LINK_VERBOSE")) {
        std::cout << "  found  " << l.from << " -> " << l.to << " " << l.relation << " (gold "
                  << it->second << ") " << l.score << "\n";
      }
      ++tp;
      if (it->second == l.relation) ++relation_ok;
    } else {
      std::cout << "  extra  " << l.from << " -> " << l.to << " " << l.relation << " "
                << l.score << "\n";
    }
  }
  for (const auto& [key, rel] : g.links) {
    if (!found.count(key)) std::cout << "  missed " << key.first << " -> " << key.second << "\n";
  }
  const double precision = links.empty() ? 0 : static_cast<double>(tp) / links.size();
  const double recall = static_cast<double>(tp) / g.links.size();
  const double rel_acc = tp ? static_cast<double>(relation_ok) / tp : 0;
  std::printf("links from gold items: %zu found, %zu correct: precision %.3f recall %.3f; "
              "relation accuracy %.3f (%zu/%zu)\n",
              links.size(), tp, precision, recall, rel_acc, relation_ok, tp);
  // The brief's target is precision >= 0.85 and recall >= 0.75, measured
  // on pipeline items (link_pipeline_test.cc). On the gold items the tuned
  // defaults reach 0.875 / 0.700, 21 of 24 (docs/decisions.md, "## Links");
  // these floors guard that, they do not claim the recall target.
  // Issue 16 (one-to-many only with distinct evidence, docs/decisions.md):
  // 19 of 20 links right (0.950), 19 of the 30 answers (0.633).
  EXPECT_GE(precision, 0.94);
  EXPECT_GE(recall, 0.63);

  // Every link runs from the earlier document to the later one and says why.
  for (const LinkRecord& l : links) {
    EXPECT_LT(l.from.substr(4, 4), l.to.substr(4, 4)) << l.from << " -> " << l.to;
    EXPECT_FALSE(l.why.empty());
  }
}

// Issue 16: the five answer files, linked, against all 73 answer links.
TEST(LinkGold, AllFiveDocuments) {
  const std::string dir = std::string(PLANTRACE_SOURCE_DIR) + "/tests/gold";
  std::vector<DocumentRecord> documents;
  std::vector<ItemRecord> items;
  ASSERT_TRUE(LoadGoldItemFiles(dir + "/items", documents, items));
  ASSERT_EQ(documents.size(), 5u);
  GoldLinks gold = LoadGoldLinks(dir + "/links.json");
  ASSERT_EQ(gold.size(), 73u);
  Result<Linker> linker = Linker::Load();
  ASSERT_TRUE(linker.ok()) << linker.status().ToString();
  LinkScores s = ScoreLinks(linker->Link(documents, items), gold, AnsweredDocuments(dir));
  std::printf("links from the five answer files: %zu links, %zu correct: precision %.3f recall "
              "%.3f; relation accuracy %.3f\n",
              s.found, s.correct, s.precision, s.recall, s.relation_accuracy);
  // Issue 16: 41 of 53 right (0.774), 41 of 73 found (0.562), relation
  // 36 of 41 (0.878) with the council synonyms (data/link_synonyms.tsv;
  // 38 of 50 and 34 of 38 without); one link worse either way fails.
  EXPECT_GE(s.precision, 0.77);
  EXPECT_GE(s.recall, 0.56);
  EXPECT_GE(s.relation_accuracy, 0.87);
}

// For tuning (not a check): PLANTRACE_LINK_DUMP=FILE writes every pair's
// score parts (link_eval_test_util.h).
TEST(LinkGold, DumpAllPairsForTuning) {
  const char* dump = std::getenv("PLANTRACE_LINK_DUMP");
  if (!dump) GTEST_SKIP() << "set PLANTRACE_LINK_DUMP=FILE to dump pair scores";
  Gold g = LoadGold();
  DumpPairs(g.documents, g.items, g.links, dump);
}

}  // namespace
}  // namespace plantrace

namespace plantrace {
namespace {

// The lexicon's themes against the hand-assigned ones of
// tests/gold/themes.json: the primary theme should be one of the item's
// gold themes for most items.
TEST(ThemeGold, PrimaryThemeAgreesWithGoldTaxonomy) {
  Gold g = LoadGold();
  const std::string path = std::string(PLANTRACE_SOURCE_DIR) + "/tests/gold/themes.json";
  Result<JsonValue> j = JsonValue::Parse(Slurp(path), path);
  ASSERT_TRUE(j.ok());
  JsonValue item_themes = j->Get("item_themes");
  Result<ThemeLexicon> lex = ThemeLexicon::Load();
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  size_t agree = 0, any = 0, total = 0;
  const char* dump = std::getenv("PLANTRACE_THEME_DUMP");
  for (const ItemRecord& item : g.items) {
    std::vector<std::string> gold;
    for (const JsonValue& t : item_themes.Get(ItemRef(item)).Items()) gold.push_back(t.AsString());
    std::vector<std::string> mine = lex->ThemesOf(item);
    ++total;
    if (!mine.empty() && std::find(gold.begin(), gold.end(), mine[0]) != gold.end()) ++agree;
    bool overlap = false;
    for (const std::string& m : mine) {
      if (std::find(gold.begin(), gold.end(), m) != gold.end()) overlap = true;
    }
    if (overlap) ++any;
    if (dump) {
      std::cout << ItemRef(item) << "\tgold:";
      for (const auto& s : gold) std::cout << " " << s;
      std::cout << "\tmine:";
      for (const auto& s : mine) std::cout << " " << s;
      std::cout << "\n";
    }
  }
  std::printf("themes: primary in gold %zu/%zu, any overlap %zu/%zu\n", agree, total, any, total);
  EXPECT_GE(static_cast<double>(agree) / total, 0.6);
}

}  // namespace
}  // namespace plantrace

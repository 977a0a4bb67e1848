// Golden test on other renderings of the corpus: the corpus HTML printed by
// other PDF producers (Chromium, wkhtmltopdf, LibreOffice), with the stylesheet's
// table borders and shading and without them (`.nb`: every border and
// background removed). The PDFs are kept small under tests/data/renderings
// (see make_renderings.sh there); their names say producer and document:
// <producer>.<doc_id>[.nb].pdf. PLANTRACE_RENDERINGS_DIR adds a directory of
// more such files (for a developer measuring fresh renderings).
//
// Reference: the tables the HTML extractor reads from corpus/html/<doc_id>.html.
// Each reference table is matched with the found table of most similar text.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extractors/extract.h"
#include "extractors/pdf/tables/table_compare_test_util.h"

namespace plantrace {
namespace {

using ::plantrace::testing::Compare;
using ::plantrace::testing::Score;

std::vector<std::string> RenderingFiles() {
  std::vector<std::string> dirs = {std::string(PLANTRACE_SOURCE_DIR) + "/tests/data/renderings"};
  if (const char* extra = std::getenv("PLANTRACE_RENDERINGS_DIR")) dirs.push_back(extra);
  std::vector<std::string> out;
  for (const auto& d : dirs) {
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(d, ec))
      if (e.path().extension() == ".pdf") out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// "<producer>.<doc_id>[.nb].pdf" -> doc_id.
std::string DocId(const std::string& path) {
  std::string name = std::filesystem::path(path).stem().string();
  if (name.size() > 3 && name.compare(name.size() - 3, 3, ".nb") == 0) name.resize(name.size() - 3);
  const size_t dot = name.find('.');
  return dot == std::string::npos ? name : name.substr(dot + 1);
}

// Known gaps: "<file> <table number>" (a table not yet at the bars) and
// "<file> extra <n>" (tables matching no HTML table allowed), one a line,
// '#' comments. Every table not listed must meet all bars; a listed one that
// now passes is reported so the list can shrink.
struct Gaps {
  std::set<std::string> tables;
  std::map<std::string, int> extra;
};

Gaps ReadGaps(const std::string& path) {
  Gaps g;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream ls(line);
    std::string file, what;
    int n = 0;
    ls >> file >> what;
    if (what == "extra" && (ls >> n)) g.extra[file] = n;
    else if (!what.empty()) g.tables.insert(file + " " + what);
  }
  return g;
}

struct Tally {
  int tables = 0, found = 0, shape = 0, sim = 0, f1 = 0, pass = 0;
};

TEST(Renderings, TablesMatchTheHtml) {
  const std::vector<std::string> files = RenderingFiles();
  if (files.empty()) GTEST_SKIP() << "no renderings under tests/data/renderings";
  const std::string root = PLANTRACE_SOURCE_DIR;
  ExtractOptions options;
  const Gaps gaps = ReadGaps(root + "/tests/data/renderings/known_gaps.txt");
  Tally all;
  for (const std::string& file : files) {
    const std::string id = DocId(file);
    Result<Document> html = ExtractFile(root + "/corpus/html/" + id + ".html", options);
    ASSERT_TRUE(html.ok()) << file << ": no corpus HTML " << id;
    Result<Document> doc = ExtractFile(file, options);
    ASSERT_TRUE(doc.ok()) << file;
    const std::string name = std::filesystem::path(file).filename().string();
    std::printf("%s: %zu tables (html %zu)\n", name.c_str(), doc->tables.size(), html->tables.size());
    std::vector<bool> used(doc->tables.size(), false);
    for (size_t i = 0; i < html->tables.size(); ++i) {
      const Table& r = html->tables[i];
      int best = -1;
      Score bs;
      for (size_t j = 0; j < doc->tables.size(); ++j) {
        if (used[j]) continue;
        const Score s = Compare(doc->tables[j], r);
        if (best < 0 || s.similarity > bs.similarity) {
          best = static_cast<int>(j);
          bs = s;
        }
      }
      ++all.tables;
      const bool found = best >= 0 && bs.similarity > 0.5;
      if (found) used[best] = true;
      const Table* t = found ? &doc->tables[best] : nullptr;
      all.found += found;
      all.shape += found && bs.shape;
      all.sim += found && bs.similarity >= 0.98;
      all.f1 += found && bs.f1 >= 0.98;
      std::printf("  table %zu: html %dx%d h%d, found %s %dx%d h%d, similarity %.4f, adjacency F1 %.4f\n", i + 1,
                  r.rows, r.cols, r.header_rows, found ? "yes" : "no", t ? t->rows : 0, t ? t->cols : 0,
                  t ? t->header_rows : 0, bs.similarity, bs.f1);
      if (found && std::getenv("PLANTRACE_RENDERINGS_VERBOSE")) {
        for (const Cell& c : r.cells) {
          std::string got;
          for (const Cell& d : t->cells)
            if (d.row == c.row && d.col == c.col) got = ::plantrace::testing::Norm(d.text);
          if (got != ::plantrace::testing::Norm(c.text))
            std::printf("    (%d,%d) want [%s]\n           got  [%s]\n", c.row, c.col,
                        ::plantrace::testing::Norm(c.text).c_str(), got.c_str());
        }
      }
      const bool pass = found && bs.shape && bs.similarity >= 0.98 && bs.f1 >= 0.98;
      all.pass += pass;
      const bool known = gaps.tables.count(name + " " + std::to_string(i + 1)) > 0;
      if (known) {
        if (pass) std::printf("  (listed as a known gap but passes now: take it off known_gaps.txt)\n");
        continue;
      }
      EXPECT_TRUE(found) << name << " table " << i + 1;
      if (!found) continue;
      EXPECT_EQ(t->rows, r.rows) << name << " table " << i + 1;
      EXPECT_EQ(t->cols, r.cols) << name << " table " << i + 1;
      EXPECT_GE(bs.similarity, 0.98) << name << " table " << i + 1;
      EXPECT_GE(bs.f1, 0.98) << name << " table " << i + 1;
    }
    // Tables that match no HTML table: body text or figures read as tables.
    int extra = 0;
    for (bool u : used) extra += !u;
    std::printf("  tables matching no html table: %d\n", extra);
    const auto allowed = gaps.extra.find(name);
    EXPECT_LE(extra, allowed == gaps.extra.end() ? 0 : allowed->second) << name;
  }
  std::printf("renderings: %d tables, found %d, shape equal %d, similarity>=0.98 %d, adjacency F1>=0.98 %d, "
              "all bars %d\n",
              all.tables, all.found, all.shape, all.sim, all.f1, all.pass);
}

}  // namespace
}  // namespace plantrace

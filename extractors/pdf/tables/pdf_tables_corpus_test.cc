// Golden test: every corpus PDF's tables against the tables that the HTML
// extractor reads from the HTML file the PDF was printed from: same number of
// tables, same grid shape, cell text similarity and adjacency F1 >= 0.98,
// same header rows.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "corpus/file_bytes.h"
#include "extractors/extract.h"
#include "extractors/pdf/reader/page_reader.h"
#include "extractors/pdf/tables/table_compare_test_util.h"
#include "extractors/pdf/tables/table_finder.h"

namespace plantrace {
namespace {

using ::plantrace::testing::Compare;
using ::plantrace::testing::Score;

class CorpusTables : public ::testing::TestWithParam<std::string> {};

TEST_P(CorpusTables, MatchTheHtmlTables) {
  const std::string root = PLANTRACE_SOURCE_DIR;
  const std::string id = GetParam();
  ExtractOptions options;
  Result<Document> html = ExtractFile(root + "/corpus/html/" + id + ".html", options);
  Result<Document> doc = ExtractFile(root + "/corpus/pdf/" + id + ".pdf", options);
  ASSERT_TRUE(html.ok());
  ASSERT_TRUE(doc.ok());
  const std::vector<Table>& ref = html->tables;
  ASSERT_EQ(doc->tables.size(), ref.size()) << id << ": tables found";
  for (size_t i = 0; i < ref.size(); ++i) {
    const Table& t = doc->tables[i];
    const Table& r = ref[i];
    const Score s = Compare(t, r);
    std::printf("%s table %zu: shape %dx%d (html %dx%d), header rows %d (html %d), similarity %.4f, "
                "adjacency F1 %.4f, pages %zu\n",
                id.c_str(), i + 1, t.rows, t.cols, r.rows, r.cols, t.header_rows, r.header_rows, s.similarity,
                s.f1, t.regions.size());
    EXPECT_EQ(t.rows, r.rows) << id << " table " << i + 1;
    EXPECT_EQ(t.cols, r.cols) << id << " table " << i + 1;
    EXPECT_GE(s.similarity, 0.98) << id << " table " << i + 1;
    EXPECT_GE(s.f1, 0.98) << id << " table " << i + 1;
    EXPECT_EQ(t.header_rows, r.header_rows) << id << " table " << i + 1;
  }
}

// The same PDFs with every rule and fill taken away (another rendering without
// borders): tables must still be found from how their text stands. Figures
// are printed; the assertion is the floor held so far.
TEST_P(CorpusTables, WithoutRulesStillFindsTheTables) {
  const std::string root = PLANTRACE_SOURCE_DIR;
  const std::string id = GetParam();
  ExtractOptions options;
  Result<Document> html = ExtractFile(root + "/corpus/html/" + id + ".html", options);
  ASSERT_TRUE(html.ok());
  Result<std::string> bytes = ReadFileBytes(root + "/corpus/pdf/" + id + ".pdf", options.max_bytes);
  ASSERT_TRUE(bytes.ok());
  Result<pdf::PdfPages> pages = pdf::ReadPdfPages(bytes.value(), id, options);
  ASSERT_TRUE(pages.ok());
  std::vector<pdf::PageContent> bare = pages->pages;
  for (auto& p : bare) {
    p.rules.clear();
    p.boxes.clear();
  }
  const std::vector<Table> found = pdf::FindTables(bare, {});
  const std::vector<Table>& ref = html->tables;
  std::printf("%s without rules: %zu tables found (html %zu)\n", id.c_str(), found.size(), ref.size());
  // Floor held today: tables are found where there are tables and none where
  // there are none. Exact grids without rules are not reached yet for the
  // long 2018/2023 plans (banner rows, row starts); the figures show it.
  EXPECT_EQ(found.empty(), ref.empty()) << id;
  for (const Table& r : ref) {
    double best_sim = 0, best_f1 = 0;
    bool shape = false;
    for (const Table& t : found) {
      const Score s = Compare(t, r);
      if (s.similarity > best_sim) {
        best_sim = s.similarity;
        best_f1 = s.f1;
        shape = s.shape;
      }
    }
    std::printf("  html %dx%d: best match similarity %.4f, adjacency F1 %.4f, shape %s\n", r.rows, r.cols,
                best_sim, best_f1, shape ? "equal" : "differs");
  }
}

INSTANTIATE_TEST_SUITE_P(Corpus, CorpusTables,
                         ::testing::Values("bcc-2015-03-panel-assessment",
                                           "bcc-2018-09-governance-improvement-plan",
                                           "bcc-2019-improvement-programme-addendum",
                                           "bcc-2023-11-governance-stabilisation-plan",
                                           "bcc-2024-04-irp-cabinet-report"),
                         [](const auto& info) {
                           std::string s = info.param;
                           for (char& c : s)
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return s;
                         });

}  // namespace
}  // namespace plantrace

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
#include "extractors/pdf/page_reader.h"
#include "extractors/pdf/table_finder.h"

namespace plantrace {
namespace {

// Whitespace collapsed, non-breaking spaces as spaces.
std::string Norm(const std::string& s) {
  std::string t;
  for (size_t i = 0; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      t += ' ';
      ++i;
    } else {
      t += s[i];
    }
  }
  std::string out;
  bool space = false;
  for (unsigned char c : t) {
    if (std::isspace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(c);
  }
  return out;
}

size_t Levenshtein(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

using Grid = std::map<std::pair<int, int>, std::string>;  // anchor (row, col) -> text

// Adjacency triples: every non-empty cell with its nearest non-empty
// neighbour to the right and below.
std::multiset<std::string> Adjacency(const Grid& g, int rows, int cols) {
  std::multiset<std::string> out;
  std::map<std::pair<int, int>, const std::string*> at;
  for (const auto& [k, v] : g)
    if (!v.empty()) at[k] = &v;
  for (const auto& [k, v] : at) {
    for (int c = k.second + 1; c < cols; ++c)
      if (at.count({k.first, c})) {
        out.insert(*v + "\x01R\x01" + *at[{k.first, c}]);
        break;
      }
    for (int r = k.first + 1; r < rows; ++r)
      if (at.count({r, k.second})) {
        out.insert(*v + "\x01" "D\x01" + *at[{r, k.second}]);
        break;
      }
  }
  return out;
}

double F1(const std::multiset<std::string>& a, const std::multiset<std::string>& b) {
  if (a.empty() && b.empty()) return 1;
  std::vector<std::string> common;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
  const double p = a.empty() ? 0 : static_cast<double>(common.size()) / a.size();
  const double r = b.empty() ? 0 : static_cast<double>(common.size()) / b.size();
  return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

struct Score {
  bool shape = false;
  double similarity = 0, f1 = 0;
};

Score Compare(const Table& t, const Table& r) {
  Grid got, want;
  for (const auto& c : t.cells) got[{c.row, c.col}] = Norm(c.text);
  for (const auto& c : r.cells) want[{c.row, c.col}] = Norm(c.text);
  size_t dist = 0, len = 0;
  for (const auto& [k, v] : want) {
    const std::string g = got.count(k) ? got[k] : "";
    dist += Levenshtein(g, v);
    len += std::max(g.size(), v.size());
  }
  for (const auto& [k, v] : got)
    if (!want.count(k)) {
      dist += v.size();
      len += v.size();
    }
  Score s;
  s.shape = t.rows == r.rows && t.cols == r.cols;
  s.similarity = len ? 1.0 - static_cast<double>(dist) / len : 1.0;
  s.f1 = F1(Adjacency(got, t.rows, t.cols), Adjacency(want, r.rows, r.cols));
  return s;
}

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

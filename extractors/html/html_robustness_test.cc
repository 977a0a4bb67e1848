// Hostile and broken input: a correct result or a clear Status, in bounded
// time and memory, never a crash. All inputs are generated here.

#include <gtest/gtest.h>
#include <sys/resource.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>

#include "extractors/html/html_extractor.h"

namespace plantrace {
namespace {

Result<Document> ExtractBad(const std::string& html, ExtractOptions options = ExtractOptions()) {
  return ExtractHtml(html, "bad.html", options);
}

// Time bounds are for an optimised build; sanitizers make everything an
// order of magnitude slower.
#ifdef __SANITIZE_ADDRESS__
constexpr double kSlowdown = 20;
#else
constexpr double kSlowdown = 1;
#endif

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

long MaxRssMiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

void ExpectExactCover(const Table& t) {
  std::vector<int> cover(static_cast<size_t>(t.rows) * t.cols, 0);
  for (const Cell& c : t.cells) {
    ASSERT_LE(c.row + c.rowspan, t.rows);
    ASSERT_LE(c.col + c.colspan, t.cols);
    for (int r = c.row; r < c.row + c.rowspan; ++r) {
      for (int k = c.col; k < c.col + c.colspan; ++k) ++cover[static_cast<size_t>(r) * t.cols + k];
    }
  }
  for (int n : cover) ASSERT_EQ(n, 1);
  for (const Cell& c : t.cells) {
    std::string joined;
    for (const Span& s : c.spans) joined += s.text;
    ASSERT_EQ(joined, c.text);
  }
}

TEST(HtmlRobustness, EmptyAndBlankInputIsAnError) {
  for (const std::string& html : {std::string(), std::string(" \n\t "), std::string("<html></html>"),
                                 std::string("<script>x()</script>")}) {
    Result<Document> doc = ExtractBad(html);
    ASSERT_FALSE(doc.ok()) << html;
    EXPECT_EQ(doc.status().where(), "bad.html");
    EXPECT_EQ(doc.status().code(), Status::Code::kCorruption);
  }
}

TEST(HtmlRobustness, InvalidBytesAreReplacedNotDropped) {
  std::string html = "<p>caf\xE9 \xFF\xFE ok \xC3</p><p>\x80\x81</p>";
  Result<Document> doc = ExtractBad(html);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->blocks.size(), 2u);
  EXPECT_EQ(doc->blocks[0].text, "caf\uFFFD \uFFFD\uFFFD ok \uFFFD");
  EXPECT_EQ(doc->blocks[1].text, "\uFFFD\uFFFD");
}

TEST(HtmlRobustness, BinaryGarbage) {
  std::string junk;
  for (int i = 0; i < 200000; ++i) junk += static_cast<char>((i * 7919 + 13) % 256);
  Result<Document> doc = ExtractBad(junk);
  if (!doc.ok()) {
    EXPECT_EQ(doc.status().where(), "bad.html");
  }
}

TEST(HtmlRobustness, BrokenMarkupIsRecovered) {
  Result<Document> doc = ExtractBad("<p>one<p>two <b>bold <i>both</b> it</i><table><tr><td>a<td>b<tr><td>c</table><div>end");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->tables.size(), 1u);
  EXPECT_EQ(doc->tables[0].rows, 2);
  EXPECT_EQ(doc->tables[0].cols, 2);
  ExpectExactCover(doc->tables[0]);
  EXPECT_EQ(doc->blocks.front().text, "one");
  EXPECT_EQ(doc->blocks.back().text, "end");
}

TEST(HtmlRobustness, FiveThousandDeepNesting) {
  for (const char* tag : {"div", "b", "table><tr><td", "ul><li"}) {
    std::string html = "<p>before</p>";
    for (int i = 0; i < 5000; ++i) html += std::string("<") + tag + ">";
    html += "deep";
    const auto start = std::chrono::steady_clock::now();
    Result<Document> doc = ExtractBad(html);
    EXPECT_LT(Seconds(start), 10.0 * kSlowdown) << tag;
    ASSERT_TRUE(doc.ok()) << tag << ": " << doc.status().ToString();
    EXPECT_EQ(doc->blocks.front().text, "before") << tag;
    // libxml2 stops at its own depth limit and says so.
    EXPECT_FALSE(doc->warnings.empty()) << tag;
  }
}

TEST(HtmlRobustness, DeepNestingThenStrayEndTagsIsFast) {
  // Each </div> makes libxml2 search its whole stack of open <i> elements;
  // the depth limit keeps that stack short (without it: over a minute).
  std::string html = "<p>before</p>";
  for (int i = 0; i < 300000; ++i) html += "<i>";
  for (int i = 0; i < 300000; ++i) html += "</div>";
  const auto start = std::chrono::steady_clock::now();
  Result<Document> doc = ExtractBad(html);
  EXPECT_LT(Seconds(start), 10.0 * kSlowdown);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->blocks.front().text, "before");
}

TEST(HtmlRobustness, OurDepthLimitCutsOffWithAWarning) {
  std::string html = "<p>before</p>";
  for (int i = 0; i < 100; ++i) html += "<div>";
  html += "deep";
  ExtractOptions options;
  options.max_html_depth = 40;
  Result<Document> doc = ExtractBad(html, options);
  ASSERT_TRUE(doc.ok());
  bool warned = false;
  for (const std::string& w : doc->warnings) warned |= w.find("deeper than 40") != std::string::npos;
  EXPECT_TRUE(warned);
  EXPECT_EQ(doc->blocks.back().text, "before");
}

TEST(HtmlRobustness, TextOnlyBeyondTheDepthLimitIsRefusedSayingWhy) {
  // 5,000-deep nesting with its only text at the bottom: the refusal names
  // the depth limit, not "no text" (tests/bad-inputs: gen/deep-nesting.html).
  std::string html;
  for (int i = 0; i < 5000; ++i) html += "<div>";
  html += "deep";
  Result<Document> doc = ExtractBad(html);
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().ToString().find("nested deeper than 1000 levels"), std::string::npos)
      << doc.status().ToString();
}

TEST(HtmlRobustness, HugeAndNegativeSpans) {
  Result<Document> doc = ExtractBad(
      "<table><tr><td rowspan=100000>a</td><td colspan=100000>b</td></tr>"
      "<tr><td rowspan=-5 colspan=-3>c</td></tr><tr><td rowspan=0>d</td><td colspan='2.7'>e</td></tr>"
      "</table>");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->tables.size(), 1u);
  const Table& t = doc->tables[0];
  EXPECT_EQ(t.rows, 3);
  EXPECT_EQ(t.cols, 1001);
  EXPECT_EQ(t.cells[0].rowspan, 3);
  ExpectExactCover(t);
}

TEST(HtmlRobustness, GridTooLargeIsReadAsText) {
  std::string html = "<table>";
  for (int r = 0; r < 2000; ++r) html += "<tr><td colspan=1000>x</td></tr>";
  html += "</table>";
  Result<Document> doc = ExtractBad(html);
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc->tables.empty());
  EXPECT_EQ(doc->blocks.size(), 2000u);
  EXPECT_FALSE(doc->warnings.empty());
}

TEST(HtmlRobustness, ThirtyMegabytePage) {
  const std::string para =
      "<p>The Council will <b>review</b> its governance arrangements and report to Cabinet "
      "on progress against each recommendation in the plan.</p>\n";
  const std::string row =
      "<tr><td>1.1</td><td><p>Improvement aim text</p></td><td><ul><li>one</li><li>two</li></ul></td></tr>\n";
  std::string html = "<html><head><title>Big</title></head><body>";
  while (html.size() < (size_t{30} << 20)) {
    for (int i = 0; i < 50; ++i) html += para;
    html += "<table>";
    for (int i = 0; i < 50; ++i) html += row;
    html += "</table>";
  }
  const auto start = std::chrono::steady_clock::now();
  Result<Document> doc = ExtractBad(html);
  const double seconds = Seconds(start);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_LT(seconds, 60.0 * kSlowdown);
  EXPECT_GT(doc->tables.size(), 100u);
  EXPECT_LT(MaxRssMiB(), 3000 * (kSlowdown > 1 ? 2 : 1));
  std::printf("[robustness] 30 MB page: %.1f s, %zu blocks, %zu tables, max RSS %ld MiB\n", seconds,
              doc->blocks.size(), doc->tables.size(), MaxRssMiB());
}

TEST(HtmlRobustness, MillionsOfTinyParagraphsAreCapped) {
  std::string html;
  while (html.size() < (size_t{12} << 20)) html += "<p>x</p>";
  Result<Document> doc = ExtractBad(html);
  ASSERT_TRUE(doc.ok());
  EXPECT_LE(doc->blocks.size(), 500000u);
  EXPECT_FALSE(doc->warnings.empty());
}

// Corpus pages cut short and sprinkled with stray table, list and span
// markup: every variant gives a document or a Status, and every table an
// exact cover. A fixed generator keeps it reproducible.
TEST(HtmlRobustness, MutatedCorpusPages) {
  std::ifstream in(std::string(PLANTRACE_SOURCE_DIR) +
                       "/corpus/html/bcc-2023-11-governance-stabilisation-plan.html",
                   std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string page = ss.str();
  ASSERT_FALSE(page.empty());
  static const char* const kJunk[] = {"<table>", "</table>", "<tr>", "</tr>", "<td rowspan=0>",
                                      "<th colspan=7>", "</td>", "<li value=-3>", "<ol start=x>",
                                      "</ul>", "<b>", "</i>", "<br>", "<p>", "\xFF\xC3",
                                      "<thead>", "<tfoot>", "&#0;", "<caption>", "<sup>"};
  uint64_t state = 42;
  auto next = [&state](uint64_t bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state >> 33) % bound;
  };
  for (int round = 0; round < 60; ++round) {
    std::string html = page.substr(0, next(page.size()) + 1);
    for (int k = 0; k < 40; ++k) {
      html.insert(next(html.size() + 1), kJunk[next(sizeof(kJunk) / sizeof(kJunk[0]))]);
    }
    Result<Document> doc = ExtractBad(html);
    if (!doc.ok()) {
      EXPECT_EQ(doc.status().where(), "bad.html");
      continue;
    }
    for (const Table& t : doc->tables) ExpectExactCover(t);
    EXPECT_EQ(doc->reading_order.size(), doc->blocks.size() + doc->tables.size());
  }
}

}  // namespace
}  // namespace plantrace

// Column gutters from the whitespace of all lines, and frames whose rules
// leave the body rows open (synthetic lines and pages).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extractors/pdf/tables/column_gutters.h"
#include "extractors/pdf/tables/ruled_frame.h"
#include "extractors/pdf/tables/table_finder.h"

namespace plantrace::pdf {
namespace {

std::vector<TextRun> Line(std::initializer_list<std::pair<double, double>> runs) {
  std::vector<TextRun> out;
  for (const auto& [a, b] : runs) out.push_back({a, b});
  return out;
}

TEST(ColumnGutters, NarrowGuttersClearOnEveryBodyLine) {
  // Values 20 pt wide, 4 pt apart (under half an em at 10 pt would be 5).
  std::vector<std::vector<TextRun>> lines;
  for (int i = 0; i < 10; ++i) lines.push_back(Line({{0, 60}, {64, 84}, {88, 108}, {112, 132}}));
  const auto gaps = ColumnGutters(lines, 4, 0);
  ASSERT_EQ(gaps.size(), 3u);
  EXPECT_DOUBLE_EQ(gaps[0].first, 60);
  EXPECT_DOUBLE_EQ(gaps[0].second, 64);
  EXPECT_DOUBLE_EQ(gaps[2].second, 112);
  // Narrower than the minimum gutter: one column.
  EXPECT_TRUE(ColumnGutters(lines, 5, 0).empty());
}

// A run starting inside a gutter (a paragraph set less indented than the
// list above it) moves the gutter's right edge to it; one ending inside
// moves its left edge; a run across it (a banner), a lone edge (centred
// text) and runs that would close it leave it be.
TEST(ColumnGutters, GuttersNarrowToRunsTheyWereNotFoundFrom) {
  std::vector<std::pair<double, double>> gaps = {{100, 140}, {300, 340}};
  NarrowGutters(&gaps, {{60, 100}, {128, 250}, {128, 230}, {200, 310}, {210, 310}, {90, 400}});
  EXPECT_DOUBLE_EQ(gaps[0].first, 100);
  EXPECT_DOUBLE_EQ(gaps[0].second, 128);
  EXPECT_DOUBLE_EQ(gaps[1].first, 310);
  EXPECT_DOUBLE_EQ(gaps[1].second, 340);
  // A lone edge (centred text) and runs that would close the gutter.
  std::vector<std::pair<double, double>> kept = {{100, 140}};
  NarrowGutters(&kept, {{120, 200}});
  EXPECT_DOUBLE_EQ(kept[0].second, 140);
  std::vector<std::pair<double, double>> closed = {{100, 140}};
  NarrowGutters(&closed, {{50, 130}, {60, 130}, {120, 200}, {120, 210}});
  EXPECT_DOUBLE_EQ(closed[0].first, 100);
  EXPECT_DOUBLE_EQ(closed[0].second, 140);
}

TEST(ColumnGutters, SpanningHeadLinesMayCrossAGutter) {
  std::vector<std::vector<TextRun>> lines = {Line({{70, 128}}), Line({{0, 60}, {62, 130}})};
  for (int i = 0; i < 10; ++i) lines.push_back(Line({{0, 50}, {64, 84}, {100, 120}}));
  // Without allowance the head lines close both gutters; with two allowed
  // crossings both come back, each through its clearest part.
  EXPECT_TRUE(ColumnGutters(lines, 5, 0).empty());
  const auto gaps = ColumnGutters(lines, 5, 2);
  ASSERT_EQ(gaps.size(), 2u);
  EXPECT_GE(gaps[0].first, 50);
  EXPECT_LE(gaps[0].second, 64);
  EXPECT_GE(gaps[1].first, 84);
  EXPECT_LE(gaps[1].second, 100);
}

TEST(ColumnGutters, SparseColumnKeepsItsOwnGutters) {
  // A column with an entry on two lines of twelve ("-" placeholders aside).
  std::vector<std::vector<TextRun>> lines;
  for (int i = 0; i < 12; ++i) {
    if (i == 3 || i == 7) lines.push_back(Line({{0, 50}, {80, 90}, {130, 150}}));
    else lines.push_back(Line({{0, 50}, {130, 150}}));
  }
  const auto gaps = ColumnGutters(lines, 5, 2);
  ASSERT_EQ(gaps.size(), 2u);
  EXPECT_LE(gaps[0].second, 80);
  EXPECT_GE(gaps[1].first, 90);
}

TEST(ColumnGutters, MinimumGutterFollowsTheWordSpace) {
  std::vector<Word> words;
  for (int i = 0; i < 6; ++i) {
    Word w;
    w.bbox = {i * 25.0, 0, i * 25.0 + 23, 10};  // 2 pt word spaces
    w.font_size = 10;
    words.push_back(w);
  }
  std::vector<const Word*> line;
  for (const Word& w : words) line.push_back(&w);
  EXPECT_DOUBLE_EQ(MinimumGutter({line}, 10), 4);  // 0.4 em floor
  for (int i = 0; i < 6; ++i) words[i].bbox = {i * 27.0, 0, i * 27.0 + 23, 10};  // 4 pt spaces
  EXPECT_DOUBLE_EQ(MinimumGutter({line}, 10), 8);
  EXPECT_EQ(Runs(line, 8).size(), 1u);
  EXPECT_EQ(Runs(line, 4).size(), 6u);
}

Word W(const std::string& text, double x0, double top) {
  Word w;
  w.text = text;
  w.bbox = {x0, top, x0 + 5.0 * static_cast<double>(text.size()), top + 9};
  w.baseline = top + 7;
  w.font_size = 8;
  w.font = "Helvetica";
  w.space_after = true;
  return w;
}

void HRule(PageContent* p, double y, double x0, double x1) { p->rules.push_back({{x0, y - 0.25, x1, y + 0.25}}); }
void VRule(PageContent* p, double x, double y0, double y1) { p->rules.push_back({{x - 0.25, y0, x + 0.25, y1}}); }

// Ruled only around the head and at the bottom, with column-group lines
// through the body: 8 body rows, each a label and two groups of 3 values.
PageContent FramedPage(bool paragraphs) {
  PageContent p;
  p.width = 595;
  p.height = 842;
  const double top = 100, head = 112, bottom = 212;
  for (double y : {top, head, bottom}) HRule(&p, y, 50, 410);
  for (double x : {50.0, 150.0, 280.0, 410.0}) VRule(&p, x, top, bottom);
  p.words.push_back(W("Item", 55, top + 2));
  p.words.push_back(W("Group", 160, top + 2));
  p.words.push_back(W("Other", 290, top + 2));
  for (int r = 0; r < 8; ++r) {
    const double y = head + 2 + 12 * r;
    if (paragraphs) {
      // Wrapped text in each column: no gap wider than a word space.
      for (double x : {55.0, 155.0, 285.0}) {
        double cx = x;
        for (const char* t : {"text", "goes", "on", "here"}) {
          p.words.push_back(W(t, cx, y));
          cx = p.words.back().bbox.x1 + 2;
        }
      }
      continue;
    }
    const char* labels[] = {"Housing", "Roads", "Parks", "Libraries", "Waste", "Transport", "Care", "Schools"};
    p.words.push_back(W(labels[r], 55, y));
    for (int g = 0; g < 2; ++g)
      for (int k = 0; k < 3; ++k) p.words.push_back(W(std::to_string(10 + r) + ".5", 155 + 130 * g + 42 * k, y));
  }
  return p;
}

TEST(RuledFrame, BodyRowsWithoutRulesAreLaidOutFromTheText) {
  PageContent p = FramedPage(false);
  std::vector<Table> t = FindTables({p}, {});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].rows, 9);
  EXPECT_EQ(t[0].cols, 7);
}

TEST(RuledFrame, TallRowsOfWrappedTextKeepTheirRules) {
  PageContent p = FramedPage(true);
  Grid g;
  g.xs = {50, 150, 280, 410};
  g.ys = {100, 112, 212};
  EXPECT_FALSE(RulesLeaveRowsOpen(g, p.words));
  EXPECT_TRUE(RulesLeaveRowsOpen(g, FramedPage(false).words));
}

TEST(RuledFrame, TextInFarMoreColumnsThanTheRulesDraw) {
  // The frame's three ruled columns hold 7 runs a line: finer than the rules.
  Grid g;
  g.xs = {50, 150, 280, 410};
  g.ys = {100, 112, 212};
  EXPECT_TRUE(ColumnsFinerThanRules(g, FramedPage(false).words));
  // Wrapped text, one run a column: the rules are the columns.
  EXPECT_FALSE(ColumnsFinerThanRules(g, FramedPage(true).words));
}

TEST(RuledFrame, ThinEmptyRowsBetweenBoxedCellsAreDropped) {
  // Rows boxed one by one, 4 pt of white between the boxes; text at 10 pt.
  Grid g;
  g.xs = {50, 150, 250};
  g.ys = {100, 115, 119, 134};
  for (int r = 0; r < 3; ++r)
    for (int c = 0; c < 2; ++c) g.cells.push_back({r, c, 1, 1});
  std::vector<Word> words = {W("Housing", 55, 103), W("12", 155, 103), W("Roads", 55, 122), W("7", 155, 122)};
  DropGutterRows(&g, words, 10);
  ASSERT_EQ(g.rows(), 2);
  EXPECT_EQ(g.cols(), 2);
  EXPECT_DOUBLE_EQ(g.ys[1], 117);
  EXPECT_EQ(g.cells.size(), 4u);
  // A row with text stays, however thin.
  Grid kept;
  kept.xs = {50, 150, 250};
  kept.ys = {100, 115, 119, 134};
  for (int r = 0; r < 3; ++r)
    for (int c = 0; c < 2; ++c) kept.cells.push_back({r, c, 1, 1});
  words.push_back(W("x", 55, 113));
  DropGutterRows(&kept, words, 10);
  EXPECT_EQ(kept.rows(), 3);
}

// A boxed head over two columns right above an unruled body: one table.
TEST(TableExtent, RuledHeadPieceJoinsTheUnruledTableBelow) {
  PageContent p;
  p.width = 595;
  p.height = 842;
  for (double y : {80.0, 92.0}) HRule(&p, y, 150, 350);
  for (double x : {150.0, 250.0, 350.0}) VRule(&p, x, 80, 92);
  p.words.push_back(W("Revenue", 160, 82));
  p.words.push_back(W("Capital", 260, 82));
  const char* names[] = {"Housing", "Roads", "Parks", "Libraries", "Waste", "Transport"};
  for (int r = 0; r < 6; ++r) {
    const double y = 96 + 12 * r;
    p.words.push_back(W(names[r], 55, y));
    p.words.push_back(W(std::to_string(100 + r), 160, y));
    p.words.push_back(W(std::to_string(200 + r), 260, y));
  }
  std::vector<Table> t = FindTables({p}, {});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].rows, 7);
  EXPECT_EQ(t[0].cols, 3);
  EXPECT_EQ(t[0].cells[1].text, "Revenue");
  EXPECT_EQ(t[0].cells[2].text, "Capital");
}

// Two runs of rows with the same columns, a blank gap of two lines between
// them: one table; with a sub-heading in the first column (the table's
// size): one table, the heading a row; with a larger heading: two tables.
enum class Gap { kBlank, kSubHeading, kHeading };
PageContent TwoRuns(Gap gap) {
  PageContent p;
  p.width = 595;
  p.height = 842;
  const char* names[] = {"Housing", "Roads", "Parks", "Libraries"};
  for (int part = 0; part < 2; ++part)
    for (int r = 0; r < 4; ++r) {
      const double y = 100 + 12 * r + 72 * part;
      p.words.push_back(W(names[r], 55, y));
      p.words.push_back(W(std::to_string(100 + r), 160, y));
      p.words.push_back(W(std::to_string(200 + r), 260, y));
    }
  if (gap != Gap::kBlank) {
    Word h = W("Capital", 55, 160);
    if (gap == Gap::kHeading) h.font_size = 12;
    p.words.push_back(h);
  }
  return p;
}

TEST(TableExtent, BlankGapWithTheSameColumnsJoins) {
  std::vector<Table> t = FindTables({TwoRuns(Gap::kBlank)}, {});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].rows, 8);
  EXPECT_EQ(t[0].cols, 3);
  t = FindTables({TwoRuns(Gap::kSubHeading)}, {});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].rows, 9);
  EXPECT_EQ(t[0].cells[12].text, "Capital");
  EXPECT_EQ(t[0].cells[12].row, 4);
  EXPECT_EQ(FindTables({TwoRuns(Gap::kHeading)}, {}).size(), 2u);
}

// Rows whose leading cells are empty: entries in one-word columns that
// already have one in the row open rows of their own (two-word heads aside).
TEST(StreamRows, EmptyLeadingCellsOpenRowsInOneWordColumns) {
  PageContent p;
  p.width = 595;
  p.height = 842;
  const double xs[] = {55, 130, 205, 280};
  const char* head[] = {"Area", "Long", "Long", "Inner"};
  for (int c = 0; c < 4; ++c) {
    p.words.push_back(W(head[c], xs[c], 100));
    if (c == 1 || c == 2) p.words.push_back(W("one", xs[c] + 22, 100));
  }
  for (int r = 0; r < 4; ++r) {
    const double y = 112 + 12 * r;
    for (int c = 0; c < 4; ++c) {
      if (r > 0 && (c == 0 || c == 3)) continue;  // empty leading and inner cells
      p.words.push_back(W(std::string(1, static_cast<char>('A' + c)) + std::to_string(r + 1), xs[c], y));
    }
  }
  std::vector<Table> t = FindTables({p}, {});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].rows, 5);
  EXPECT_EQ(t[0].cols, 4);
  EXPECT_EQ(t[0].cells[4 * 4 + 1].text, "B4");
  EXPECT_EQ(t[0].cells[4 * 4 + 0].text, "");
}

}  // namespace
}  // namespace plantrace::pdf

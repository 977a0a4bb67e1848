// Table finding on synthetic pages: rules, grids, spans, extent, rows and
// cell text.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "extractors/extract.h"
#include "extractors/pdf/tables/cells.h"
#include "extractors/pdf/tables/grid.h"
#include "extractors/pdf/tables/rules.h"
#include "extractors/pdf/tables/table_finder.h"
#include "extractors/pdf/tables/table_finder_test_util.h"

namespace plantrace::pdf {
namespace {

using namespace table_testing;  // NOLINT: test helpers only

TEST(Rules, MergesCollinearPiecesAndClosesSmallGaps) {
  std::vector<Segment> s = {{100, 10, 50}, {100.4, 51, 90}, {100.2, 120, 200}, {140, 10, 200}};
  MergeSegments(&s, RuleTolerances{2, 3});
  ASSERT_EQ(s.size(), 3u);
  EXPECT_NEAR(s[0].lo, 10, 1e-9);
  EXPECT_NEAR(s[0].hi, 90, 1e-9);  // 50 -> 51 joined
  EXPECT_NEAR(s[1].lo, 120, 1e-9);  // 90 -> 120 too far
  EXPECT_NEAR(s[2].pos, 140, 1e-9);
}

TEST(Grid, SpanCellsFollowsMissingLines) {
  // 3x3; no line between (0,0) and (0,1); no line between (1,2) and (2,2).
  auto cells = SpanCells(
      3, 3, [](int r, int c) { return !(r == 0 && c == 1); }, [](int r, int c) { return !(r == 2 && c == 2); });
  ASSERT_EQ(cells.size(), 7u);
  EXPECT_EQ(cells[0].colspan, 2);
  bool found = false;
  for (const auto& c : cells)
    if (c.row == 1 && c.col == 2) {
      EXPECT_EQ(c.rowspan, 2);
      found = true;
    }
  EXPECT_TRUE(found);
}

TEST(FindTables, RuledGridWithSpans) {
  PageContent p = Page(1);
  const std::vector<double> xs = {50, 150, 250, 350}, ys = {100, 120, 140, 160};
  // Full grid except: no inner vertical at x=150 in row 0 (header spans two
  // columns) and no horizontal at y=140 under column 2 (rowspan).
  for (size_t r = 0; r + 1 < ys.size(); ++r)
    for (size_t c = 0; c + 1 < xs.size(); ++c) {
      if (!(r == 2 && c == 2)) HRule(&p, ys[r], xs[c], xs[c + 1]);
      if (!(r == 0 && c == 1)) VRule(&p, xs[c], ys[r], ys[r + 1]);
    }
  for (size_t c = 0; c + 1 < xs.size(); ++c) HRule(&p, ys.back(), xs[c], xs[c + 1]);
  for (size_t r = 0; r + 1 < ys.size(); ++r) VRule(&p, xs.back(), ys[r], ys[r + 1]);
  Text(&p, "Area and year", 55, 104, true);
  Text(&p, "Total", 255, 104, true);
  Text(&p, "Housing", 55, 124);
  Text(&p, "2015", 155, 124);
  Text(&p, "Rising", 255, 124);
  Text(&p, "Roads", 55, 144);
  Text(&p, "2016", 155, 144);
  std::vector<Table> t = FindTables({p}, {});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].rows, 3);
  EXPECT_EQ(t[0].cols, 3);
  ASSERT_TRUE(At(t[0], 0, 0));
  EXPECT_EQ(At(t[0], 0, 0)->colspan, 2);
  EXPECT_EQ(At(t[0], 0, 0)->text, "Area and year");
  ASSERT_TRUE(At(t[0], 1, 2));
  EXPECT_EQ(At(t[0], 1, 2)->rowspan, 2);
  EXPECT_EQ(At(t[0], 1, 2)->text, "Rising");
  EXPECT_EQ(t[0].header_rows, 1);
  EXPECT_TRUE(At(t[0], 0, 0)->header);
  EXPECT_FALSE(At(t[0], 1, 0)->header);
}

// A column head set running up the page in an upright ruled table: its
// words read bottom to top, as its reader turns the page to read them.
TEST(FindTables, SidewaysHeadCellReadsInItsOwnDirection) {
  PageContent p = Page(1);
  DrawGrid(&p, {50, 150, 250}, {100, 200, 220});
  Text(&p, "Ward", 55, 185);
  const std::pair<const char*, std::pair<double, double>> up[] = {
      {"Number", {160, 190}}, {"of", {150, 158}}, {"voters", {118, 148}}};
  for (const auto& [text, span] : up) {
    Word w = W(text, 160, 0);
    w.bbox = {160, span.first, 171.5, span.second};
    w.baseline = 169;
    w.rotation = 3;
    p.words.push_back(w);
  }
  Text(&p, "Housing", 55, 205);
  Text(&p, "12", 155, 205);
  std::vector<Table> t = FindTables({p}, {});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(At(t[0], 0, 1)->text, "Number of voters");
  EXPECT_EQ(At(t[0], 1, 1)->text, "12");
}

// Figures ruled, their row labels standing unruled to the left: the labels
// are the table's first column. Labels of only some rows stay out.
PageContent LabelledGridPage(int labelled_rows) {
  PageContent p = Page(1);
  DrawGrid(&p, {150, 200, 250}, {100, 120, 140, 160, 180});
  Text(&p, "2016", 155, 104);
  Text(&p, "2017", 205, 104);
  const char* labels[] = {"Housing", "Roads", "Parks"};
  for (int r = 0; r < 3; ++r) {
    if (r < labelled_rows) Text(&p, labels[r], 108, 124 + 20 * r);
    Text(&p, std::to_string(10 + r), 155, 124 + 20 * r);
    Text(&p, std::to_string(20 + r), 205, 124 + 20 * r);
  }
  return p;
}

TEST(TableExtent, UnruledRowLabelsLeftOfARuledGrid) {
  std::vector<Table> t = FindTables({LabelledGridPage(3)}, {});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].rows, 4);
  EXPECT_EQ(t[0].cols, 3);
  EXPECT_EQ(At(t[0], 0, 0)->text, "");
  EXPECT_EQ(At(t[0], 2, 0)->text, "Roads");
  EXPECT_EQ(At(t[0], 2, 1)->text, "11");
  std::vector<Table> few = FindTables({LabelledGridPage(1)}, {});
  ASSERT_EQ(few.size(), 1u);
  EXPECT_EQ(few[0].cols, 2);
}

TEST(FindTables, TableDrawnAsCellFillsOnly) {
  // No rules at all: a header band and alternating row fills that touch.
  PageContent p = Page(1);
  const std::vector<double> ys = {100, 120, 140, 160};
  const char* colors[] = {"#c0c0c0", "#eeeeee", "#dddddd"};
  for (size_t r = 0; r + 1 < ys.size(); ++r)
    for (double x : {50.0, 200.0}) p.boxes.push_back({{x, ys[r], x + 150, ys[r + 1]}, colors[r]});
  Text(&p, "Service", 55, 104, true);
  Text(&p, "Budget", 205, 104, true);
  Text(&p, "Libraries", 55, 124);
  Text(&p, "12.3", 205, 124);
  Text(&p, "Highways", 55, 144);
  Text(&p, "45.7", 205, 144);
  std::vector<Table> t = FindTables({p}, {});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].rows, 3);
  EXPECT_EQ(t[0].cols, 2);
  EXPECT_EQ(At(t[0], 2, 1)->text, "45.7");
}

// Two parts of an unruled table, their gutters of different widths (long
// labels above, short ones below), with a sub-heading in the first column
// between them: one table. The same parts across a blank gap alone, their
// columns not where they stood: two tables.
PageContent SectionedPage(bool heading) {
  PageContent p = Page(1);
  const char* long_labels[] = {"Net asset value at 31 December", "Number of units at 31 December",
                               "Net asset value per unit at 31 December"};
  for (int r = 0; r < 3; ++r) {
    Text(&p, long_labels[r], 70, 100 + 14 * r);
    Text(&p, std::to_string(5111 + r), 480, 100 + 14 * r);
  }
  const double below = heading ? 182 : 160;
  if (heading) Text(&p, "Result per unit", 70, 160);
  const char* short_labels[] = {"Direct result", "Revaluation", "Costs"};
  for (int r = 0; r < 3; ++r) {
    Text(&p, short_labels[r], 70, below + 14 * r);
    Text(&p, std::to_string(3 + r) + ".99", 505, below + 14 * r);
  }
  return p;
}

TEST(TableExtent, SubHeadingBetweenPartsSharingTheirGutters) {
  std::vector<Table> t = FindTables({SectionedPage(true)}, {});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].rows, 7);
  EXPECT_EQ(t[0].cols, 2);
  EXPECT_EQ(At(t[0], 3, 0)->text, "Result per unit");
  EXPECT_EQ(At(t[0], 6, 1)->text, "5.99");
  EXPECT_EQ(FindTables({SectionedPage(false)}, {}).size(), 2u);
}

// The figures' head on a line of its own, a note in the first column under
// it: both are rows of the table below.
TEST(TableExtent, ColumnHeadOnItsOwnLineAboveFirstColumnNotes) {
  PageContent p = SectionedPage(false);
  Text(&p, "2016", 490, 70);
  Text(&p, "(all amounts in EUR)", 70, 84);
  std::vector<Table> t = FindTables({p}, {});
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].rows, 5);
  EXPECT_EQ(At(t[0], 0, 1)->text, "2016");
  EXPECT_EQ(At(t[0], 1, 0)->text, "(all amounts in EUR)");
  EXPECT_EQ(At(t[0], 2, 1)->text, "5111");
}

// A right-to-left table: labels right-aligned in the rightmost column, where
// rows start; a heading alone in that column is a row of its own. The years
// over the figures stand apart from the table, over three columns of four.
TEST(TableExtent, RightToLeftRowsStartInTheRightmostColumn) {
  PageContent p = Page(1);
  auto label = [&](const std::string& text, double top) {
    // Right-aligned at x = 420 (word widths as W gives them).
    double width = -2.8;
    size_t start = 0;
    while (start <= text.size()) {
      size_t end = text.find(' ', start);
      if (end == std::string::npos) end = text.size();
      width += 0.5 * 10 * static_cast<double>(end - start) + 2.8;
      start = end + 1;
    }
    Text(&p, text, 420 - width, top);
  };
  Text(&p, "2014", 130, 60);
  Text(&p, "2013", 170, 60);
  Text(&p, "2012", 210, 60);
  // Words as a PDF holds them: in visual order (the cell reads them back).
  label("ימוקמ רצות", 92);
  const char* rows[] = {"לכה ךס", "םימולהי אלל היישעת", "יוניב", "הכירצ", "תיחרזא", "תינוחטיב"};
  for (int r = 0; r < 6; ++r) {
    const double top = 106 + 12 * r;
    label(rows[r], top);
    if (r == 3) continue;  // a heading: no figures
    for (int k = 0; k < 3; ++k) Text(&p, std::to_string(r + 1) + "." + std::to_string(k), 132 + 40 * k, top);
  }
  std::vector<Table> t = FindTables({p}, {});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].rows, 8);
  EXPECT_EQ(t[0].cols, 4);
  EXPECT_EQ(At(t[0], 0, 0)->text, "2014");
  EXPECT_EQ(At(t[0], 1, 3)->text, "תוצר מקומי");
  EXPECT_EQ(At(t[0], 5, 3)->text, "צריכה");
  EXPECT_EQ(At(t[0], 5, 0)->text, "");
  EXPECT_EQ(At(t[0], 6, 2)->text, "5.2");
}

// An unruled table whose rows are set apart by whitespace (cell padding): a
// row whose first cell is empty opens where every other column starts an
// entry at one height under that whitespace; paragraphs starting together
// in some of the columns only stay in their cells.
TEST(TableExtent, RowWithAnEmptyFirstCellOpensUnderARowBand) {
  PageContent p = Page(1);
  const std::vector<double> x = {50, 100, 250, 400};
  auto line = [&](double y, const std::vector<std::string>& cells, bool bold = false) {
    for (size_t c = 0; c < cells.size(); ++c)
      if (!cells[c].empty()) Text(&p, cells[c], x[c], y, bold);
  };
  line(80, {"Ref", "Aim", "Action", "Lead"}, true);
  line(100, {"1.1", "Stable groups", "Formal assessments", "ACE"});
  line(112, {"", "and leaders", "by all groups", ""});
  line(132, {"", "Statement of values", "Statement to be made", "Assistant Chief Exec"});
  line(144, {"", "of openness", "with partners", ""});
  line(164, {"1.2", "Good communication", "A structured plan", "City Solicitor"});
  line(176, {"", "", "for all groups", "Survey planned"});
  line(196, {"", "", "Formalise briefings", "Update given"});
  line(208, {"", "", "with leaders", ""});
  std::vector<Table> t = FindTables({p}, {});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].rows, 4);
  EXPECT_EQ(t[0].cols, 4);
  ASSERT_TRUE(At(t[0], 2, 1));
  EXPECT_EQ(At(t[0], 2, 1)->text, "Statement of values of openness");
  ASSERT_TRUE(At(t[0], 1, 1));
  EXPECT_EQ(At(t[0], 1, 1)->text, "Stable groups\nand leaders");
  ASSERT_TRUE(At(t[0], 3, 2));
  EXPECT_EQ(At(t[0], 3, 2)->text, "A structured plan for all groups\nFormalise briefings with leaders");
}

// A plain note under a bold head, set apart from it by a row band and
// standing in one column, is a row of its own (a <thead> row of notes); the
// key under a head cell, set close, stays in that cell.
TEST(TableExtent, NoteUnderTheHeadIsARowOfItsOwn) {
  PageContent p = Page(1);
  const std::vector<double> x = {50, 100, 250, 400};
  auto line = [&](double y, const std::vector<std::string>& cells, bool bold = false) {
    for (size_t c = 0; c < cells.size(); ++c)
      if (!cells[c].empty()) Text(&p, cells[c], x[c], y, bold);
  };
  line(80, {"", "Aim", "Outputs", "Lead"}, true);
  line(92, {"", "", "", "(Green - done)"});
  line(112, {"", "", "A dashboard will be made", ""});
  line(132, {"1.1", "Stable groups", "Formal updates", "ACE"});
  line(144, {"", "and leaders", "every month", ""});
  line(164, {"1.2", "Good communication", "A survey", "City Solicitor"});
  line(176, {"", "of all groups", "in October", ""});
  std::vector<Table> t = FindTables({p}, {});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].rows, 4);
  ASSERT_TRUE(At(t[0], 0, 3));
  EXPECT_EQ(At(t[0], 0, 3)->text, "Lead (Green - done)");
  ASSERT_TRUE(At(t[0], 1, 2));
  EXPECT_EQ(At(t[0], 1, 2)->text, "A dashboard will be made");
  ASSERT_TRUE(At(t[0], 2, 0));
  EXPECT_EQ(At(t[0], 2, 0)->text, "1.1");
}

TEST(FindTables, ProseAndListsAreNoTables) {
  PageContent p = Page(1);
  double y = 80;
  for (int i = 0; i < 6; ++i, y += 13) Text(&p, "The council agreed the plan and reports progress to the panel", 72, y);
  y += 10;
  for (int i = 0; i < 4; ++i, y += 13) {
    Text(&p, "\u2022", 80, y);
    Text(&p, "Recruitment and retention of staff in the new posts", 95, y);
  }
  y += 10;
  for (int i = 1; i < 4; ++i, y += 10) {
    Text(&p, std::to_string(i) + ".1", 72, y);
    Text(&p, "Numbered paragraph text that runs on to a second line", 110, y);
    y += 13;
    Text(&p, "and finishes here with more words of the paragraph", 110, y);
  }
  EXPECT_TRUE(FindTables({p}, {}).empty());
}

TEST(CellText, ParagraphsListsHyphensAndSpans) {
  std::vector<Word> words;
  auto line = [&](const std::string& s, double x, double top, bool bold = false) {
    PageContent p;
    Text(&p, s, x, top, bold);
    words.insert(words.end(), p.words.begin(), p.words.end());
  };
  line("Latest update on the gov-", 10, 0, true);
  line("ernance review", 10, 12);
  line("\u2022 first item", 10, 30);
  line("\u2022 second item that", 10, 42);
  line("wraps", 28, 54);
  line("a) kept label", 10, 72);
  std::unordered_set<std::string> dict = {"governance"};
  CellTextContext ctx;
  ctx.words = &dict;
  std::vector<const Word*> ptrs;
  for (const auto& w : words) ptrs.push_back(&w);
  Cell cell;
  FillCellText(ptrs, ctx, &cell);
  EXPECT_EQ(cell.text, "Latest update on the governance review\nfirst item\nsecond item that wraps\na) kept label");
  ASSERT_EQ(cell.lines.size(), 4u);
  EXPECT_EQ(cell.list_items, (std::vector<std::string>{"first item", "second item that wraps", "a) kept label"}));
  ASSERT_GE(cell.spans.size(), 2u);
  EXPECT_TRUE(cell.spans[0].bold);
  EXPECT_EQ(cell.spans[0].text, "Latest update on the gov");
  std::string joined;
  for (const auto& s : cell.spans) joined += s.text;
  EXPECT_EQ(joined, cell.text);
}

TEST(CellText, HyphenKeptWithoutEvidenceOfHyphenation) {
  PageContent p;
  Text(&p, "a one-", 10, 0);
  Text(&p, "council approach", 10, 12);
  std::unordered_set<std::string> dict;
  CellTextContext ctx;
  ctx.words = &dict;
  std::vector<const Word*> ptrs;
  for (const auto& w : p.words) ptrs.push_back(&w);
  Cell cell;
  FillCellText(ptrs, ctx, &cell);
  EXPECT_EQ(cell.text, "a one-council approach");
}

}  // namespace
}  // namespace plantrace::pdf

// Table finding on synthetic pages (grids, spans, stitching, cell text) and on
// small PDFs made with another producer (ReportLab, tests/data/rl_*.pdf).
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

namespace plantrace::pdf {
namespace {

Word W(const std::string& text, double x0, double top, double size = 10, bool bold = false) {
  Word w;
  w.text = text;
  w.bbox = {x0, top, x0 + 0.5 * size * static_cast<double>(text.size()), top + 1.15 * size};
  w.baseline = top + 0.9 * size;
  w.font_size = size;
  w.font = bold ? "Helvetica-Bold" : "Helvetica";
  w.bold = bold;
  w.space_after = true;
  return w;
}

// A line of words starting at x (word spacing as a font would set it).
void Text(PageContent* p, const std::string& line, double x, double top, bool bold = false) {
  size_t start = 0;
  while (start < line.size()) {
    size_t end = line.find(' ', start);
    if (end == std::string::npos) end = line.size();
    Word w = W(line.substr(start, end - start), x, top, 10, bold);
    x = w.bbox.x1 + 2.8;
    p->words.push_back(w);
    start = end + 1;
  }
}

void HRule(PageContent* p, double y, double x0, double x1) { p->rules.push_back({{x0, y - 0.25, x1, y + 0.25}}); }
void VRule(PageContent* p, double x, double y0, double y1) { p->rules.push_back({{x - 0.25, y0, x + 0.25, y1}}); }

PageContent Page(int n) {
  PageContent p;
  p.page = n;
  p.width = 595;
  p.height = 842;
  return p;
}

// A full grid with columns at xs and rows at ys, drawn as separate pieces per
// cell side (as many producers do).
void Grid(PageContent* p, const std::vector<double>& xs, const std::vector<double>& ys) {
  for (size_t r = 0; r + 1 < ys.size(); ++r)
    for (size_t c = 0; c + 1 < xs.size(); ++c) {
      HRule(p, ys[r], xs[c], xs[c + 1]);
      VRule(p, xs[c], ys[r], ys[r + 1]);
    }
  for (size_t c = 0; c + 1 < xs.size(); ++c) HRule(p, ys.back(), xs[c], xs[c + 1]);
  for (size_t r = 0; r + 1 < ys.size(); ++r) VRule(p, xs.back(), ys[r], ys[r + 1]);
}

const Cell* At(const Table& t, int row, int col) {
  for (const auto& c : t.cells)
    if (c.row == row && c.col == col) return &c;
  return nullptr;
}

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
  Grid(&p, {50, 150, 250}, {100, 200, 220});
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
  Grid(&p, {150, 200, 250}, {100, 120, 140, 160, 180});
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

// Two pages of one ruled table: header repeated, the last row of page 1 cut
// by the break (its first cell empty on page 2).
std::vector<PageContent> TwoPageTable(double y = 700) {
  PageContent a = Page(1), b = Page(2);
  Grid(&a, {50, 120, 400}, {y, y + 20, y + 40, y + 100});
  Text(&a, "Ref", 55, y + 4, true);
  Text(&a, "Action", 125, y + 4, true);
  Text(&a, "1.1", 55, y + 24);
  Text(&a, "First action", 125, y + 24);
  Text(&a, "1.2", 55, y + 44);
  Text(&a, "Second action starts on this page", 125, y + 44);
  Grid(&b, {50, 120, 400}, {60, 80, 110, 130});
  Text(&b, "Ref", 55, 64, true);
  Text(&b, "Action", 125, 64, true);
  Text(&b, "and ends on the next", 125, 84);
  Text(&b, "1.3", 55, 114);
  Text(&b, "Third action", 125, 114);
  return {a, b};
}

TEST(Stitching, JoinsPagesDropsRepeatedHeaderMergesCutRow) {
  std::vector<Table> t = FindTables(TwoPageTable(), {});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].regions.size(), 2u);
  EXPECT_EQ(t[0].rows, 4);
  EXPECT_EQ(t[0].header_rows, 1);
  const Cell* cut = At(t[0], 2, 1);
  ASSERT_TRUE(cut);
  EXPECT_EQ(cut->text, "Second action starts on this page and ends on the next");
  ASSERT_EQ(cut->parts.size(), 2u);
  EXPECT_EQ(cut->parts[0].page, 1);
  EXPECT_EQ(cut->parts[1].page, 2);
  ASSERT_TRUE(At(t[0], 3, 0));
  EXPECT_EQ(At(t[0], 3, 0)->text, "1.3");
}

TEST(Stitching, NoStitchKeepsOneTablePerPage) {
  TableOptions o;
  o.stitch = false;
  std::vector<Table> t = FindTables(TwoPageTable(), o);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].rows, 3);
  EXPECT_EQ(t[1].rows, 3);
}

TEST(Stitching, TextAfterTheTableEndsIt) {
  std::vector<PageContent> pages = TwoPageTable(500);
  Text(&pages[0], "A paragraph after the table", 50, 620);
  EXPECT_EQ(FindTables(pages, {}).size(), 2u);
}

// Running text in the margin bands (the same words at the same height on
// both pages, page numbers aside) does not separate the parts; a heading or
// a footnote in the band of one page only does: the next part is a new table
// (a section's table with the same head).
TEST(Stitching, RunningHeadersJoinPartsAHeadingOnOnePageSeparates) {
  std::vector<PageContent> pages = TwoPageTable();
  for (int i = 0; i < 2; ++i) {
    Text(&pages[i], "Council report", 50, 30);
    Text(&pages[i], "Page " + std::to_string(i + 1) + " of 2", 300, 820);
  }
  EXPECT_EQ(FindTables(pages, {}).size(), 1u);
  std::vector<PageContent> headed = pages;
  Text(&headed[1], "2 Second section", 50, 44, true);
  EXPECT_EQ(FindTables(headed, {}).size(), 2u);
  std::vector<PageContent> noted = pages;
  Text(&noted[0], "1 A footnote under the table", 50, 806);
  EXPECT_EQ(FindTables(noted, {}).size(), 2u);
}

// The next part opens with the bold rest of a cut cell (one cell only): no
// head of a new table.
TEST(Stitching, BoldRestOfACutCellIsNoNewHead) {
  std::vector<PageContent> pages = TwoPageTable();
  PageContent b = Page(2);
  Grid(&b, {50, 120, 400}, {60, 90, 110});
  Text(&b, "and ends on the next: COMPLETE", 125, 64, true);
  Text(&b, "1.3", 55, 94);
  Text(&b, "Third action", 125, 94);
  pages[1] = b;
  std::vector<Table> t = FindTables(pages, {});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].rows, 4);
  ASSERT_TRUE(At(t[0], 2, 1));
  EXPECT_EQ(At(t[0], 2, 1)->text, "Second action starts on this page and ends on the next: COMPLETE");
}

// Column heads printed as the last line of a page, the body on the next:
// the heads are the table's head row (the line alone is no table); a bold
// line of prose there is not.
TEST(Stitching, HeadLineCutOffByThePageBreakHeadsTheBody) {
  PageContent a = Page(1), b = Page(2);
  Text(&a, "A paragraph of body text before the section's table.", 50, 700);
  Text(&a, "Ref", 50, 790, true);
  Text(&a, "Action", 120, 790, true);
  Text(&a, "Lead", 320, 790, true);
  const char* rows[][3] = {{"1.1", "First action to take", "ACE"},
                           {"1.2", "Second action to take", "CEO"},
                           {"1.3", "Third action to take", "City Solicitor"}};
  double y = 60;
  for (const auto& r : rows) {
    Text(&b, r[0], 50, y);
    Text(&b, r[1], 120, y);
    Text(&b, r[2], 320, y);
    y += 20;
  }
  std::vector<Table> t = FindTables({a, b}, {});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].rows, 4);
  EXPECT_EQ(t[0].header_rows, 1);
  ASSERT_TRUE(At(t[0], 0, 1));
  EXPECT_EQ(At(t[0], 0, 1)->text, "Action");
  ASSERT_EQ(t[0].regions.size(), 2u);
  EXPECT_EQ(t[0].regions[0].page, 1);
  PageContent prose = Page(1);
  Text(&prose, "Ref Action text of a bold paragraph", 50, 790, true);
  t = FindTables({prose, b}, {});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].rows, 3);
  EXPECT_EQ(t[0].header_rows, 0);
}

// A label spanning rows whose first row ends page 1: page 2 opens with the
// span's empty rest (drawn without row lines in column 0).
TEST(Stitching, SpanCutAfterItsFirstRowStaysOneCell) {
  PageContent a = Page(1), b = Page(2);
  Grid(&a, {50, 150, 400}, {700, 720, 740, 760});
  Text(&a, "Area", 55, 704, true);
  Text(&a, "Behaviour", 155, 704, true);
  Text(&a, "Roles", 55, 724);
  Text(&a, "Clarity of roles", 155, 724);
  Text(&a, "Planning", 55, 744);
  Text(&a, "Taking a long term view", 155, 744);
  // Page 2: column 0 has no row lines across its first three rows.
  const std::vector<double> ys = {60, 80, 100, 120, 140};
  for (double y : ys) HRule(&b, y, y == 60 || y == 120 || y == 140 ? 50 : 150, 400);
  for (double x : {50.0, 150.0, 400.0}) VRule(&b, x, 60, 140);
  Text(&b, "Willingness to act", 155, 64);
  Text(&b, "Openness to new ideas", 155, 84);
  Text(&b, "Constructive challenge", 155, 104);
  Text(&b, "Workforce", 55, 124);
  Text(&b, "A clear purpose", 155, 124);
  std::vector<Table> t = FindTables({a, b}, {});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].rows, 7);
  const Cell* span = At(t[0], 2, 0);
  ASSERT_TRUE(span);
  EXPECT_EQ(span->text, "Planning");
  EXPECT_EQ(span->rowspan, 4);
  ASSERT_EQ(span->parts.size(), 2u);
  EXPECT_EQ(span->parts[1].page, 2);
  EXPECT_EQ(At(t[0], 6, 0)->text, "Workforce");
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

// ReportLab PDFs: another producer's stroked rules and text placement.
Document Extract(const std::string& name, bool stitch = true) {
  ExtractOptions o;
  o.stitch_tables = stitch;
  Result<Document> d = ExtractFile(std::string(PLANTRACE_SOURCE_DIR) + "/tests/data/" + name, o);
  return d.ok() ? d.value() : Document{};
}

TEST(ReportLab, RuledTable) {
  Document d = Extract("rl_ruled.pdf");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  EXPECT_EQ(t.rows, 4);
  EXPECT_EQ(t.cols, 3);
  EXPECT_EQ(t.header_rows, 1);
  EXPECT_EQ(At(t, 0, 2)->text, "Comment");
  EXPECT_EQ(At(t, 2, 2)->text, "Quarterly review of the budget.\nSecond paragraph of the cell.");
  EXPECT_EQ(At(t, 3, 1)->text, "1,500");
}

TEST(ReportLab, MergedCells) {
  Document d = Extract("rl_merged.pdf");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  EXPECT_EQ(t.rows, 5);
  EXPECT_EQ(t.cols, 3);
  EXPECT_EQ(At(t, 0, 0)->rowspan, 2);
  EXPECT_EQ(At(t, 0, 1)->colspan, 2);
  EXPECT_EQ(At(t, 0, 1)->text, "Spend");
  EXPECT_EQ(At(t, 2, 0)->rowspan, 2);
  EXPECT_EQ(At(t, 2, 0)->text, "Housing");
  EXPECT_EQ(At(t, 4, 2)->text, "8");
}

TEST(ReportLab, TableOverTwoPages) {
  Document d = Extract("rl_two_pages.pdf");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  EXPECT_EQ(t.rows, 61);
  EXPECT_EQ(t.cols, 3);
  EXPECT_EQ(t.regions.size(), 2u);
  EXPECT_EQ(t.header_rows, 1);
  EXPECT_EQ(At(t, 60, 0)->text, "60.1");
  EXPECT_EQ(Extract("rl_two_pages.pdf", false).tables.size(), 2u);
}

void ExpectServiceTable(const Document& d) {
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  EXPECT_EQ(t.rows, 6);
  EXPECT_EQ(t.cols, 4);
  EXPECT_EQ(At(t, 0, 0)->text, "Service");
  EXPECT_EQ(At(t, 2, 0)->text, "Children's services");
  EXPECT_EQ(At(t, 5, 3)->text, "+2.7%");
}

TEST(ReportLab, UnruledTable) { ExpectServiceTable(Extract("rl_unruled.pdf")); }
TEST(ReportLab, HeaderRuleOnlyTable) { ExpectServiceTable(Extract("rl_header_rule.pdf")); }
// Shaded bands whose edges cut through the text lines, and a highlighted
// column: their edges read as rules, but the text stands in ten columns.
TEST(ReportLab, ShadedBandsAreNoGrid) {
  Document d = Extract("rl_banded.pdf");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  EXPECT_EQ(t.rows, 10);
  EXPECT_EQ(t.cols, 10);
  EXPECT_EQ(At(t, 0, 6)->text, "Yield");
  EXPECT_EQ(At(t, 4, 0)->text, "Hefty");
  EXPECT_EQ(At(t, 5, 9)->text, "$810");
}

// Two tables side by side, ruled only horizontally, rows of different
// heights: two tables, each row one cell per column (wrapped lines kept in
// their cell).
TEST(ReportLab, SideBySideTablesWithRowRules) {
  Document d = Extract("rl_side_by_side.pdf", false);
  ASSERT_EQ(d.tables.size(), 2u);
  for (const Table& t : d.tables) {
    EXPECT_EQ(t.rows, 4);
    EXPECT_EQ(t.cols, 3);
  }
  const Table& left = d.tables[0].regions[0].bbox->x0 < d.tables[1].regions[0].bbox->x0 ? d.tables[0] : d.tables[1];
  const Table& right = &left == &d.tables[0] ? d.tables[1] : d.tables[0];
  EXPECT_EQ(At(left, 2, 0)->text, "Adult social care");
  EXPECT_EQ(At(left, 3, 2)->text, "Complete, evaluated in June");
  EXPECT_EQ(At(right, 1, 0)->text, "Parks and open spaces");
  EXPECT_EQ(At(right, 2, 2)->text, "Under review");
}

TEST(ReportLab, ListsAndNumberedParagraphsAreNoTable) { EXPECT_TRUE(Extract("rl_no_table.pdf").tables.empty()); }

}  // namespace
}  // namespace plantrace::pdf

namespace plantrace::pdf {
namespace {

// Every grid position covered by exactly one cell; cells inside the grid.
void ExpectWellFormed(const Table& t) {
  std::vector<int> cover(static_cast<size_t>(t.rows) * t.cols, 0);
  for (const auto& c : t.cells) {
    ASSERT_GE(c.row, 0);
    ASSERT_GE(c.col, 0);
    ASSERT_GE(c.rowspan, 1);
    ASSERT_GE(c.colspan, 1);
    ASSERT_LE(c.row + c.rowspan, t.rows);
    ASSERT_LE(c.col + c.colspan, t.cols);
    for (int r = c.row; r < c.row + c.rowspan; ++r)
      for (int k = c.col; k < c.col + c.colspan; ++k) ++cover[static_cast<size_t>(r) * t.cols + k];
  }
  for (int n : cover) EXPECT_EQ(n, 1);
  EXPECT_FALSE(t.regions.empty());
  EXPECT_LT(t.header_rows, std::max(t.rows, 1));
}

TEST(FindTables, RandomPagesGiveWellFormedTables) {
  uint32_t seed = 12345;
  auto next = [&seed](double lo, double hi) {
    seed = seed * 1664525u + 1013904223u;
    return lo + (hi - lo) * static_cast<double>(seed >> 8) / static_cast<double>(1u << 24);
  };
  for (int round = 0; round < 60; ++round) {
    std::vector<PageContent> pages;
    for (int n = 1; n <= 3; ++n) {
      PageContent p = Page(n);
      const int rules = static_cast<int>(next(0, 80));
      for (int i = 0; i < rules; ++i) {
        // Lines on a coarse lattice, so that many of them cross.
        const double a = 40 + 40 * std::floor(next(0, 12)), b = 40 + 40 * std::floor(next(0, 18));
        if (next(0, 1) < 0.5) HRule(&p, b, a, a + 40 * std::floor(next(1, 6)));
        else VRule(&p, a, b, b + 40 * std::floor(next(1, 6)));
      }
      const int boxes = static_cast<int>(next(0, 8));
      for (int i = 0; i < boxes; ++i) {
        const double x = next(40, 500), y = next(40, 780);
        p.boxes.push_back({{x, y, x + next(10, 120), y + next(10, 40)}, "#dddddd"});
      }
      const int lines = static_cast<int>(next(0, 40));
      for (int i = 0; i < lines; ++i) {
        const double y = 40 + 14 * std::floor(next(0, 55));
        const int chunks = static_cast<int>(next(1, 5));
        for (int k = 0; k < chunks; ++k)
          Text(&p, k % 2 ? "12.5 total" : "Item text here", 45 + 120 * k + next(0, 10), y, next(0, 1) < 0.2);
      }
      pages.push_back(p);
    }
    for (bool stitch : {true, false}) {
      TableOptions o;
      o.stitch = stitch;
      for (const Table& t : FindTables(pages, o)) ExpectWellFormed(t);
    }
  }
}

TEST(FindTables, CorpusAndReportLabTablesAreWellFormed) {
  const std::string root = PLANTRACE_SOURCE_DIR;
  for (const char* f : {"/corpus/pdf/bcc-2015-03-panel-assessment.pdf", "/corpus/pdf/bcc-2018-09-governance-improvement-plan.pdf",
                        "/corpus/pdf/bcc-2023-11-governance-stabilisation-plan.pdf",
                        "/corpus/pdf/bcc-2024-04-irp-cabinet-report.pdf", "/tests/data/rl_merged.pdf",
                        "/tests/data/rl_two_pages.pdf"}) {
    for (bool stitch : {true, false}) {
      ExtractOptions o;
      o.stitch_tables = stitch;
      Result<Document> d = ExtractFile(root + f, o);
      ASSERT_TRUE(d.ok()) << f;
      for (const Table& t : d->tables) ExpectWellFormed(t);
    }
  }
}

}  // namespace
}  // namespace plantrace::pdf

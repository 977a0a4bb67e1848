// Tables continued over page breaks, on synthetic pages: joining parts,
// repeated headers, running headers, cut cells and cut heads.
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

// Two pages of one ruled table: header repeated, the last row of page 1 cut
// by the break (its first cell empty on page 2).
std::vector<PageContent> TwoPageTable(double y = 700) {
  PageContent a = Page(1), b = Page(2);
  DrawGrid(&a, {50, 120, 400}, {y, y + 20, y + 40, y + 100});
  Text(&a, "Ref", 55, y + 4, true);
  Text(&a, "Action", 125, y + 4, true);
  Text(&a, "1.1", 55, y + 24);
  Text(&a, "First action", 125, y + 24);
  Text(&a, "1.2", 55, y + 44);
  Text(&a, "Second action starts on this page", 125, y + 44);
  DrawGrid(&b, {50, 120, 400}, {60, 80, 110, 130});
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
  DrawGrid(&b, {50, 120, 400}, {60, 90, 110});
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
  DrawGrid(&a, {50, 150, 400}, {700, 720, 740, 760});
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

}  // namespace
}  // namespace plantrace::pdf

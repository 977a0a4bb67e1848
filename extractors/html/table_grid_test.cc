#include "extractors/html/table_grid.h"

#include <gtest/gtest.h>

namespace plantrace {
namespace {

// Checks that every position is covered once and returns the grid as a
// picture: each position shows the index (a letter) of the cell covering it,
// '.' for fillers.
std::vector<std::string> Picture(const Grid& g) {
  std::vector<std::string> rows(g.rows, std::string(g.cols, '?'));
  char next = 'a';
  for (const GridCell& c : g.cells) {
    const char mark = c.group < 0 ? '.' : next++;
    for (int r = c.row; r < c.row + c.rowspan; ++r) {
      for (int k = c.col; k < c.col + c.colspan; ++k) {
        EXPECT_EQ(rows[r][k], '?') << "position " << r << "," << k << " covered twice";
        rows[r][k] = mark;
      }
    }
  }
  for (const std::string& r : rows) EXPECT_EQ(r.find('?'), std::string::npos) << "hole";
  return rows;
}

GridGroup Rows(std::initializer_list<std::vector<GridInputCell>> rows) { return GridGroup(rows); }

TEST(TableGrid, ParseSpans) {
  EXPECT_EQ(ParseColspan(""), 1);
  EXPECT_EQ(ParseColspan("3"), 3);
  EXPECT_EQ(ParseColspan(" 2px"), 2);
  EXPECT_EQ(ParseColspan("0"), 1);
  EXPECT_EQ(ParseColspan("-4"), 1);
  EXPECT_EQ(ParseColspan("two"), 1);
  EXPECT_EQ(ParseColspan("5000"), 1000);
  EXPECT_EQ(ParseColspan("99999999999999999999"), 1000);
  EXPECT_EQ(ParseRowspan("0"), 0);
  EXPECT_EQ(ParseRowspan("-1"), 1);
  EXPECT_EQ(ParseRowspan("x"), 1);
  EXPECT_EQ(ParseRowspan("100000"), kMaxRowspan);
}

TEST(TableGrid, ColspanAndRowspan) {
  Grid g;
  ASSERT_TRUE(LayOutGrid({Rows({{{2, 1}, {1, 2}}, {{1, 1}, {1, 1}}})}, &g));
  EXPECT_EQ(g.rows, 2);
  EXPECT_EQ(g.cols, 3);
  EXPECT_EQ(Picture(g), (std::vector<std::string>{"aab", "cdb"}));
}

TEST(TableGrid, HolesAreFilled) {
  Grid g;
  ASSERT_TRUE(LayOutGrid({Rows({{{1, 1}, {1, 1}, {1, 1}}, {{1, 1}}, {}})}, &g));
  EXPECT_EQ(Picture(g), (std::vector<std::string>{"abc", "d..", "..."}));
}

TEST(TableGrid, RowspanClampedToItsGroup) {
  Grid g;
  // rowspan 100000 in a body of 2 rows, followed by a footer row.
  ASSERT_TRUE(LayOutGrid({Rows({{{1, 100000}, {1, 1}}, {{1, 1}}}), Rows({{{2, 1}}})}, &g));
  EXPECT_EQ(g.rows, 3);
  EXPECT_EQ(g.cells[0].rowspan, 2);
  EXPECT_EQ(Picture(g), (std::vector<std::string>{"ab", "ac", "dd"}));
}

TEST(TableGrid, RowspanZeroRunsToTheEndOfTheGroup) {
  Grid g;
  ASSERT_TRUE(LayOutGrid({Rows({{{1, 0}, {1, 1}}, {{1, 1}}, {{1, 1}}}), Rows({{{1, 1}}})}, &g));
  EXPECT_EQ(g.cells[0].rowspan, 3);
  EXPECT_EQ(Picture(g), (std::vector<std::string>{"ab", "ac", "ad", "e."}));
}

TEST(TableGrid, OverlappingColspanIsShrunk) {
  Grid g;
  // Row 0: a cell spanning down in column 1. Row 1: a colspan=3 cell that
  // would run into it is cut at column 1; the next cell goes after it.
  ASSERT_TRUE(LayOutGrid({Rows({{{1, 1}, {1, 2}, {1, 1}}, {{3, 1}, {1, 1}}})}, &g));
  EXPECT_EQ(Picture(g), (std::vector<std::string>{"abc", "dbe"}));
}

TEST(TableGrid, NegativeAndAbsurdSpansStayBounded) {
  Grid g;
  ASSERT_TRUE(LayOutGrid({Rows({{{ParseColspan("-3"), ParseRowspan("-2")}, {ParseColspan("1000000"), 1}}})},
                         &g));
  EXPECT_EQ(g.rows, 1);
  EXPECT_EQ(g.cols, 1 + kMaxColspan);
  Picture(g);
}

TEST(TableGrid, RefusesGridsBeyondTheLimit) {
  Grid g;
  GridGroup group(1000, std::vector<GridInputCell>{{1000, 1}});
  EXPECT_FALSE(LayOutGrid({group}, &g, 100000));
}

TEST(TableGrid, EmptyTable) {
  Grid g;
  EXPECT_TRUE(LayOutGrid({}, &g));
  EXPECT_EQ(g.rows, 0);
  EXPECT_TRUE(g.cells.empty());
}

}  // namespace
}  // namespace plantrace

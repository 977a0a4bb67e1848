#include "pipeline/segment/inherited_header.h"

#include <gtest/gtest.h>

namespace plantrace {
namespace {

Cell At(int row, int col, std::string text, double x0, double x1, int colspan = 1) {
  Cell c;
  c.row = row;
  c.col = col;
  c.colspan = colspan;
  c.text = std::move(text);
  c.parts.push_back(PagePart{1, BBox{x0, 10.0 * row, x1, 10.0 * row + 9}});
  return c;
}

// The header alone as one table (two header rows), the body as another
// with one column more (a narrow column of bullets the header does not
// name).
Table Headed() {
  Table t;
  t.id = "t1";
  t.header_rows = 2;
  t.rows = 2;
  t.cols = 3;
  t.cells = {At(0, 0, "", 30, 200), At(0, 1, "BCC Response", 200, 500),
             At(0, 2, "Accountable Officer", 500, 800), At(1, 0, "CfGS Recommendation", 30, 200),
             At(1, 1, "", 200, 500), At(1, 2, "", 500, 800)};
  return t;
}

TEST(InheritedHeader, BodyTakesTheHeadersOverItsColumns) {
  Table body;
  body.id = "t2";
  body.rows = 1;
  body.cols = 4;
  body.cells = {At(0, 0, "8. Design risk arrangements", 30, 210), At(0, 1, "Consider", 210, 470),
                At(0, 2, "•", 470, 500), At(0, 3, "Director of Finance", 520, 790)};
  std::optional<Table> t = WithInheritedHeader(body, Headed());
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->header_rows, 1);
  EXPECT_EQ(t->rows, 2);
  std::vector<std::string> header(4);
  for (const Cell& c : t->cells) {
    if (c.row == 0) header[static_cast<size_t>(c.col)] = c.text;
    if (c.row == 1 && c.col == 0) {
      EXPECT_EQ(c.text, "8. Design risk arrangements");
    }
  }
  EXPECT_EQ(header, (std::vector<std::string>{"CfGS Recommendation", "BCC Response", "",
                                              "Accountable Officer"}));
}

TEST(InheritedHeader, OnlyForABodyWithoutHeaders) {
  Table body;
  body.rows = 1;
  body.cols = 2;
  body.cells = {At(0, 0, "1.1", 30, 200), At(0, 1, "Aim", 200, 500)};
  body.header_rows = 1;
  EXPECT_FALSE(WithInheritedHeader(body, Headed()).has_value());
  body.header_rows = 0;
  Table bare = Headed();
  bare.header_rows = 0;
  EXPECT_FALSE(WithInheritedHeader(body, bare).has_value());
  // One header over the body's columns is not enough to name them.
  body.cells = {At(0, 0, "1.1", 600, 700), At(0, 1, "Aim", 700, 790)};
  EXPECT_FALSE(WithInheritedHeader(body, Headed()).has_value());
}

}  // namespace
}  // namespace plantrace

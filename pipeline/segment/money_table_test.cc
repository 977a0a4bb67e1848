#include "pipeline/segment/money_table.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace plantrace {
namespace {

// "Years | £m | Comments", one row per financial year.
Table Savings(const std::vector<std::string>& sums) {
  Table t;
  t.id = "t1";
  t.header_rows = 1;
  t.rows = static_cast<int>(sums.size()) + 1;
  t.cols = 3;
  auto cell = [&](int row, int col, std::string text) {
    Cell c;
    c.row = row;
    c.col = col;
    c.text = std::move(text);
    t.cells.push_back(std::move(c));
  };
  cell(0, 0, "Years");
  cell(0, 1, "£m");
  cell(0, 2, "Comments");
  for (size_t i = 0; i < sums.size(); ++i) {
    const int row = static_cast<int>(i) + 1;
    cell(row, 0, "201" + std::to_string(5 + i) + "/1" + std::to_string(6 + i));
    cell(row, 1, sums[i]);
    cell(row, 2, "Annual reduction to be identified.");
  }
  return t;
}

TEST(MoneyTable, SumsInTheHeadersUnitForTheYearOfTheirRow) {
  const std::vector<RawFigure> f = TableFigures(Savings({"105.4", "166.7"}));
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].value_gbp, 105400000);
  EXPECT_EQ(f[0].period.value_or(""), "2015/16");
  EXPECT_EQ(f[1].value_gbp, 166700000);
  EXPECT_EQ(f[1].period.value_or(""), "2016/17");
}

// A sum printed with its pound sign (two bytes in UTF-8) and its own unit
// is read too, its raw text kept as printed.
TEST(MoneyTable, SumPrintedWithItsPoundSign) {
  const std::vector<RawFigure> f = TableFigures(Savings({"£105.4m", "£86.6"}));
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].raw, "£105.4m");
  EXPECT_EQ(f[0].value_gbp, 105400000);
  EXPECT_EQ(f[0].period.value_or(""), "2015/16");
  EXPECT_EQ(f[1].value_gbp, 86600000);
}

TEST(MoneyTable, NoMoneyColumnNoFigures) {
  Table t = Savings({"105.4"});
  for (Cell& c : t.cells)
    if (c.row == 0 && c.col == 1) c.text = "Amount";
  EXPECT_TRUE(TableFigures(t).empty());
}

}  // namespace
}  // namespace plantrace

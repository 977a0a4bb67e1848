#include "extractors/pdf/layout/reading_order.h"

#include <gtest/gtest.h>

#include "extractors/pdf/layout/layout_test_util.h"
#include "extractors/pdf/layout/line_builder.h"

namespace plantrace::pdf {
namespace {

using testing::Look;
using testing::SetLine;

// A two-column page: a title across both columns, then 20 lines in each
// column (left at x 50, right at x 310; 10-pt text, 13-pt pitch), then a
// full-width closing line.
std::vector<Word> TwoColumnPage() {
  std::vector<Word> w;
  SetLine("A title across the whole page", 50, 60, &w, Look{16, true});
  for (int i = 0; i < 20; ++i) {
    SetLine("left column line " + std::to_string(i) + " text", 50, 100 + 13 * i, &w);
    SetLine("right column line " + std::to_string(i) + " text", 310, 100 + 13 * i, &w);
  }
  SetLine("a closing line that runs across both columns of the page and further on", 50, 400, &w);
  return w;
}

TEST(ReadingOrderTest, FindsTheGutterBetweenTwoColumns) {
  const std::vector<TextLine> lines = BuildLines(TwoColumnPage(), {});
  const auto gutter = FindGutter(lines, 595, 842);
  ASSERT_TRUE(gutter.has_value());
  EXPECT_GT(gutter->x0, 150);
  EXPECT_LE(gutter->x1, 311);
  EXPECT_GE(gutter->x1, 300);
}

TEST(ReadingOrderTest, SingleColumnHasNoGutter) {
  std::vector<Word> w;
  for (int i = 0; i < 20; ++i) SetLine("a single column of text that runs wide " + std::to_string(i), 50, 100 + 13 * i, &w);
  SetLine("short", 50, 400, &w);
  EXPECT_FALSE(FindGutter(BuildLines(w, {}), 595, 842).has_value());
}

TEST(ReadingOrderTest, ReadsLeftColumnThenRightBetweenFullWidthLines) {
  const std::vector<TextLine> lines = BuildLines(TwoColumnPage(), {});
  const std::vector<OrderedItem> order = OrderPage(lines, {}, 595, 842);
  std::vector<std::string> texts;
  for (const auto& it : order) texts.push_back(lines[it.index].Text());
  ASSERT_EQ(texts.size(), 42u);
  EXPECT_EQ(texts[0], "A title across the whole page");
  EXPECT_EQ(texts[1], "left column line 0 text");
  EXPECT_EQ(texts[20], "left column line 19 text");
  EXPECT_EQ(texts[21], "right column line 0 text");
  EXPECT_EQ(texts[40], "right column line 19 text");
  EXPECT_EQ(order[1].column, Column::kLeft);
  EXPECT_EQ(order[21].column, Column::kRight);
  EXPECT_EQ(order[41].column, Column::kFull);
  EXPECT_GT(order[41].band, order[1].band);
}

TEST(ReadingOrderTest, ShortRightColumnAtTheEndOfATextIsStillAColumn) {
  std::vector<Word> w;
  for (int i = 0; i < 20; ++i) SetLine("left column line " + std::to_string(i) + " text", 50, 100 + 13 * i, &w);
  SetLine("right tail one", 310, 100, &w);
  SetLine("right tail two", 310, 113, &w);
  const std::vector<TextLine> lines = BuildLines(w, {});
  const std::vector<OrderedItem> order = OrderPage(lines, {}, 595, 842);
  ASSERT_EQ(order.size(), 22u);
  EXPECT_EQ(lines[order[19].index].Text(), "left column line 19 text");
  EXPECT_EQ(lines[order[20].index].Text(), "right tail one");
}

TEST(ReadingOrderTest, FormLabelsAndValuesAreNotColumns) {
  // Short labels far from their values: read row by row.
  std::vector<Word> w;
  for (int i = 0; i < 10; ++i) {
    SetLine("Label" + std::to_string(i) + ":", 50, 100 + 13 * i, &w);
    SetLine("value of the field number " + std::to_string(i), 310, 100 + 13 * i, &w);
  }
  const std::vector<TextLine> lines = BuildLines(w, {});
  EXPECT_FALSE(FindGutter(lines, 595, 842).has_value());
  const std::vector<OrderedItem> order = OrderPage(lines, {}, 595, 842);
  EXPECT_EQ(lines[order[1].index].Text(), "value of the field number 0");
}

TEST(ReadingOrderTest, TablePlacedWhereItStands) {
  std::vector<Word> w;
  SetLine("Text above the table", 50, 100, &w);
  SetLine("Text below the table", 50, 300, &w);
  const std::vector<TextLine> lines = BuildLines(w, {});
  const std::vector<OrderedItem> order = OrderPage(lines, {BBox{50, 150, 500, 250}}, 595, 842);
  ASSERT_EQ(order.size(), 3u);
  EXPECT_FALSE(order[0].is_table);
  EXPECT_TRUE(order[1].is_table);
  EXPECT_EQ(order[1].index, 0u);
  EXPECT_EQ(lines[order[2].index].Text(), "Text below the table");
}

}  // namespace
}  // namespace plantrace::pdf

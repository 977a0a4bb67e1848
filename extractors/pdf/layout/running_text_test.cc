#include "extractors/pdf/layout/running_text.h"

#include <gtest/gtest.h>

namespace plantrace::pdf {
namespace {

Block MakeBlock(int page, const std::string& text, double top, double bottom) {
  Block b;
  b.page = page;
  b.text = text;
  b.bbox = BBox{50, top, 300, bottom};
  return b;
}

std::vector<PageInfo> Pages(int n) {
  std::vector<PageInfo> pages;
  for (int i = 1; i <= n; ++i) pages.push_back({i, 595, 842, 0});
  return pages;
}

TEST(RunningTextTest, RepeatedTopTextIsAHeaderAndPageNumbersAreFooters) {
  std::vector<Block> blocks;
  for (int p = 1; p <= 3; ++p) {
    blocks.push_back(MakeBlock(p, "Birmingham City Council – Improvement Plan", 30, 40));
    blocks.push_back(MakeBlock(p, "Body text that is the same on every page", 300, 312));
    blocks.push_back(MakeBlock(p, "Page " + std::to_string(p) + " of 3", 800, 810));
  }
  MarkRunningText(Pages(3), &blocks);
  for (int p = 0; p < 3; ++p) {
    EXPECT_EQ(blocks[3 * p].kind, BlockKind::kHeader);
    EXPECT_EQ(blocks[3 * p + 1].kind, BlockKind::kParagraph);  // repeated but in the body
    EXPECT_EQ(blocks[3 * p + 2].kind, BlockKind::kFooter);
  }
}

TEST(RunningTextTest, LonePageNumberIsAFooterEvenOnce) {
  std::vector<Block> blocks = {MakeBlock(1, "Title", 40, 60), MakeBlock(1, "- 7 -", 810, 820)};
  MarkRunningText(Pages(4), &blocks);
  EXPECT_EQ(blocks[0].kind, BlockKind::kParagraph);  // a title in the top band, not repeated
  EXPECT_EQ(blocks[1].kind, BlockKind::kFooter);
}

TEST(RunningTextTest, TextRepeatedAtAnotherPlaceIsNotRunning) {
  std::vector<Block> blocks = {MakeBlock(1, "Draft", 30, 40), MakeBlock(2, "Draft", 60, 70),
                               MakeBlock(3, "Other", 30, 40)};
  MarkRunningText(Pages(3), &blocks);
  for (const Block& b : blocks) EXPECT_EQ(b.kind, BlockKind::kParagraph) << b.text;
}

TEST(RunningTextTest, HeaderOnOnlyOnePageOfManyIsNotRunning) {
  std::vector<Block> blocks = {MakeBlock(1, "ITEM 6", 30, 40)};
  MarkRunningText(Pages(10), &blocks);
  EXPECT_EQ(blocks[0].kind, BlockKind::kParagraph);
}

}  // namespace
}  // namespace plantrace::pdf

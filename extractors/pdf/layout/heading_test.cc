#include "extractors/pdf/layout/heading.h"

#include <gtest/gtest.h>

#include "extractors/pdf/layout/layout_test_util.h"
#include "extractors/pdf/layout/line_builder.h"

namespace plantrace::pdf {
namespace {

using testing::Look;
using testing::SetLine;

LineGroup GroupOf(const std::string& text, const Look& look) {
  std::vector<Word> w;
  SetLine(text, 50, 100, &w, look);
  LineGroup g;
  g.lines = BuildLines(w, {});
  return g;
}

TEST(HeadingTest, BodySizeIsTheSizeOfMostCharacters) {
  std::vector<Word> w;
  SetLine("Title", 50, 60, &w, Look{18});
  SetLine("plenty of body text in ten point type", 50, 100, &w);
  SetLine("and more body text", 50, 113, &w);
  const std::vector<TextLine> lines = BuildLines(w, {});
  std::vector<const TextLine*> ptrs;
  for (const auto& l : lines) ptrs.push_back(&l);
  EXPECT_DOUBLE_EQ(BodyTextSize(ptrs), 10);
}

TEST(HeadingTest, LargerOrBoldShortTextIsAHeading) {
  EXPECT_TRUE(LooksLikeHeading(GroupOf("1 Background and context", Look{13.5, true}), 11));
  EXPECT_TRUE(LooksLikeHeading(GroupOf("A larger plain title", Look{16}), 11));
  EXPECT_TRUE(LooksLikeHeading(GroupOf("(d) Strategic financial planning", Look{11, true}), 11));
  EXPECT_FALSE(LooksLikeHeading(GroupOf("Plain body text at body size", Look{11}), 11));
  EXPECT_FALSE(LooksLikeHeading(GroupOf("A bold sentence for emphasis.", Look{11, true}), 11));
  EXPECT_FALSE(LooksLikeHeading(GroupOf("Small bold note", Look{8, true}), 11));
}

TEST(HeadingTest, LongTextIsNeverAHeading) {
  std::string many;
  for (int i = 0; i < 40; ++i) many += "word ";
  EXPECT_FALSE(LooksLikeHeading(GroupOf(many, Look{16}), 11));
}

TEST(HeadingTest, LevelsRankLooksLargestFirstBoldBeforePlain) {
  const std::vector<HeadingLook> looks = {{17, true}, {13.5, true}, {11, true}, {13.5, true}, {13.5, false}};
  EXPECT_EQ(HeadingLevels(looks), (std::vector<int>{1, 2, 4, 2, 3}));
}

TEST(HeadingTest, LevelsStopAtSix) {
  std::vector<HeadingLook> looks;
  for (int s = 30; s > 10; s -= 2) looks.push_back({static_cast<double>(s), true});
  const std::vector<int> levels = HeadingLevels(looks);
  EXPECT_EQ(levels.front(), 1);
  EXPECT_EQ(levels.back(), 6);
}

}  // namespace
}  // namespace plantrace::pdf

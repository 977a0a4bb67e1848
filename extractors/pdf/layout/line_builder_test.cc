#include "extractors/pdf/layout/line_builder.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "extractors/pdf/layout/layout_test_util.h"

namespace plantrace::pdf {
namespace {

using testing::Look;
using testing::MakeWord;
using testing::SetLine;

TEST(LineBuilderTest, WordsOnOneBaselineFormOneLineInOrder) {
  std::vector<Word> words;
  SetLine("The quick brown fox", 50, 100, &words);
  SetLine("jumps over the dog", 50, 114, &words);
  std::reverse(words.begin(), words.end());  // content-stream order is not reading order
  const std::vector<TextLine> lines = BuildLines(words, {});
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].Text(), "The quick brown fox");
  EXPECT_EQ(lines[1].Text(), "jumps over the dog");
  EXPECT_DOUBLE_EQ(lines[0].size, 10);
  EXPECT_DOUBLE_EQ(lines[0].baseline, 100);
  EXPECT_LT(lines[0].row, lines[1].row);
}

TEST(LineBuilderTest, SlightlyUnevenBaselinesStayOneLine) {
  std::vector<Word> words;
  words.push_back(MakeWord("uneven", 50, 100));
  words.push_back(MakeWord("baseline", 85, 101.5));
  const std::vector<TextLine> lines = BuildLines(words, {});
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].Text(), "uneven baseline");
}

TEST(LineBuilderTest, WideGapCutsARowIntoColumns) {
  std::vector<Word> words;
  SetLine("left column text", 50, 100, &words);
  SetLine("right column text", 320, 100, &words);
  const std::vector<TextLine> lines = BuildLines(words, {});
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].Text(), "left column text");
  EXPECT_EQ(lines[1].Text(), "right column text");
  EXPECT_EQ(lines[0].row, lines[1].row);
}

TEST(LineBuilderTest, LabelSetApartStaysWithItsText) {
  std::vector<Word> words;
  SetLine("1.1", 51, 100, &words, Look{11});
  SetLine("In December 2014 the review", 84, 100, &words, Look{11});
  const std::vector<TextLine> lines = BuildLines(words, {});
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].Text(), "1.1 In December 2014 the review");
  EXPECT_DOUBLE_EQ(lines[0].text_x0, 84);
  EXPECT_DOUBLE_EQ(lines[0].bbox.x0, 51);
}

TEST(LineBuilderTest, PlainWordSetApartIsNotALabel) {
  std::vector<Word> words;
  SetLine("Name", 51, 100, &words, Look{11});
  SetLine("Alice Smith", 120, 100, &words, Look{11});
  EXPECT_EQ(BuildLines(words, {}).size(), 2u);
}

TEST(LineBuilderTest, RaisedSmallWordJoinsItsLineAsSuperscript) {
  std::vector<Word> words;
  const double x = SetLine("Solace and CIPFA)", 50, 100, &words, Look{8.5});
  words.back().space_after = false;
  words.push_back(MakeWord("1", x, 96.5, Look{7}));
  const std::vector<TextLine> lines = BuildLines(words, {});
  ASSERT_EQ(lines.size(), 1u);
  ASSERT_EQ(lines[0].words.size(), 4u);
  EXPECT_TRUE(lines[0].words[3].superscript);
  EXPECT_FALSE(lines[0].words[2].superscript);
  EXPECT_DOUBLE_EQ(lines[0].baseline, 100);
  EXPECT_DOUBLE_EQ(lines[0].size, 8.5);
}

TEST(LineBuilderTest, SuperscriptCutOffByANeighbouringColumnRejoins) {
  // A taller word in the next column sets a row band the superscript fits
  // and its own line does not: the row is cut, the fragment must come back.
  std::vector<Word> words;
  const double x = SetLine("and CIPFA)", 50, 100, &words, Look{8.5});
  words.back().space_after = false;
  words.push_back(MakeWord("1", x, 96.5, Look{7}));
  SetLine("other column", 300, 97.5, &words, Look{8.5});
  const std::vector<TextLine> lines = BuildLines(words, {});
  ASSERT_EQ(lines.size(), 2u);
  const auto& cipfa = lines[0].words.front().text == "and" ? lines[0] : lines[1];
  EXPECT_EQ(cipfa.Text(), "and CIPFA) 1");
  EXPECT_TRUE(cipfa.words.back().superscript);
}

TEST(LineBuilderTest, RotatedWordsNeverJoinHorizontalLines) {
  std::vector<Word> words;
  SetLine("horizontal text", 50, 100, &words);
  Word up = MakeWord("sideways", 140, 100);
  up.rotation = 3;
  words.push_back(up);
  const std::vector<TextLine> lines = BuildLines(words, {});
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].Text(), "horizontal text");
  EXPECT_EQ(lines[1].rotation, 3);
}

TEST(LineBuilderTest, DrawnBulletAttachesToTheLineItStandsBefore) {
  std::vector<Word> words;
  SetLine("first item", 81, 100, &words);
  SetLine("not an item", 51, 130, &words);
  const std::vector<Mark> marks = {{{69.75, 95.0, 72.75, 98.0}}};
  const std::vector<TextLine> lines = BuildLines(words, marks);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_TRUE(lines[0].drawn_bullet);
  EXPECT_DOUBLE_EQ(lines[0].bbox.x0, 69.75);
  EXPECT_DOUBLE_EQ(lines[0].text_x0, 81);
  EXPECT_FALSE(lines[1].drawn_bullet);
}

}  // namespace
}  // namespace plantrace::pdf

#include "extractors/pdf/layout/superscript.h"

#include <gtest/gtest.h>

#include "extractors/pdf/layout/layout_test_util.h"

namespace plantrace::pdf {
namespace {

using testing::Look;
using testing::MakeWord;

TextLine LineOf(std::vector<Word> words) {
  TextLine line;
  line.words = std::move(words);
  return line;
}

TEST(SuperscriptTest, RaisedSmallerWordIsSuperscript) {
  TextLine line = LineOf({MakeWord("the", 10, 100), MakeWord("21", 30, 100), MakeWord("st", 40, 97, Look{6.5}),
                          MakeWord("Century", 50, 100)});
  MarkSuperscripts(&line);
  EXPECT_TRUE(line.words[2].superscript);
  EXPECT_FALSE(line.words[1].superscript);
  EXPECT_DOUBLE_EQ(line.size, 10);
  EXPECT_DOUBLE_EQ(line.baseline, 100);
}

TEST(SuperscriptTest, SmallerWordOnTheBaselineIsNot) {
  TextLine line = LineOf({MakeWord("Big", 10, 100), MakeWord("SMALL", 30, 100, Look{7}), MakeWord("text", 70, 100)});
  MarkSuperscripts(&line);
  EXPECT_FALSE(line.words[1].superscript);
}

TEST(SuperscriptTest, RaisedWordOfTheSameSizeIsNot) {
  TextLine line = LineOf({MakeWord("some", 10, 100), MakeWord("raised", 40, 96), MakeWord("words", 80, 100)});
  MarkSuperscripts(&line);
  EXPECT_FALSE(line.words[1].superscript);
}

TEST(SuperscriptTest, LowLyingSmallWordIsNot) {
  TextLine line = LineOf({MakeWord("H", 10, 100), MakeWord("2", 16, 102, Look{6}), MakeWord("O", 20, 100)});
  MarkSuperscripts(&line);
  EXPECT_FALSE(line.words[1].superscript);
}

}  // namespace
}  // namespace plantrace::pdf

#include "text/normalize.h"

#include <gtest/gtest.h>

namespace plantrace {
namespace {

TEST(CleanTextTest, ExpandsLigaturesAndDropsSoftHyphens) {
  EXPECT_EQ(CleanText("e\xEF\xAC\x83" "cient of\xEF\xAC\x81" "ce"), "efficient office");
  EXPECT_EQ(CleanText("gov\xC2\xAD" "ernance"), "governance");
}

TEST(CleanTextTest, NonBreakingSpacesBecomeSpaces) {
  EXPECT_EQ(CleanText("\xC2\xA3" "5\xC2\xA0m"), "\xC2\xA3" "5 m");
}

TEST(CleanTextTest, ComposesToNfc) {
  // "e" + combining acute -> "é"
  EXPECT_EQ(CleanText("caf" "e\xCC\x81"), "caf\xC3\xA9");
}

TEST(CleanTextTest, InvalidBytesBecomeReplacementCharacter) {
  EXPECT_EQ(CleanText("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
}

TEST(CleanTextTest, PrintableAsciiPassesThroughAndControlsStillGo) {
  EXPECT_EQ(CleanText("Plain ASCII, (2018) 21st - ok!"), "Plain ASCII, (2018) 21st - ok!");
  EXPECT_EQ(CleanText("bell\a and\x01 tab\t"), "bell and tab\t");  // not the ASCII fast path
}

TEST(CaseFoldTest, FoldsBeyondAscii) {
  EXPECT_EQ(CaseFold("STRASSE Stra\xC3\x9F" "e"), "strasse strasse");
}

TEST(CollapseSpacesTest, TrimsAndFolds) {
  EXPECT_EQ(CollapseSpaces("  a \n\t b  "), "a b");
  EXPECT_EQ(CollapseSpaces(""), "");
  EXPECT_EQ(CollapseSpaces(" \r\f\v "), "");
  EXPECT_EQ(CollapseSpaces("x"), "x");
  EXPECT_EQ(CollapseSpaces("\tone\vtwo\fthree\r\nfour "), "one two three four");
  EXPECT_EQ(CollapseSpaces("caf\xC3\xA9  \xC2\xA0x"), "caf\xC3\xA9 \xC2\xA0x");  // NBSP kept
}

TEST(ConvertToUtf8Test, Windows1252) {
  std::string out;
  ASSERT_TRUE(ConvertToUtf8("\x93quoted\x94 \x80" "5", "windows-1252", &out));
  EXPECT_EQ(out, "\xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x82\xAC" "5");
  EXPECT_FALSE(ConvertToUtf8("x", "no-such-charset", &out));
}

}  // namespace
}  // namespace plantrace

#include "text/bidi.h"

#include <gtest/gtest.h>

namespace plantrace {
namespace {

TEST(Bidi, LeftToRightTextIsUnchanged) {
  EXPECT_FALSE(HasRightToLeft("Total 2015 (net)"));
  EXPECT_EQ(VisualToLogical("Total 2015 (net)"), "Total 2015 (net)");
}

TEST(Bidi, HebrewLineAsDrawnReadsInLogicalOrder) {
  // "תוצר מקומי" drawn left to right: the words and their letters reversed.
  EXPECT_TRUE(HasRightToLeft("ימוקמ רצות"));
  EXPECT_EQ(VisualToLogical("ימוקמ רצות"), "תוצר מקומי");
}

TEST(Bidi, NumbersInsideRightToLeftTextKeepTheirDigitOrder) {
  // Logical "סך 2014 הכל" is displayed "לכה 2014 ךס".
  EXPECT_EQ(VisualToLogical("לכה 2014 ךס"), "סך 2014 הכל");
}

TEST(Bidi, ArabicLine) {
  // Logical "مرحبا بكم" displayed as "مكب ابحرم".
  EXPECT_EQ(VisualToLogical("مكب ابحرم"), "مرحبا بكم");
}

}  // namespace
}  // namespace plantrace

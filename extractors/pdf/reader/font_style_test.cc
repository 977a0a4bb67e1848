#include "extractors/pdf/reader/font_style.h"

#include <gtest/gtest.h>

namespace plantrace::pdf {
namespace {

TEST(FontStyleTest, NamesCarryStyleWhenFlagsDoNot) {
  EXPECT_TRUE(StyleOfFont("LiberationSans-Bold", false, false).bold);
  EXPECT_TRUE(StyleOfFont("Arial-BoldMT", false, false).bold);
  FontStyle bi = StyleOfFont("TimesNewRomanPS-BoldItalicMT", false, false);
  EXPECT_TRUE(bi.bold);
  EXPECT_TRUE(bi.italic);
  EXPECT_TRUE(StyleOfFont("Helvetica-Oblique", false, false).italic);
  EXPECT_FALSE(StyleOfFont("LiberationSans", false, false).bold);
}

TEST(FontStyleTest, FlagsCountToo) {
  EXPECT_TRUE(StyleOfFont("F1", true, false).bold);
  EXPECT_TRUE(StyleOfFont("F1", false, true).italic);
}

TEST(FontStyleTest, LightWeightsAreNotBold) {
  EXPECT_FALSE(StyleOfFont("SegoeUI-Semilight", false, false).bold);
}

}  // namespace
}  // namespace plantrace::pdf

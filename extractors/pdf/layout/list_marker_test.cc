#include "extractors/pdf/layout/list_marker.h"

#include <gtest/gtest.h>

namespace plantrace::pdf {
namespace {

TEST(ListMarkerTest, BulletGlyphs) {
  for (const char* g : {"•", "▪", "◦", "-", "–", "*"}) EXPECT_TRUE(IsBulletGlyph(g)) << g;
  for (const char* g : {"a", "--", "•x", "1."}) EXPECT_FALSE(IsBulletGlyph(g)) << g;
}

TEST(ListMarkerTest, ItemLabels) {
  for (const char* l : {"1.", "12)", "a)", "b.", "(a)", "(iii)", "(12)", "iv)", "A)"}) {
    EXPECT_TRUE(IsItemLabel(l)) << l;
  }
  for (const char* l : {"2019.", "e.g.", "Hello", "(ab)", "1.1", "1", "()", ")"}) {
    EXPECT_FALSE(IsItemLabel(l)) << l;
  }
}

TEST(ListMarkerTest, SectionNumbers) {
  for (const char* n : {"1", "12", "1.1", "3.1.1", "2.1.", "14.1"}) EXPECT_TRUE(IsSectionNumber(n)) << n;
  for (const char* n : {"2019", "1..2", ".1", "1.a", "", "a", "123"}) EXPECT_FALSE(IsSectionNumber(n)) << n;
}

}  // namespace
}  // namespace plantrace::pdf

#include "extractors/html/list_marker.h"

#include <gtest/gtest.h>

namespace plantrace {
namespace {

TEST(ListMarker, OrderedMarkers) {
  EXPECT_EQ(OrderedMarker(3, '1'), "3.");
  EXPECT_EQ(OrderedMarker(-2, '1'), "-2.");
  EXPECT_EQ(OrderedMarker(3, 'a'), "c.");
  EXPECT_EQ(OrderedMarker(27, 'a'), "aa.");
  EXPECT_EQ(OrderedMarker(4, 'A'), "D.");
  EXPECT_EQ(OrderedMarker(14, 'i'), "xiv.");
  EXPECT_EQ(OrderedMarker(1994, 'I'), "MCMXCIV.");
  EXPECT_EQ(OrderedMarker(0, 'a'), "0.");  // no letter for zero: decimal
}

TEST(ListMarker, ListStyleTypes) {
  EXPECT_EQ(ListStyleType("lower-roman"), 'i');
  EXPECT_EQ(ListStyleType("A"), 'A');
  EXPECT_EQ(ListStyleType("none"), '-');
  EXPECT_EQ(ListStyleType("square"), '*');
  EXPECT_EQ(ListStyleType("inside"), 0);
}

TEST(ListMarker, TypedLabels) {
  EXPECT_EQ(TypedLabel("(a) Consider"), "(a)");
  EXPECT_EQ(TypedLabel("a) The Council"), "a)");
  EXPECT_EQ(TypedLabel("b. Agree"), "b.");
  EXPECT_EQ(TypedLabel("(iii) Note"), "(iii)");
  EXPECT_EQ(TypedLabel("iv. Note"), "iv.");
  EXPECT_EQ(TypedLabel("12. Item"), "12.");
  EXPECT_EQ(TypedLabel("3) Item"), "3)");
  EXPECT_EQ(TypedLabel("3.1.2 Sub-paragraph"), "3.1.2");
  EXPECT_EQ(TypedLabel("(1)"), "(1)");
  // Not labels: words, numbers in running text, abbreviations, unclosed.
  EXPECT_EQ(TypedLabel("Consider the plan"), "");
  EXPECT_EQ(TypedLabel("I am"), "");
  EXPECT_EQ(TypedLabel("2024 budget"), "");
  EXPECT_EQ(TypedLabel("e.g. this"), "");
  EXPECT_EQ(TypedLabel("(a Consider"), "");
  EXPECT_EQ(TypedLabel("(ab) x"), "");
  EXPECT_EQ(TypedLabel("1234. x"), "");
  EXPECT_EQ(TypedLabel("a)b"), "");
  EXPECT_EQ(TypedLabel(""), "");
}

TEST(ListMarker, TypedBullets) {
  EXPECT_EQ(TypedBulletLength("\u2022 item"), 4u);
  EXPECT_EQ(TypedBulletLength("- item"), 2u);
  EXPECT_EQ(TypedBulletLength("\u2013 item"), 4u);
  EXPECT_EQ(TypedBulletLength("-item"), 0u);
  EXPECT_EQ(TypedBulletLength("item"), 0u);
}

}  // namespace
}  // namespace plantrace

// Stacks of shaded label boxes (shaded_labels.h) on pages built by hand:
// boxes touching or spaced make a table; boxes overlapping, or parted by a
// hairline (a ruled grid's unpainted borders), do not.
#include "extractors/pdf/tables/shaded_labels.h"

#include <gtest/gtest.h>

#include "extractors/pdf/tables/table_finder_test_util.h"

namespace plantrace::pdf {
namespace {

using table_testing::Page;
using table_testing::Text;

// `n` labels (three at most) in grey boxes 100 pt wide and 14 pt tall, `gap`
// apart, each with a value to its right.
std::vector<Grid> LabelGrids(double gap, int n = 3) {
  PageContent p = Page(1);
  const char* labels[][2] = {{"Report", "Acting Chief Executive"}, {"Ward", "All wards"}, {"Key", "Yes"}};
  double top = 100;
  for (int i = 0; i < n; ++i) {
    const auto& l = labels[i];
    p.boxes.push_back({{50, top, 150, top + 14}, "#d9d9d9"});
    Text(&p, l[0], 55, top + 1);
    Text(&p, l[1], 160, top + 1);
    top += 14 + gap;
  }
  return FindShadedLabelGrids(p, {});
}

TEST(ShadedLabels, TouchingBoxesAreOneTable) {
  const std::vector<Grid> g = LabelGrids(0);
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].rows(), 3);
}

TEST(ShadedLabels, SpacedBoxesAreOneTable) {
  const std::vector<Grid> g = LabelGrids(3);
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].rows(), 3);
}

TEST(ShadedLabels, BoxesPartedByAHairlineAreNoLabels) { EXPECT_TRUE(LabelGrids(0.3, 2).empty()); }

// Overlapping by a point, below their labels' text.
TEST(ShadedLabels, OverlappingBoxesAreNoLabels) { EXPECT_TRUE(LabelGrids(-1, 2).empty()); }

}  // namespace
}  // namespace plantrace::pdf

#include "extractors/pdf/layout/block_builder.h"

#include <gtest/gtest.h>

#include "extractors/pdf/layout/block_text.h"
#include "extractors/pdf/layout/layout_test_util.h"
#include "extractors/pdf/layout/line_builder.h"

namespace plantrace::pdf {
namespace {

using testing::Look;
using testing::SetLine;

std::vector<LineGroup> Group(const std::vector<Word>& words, const std::vector<Mark>& marks = {}) {
  const std::vector<TextLine> lines = BuildLines(words, marks);
  const std::vector<OrderedItem> order = OrderPage(lines, {}, 595, 842);
  return GroupLines(lines, order);
}

// Hebrew drawn in visual order (as PDFs hold it) reads back in logical
// order, line by line; Latin lines are untouched.
TEST(BlockTextTest, RightToLeftLinesInReadingOrder) {
  std::vector<Word> w;
  SetLine("ימלוג ימוקמ רצות", 50, 100, &w);
  SetLine("31.12.14 ,קשמה", 50, 113, &w);
  const std::vector<TextLine> lines = BuildLines(w, {});
  ASSERT_EQ(lines.size(), 2u);
  Block b;
  AssembleText(lines, false, Vocabulary{}, &b);
  EXPECT_EQ(b.text, "תוצר מקומי גולמי המשק, 31.12.14");
  Block latin;
  std::vector<Word> l;
  SetLine("Plain text", 50, 100, &l);
  AssembleText(BuildLines(l, {}), false, Vocabulary{}, &latin);
  EXPECT_EQ(latin.text, "Plain text");
}

TEST(BlockBuilderTest, LinesAtOnePitchAndEdgeJoinIntoAParagraph) {
  std::vector<Word> w;
  SetLine("A paragraph of text that runs over", 50, 100, &w);
  SetLine("three lines at the same left edge", 50, 113, &w);
  SetLine("and pitch.", 50, 126, &w);
  SetLine("Another paragraph after a blank line.", 50, 150, &w);
  const auto groups = Group(w);
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].lines.size(), 3u);
  EXPECT_EQ(groups[1].lines.size(), 1u);
  EXPECT_TRUE(groups[0].marker.empty());
}

TEST(BlockBuilderTest, FirstLineIndentStillJoins) {
  std::vector<Word> w;
  SetLine("Indented first line of a paragraph", 70, 100, &w);
  SetLine("continues at the paragraph edge", 50, 113, &w);
  EXPECT_EQ(Group(w).size(), 1u);
}

TEST(BlockBuilderTest, CentredLinesJoin) {
  std::vector<Word> w;
  SetLine("A centred title that runs", 200, 100, &w, Look{16, true});  // 200..384, centre 292
  SetLine("over two lines", 240, 119, &w, Look{16, true});  // 240..344, centre 292
  SetLine("Left text under it", 50, 160, &w);
  const auto groups = Group(w);
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].lines.size(), 2u);
}

TEST(BlockBuilderTest, ChangeOfSizeOrBoldnessStartsABlock) {
  std::vector<Word> w;
  SetLine("Bold heading line", 50, 100, &w, Look{10, true});
  SetLine("Plain text right under it", 50, 113, &w);
  SetLine("Bigger text right under that", 50, 128, &w, Look{14});
  EXPECT_EQ(Group(w).size(), 3u);
}

TEST(BlockBuilderTest, NumberedParagraphsWithHangingIndent) {
  std::vector<Word> w;
  SetLine("1.1", 51, 100, &w, Look{11});
  SetLine("In December 2014 Sir Bob Kerslake published", 84, 100, &w, Look{11});
  SetLine("a review of the governance of the Council.", 84, 114, &w, Look{11});
  SetLine("1.2", 51, 128, &w, Look{11});
  SetLine("Alongside the recommendations in the report", 84, 128, &w, Look{11});
  const auto groups = Group(w);
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].lines.size(), 2u);
  EXPECT_EQ(groups[0].lines[0].Text(), "1.1 In December 2014 Sir Bob Kerslake published");
  EXPECT_TRUE(groups[0].marker.empty());  // a paragraph number, not a list item
}

TEST(BlockBuilderTest, BulletGlyphAndLabelsStartListItems) {
  std::vector<Word> w;
  SetLine("•", 60, 100, &w);
  SetLine("first point that wraps", 72, 100, &w);
  SetLine("onto a second line", 72, 113, &w);
  SetLine("•", 60, 126, &w);
  SetLine("second point", 72, 126, &w);
  SetLine("(a)", 60, 139, &w);
  SetLine("Consider the plan", 80, 139, &w);
  const auto groups = Group(w);
  ASSERT_EQ(groups.size(), 3u);
  EXPECT_EQ(groups[0].marker, "•");
  EXPECT_TRUE(groups[0].drop_first_word);
  EXPECT_EQ(groups[0].lines.size(), 2u);
  EXPECT_EQ(groups[1].marker, "•");
  EXPECT_EQ(groups[2].marker, "(a)");
  EXPECT_FALSE(groups[2].drop_first_word);
}

// A word processor's ordered-list counter before the author's printed label:
// the printed label is the item's marker and the counter is dropped; a
// counter before a quantity ("1. 12 members") stays the marker.
TEST(BlockBuilderTest, GeneratedCounterBeforeAPrintedLabelGivesWayToIt) {
  std::vector<Word> w;
  SetLine("1. a) The Council has agreed", 60, 100, &w);
  SetLine("a specification for review", 70, 113, &w);
  SetLine("2. (b) To invite CIPFA", 60, 126, &w);
  SetLine("3. 1.4 Complete the review", 60, 139, &w);
  SetLine("4. 12 members attended", 60, 152, &w);
  const auto groups = Group(w);
  ASSERT_EQ(groups.size(), 4u);
  EXPECT_EQ(groups[0].marker, "a)");
  EXPECT_TRUE(groups[0].drop_first_word);
  EXPECT_EQ(groups[0].lines.size(), 2u);
  EXPECT_EQ(groups[1].marker, "(b)");
  EXPECT_EQ(groups[2].marker, "1.4");
  EXPECT_EQ(groups[3].marker, "4.");
  EXPECT_FALSE(groups[3].drop_first_word);
}

TEST(BlockBuilderTest, DrawnBulletsStartListItems) {
  std::vector<Word> w;
  SetLine("Ensuring children are safe", 81, 100, &w);
  SetLine("Improving our support", 81, 115, &w);
  const std::vector<Mark> marks = {{{69.75, 95, 72.75, 98}}, {{69.75, 110, 72.75, 113}}};
  const auto groups = Group(w, marks);
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].marker, "•");
  EXPECT_FALSE(groups[0].drop_first_word);
  EXPECT_EQ(groups[1].marker, "•");
}

TEST(BlockBuilderTest, ShortLineEndingASentenceEndsItsParagraph) {
  std::vector<Word> w;
  SetLine("A long line of body text that fills the column", 50, 100, &w);
  SetLine("another long line of body text filling it too", 50, 113, &w);
  SetLine("Short end.", 50, 126, &w);
  SetLine("Next paragraph with no spacing before it", 50, 139, &w);
  const auto groups = Group(w);
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].lines.size(), 3u);
}

}  // namespace
}  // namespace plantrace::pdf

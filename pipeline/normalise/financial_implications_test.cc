// A report's financial implications go to the item they name, and to no
// item when they name none.
#include <gtest/gtest.h>

#include "pipeline/normalise/financial_implications.h"

namespace plantrace {
namespace {

Document Doc(const std::vector<std::pair<BlockKind, std::string>>& blocks) {
  Document d;
  for (const auto& [kind, text] : blocks) {
    Block b;
    b.id = "b";
    b.id += std::to_string(d.blocks.size() + 1);
    b.kind = kind;
    b.text = text;
    d.blocks.push_back(b);
  }
  return d;
}

RawItem Item(const std::string& id, const std::string& text) {
  RawItem r;
  r.item_id = id;
  r.kind = "aim";
  r.text_parts = {text};
  return r;
}

const std::vector<RawItem> kAims = {
    Item("1", "Financial Sustainability: to ensure its long-term financial sustainability."),
    Item("2", "Improving how the Council is run: culture and governance."),
    Item("3", "Citizen Services: services residents rely on."),
};

TEST(FinancialImplications, TheSectionGoesToTheAimItNames) {
  Document d = Doc({
      {BlockKind::kHeading, "11. Financial Implications"},
      {BlockKind::kParagraph,
       "11.1 Delivering financial stability is one of the IRP's three overarching aims. "
       "Achieving a balanced budget over the next two years will require savings of £300m."},
      {BlockKind::kParagraph, "11.2 Some of the 2024/25 and 2025/26 budget saving proposals."},
      {BlockKind::kParagraph, "11.3 A budget provision of £20m in the 2024/25 budget."},
      {BlockKind::kParagraph, "12. Procurement Implications (if required)"},
      {BlockKind::kParagraph, "12.1 To achieve the £300m reduction."},
  });
  std::optional<FinancialReference> ref = FindFinancialReference(d, kAims);
  ASSERT_TRUE(ref.has_value());
  EXPECT_EQ(ref->item, 0u);
  ASSERT_EQ(ref->paragraphs.size(), 3u);  // section 12 is another section
  std::optional<YearsSpan> span = NextYearsSpan(ref->paragraphs[0], ref->paragraphs);
  ASSERT_TRUE(span.has_value());
  EXPECT_EQ(span->period, "2024/25-2025/26");
  EXPECT_EQ(span->raw, "over the next two years");
  // The section names 2024/25 only: "the next three years" are not all named.
  EXPECT_FALSE(NextYearsSpan("over the next three years", ref->paragraphs).has_value());
}

// Other renderings: the heading run into its first paragraph, and every
// line a block of its own.
TEST(FinancialImplications, HeadingRunOnAndLinesAsBlocks) {
  Document d = Doc({
      {BlockKind::kParagraph,
       "11. Financial Implications 11.1 Delivering financial stability is one of the IRP's three"},
      {BlockKind::kParagraph, "overarching aims. Achieving a balanced budget over the next two"},
      {BlockKind::kParagraph, "years will require savings in the region of £300m."},
      {BlockKind::kParagraph, "11.2 Some of the 2024/25 and 2025/26 budget saving proposals."},
      {BlockKind::kHeading, "12. Procurement Implications"},
  });
  std::optional<FinancialReference> ref = FindFinancialReference(d, kAims);
  ASSERT_TRUE(ref.has_value());
  EXPECT_EQ(ref->item, 0u);
  ASSERT_EQ(ref->paragraphs.size(), 4u);
  std::vector<std::string> sentences = Sentences(ref->paragraphs);
  ASSERT_GE(sentences.size(), 2u);
  std::optional<YearsSpan> span = NextYearsSpan(sentences[1], ref->paragraphs);
  ASSERT_TRUE(span.has_value()) << sentences[1];
  EXPECT_EQ(span->period, "2024/25-2025/26");
  EXPECT_NE(sentences[1].find("£300m"), std::string::npos);
}

TEST(FinancialImplications, ASectionNamingNoItemGivesItsSumsToNobody) {
  // The Kent transfer report: the budget to be transferred is the
  // decision's context, not an aim the section names.
  Document d = Doc({
      {BlockKind::kHeading, "Financial Implications"},
      {BlockKind::kParagraph,
       "5.1 The budget for the statutory functions will transfer. The indicative total budget "
       "to be transferred will be approximately £59m."},
  });
  EXPECT_FALSE(FindFinancialReference(d, kAims).has_value());
  // A sentence whose words fit two labels names neither.
  Document two = Doc({
      {BlockKind::kHeading, "Financial Implications"},
      {BlockKind::kParagraph, "Financial citizen services are one of the three aims. £5m."},
  });
  EXPECT_FALSE(FindFinancialReference(two, kAims).has_value());
}

}  // namespace
}  // namespace plantrace

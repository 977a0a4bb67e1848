#include "extractors/pdf/layout/page_layout.h"

#include <gtest/gtest.h>

#include "extractors/pdf/layout/layout_test_util.h"

namespace plantrace::pdf {
namespace {

using testing::Look;
using testing::MakePage;
using testing::MakeWord;
using testing::SetLine;

Document LayOut(const std::vector<PageContent>& pages, std::vector<Table> tables = {}) {
  Document doc;
  for (const auto& p : pages) doc.pages.push_back({p.page, p.width, p.height, p.rotation});
  LayOutDocument(pages, std::move(tables), &doc);
  return doc;
}

// Two pages of a report: a title, a numbered heading, paragraphs (one with a
// hyphenated line break and a superscript), a bullet list, and a page number
// at the foot of each page.
std::vector<PageContent> Report() {
  PageContent p1 = MakePage(1);
  SetLine("Improvement Plan Assessment", 50, 70, &p1.words, Look{18, true});
  SetLine("1 Background and context", 50, 110, &p1.words, Look{13.5, true});
  SetLine("The Panel reviewed the plan and its manage-", 50, 140, &p1.words);
  SetLine("ment arrangements with the Council in", 50, 153, &p1.words);
  double x = SetLine("March as its 21", 50, 166, &p1.words);
  p1.words.back().space_after = false;
  p1.words.push_back(MakeWord("st", x, 163, Look{6.5}));
  SetLine("meeting set out.", x + 8, 166, &p1.words);
  SetLine("•", 60, 190, &p1.words);
  SetLine("the first point", 72, 190, &p1.words);
  SetLine("•", 60, 203, &p1.words);
  SetLine("the second point", 72, 203, &p1.words);
  SetLine("Most of the management work is done in the year ahead.", 50, 230, &p1.words);
  SetLine("1", 290, 815, &p1.words, Look{9});
  PageContent p2 = MakePage(2);
  SetLine("Another paragraph on the second page of the report.", 50, 70, &p2.words);
  SetLine("2", 290, 815, &p2.words, Look{9});
  return {p1, p2};
}

TEST(PageLayoutTest, ReportBecomesHeadingsParagraphsListItemsAndFooters) {
  const Document doc = LayOut(Report());
  ASSERT_EQ(doc.blocks.size(), 9u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(doc.blocks[0].level, 1);
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::kHeading);
  EXPECT_EQ(doc.blocks[1].level, 2);
  EXPECT_EQ(doc.blocks[1].text, "1 Background and context");
  EXPECT_EQ(doc.blocks[2].kind, BlockKind::kParagraph);
  EXPECT_EQ(doc.blocks[2].text,
            "The Panel reviewed the plan and its management arrangements with the Council in March as its "
            "21st meeting set out.");
  EXPECT_EQ(doc.blocks[3].kind, BlockKind::kListItem);
  EXPECT_EQ(doc.blocks[3].marker, "•");
  EXPECT_EQ(doc.blocks[3].text, "the first point");
  EXPECT_EQ(doc.blocks[3].level, 1);
  EXPECT_EQ(doc.blocks[4].text, "the second point");
  EXPECT_EQ(doc.blocks[6].kind, BlockKind::kFooter);
  EXPECT_EQ(doc.blocks[6].text, "1");
  EXPECT_EQ(doc.blocks[7].page, 2);
  EXPECT_EQ(doc.blocks[8].kind, BlockKind::kFooter);
  ASSERT_EQ(doc.reading_order.size(), 9u);
  EXPECT_EQ(doc.reading_order[0], "b1");
  EXPECT_EQ(doc.blocks[8].id, "b9");
}

TEST(PageLayoutTest, SpansMergeRunsOfOneLookAndKeepTheSuperscript) {
  const Document doc = LayOut(Report());
  const Block& p = doc.blocks[2];
  std::string joined;
  for (const Span& s : p.spans) joined += s.text;
  EXPECT_EQ(joined, p.text);  // spans partition the text
  ASSERT_EQ(p.spans.size(), 3u);
  EXPECT_FALSE(p.spans[0].superscript);
  EXPECT_EQ(p.spans[1].text, "st ");
  EXPECT_TRUE(p.spans[1].superscript);
  EXPECT_DOUBLE_EQ(p.spans[1].size, 6.5);
  EXPECT_EQ(p.spans[0].font, "Helvetica");
  EXPECT_EQ(p.spans[0].color, "#000000");
}

TEST(PageLayoutTest, BoldAndUnderlinedRunsBecomeTheirOwnSpans) {
  PageContent page = MakePage(1);
  SetLine("Lead:", 50, 100, &page.words);
  const size_t first = page.words.size();
  SetLine("City Solicitor", 80, 100, &page.words, Look{10, true});
  for (size_t i = first; i < page.words.size(); ++i) page.words[i].underline = true;
  SetLine("(September 2018)", 155, 100, &page.words);
  const Document doc = LayOut({page});
  ASSERT_EQ(doc.blocks.size(), 1u);
  const auto& spans = doc.blocks[0].spans;
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(spans[1].text, "City Solicitor ");
  EXPECT_TRUE(spans[1].bold);
  EXPECT_TRUE(spans[1].underline);
  EXPECT_FALSE(spans[2].bold);
}

TEST(PageLayoutTest, WordsInsideTablesAreLeftToTheTablesAndTheTableIsPlaced) {
  PageContent page = MakePage(1);
  SetLine("Before the table.", 50, 100, &page.words);
  SetLine("cell one", 60, 160, &page.words);
  SetLine("cell two", 300, 160, &page.words);
  SetLine("After the table.", 50, 260, &page.words);
  Table t;
  t.regions.push_back({1, BBox{50, 140, 500, 200}});
  const Document doc = LayOut({page}, {t});
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].text, "Before the table.");
  EXPECT_EQ(doc.blocks[1].text, "After the table.");
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(doc.tables[0].id, "t1");
  EXPECT_EQ(doc.reading_order, (std::vector<std::string>{"b1", "t1", "b2"}));
}

TEST(PageLayoutTest, LargeRunningTitleDoesNotPushHeadingsDown) {
  std::vector<PageContent> pages;
  for (int n = 1; n <= 3; ++n) {
    PageContent p = MakePage(n);
    SetLine("COUNCIL REPORT", 50, 40, &p.words, Look{20, true});
    SetLine("Section " + std::to_string(n) + " heading", 50, 120, &p.words, Look{14, true});
    SetLine("Body text of the section in the body size of the document.", 50, 150, &p.words);
    pages.push_back(p);
  }
  const Document doc = LayOut(pages);
  ASSERT_EQ(doc.blocks.size(), 9u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::kHeader);
  EXPECT_EQ(doc.blocks[0].level, 0);
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::kHeading);
  EXPECT_EQ(doc.blocks[1].level, 1);
}

TEST(PageLayoutTest, OneOffLooksUnderTheTitleAreTitleMatterNotHeadings) {
  PageContent cover = MakePage(1), body = MakePage(2);
  SetLine("Governance Plan", 50, 150, &cover.words, Look{30, true});
  SetLine("A subtitle in its own look", 50, 200, &cover.words, Look{16});
  SetLine("November 2023", 50, 230, &cover.words, Look{14});
  SetLine("1 Introduction", 50, 70, &body.words, Look{14, true});
  SetLine("Body text of the introduction in the body size of the document.", 50, 100, &body.words);
  SetLine("2 Findings", 50, 130, &body.words, Look{14, true});
  SetLine("More body text of the findings in the body size of the document.", 50, 160, &body.words);
  const Document doc = LayOut({cover, body});
  ASSERT_EQ(doc.blocks.size(), 7u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(doc.blocks[0].level, 1);
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::kParagraph);
  EXPECT_EQ(doc.blocks[2].kind, BlockKind::kParagraph);
  EXPECT_EQ(doc.blocks[3].kind, BlockKind::kHeading);
  EXPECT_EQ(doc.blocks[3].level, 2);  // the subtitle's larger look takes no level
  EXPECT_EQ(doc.blocks[5].level, 2);
}

TEST(PageLayoutTest, ParagraphIsNotJoinedAcrossAPageBreak) {
  PageContent p1 = MakePage(1), p2 = MakePage(2);
  SetLine("a sentence that breaks at the end of the", 50, 700, &p1.words);
  SetLine("page and goes on", 50, 70, &p2.words);
  const Document doc = LayOut({p1, p2});
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].page, 1);
  EXPECT_EQ(doc.blocks[1].page, 2);
}

TEST(PageLayoutTest, SmallNumberedTextAtThePageFootIsAFootnote) {
  PageContent page = MakePage(1);
  for (int i = 0; i < 5; ++i) SetLine("Body text of the page at the body size " + std::to_string(i), 50, 100 + 13 * i, &page.words);
  SetLine("3 Delivering Good Governance in Local Government", 50, 760, &page.words, Look{8});
  SetLine("Figure 2: Budget reductions by year", 50, 400, &page.words);
  const Document doc = LayOut({page});
  ASSERT_GE(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks.back().kind, BlockKind::kFootnote);
  EXPECT_EQ(doc.blocks[doc.blocks.size() - 2].kind, BlockKind::kCaption);
}

TEST(PageLayoutTest, NestedListItemsGetDeeperLevels) {
  PageContent page = MakePage(1);
  SetLine("•", 60, 100, &page.words);
  SetLine("outer item", 72, 100, &page.words);
  SetLine("–", 80, 113, &page.words);
  SetLine("inner item", 92, 113, &page.words);
  SetLine("•", 60, 126, &page.words);
  SetLine("outer again", 72, 126, &page.words);
  const Document doc = LayOut({page});
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks[0].level, 1);
  EXPECT_EQ(doc.blocks[1].level, 2);
  EXPECT_EQ(doc.blocks[1].marker, "–");
  EXPECT_EQ(doc.blocks[1].text, "inner item");
  EXPECT_EQ(doc.blocks[2].level, 1);
}

}  // namespace
}  // namespace plantrace::pdf

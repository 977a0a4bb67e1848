// Prose segmentation on small synthetic blocks: numbered paragraphs under a
// kind, lead-ins, lettered sub-sections, records of decision and PDF lines.

#include <tuple>

#include <gtest/gtest.h>

#include "pipeline/normalise/segment_test_util.h"

namespace plantrace {
namespace {

using namespace segment_testing;  // NOLINT: test helpers only

TEST(ProseSegmenter, NumberedParagraphsOnlyUnderAKind) {
  std::vector<RawItem> items = Prose({
      MakeBlock(BlockKind::kHeading, "1 Background and context", 2),
      MakeBlock(BlockKind::kParagraph, "1.1 In December 2014 a review was published."),
      MakeBlock(BlockKind::kHeading, "2 Recommendations", 2),
      MakeBlock(BlockKind::kParagraph, "2.1 The Council should publish its plan."),
      MakeBlock(BlockKind::kHeading, "3 Financial implications", 2),
      MakeBlock(BlockKind::kParagraph, "3.1 The recommendations cost nothing."),
  });
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].item_id, "2.1");
  EXPECT_EQ(items[0].kind, "recommendation");
  EXPECT_EQ(items[0].text_parts, std::vector<std::string>{"The Council should publish its plan."});
}

// A lead-in names what it lists as its last sentence's subject or just
// before its colon; a kind word elsewhere in it ("the government's
// objective") gives the list no kind (issue 14, session 5).
TEST(ProseSegmenter, LeadInKindFromItsSubjectOrItsEnd) {
  auto list = [](const char* lead) {
    return Prose({
        MakeBlock(BlockKind::kHeading, "Details of Core Grants", 1),
        MakeBlock(BlockKind::kParagraph, "The Council receives general grants."),
        MakeBlock(BlockKind::kParagraph, lead),
        MakeBlock(BlockKind::kListItem, "a) Revenue Support Grant is a central grant."),
        MakeBlock(BlockKind::kListItem, "b) New Homes Bonus was introduced in 2011-12."),
    });
  };
  EXPECT_TRUE(list("In addition, as part of the government's objective to simplify local "
                   "government funding, several grants have now been rolled in, as listed below:")
                  .empty());
  EXPECT_EQ(list("Additional measures proposed by the Council in light of the BIIP and "
                 "external auditor analysis are:")
                .size(),
            2u);
  EXPECT_EQ(list("Having weighed the evidence of the last two years, the Panel makes the "
                 "following recommendations:")
                .size(),
            2u);
}

// Issue 14: a section with a kind divided into sub-sections has one item per
// sub-section; a paragraph announcing what the sub-sections hold gives them
// their kind; intro paragraphs are no items.
TEST(ProseSegmenter, SubSectionsAreUnits) {
  Table t;
  t.rows = 2;
  t.cols = 2;
  for (auto [row, col, text] : std::vector<std::tuple<int, int, std::string>>{
           {0, 0, "Years"}, {0, 1, "£m"}, {1, 0, "2015/16"}, {1, 1, "105.4"}}) {
    Cell c;
    c.row = row;
    c.col = col;
    c.text = text;
    t.cells.push_back(c);
  }
  ItemKindLexicon kinds = Kinds();
  ProseSegmenter seg(kinds, "");
  for (const Block& b : std::vector<Block>{
           MakeBlock(BlockKind::kHeading, "4 The Panel's emerging findings", 2),
           MakeBlock(BlockKind::kParagraph, "1.14 Below are the findings."),
           MakeBlock(BlockKind::kHeading, "(a) Support services", 3),
           MakeBlock(BlockKind::kParagraph, "1.15 The redesign is led by the Director."),
           MakeBlock(BlockKind::kParagraph, "1.16 It is on time."),
           MakeBlock(BlockKind::kHeading, "(b) Strategic financial planning", 3),
       }) {
    seg.Add(b);
  }
  ASSERT_TRUE(seg.InUnit());
  seg.AbsorbTable(t);
  for (const Block& b : std::vector<Block>{
           MakeBlock(BlockKind::kHeading, "6 Conclusions", 2),
           MakeBlock(BlockKind::kParagraph, "1.66 The findings give some encouragement."),
           MakeBlock(BlockKind::kParagraph,
                     "1.67 Panel members identified some key risks. These are outlined below."),
           MakeBlock(BlockKind::kHeading, "Senior management capacity", 3),
           MakeBlock(BlockKind::kParagraph, "1.71 The report was very clear."),
           MakeBlock(BlockKind::kParagraph, "1.72 Interim managers help."),
           MakeBlock(BlockKind::kHeading, "7 Next steps", 2),
           MakeBlock(BlockKind::kParagraph, "1.76 It is recommended that the risks are discussed."),
       }) {
    seg.Add(b);
  }
  seg.Finish();
  std::vector<RawItem> items = seg.Take();
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].item_id, "a");
  EXPECT_EQ(items[0].kind, "finding");
  EXPECT_EQ(items[0].section, "(a) Support services");
  EXPECT_EQ(items[0].text_parts, std::vector<std::string>{"Support services"});
  EXPECT_EQ(items[0].body_texts.size(), 2u);
  EXPECT_EQ(items[1].item_id, "b");
  ASSERT_EQ(items[1].body_texts.size(), 2u);  // the table, row by row
  EXPECT_EQ(items[1].body_texts[1], "2015/16 | 105.4");
  EXPECT_EQ(items[2].item_id, "1.71");  // named by its first paragraph
  EXPECT_EQ(items[2].kind, "risk");
  EXPECT_EQ(items[2].section, "6 Conclusions");
  EXPECT_EQ(items[2].text_parts, std::vector<std::string>{"Senior management capacity"});
}

// A record of decision bundled in a public pack: key-decision criteria and
// the form's fields hold no decisions; the report that follows it has none.
TEST(ProseSegmenter, RecordOfDecisionInAPack) {
  std::vector<RawItem> items = Prose({
      MakeBlock(BlockKind::kHeading, "This page is intentionally left blank", 2),
      MakeBlock(BlockKind::kHeading, "KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION", 1),
      MakeBlock(BlockKind::kHeading, "Key decision: YES", 3),
      MakeBlock(BlockKind::kParagraph, "Key decision criteria. The decision will:"),
      MakeBlock(BlockKind::kListItem, "a) be significant in terms of its effects on the community"),
      MakeBlock(BlockKind::kHeading, "Subject Matter / Title of Decision Commissioning Plan", 3),
      MakeBlock(BlockKind::kHeading, "Decision:", 3),
      MakeBlock(BlockKind::kListItem, "A) the Commissioning Plan for Education Provision"),
      MakeBlock(BlockKind::kHeading, "Reason(s) for decision:", 3),
      MakeBlock(BlockKind::kHeading, "Background", 3),
      MakeBlock(BlockKind::kParagraph, "1.1 The County Council is the Strategic Commissioner."),
      MakeBlock(BlockKind::kHeading, "3. Financial Implications", 3),
      MakeBlock(BlockKind::kParagraph, "3.1 The Local Authority has a key role."),
  });
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].item_id, "A");
  EXPECT_EQ(items[0].kind, "decision");
}

// The title of a form ("… RECORD OF DECISION") and its fields ("Title of
// Decision", "Reason for Decision") are no sections of decisions; the
// lettered list after "Decision: … propose to:" is.
TEST(ProseSegmenter, RecordOfDecisionForm) {
  std::vector<RawItem> items = Prose({
      MakeBlock(BlockKind::kHeading, "KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION", 1),
      MakeBlock(BlockKind::kHeading, "Title of Decision: Adoption of the Plan", 2),
      MakeBlock(BlockKind::kParagraph, "Decision: Cabinet propose to:"),
      MakeBlock(BlockKind::kListItem, "a) To ADOPT the Plan"),
      MakeBlock(BlockKind::kListItem, "b) To DELEGATE authority to the Director of Public Health"),
      MakeBlock(BlockKind::kHeading, "Reason for Decision:", 2),
      MakeBlock(BlockKind::kParagraph, "To adopt the Plan."),
      MakeBlock(BlockKind::kHeading, "Financial Implications:", 2),
      MakeBlock(BlockKind::kParagraph, "1.1 The decision costs nothing."),
  });
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].item_id, "a");
  EXPECT_EQ(items[0].kind, "decision");
  EXPECT_EQ(items[1].item_id, "b");
}

TEST(ProseSegmenter, LeadInSubItems) {
  std::vector<RawItem> items = Prose(
      {
          MakeBlock(BlockKind::kHeading, "2. Recommendations", 2),
          MakeBlock(BlockKind::kParagraph, "2.1 Cabinet is asked to:"),
          MakeBlock(BlockKind::kListItem, "(a) Consider the draft plan."),
          MakeBlock(BlockKind::kListItem, "(b) Agree the aims."),
          MakeBlock(BlockKind::kHeading, "4. The IRP: Overview", 2),
          MakeBlock(BlockKind::kParagraph, "4.1 The Council is required to prepare a plan."),
          MakeBlock(BlockKind::kParagraph, "4.2 The IRP has a focus on three overall aims:"),
          MakeBlock(BlockKind::kListItem, "(1) Financial Sustainability."),
      },
      "report to cabinet");
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].item_id, "2.1(a)");
  EXPECT_EQ(items[0].kind, "decision");
  EXPECT_EQ(items[1].item_id, "2.1(b)");
  EXPECT_EQ(items[2].item_id, "4.2(1)");
  EXPECT_EQ(items[2].kind, "aim");
  EXPECT_EQ(items[2].section, "4. The IRP: Overview");
}

TEST(ProseSegmenter, LetteredRunTakesKindFromLeadIn) {
  std::vector<RawItem> items = Prose({
      MakeBlock(BlockKind::kHeading, "2. Proposed Next Steps", 2),
      MakeBlock(BlockKind::kParagraph, "The approach is outlined below, commensurate with risk."),
      MakeBlock(BlockKind::kListItem, "a) The Council has agreed a review"),
      MakeBlock(BlockKind::kParagraph, "of waste services."),
      MakeBlock(BlockKind::kListItem, "b) The Council will review relations."),
      MakeBlock(BlockKind::kParagraph, "Additional measures proposed by the Council are:"),
      MakeBlock(BlockKind::kListItem, "c) To invite CIPFA."),
      MakeBlock(BlockKind::kParagraph, "The Council trusts that this is enough."),
  });
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].item_id, "a");
  EXPECT_EQ(items[0].kind, "measure");
  EXPECT_EQ(items[0].section, "2. Proposed Next Steps");
  EXPECT_EQ(items[0].text_parts,
            (std::vector<std::string>{"The Council has agreed a review", "of waste services."}));
  EXPECT_EQ(items[2].item_id, "c");
}

// A producer that sets paragraphs without space between them (ReportLab's
// platypus lists) glues the lead-in onto the item before it: read as the
// lead-in when the run goes on after it, and cut from that item's text.
TEST(ProseSegmenter, LeadInGluedOntoTheItemBefore) {
  std::vector<RawItem> items = Prose({
      MakeBlock(BlockKind::kHeading, "2. Proposed Next Steps", 2),
      MakeBlock(BlockKind::kParagraph, "The approach is outlined below, commensurate with risk."),
      MakeBlock(BlockKind::kListItem, "a) The Council has agreed a review of waste services."),
      MakeBlock(BlockKind::kListItem,
                "b) The Council will review relations. Additional measures proposed by the "
                "Council are:"),
      MakeBlock(BlockKind::kListItem, "c) To invite CIPFA."),
      MakeBlock(BlockKind::kParagraph, "The Council trusts that this is enough."),
  });
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].kind, "measure");
  EXPECT_EQ(items[1].item_id, "b");
  EXPECT_EQ(items[1].text_parts,
            std::vector<std::string>{"The Council will review relations."});
  EXPECT_EQ(items[2].item_id, "c");
}

// An item's own closing sentence is kept when the run does not go on after
// it (its sub-items follow), and so is an item that is one lead-in sentence.
TEST(ProseSegmenter, ItemsOwnLeadInIsKept) {
  std::vector<RawItem> items = Prose({
      MakeBlock(BlockKind::kHeading, "2. Recommendations", 2),
      MakeBlock(BlockKind::kListItem,
                "a) Note the plan. The measures proposed by the Council are:"),
      MakeBlock(BlockKind::kListItem, "(i) To invite CIPFA."),
      MakeBlock(BlockKind::kListItem, "b) The measures proposed by the Council are:"),
      MakeBlock(BlockKind::kListItem, "c) Agree the plan."),
  });
  ASSERT_GE(items.size(), 3u);
  EXPECT_EQ(items[0].item_id, "a");
  EXPECT_EQ(items[0].text_parts, std::vector<std::string>{
                                     "Note the plan. The measures proposed by the Council are:"});
  for (const RawItem& item : items) {
    if (item.item_id == "b") {
      EXPECT_EQ(item.text_parts,
                std::vector<std::string>{"The measures proposed by the Council are:"});
      EXPECT_EQ(item.kind, "recommendation");
    }
  }
}

TEST(ProseSegmenter, ListWithoutKindGivesNoItems) {
  std::vector<RawItem> items = Prose({
      MakeBlock(BlockKind::kHeading, "3. Background", 2),
      MakeBlock(BlockKind::kParagraph, "3.1 Reviews include:"),
      MakeBlock(BlockKind::kListItem, "(a) one"),
      MakeBlock(BlockKind::kListItem, "b) two"),
  });
  EXPECT_TRUE(items.empty());
}

TEST(ProseSegmenter, PdfLinesWithoutMarkedHeadings) {
  // One block per line, no heading marked: title lines by their label and
  // shape, paragraph lines joined by their line gap.
  std::vector<RawItem> items = Prose({
      Line("4 The Panel's emerging findings", 100),
      Line("(a) Support services", 130),
      Line("1.15 The Plan addresses support services. It also", 160),
      Line("3 new posts are proposed to lead the work.", 173),
      Line("1.16 The redesign is driven by the Director.", 200),
  });
  // "(a) Support services" is a sub-section heading, so the finding is the
  // sub-section; "3 new posts" is a line of its body, not a heading.
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].item_id, "a");
  EXPECT_EQ(items[0].kind, "finding");
  EXPECT_EQ(items[0].section, "(a) Support services");
  EXPECT_EQ(items[0].body_texts.size(), 3u);
}

TEST(ProseSegmenter, ParagraphGapIsMeasuredInLinesNotBlocks) {
  // A three-line paragraph one blank line under the last measure is not the
  // measure's next line, although its box is taller than the gap.
  auto para = [](BlockKind kind, std::string text, double top, double bottom) {
    Block b = MakeBlock(kind, std::move(text));
    b.page = 1;
    b.bbox = BBox{50, top, 540, bottom};
    b.spans.push_back(Span{b.text, false, false, false, false, "Arial", 11, "#000000"});
    return b;
  };
  std::vector<RawItem> items = Prose({
      MakeBlock(BlockKind::kHeading, "2. Proposed Next Steps", 2),
      MakeBlock(BlockKind::kParagraph, "Additional measures proposed by the Council are:"),
      para(BlockKind::kListItem, "g) Voluntary reporting on the plan.", 454, 510),
      para(BlockKind::kParagraph, "The Council trusts that these measures reassure", 522.5, 563),
  });
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].text_parts, (std::vector<std::string>{"Voluntary reporting on the plan."}));
}

// A producer that sets paragraphs without space between them: a paragraph
// block right under the last item's block of several lines is a paragraph
// of its own (the extractor joined the item's lines), not the item's next
// line; under a one-line block it is still read as the next line.
TEST(ProseSegmenter, NoParagraphSpaceAfterAJoinedItem) {
  auto para = [](BlockKind kind, std::string text, double top, double bottom) {
    Block b = MakeBlock(kind, std::move(text));
    b.page = 1;
    b.bbox = BBox{78, top, 517, bottom};
    b.spans.push_back(Span{b.text, false, false, false, false, "Helvetica", 10, "#000000"});
    return b;
  };
  auto last_item = [&](double item_bottom) {
    return Prose({
        MakeBlock(BlockKind::kHeading, "2. Proposed Next Steps", 2),
        MakeBlock(BlockKind::kParagraph, "Additional measures proposed by the Council are:"),
        para(BlockKind::kListItem, "g) Voluntary reporting on the plan.", 301, item_bottom),
        para(BlockKind::kParagraph, "The Council trusts that these measures reassure.",
             item_bottom + 2.75, item_bottom + 36),
    });
  };
  std::vector<RawItem> items = last_item(346);  // four lines
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].text_parts, (std::vector<std::string>{"Voluntary reporting on the plan."}));
  items = last_item(310);  // one line
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].text_parts.size(), 2u);
}

}  // namespace
}  // namespace plantrace

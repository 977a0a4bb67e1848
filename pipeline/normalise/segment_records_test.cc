// The record builder on segmented synthetic tables and prose: header dates,
// owner columns and headings, updates, decision sums, labelled tables.

#include <tuple>

#include <gtest/gtest.h>

#include "pipeline/normalise/segment_test_util.h"

namespace plantrace {
namespace {

using namespace segment_testing;  // NOLINT: test helpers only

TEST_F(BuilderTest, HeaderDateAndOwnerColumn) {
  Document doc;
  doc.source.path = "x/plan.html";
  doc.source.format = "html";
  Table t = MakeTable({{"Recommendation", "Key Deliverables within 6 months (June 2024)",
                        "Accountable Officer"},
                       {"1. Review the Constitution", "An up to date constitution.",
                        "Interim Monitoring Officer"}});
  doc.tables.push_back(t);
  doc.reading_order = {"t1"};
  DocumentMeta meta;
  meta.date = "2023-11";
  DocumentRecords r = builder_->Build(doc, meta);
  EXPECT_EQ(r.document.doc_id, "plan");
  ASSERT_EQ(r.items.size(), 1u);
  const ItemRecord& it = r.items[0];
  EXPECT_EQ(it.text, "Review the Constitution");
  ASSERT_EQ(it.dates.size(), 1u);
  EXPECT_EQ(it.dates[0].raw, "within 6 months (June 2024)");
  EXPECT_EQ(it.dates[0].role, "due");
  EXPECT_EQ(it.dates[0].start, "2024-06-01");
  ASSERT_EQ(it.owners.size(), 1u);
  EXPECT_EQ(it.owners[0].title, "Monitoring Officer");
  EXPECT_TRUE(it.owners[0].interim);
}

TEST_F(BuilderTest, LeadColumnOwnerHeadingsAndUpdates) {
  Document doc;
  doc.source.path = "plan.html";
  Table t = MakeTable({{"", "Improvement Aim", "Lead / RAG status Latest Update in Bold"},
                       {"1.1", "Aim one", ""},
                       {"1.2", "Aim two", ""}});
  Span heading = S("City Solicitor and Chief Whip\n", true, true);
  Span old = S("Survey planned (July Update)\n");
  Span now = S("Survey under way (September Update).\n", true);
  Span trailing = S("Chief Executive and Leader", true, true);
  for (Cell& c : t.cells) {
    if (c.row == 1 && c.col == 2) c = StyledCell(1, 2, {heading, old, now, trailing});
    if (c.row == 2 && c.col == 2) c = StyledCell(2, 2, {S("Report agreed (August 2018 update)")});
  }
  doc.tables.push_back(t);
  doc.reading_order = {"t1"};
  DocumentMeta meta;
  meta.date = "2018-09";
  DocumentRecords r = builder_->Build(doc, meta);
  ASSERT_EQ(r.items.size(), 2u);
  const ItemRecord& a = r.items[0];
  ASSERT_EQ(a.owners.size(), 2u);
  EXPECT_EQ(a.owners[0].title, "City Solicitor");
  EXPECT_EQ(a.owners[1].title, "Chief Whip");
  ASSERT_EQ(a.updates.size(), 2u);
  EXPECT_EQ(a.updates[0].as_of, "2018-07");
  EXPECT_FALSE(a.updates[0].latest);
  EXPECT_EQ(a.updates[1].as_of, "2018-09");
  EXPECT_TRUE(a.updates[1].latest);
  // The heading that ends 1.1's cell with no update after it is 1.2's.
  const ItemRecord& b = r.items[1];
  ASSERT_EQ(b.owners.size(), 2u);
  EXPECT_EQ(b.owners[0].title, "Chief Executive");
  EXPECT_EQ(b.owners[1].title, "Leader of the Council");
  ASSERT_EQ(b.updates.size(), 1u);
  EXPECT_EQ(b.updates[0].as_of, "2018-08");
}

TEST_F(BuilderTest, UpdateMarkersAndFragments) {
  Document doc;
  doc.source.path = "plan.html";
  Table t = MakeTable({{"", "Improvement Aim", "Progress"}, {"1.1", "Aim one", ""}});
  for (Cell& c : t.cells) {
    if (c.row == 1 && c.col == 2) {
      c = StyledCell(1, 2,
                     {S("Priorities agreed. (August Update).\n"),
                      S("Survey planned (July Update). Survey out (August Update). Results due\n"),
                      S("in October.\n"),
                      S("Plan agreed. September Update\n"),
                      S("Workshop held on 17 September.", true)});
    }
  }
  doc.tables.push_back(t);
  doc.reading_order = {"t1"};
  DocumentMeta meta;
  meta.date = "2018-09";
  DocumentRecords r = builder_->Build(doc, meta);
  ASSERT_EQ(r.items.size(), 1u);
  std::vector<std::string> texts;
  for (const UpdateRecord& u : r.items[0].updates) texts.push_back(u.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"Priorities agreed. (August Update).",
                                             "Survey planned (July Update).",
                                             "Survey out (August Update).",
                                             "Results due in October.", "Plan agreed.",
                                             "Workshop held on 17 September."}));
  ASSERT_EQ(r.items[0].updates.size(), 6u);
  EXPECT_EQ(r.items[0].updates[1].as_of, "2018-07");
  // The standalone marker reaches the bold update after it.
  EXPECT_EQ(r.items[0].updates[5].as_of, "2018-09");
  EXPECT_TRUE(r.items[0].updates[5].latest);
}

// A decision's sum whose sentence names no year is for the one year the
// paper's title names; a title naming several years lends none.
TEST_F(BuilderTest, DecisionSumsTakeTheOneYearOfTheTitle) {
  auto period = [&](const std::string& title) {
    Document doc;
    doc.source.path = "x/prod.html";
    doc.source.format = "html";
    doc.blocks = {
        MakeBlock(BlockKind::kHeading, "KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION", 1),
        MakeBlock(BlockKind::kParagraph, "Decision: Cabinet propose to:"),
        MakeBlock(BlockKind::kListItem, "a) NOTE the forecast revenue overspend of £23.3m"),
    };
    for (const Block& b : doc.blocks) doc.reading_order.push_back(b.id);
    DocumentMeta meta;
    meta.title = title;
    DocumentRecords r = builder_->Build(doc, meta);
    if (r.items.size() != 1 || r.items[0].amounts.size() != 1) return std::string("no sum");
    return r.items[0].amounts[0].period.value_or("null");
  };
  EXPECT_EQ(period("Revenue and Capital Budget Monitoring Report – November 2024-25"), "2024-25");
  EXPECT_EQ(period("Draft Revenue Budget 2025-26, MTFP 2025-28 and Capital Programme 2025-35"),
            "null");
  EXPECT_EQ(period("Adoption of the Integrated Care Strategy Delivery Plan"), "null");
}

// A recommendations list that goes on, after a page break, as a header-less
// table of label | text | cross-reference: each row is one more item of the
// list, its text without the cross-reference; a row with no label is the
// first line of the next row's wrapped text.
TEST_F(BuilderTest, RecommendationsContinuedAsALabelledTable) {
  Document doc;
  doc.source.path = "x/report.pdf";
  Block title = MakeBlock(BlockKind::kHeading, "Finance Monitoring Report", 1);
  Block heading = MakeBlock(BlockKind::kHeading, "2 | Recommendations", 1);
  Block first = MakeBlock(BlockKind::kParagraph, "2.1 Note the forecast overspend of £23.3m");
  doc.blocks = {title, heading, first};
  Table t = MakeTable({{"2.2", "Note the capital underspend of £111.6m", "See Section 6"},
                       {"", "Note the Reserves Monitoring and Prudential", ""},
                       {"2.3", "Indicators Monitoring", "See Section 7"}},
                      0);
  doc.tables.push_back(t);
  doc.reading_order = {title.id, heading.id, first.id, "t1"};
  DocumentRecords r = builder_->Build(doc, DocumentMeta{});
  ASSERT_EQ(r.items.size(), 3u);
  EXPECT_EQ(r.items[0].item_id, "2.1");
  EXPECT_EQ(r.items[1].item_id, "2.2");
  EXPECT_EQ(r.items[1].text, "Note the capital underspend of £111.6m");
  EXPECT_EQ(r.items[2].item_id, "2.3");
  EXPECT_EQ(r.items[2].text, "Note the Reserves Monitoring and Prudential Indicators Monitoring");
  EXPECT_EQ(r.items[1].kind, r.items[0].kind);
}

// Not under a heading that names a kind, or with a header row, such a table
// is left to the table segmenter (a key-value header gives no items).
TEST_F(BuilderTest, LabelledTableOutsideAKindSectionIsNoList) {
  Document doc;
  doc.source.path = "x/report.pdf";
  Block title = MakeBlock(BlockKind::kHeading, "Finance Monitoring Report", 1);
  Block heading = MakeBlock(BlockKind::kHeading, "3 | Revenue Budget Forecast", 1);
  doc.blocks = {title, heading};
  doc.tables.push_back(MakeTable({{"3.1", "Adult Social Care", "35.4"},
                                  {"3.2", "Children's Services", "-9.9"}},
                                 0));
  doc.reading_order = {title.id, heading.id, "t1"};
  EXPECT_TRUE(builder_->Build(doc, DocumentMeta{}).items.empty());
}

}  // namespace
}  // namespace plantrace

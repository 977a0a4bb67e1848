// A table's head printed again where a row is split (inner_head.h, and the
// ruled head cut in repeated_header.h), on ReportLab PDFs made by
// tests/data/make_split_row_pdfs.py: the head stays once, each split row is
// one row.
#include <gtest/gtest.h>

#include <string>

#include "extractors/extract.h"
#include "extractors/pdf/tables/inner_head.h"
#include "extractors/pdf/tables/table_finder_test_util.h"

namespace plantrace::pdf {
namespace {

using table_testing::At;

Document Extract(const std::string& name) {
  Result<Document> d = ExtractFile(std::string(PLANTRACE_SOURCE_DIR) + "/tests/data/" + name, ExtractOptions{});
  return d.ok() ? d.value() : Document{};
}

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The head again mid-page, ruled as one grid with the part above it, and the
// rest of row 1.2 (first cell empty) under it: one head, row 1.2 whole.
TEST(InnerHead, HeadRepeatedMidPageIsDroppedAndTheSplitRowJoined) {
  Document d = Extract("rl_head_mid_page.pdf");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  ASSERT_EQ(t.rows, 5);
  ASSERT_EQ(t.cols, 3);
  EXPECT_EQ(t.header_rows, 2);
  EXPECT_EQ(At(t, 1, 1)->text, "Action");
  EXPECT_EQ(At(t, 2, 0)->text, "1.1");
  ASSERT_EQ(At(t, 3, 0)->text, "1.2");
  EXPECT_TRUE(Has(At(t, 3, 1)->text, "Publish the forward plan"));
  EXPECT_TRUE(Has(At(t, 3, 1)->text, "a month ahead of each"));
  EXPECT_EQ(At(t, 3, 2)->text, "City Solicitor with Democratic Services");
  ASSERT_EQ(At(t, 3, 1)->parts.size(), 1u);  // one part per page
  EXPECT_EQ(At(t, 4, 0)->text, "1.3");
}

// ReportLab's own splitting: rows split at the page's foot go on under the
// head repeated on the next page with no rule between them, and the head is
// also repeated mid-page before a row it then splits.
TEST(InnerHead, RowsSplitAcrossPagesUnderARepeatedHeadStayWhole) {
  Document d = Extract("rl_split_rows.pdf");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  ASSERT_EQ(t.rows, 6);
  ASSERT_EQ(t.cols, 3);
  EXPECT_EQ(t.header_rows, 2);
  for (int r = 2; r < 6; ++r) {
    ASSERT_NE(At(t, r, 0), nullptr);
    EXPECT_EQ(At(t, r, 0)->text, "1." + std::to_string(r - 1));
    for (int c = 1; c < 3; ++c) {
      EXPECT_FALSE(Has(At(t, r, c)->text, "Action")) << r << "," << c;
      EXPECT_FALSE(Has(At(t, r, c)->text, "Lead / status")) << r << "," << c;
    }
  }
  // Row 1.2 runs over two pages, row 1.4 too.
  EXPECT_EQ(At(t, 3, 1)->parts.size(), 2u);
  EXPECT_EQ(At(t, 5, 1)->parts.size(), 2u);
}

Cell Plain(int row, int col, const std::string& text, bool bold = false, int colspan = 1) {
  Cell c;
  c.row = row;
  c.col = col;
  c.colspan = colspan;
  c.text = text;
  Span s;
  s.text = text;
  s.bold = bold;
  c.spans.push_back(s);
  return c;
}

// Rows equal to the head inside the body, followed by a new entry: the head
// is dropped and the entry stays a row of its own.
TEST(InnerHead, RepeatedHeadBeforeANewEntry) {
  Table t;
  t.cols = 2;
  t.rows = 5;
  t.cells = {Plain(0, 0, "Ref", true),   Plain(0, 1, "Action", true), Plain(1, 0, "1"), Plain(1, 1, "Agree."),
             Plain(2, 0, "Ref", true),   Plain(2, 1, "Action", true), Plain(3, 0, "2"), Plain(3, 1, "Publish."),
             Plain(4, 0, "3"),           Plain(4, 1, "Review.")};
  EXPECT_EQ(DropRepeatedHeadsInside(&t), 1);
  ASSERT_EQ(t.rows, 4);
  EXPECT_EQ(At(t, 2, 0)->text, "2");
  EXPECT_EQ(At(t, 3, 1)->text, "Review.");
}

// Body rows that merely repeat each other are no head.
TEST(InnerHead, EqualBodyRowsStay) {
  Table t;
  t.cols = 2;
  t.rows = 3;
  t.cells = {Plain(0, 0, "Ref", true), Plain(0, 1, "Action", true), Plain(1, 0, "n/a"), Plain(1, 1, "n/a"),
             Plain(2, 0, "n/a"),       Plain(2, 1, "n/a")};
  EXPECT_EQ(DropRepeatedHeadsInside(&t), 0);
  EXPECT_EQ(t.rows, 3);
}

}  // namespace
}  // namespace plantrace::pdf

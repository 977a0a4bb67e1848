// Parts of a table too small to be found alone at a page's edge
// (edge_parts.h), on ReportLab PDFs made by tests/data/make_edge_part_pdfs.py:
// each joins its table; a heading and prose after a table do not.
#include <gtest/gtest.h>

#include <string>

#include "extractors/extract.h"
#include "extractors/pdf/tables/table_finder.h"
#include "extractors/pdf/tables/table_finder_test_util.h"

namespace plantrace::pdf {
namespace {

using table_testing::At;
using table_testing::DrawGrid;
using table_testing::Page;
using table_testing::Text;
using table_testing::TextAt;

Document Extract(const std::string& name) {
  Result<Document> d = ExtractFile(std::string(PLANTRACE_SOURCE_DIR) + "/tests/data/" + name, ExtractOptions{});
  return d.ok() ? d.value() : Document{};
}

bool InBlocks(const Document& d, const std::string& text) {
  for (const Block& b : d.blocks)
    if (b.text.find(text) != std::string::npos) return true;
  return false;
}

// A head row of two lines alone at the foot of page 1 heads the body on
// page 2.
TEST(EdgeParts, HeadAloneAtThePageFootHeadsTheBody) {
  Document d = Extract("rl_edge_head.pdf");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  ASSERT_EQ(t.rows, 6);
  ASSERT_EQ(t.cols, 3);
  EXPECT_EQ(t.header_rows, 1);
  ASSERT_EQ(t.regions.size(), 2u);
  EXPECT_EQ(t.regions[0].page, 1);
  EXPECT_EQ(TextAt(t, 0, 1), "Action");
  EXPECT_EQ(TextAt(t, 0, 2).substr(0, 4), "Lead");
  EXPECT_NE(TextAt(t, 0, 2).find("officer"), std::string::npos);
  EXPECT_EQ(TextAt(t, 1, 0), "1.1");
  for (const Block& b : d.blocks) EXPECT_NE(b.text, "officer");
}

// Page 2 opens with the rest of the last row's cells and one more row: the
// cut row is one row, the last row the table's, the paragraph after it text.
TEST(EdgeParts, CutRowAndLastRowAtTheNextPageHead) {
  Document d = Extract("rl_edge_last_row.pdf");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  ASSERT_EQ(t.rows, 9);
  ASSERT_EQ(t.cols, 3);
  ASSERT_EQ(t.regions.size(), 2u);
  const Cell* cut = At(t, 7, 1);
  ASSERT_TRUE(cut);
  EXPECT_EQ(TextAt(t, 7, 0), "2.7");
  EXPECT_NE(cut->text.find("the end of the year."), std::string::npos);
  ASSERT_EQ(cut->parts.size(), 2u);
  EXPECT_EQ(cut->parts[1].page, 2);
  EXPECT_EQ(TextAt(t, 7, 2), "Director of Place");
  EXPECT_EQ(TextAt(t, 8, 0), "2.8");
  EXPECT_EQ(TextAt(t, 8, 2), "Leader");
  EXPECT_TRUE(InBlocks(d, "The council agreed"));
}

// A group's label and three entries at the foot of page 1, its fourth entry
// beside an empty label column on page 2: one label cell over four rows.
TEST(EdgeParts, GroupLabelCutByTheBreakStaysOneCell) {
  Document d = Extract("rl_edge_group_label.pdf");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  ASSERT_EQ(t.cols, 2);
  ASSERT_EQ(t.rows, 14);
  const Cell* label = At(t, 0, 0);
  ASSERT_TRUE(label);
  EXPECT_EQ(label->text, "Culture");
  EXPECT_EQ(label->rowspan, 4);
  ASSERT_EQ(label->parts.size(), 2u);
  EXPECT_EQ(label->parts[1].page, 2);
  EXPECT_EQ(TextAt(t, 2, 1), "A more positive narrative for the council.");
  EXPECT_EQ(TextAt(t, 3, 1).substr(0, 12), "Transparency");
  EXPECT_EQ(TextAt(t, 4, 0), "Planning");
}

// A table ending near the foot of page 1; page 2 opens with a heading that
// fits the table's first column, then prose: nothing joins the table.
TEST(EdgeParts, HeadingAndProseOnTheNextPageStayText) {
  Document d = Extract("rl_edge_negative.pdf");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  EXPECT_EQ(t.rows, 6);
  EXPECT_EQ(t.regions.size(), 1u);
  EXPECT_TRUE(InBlocks(d, "Notes"));
}

// Rules drawn round the body's cells only: the head, two lines, alone and
// unruled at the foot of page 1, is the head row of the ruled body on page
// 2 (its words in the ruled columns).
TEST(EdgeParts, UnruledHeadOverARuledBody) {
  PageContent a = Page(1), b = Page(2);
  Text(&a, "A paragraph of body text before the section's table, long enough to be prose.", 50, 700);
  Text(&a, "Ref", 55, 790, true);
  Text(&a, "Action", 125, 790, true);
  Text(&a, "Lead", 325, 790, true);
  Text(&a, "officer", 325, 802, true);
  DrawGrid(&b, {50, 120, 320, 450}, {60, 80, 100, 120});
  const char* rows[][3] = {{"1.1", "First action to take", "ACE"},
                           {"1.2", "Second action to take", "CEO"},
                           {"1.3", "Third action to take", "City Solicitor"}};
  double y = 64;
  for (const auto& r : rows) {
    Text(&b, r[0], 55, y);
    Text(&b, r[1], 125, y);
    Text(&b, r[2], 325, y);
    y += 20;
  }
  std::vector<Table> t = FindTables({a, b}, {});
  ASSERT_EQ(t.size(), 1u);
  ASSERT_EQ(t[0].rows, 4);
  EXPECT_EQ(t[0].header_rows, 1);
  ASSERT_TRUE(At(t[0], 0, 2));
  EXPECT_EQ(TextAt(t[0], 0, 2).substr(0, 4), "Lead");
  EXPECT_NE(TextAt(t[0], 0, 2).find("officer"), std::string::npos);
  EXPECT_EQ(TextAt(t[0], 1, 0), "1.1");
}

// A running header over both pages (the same words at the same height, the
// page number aside) stands between the break and a table's last row at
// the head of page 2: it is stepped over, the row joins the table and the
// header stays text.
TEST(EdgeParts, RunningHeaderOverTheLastRowIsSteppedOver) {
  PageContent a = Page(1), b = Page(2);
  Text(&a, "Cabinet report page 1", 50, 30);
  Text(&b, "Cabinet report page 2", 50, 30);
  Text(&a, "A paragraph of body text before the section's table, long enough to be prose.", 50, 640);
  DrawGrid(&a, {50, 120, 320, 450}, {700, 720, 740, 760, 780, 800});
  const char* rows[][3] = {{"Ref", "Action", "Lead"},
                           {"1.1", "First action to take", "ACE"},
                           {"1.2", "Second action to take", "CEO"},
                           {"1.3", "Third action to take", "City Solicitor"},
                           {"1.4", "Fourth action to take", "Leader"}};
  double y = 704;
  for (const auto& r : rows) {
    Text(&a, r[0], 55, y);
    Text(&a, r[1], 125, y);
    Text(&a, r[2], 325, y);
    y += 20;
  }
  Text(&b, "1.5", 55, 62);
  Text(&b, "Fifth action to take", 125, 62);
  Text(&b, "Monitoring Officer", 325, 62);
  Text(&b, "A paragraph of body text after the section's table, long enough to be prose.", 50, 140);
  std::vector<Table> t = FindTables({a, b}, {});
  ASSERT_EQ(t.size(), 1u);
  ASSERT_EQ(t[0].rows, 6);
  EXPECT_EQ(TextAt(t[0], 5, 0), "1.5");
  EXPECT_EQ(TextAt(t[0], 5, 2), "Monitoring Officer");
}

// After the table's last row at the head of page 2, a gap wider than any
// inside the table, then a line that happens to fit its columns (a source
// note): the gap ends the band, the note is not a row.
TEST(EdgeParts, AGapWiderThanTheTablesEndsTheBand) {
  PageContent a = Page(1), b = Page(2);
  Text(&a, "A paragraph of body text before the section's table, long enough to be prose.", 50, 640);
  DrawGrid(&a, {50, 120, 320, 450}, {700, 720, 740, 760, 780, 800});
  const char* rows[][3] = {{"Ref", "Action", "Lead"},
                           {"1.1", "First action to take", "ACE"},
                           {"1.2", "Second action to take", "CEO"},
                           {"1.3", "Third action to take", "City Solicitor"},
                           {"1.4", "Fourth action to take", "Leader"}};
  double y = 704;
  for (const auto& r : rows) {
    Text(&a, r[0], 55, y);
    Text(&a, r[1], 125, y);
    Text(&a, r[2], 325, y);
    y += 20;
  }
  Text(&b, "1.5", 55, 42);
  Text(&b, "Fifth action to take", 125, 42);
  Text(&b, "Monitoring Officer", 325, 42);
  Text(&b, "Source:", 55, 200);
  Text(&b, "Council records", 125, 200);
  Text(&b, "A paragraph of body text after the section's table, long enough to be prose.", 50, 260);
  std::vector<Table> t = FindTables({a, b}, {});
  ASSERT_EQ(t.size(), 1u);
  ASSERT_EQ(t[0].rows, 6);
  EXPECT_EQ(TextAt(t[0], 5, 2), "Monitoring Officer");
}

// Page 2 opens with a line in the columns of the table on page 1 set right
// against another table (no wider apart than the table's own lines): it is
// that table's, not a last row of the first.
TEST(EdgeParts, ALineAgainstAnotherTableIsNotALastRow) {
  PageContent a = Page(1), b = Page(2);
  Text(&a, "A paragraph of body text before the section's table, long enough to be prose.", 50, 640);
  DrawGrid(&a, {50, 120, 320, 450}, {700, 720, 740, 760, 780, 800});
  const char* rows[][3] = {{"Ref", "Action", "Lead"},
                           {"1.1", "First action to take", "ACE"},
                           {"1.2", "Second action to take", "CEO"},
                           {"1.3", "Third action to take", "City Solicitor"},
                           {"1.4", "Fourth action to take", "Leader"}};
  double y = 704;
  for (const auto& r : rows) {
    Text(&a, r[0], 55, y);
    Text(&a, r[1], 125, y);
    Text(&a, r[2], 325, y);
    y += 20;
  }
  Text(&b, "Code", 55, 42);
  Text(&b, "Measure of the change", 125, 42);
  Text(&b, "Target", 325, 42);
  DrawGrid(&b, {50, 200, 450}, {60, 80, 100, 120});
  const char* more[][2] = {{"Spend against budget", "100%"}, {"Actions on time", "90%"}, {"Audits closed", "12"}};
  y = 64;
  for (const auto& r : more) {
    Text(&b, r[0], 55, y);
    Text(&b, r[1], 205, y);
    y += 20;
  }
  std::vector<Table> t = FindTables({a, b}, {});
  ASSERT_GE(t.size(), 1u);
  EXPECT_EQ(t[0].rows, 5);
  EXPECT_EQ(t[0].regions.size(), 1u);
}

// Page 2 opens with one line in one column of the table on page 1 (a title
// set where a column happens to stand), then prose: one line in one column
// is too little to be the table's.
TEST(EdgeParts, OneLineInOneColumnIsNoPart) {
  PageContent a = Page(1), b = Page(2);
  Text(&a, "A paragraph of body text before the section's table, long enough to be prose.", 50, 640);
  DrawGrid(&a, {50, 120, 320, 450}, {700, 720, 740, 760, 780, 800});
  const char* rows[][3] = {{"Ref", "Action", "Lead"},
                           {"1.1", "First action to take", "ACE"},
                           {"1.2", "Second action to take", "CEO"},
                           {"1.3", "Third action to take", "City Solicitor"},
                           {"1.4", "Fourth action to take", "Leader"}};
  double y = 704;
  for (const auto& r : rows) {
    Text(&a, r[0], 55, y);
    Text(&a, r[1], 125, y);
    Text(&a, r[2], 325, y);
    y += 20;
  }
  Text(&b, "Appendix", 325, 42);
  Text(&b, "A paragraph of body text after the section's table, long enough to be prose.", 50, 120);
  std::vector<Table> t = FindTables({a, b}, {});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].rows, 5);
  EXPECT_EQ(t[0].regions.size(), 1u);
}

// Two lines at the foot of page 1 standing in one column of the table that
// opens page 2 (a heading wrapped where a column happens to stand): a head
// part opens with a row of two cells or more, so they stay text.
TEST(EdgeParts, LinesInOneColumnAtThePageFootAreNoHead) {
  PageContent a = Page(1), b = Page(2);
  Text(&a, "A paragraph of body text before the section's table, long enough to be prose.", 50, 700);
  Text(&a, "Performance", 125, 780);
  Text(&a, "measures", 125, 792);
  DrawGrid(&b, {50, 120, 320, 450}, {60, 80, 100, 120});
  const char* rows[][3] = {{"1.1", "First action to take", "ACE"},
                           {"1.2", "Second action to take", "CEO"},
                           {"1.3", "Third action to take", "City Solicitor"}};
  double y = 64;
  for (const auto& r : rows) {
    Text(&b, r[0], 55, y);
    Text(&b, r[1], 125, y);
    Text(&b, r[2], 325, y);
    y += 20;
  }
  std::vector<Table> t = FindTables({a, b}, {});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].rows, 3);
  EXPECT_EQ(t[0].regions.size(), 1u);
}

}  // namespace
}  // namespace plantrace::pdf

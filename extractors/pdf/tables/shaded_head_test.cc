// Tables under a shaded head with an unruled body (tests/data/rl_shaded_*.pdf,
// made by tests/data/make_shaded_head_pdfs.py): columns from the head's
// boxes even where the body's columns stand closer than a word space, labels
// centred in tall rows joined to their row, paragraphs of one cell kept in
// it, footnotes in small print left out, the head repeated on page 2, a
// body ending at the next table's head; key/value tables whose labels are
// shaded boxes down the left, one a row, and shaded boxes that are no labels.
#include <gtest/gtest.h>

#include <string>

#include "extractors/extract.h"
#include "extractors/pdf/tables/shaded_head.h"
#include "extractors/pdf/tables/table_finder_test_util.h"

namespace plantrace::pdf {
namespace {

using table_testing::At;

Document Extract(const std::string& name) {
  Result<Document> d = ExtractFile(std::string(PLANTRACE_SOURCE_DIR) + "/tests/data/" + name, ExtractOptions{});
  return d.ok() ? d.value() : Document{};
}

TEST(ShadedHead, ColumnsFromTheShadingRowsFromWhitespace) {
  const Document d = Extract("rl_shaded_head.pdf");
  ASSERT_GE(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  // Banner, head, rows 1.1 and 1.2; the label column has no head box.
  ASSERT_EQ(t.cols, 4);
  ASSERT_EQ(t.rows, 4);
  EXPECT_EQ(t.header_rows, 2);
  EXPECT_EQ(At(t, 0, 0)->colspan, 4);
  EXPECT_EQ(At(t, 0, 0)->text, "1. Political Leadership\nEffective leadership, working as a partnership");
  EXPECT_EQ(At(t, 1, 1)->text, "Improvement Aim");
  EXPECT_EQ(At(t, 1, 2)->text, "Required Action");
  // Centred in its row, far below the row's first line: still its label.
  EXPECT_EQ(At(t, 2, 0)->text, "1.1");
  EXPECT_EQ(At(t, 3, 0)->text, "1.2");
  // 1.3 pt from the next column's text, less than a word space: still apart.
  EXPECT_EQ(At(t, 2, 1)->text, "Well-organised, stable, sound\neffective political groups.");
  EXPECT_EQ(At(t, 2, 2)->text,
            "Formal self-assessments required by all political groups, reported against.\n"
            "Collate a summary of the changes made by political groups.");
  EXPECT_EQ(At(t, 3, 3)->text,
            "City Solicitor / ACE\nSurvey being planned.\nRevised group leaders\nmeeting cycle in place.");
  // Footnotes in small print under the table, one inside a column.
  for (const Cell& c : t.cells) {
    EXPECT_EQ(c.text.find("Delivering"), std::string::npos) << "footnote in the table";
    EXPECT_EQ(c.text.find("Source:"), std::string::npos) << "footnote in the table";
  }
}

TEST(ShadedHead, PageTwoRepeatsTheHeadOverItsOwnRows) {
  const Document d = Extract("rl_shaded_head.pdf");
  const Table* second = nullptr;
  for (const Table& t : d.tables)
    for (const Cell& c : t.cells)
      if (c.text == "1.3") second = &t;
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->cols, 4);
  const Cell* label = nullptr;
  for (const Cell& c : second->cells)
    if (c.text == "1.3") label = &c;
  EXPECT_EQ(At(*second, label->row, 2)->text, "Extensive joint working between\nthe new Cabinet and CMT.");
  for (const Cell& c : second->cells) EXPECT_EQ(c.text.find("reviewed every month"), std::string::npos);
}

TEST(ShadedHead, ShadedBoxesOverProseMakeNoTableOfTheProse) {
  const Document d = Extract("rl_shaded_legend.pdf");
  for (const Table& t : d.tables)
    for (const Cell& c : t.cells) EXPECT_EQ(c.text.find("actions above"), std::string::npos);
}

// Head boxes of different heights centred on one line; rows of one line
// each; page 2 opens with the rest of the last row and a second paragraph
// of it (no label: no new row), then a labelled row.
TEST(ShadedHead, CentredHeadBoxesOneLineRowsAndARowCarriedOver) {
  const Document d = Extract("rl_shaded_centred.pdf");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  ASSERT_EQ(t.cols, 3);
  ASSERT_EQ(t.rows, 5);
  EXPECT_EQ(t.header_rows, 1);
  EXPECT_EQ(At(t, 0, 0)->text, "Years");
  EXPECT_EQ(At(t, 0, 2)->text, "Comments and explanation of\nthe figures in this table");
  EXPECT_EQ(At(t, 1, 0)->text, "2015/16");
  EXPECT_EQ(At(t, 2, 1)->text, "166.7m");
  EXPECT_EQ(At(t, 3, 0)->text, "2017/18");
  EXPECT_EQ(At(t, 3, 1)->text, "86.6m\nRevised");
  EXPECT_NE(At(t, 3, 2)->text.find("A second paragraph of the same cell"), std::string::npos);
  EXPECT_EQ(At(t, 4, 0)->text, "2018/19");
  EXPECT_EQ(At(t, 4, 2)->text, "To be confirmed.");
}

// Head boxes painted edge to edge over an unruled body (a converter's <th>
// background without cell spacing or rules): the boxes are the columns, the
// head's two lines stay one row, the body's rows come from its text.
TEST(ShadedHead, HeadBoxesPaintedEdgeToEdgeOverAnUnruledBody) {
  const Document d = Extract("rl_shaded_touching.pdf");
  ASSERT_EQ(d.tables.size(), 3u);
  const Table& t = d.tables[0];
  ASSERT_EQ(t.cols, 4);
  ASSERT_EQ(t.rows, 3);
  EXPECT_EQ(t.header_rows, 1);
  EXPECT_EQ(At(t, 0, 0)->text, "Recommendation");
  EXPECT_EQ(At(t, 0, 2)->text, "Key Deliverables within 6 months");
  EXPECT_EQ(At(t, 0, 3)->text, "Accountable Officer");
  EXPECT_EQ(At(t, 1, 0)->text, "1. Refocus corporate attention");
  EXPECT_EQ(At(t, 1, 1)->text, "Review of the Corporate Plan in context of the financial position.");
  EXPECT_EQ(At(t, 2, 3)->text, "Director of People Services");
  for (const Cell& c : t.cells) EXPECT_EQ(c.text.find("reviewed every month"), std::string::npos);
  // A banner painted against the head: a row of one cell above it.
  const Table& u = d.tables[2];
  ASSERT_EQ(u.rows, 3);
  ASSERT_EQ(u.cols, 4);
  EXPECT_EQ(At(u, 0, 0)->colspan, 4);
  EXPECT_EQ(At(u, 0, 0)->text, "Stabilisation actions (continued)");
  EXPECT_EQ(At(u, 1, 3)->text, "Accountable Officer");
  EXPECT_EQ(At(u, 2, 0)->text, "6. Develop and publicise standards");
}

// Rows as far apart as the paragraphs of one cell: a row starts where the
// first column and another start a line together.
TEST(ShadedHead, RowsStartWhereCellsStartTogether) {
  const Document d = Extract("rl_shaded_touching.pdf");
  ASSERT_EQ(d.tables.size(), 3u);
  const Table& t = d.tables[1];
  ASSERT_EQ(t.cols, 4);
  ASSERT_EQ(t.rows, 3);
  EXPECT_EQ(At(t, 1, 0)->text, "4. Review the Constitution");
  EXPECT_NE(At(t, 1, 1)->text.find("Develop new Terms of Reference"), std::string::npos);
  EXPECT_EQ(At(t, 2, 0)->text, "5. Reframe the scrutiny work");
  EXPECT_EQ(At(t, 2, 3)->text, "Statutory Scrutiny Officer");
}

// Every row of a table painted edge to edge, each stripe reaching into the
// next (zebra rows with a highlighted column, as a spreadsheet exports
// them): bands of one set of columns stacked are stripes, none is a head.
TEST(ShadedHead, StripesStackedThroughABodyAreNoHead) {
  PageContent page = table_testing::Page(1);
  const double xs[] = {80, 360, 400, 540};
  for (int r = 0; r < 8; ++r) {
    const double top = 100 + 12 * r;
    for (int k = 0; k < 3; ++k) {
      page.boxes.push_back(FilledBox{BBox{xs[k], top, xs[k + 1], top + 13.5}, k == 1 ? "#b3ccf2" : "#d9e6ff"});
      table_testing::Text(&page, k == 0 ? "Variety " + std::to_string(r) : std::to_string(50 + r), xs[k] + 3, top + 1);
    }
  }
  EXPECT_TRUE(FindShadedHeadGrids(page, {}).empty());
}

// Two tables under shaded heads a blank line apart, the second's columns
// the first two of the first (nothing of it crosses the first's column
// boundaries): the first's body ends at the second's head.
TEST(ShadedHead, BodyEndsAtTheNextHeadOfOtherColumns) {
  const Document d = Extract("rl_shaded_two_heads.pdf");
  ASSERT_EQ(d.tables.size(), 2u);
  const Table& first = d.tables[0];
  ASSERT_EQ(first.rows, 3);
  ASSERT_EQ(first.cols, 3);
  EXPECT_EQ(At(first, 2, 2)->text, "Annual reduction to be identified.");
  const Table& second = d.tables[1];
  ASSERT_EQ(second.rows, 3);
  ASSERT_EQ(second.cols, 2);
  EXPECT_EQ(At(second, 0, 0)->text, "Service");
  EXPECT_EQ(At(second, 2, 1)->text, "8.5m");
}

TEST(ShadedLabels, EachShadedLabelIsOneRowHoweverItsLinesWrap) {
  const Document d = Extract("rl_shaded_labels.pdf");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  ASSERT_EQ(t.rows, 5);
  ASSERT_EQ(t.cols, 2);
  EXPECT_EQ(At(t, 0, 0)->text, "Subject:");
  EXPECT_EQ(At(t, 0, 1)->text, "Draft Improvement and Recovery Plan");
  // A two-line label beside a two-line value: one row, not two.
  EXPECT_EQ(At(t, 2, 0)->text, "Relevant Cabinet Member:");
  EXPECT_EQ(At(t, 2, 1)->text, "Leader of the Council\nDeputy Leader");
  EXPECT_EQ(At(t, 4, 0)->text, "Report author:");
  for (const Cell& c : t.cells) EXPECT_EQ(c.text.find("consultation"), std::string::npos) << "prose in the table";
}

// Shaded tags of one width stacked down the page, each over a line of prose
// that runs across the tag's right edge: no labels, no table of them.
TEST(ShadedLabels, TagsOverProseCrossingTheirEdgeAreNoLabels) {
  const Document d = Extract("rl_shaded_not_labels.pdf");
  for (const Table& t : d.tables)
    for (const Cell& c : t.cells) EXPECT_EQ(c.text.find("Risk:"), std::string::npos) << "tag in a table";
}

// Values highlighted down the middle column of an unruled table, its first
// column left of them: no labels; the table keeps its three columns.
TEST(ShadedLabels, HighlightedValuesWithTextLeftOfThemAreNoLabels) {
  const Document d = Extract("rl_shaded_not_labels.pdf");
  const Table* found = nullptr;
  for (const Table& t : d.tables)
    for (const Cell& c : t.cells)
      if (c.text == "Variety") found = &t;
  ASSERT_NE(found, nullptr);
  const Table& t = *found;
  ASSERT_EQ(t.rows, 5);
  ASSERT_EQ(t.cols, 3);
  EXPECT_EQ(At(t, 1, 0)->text, "Hefty");
  EXPECT_EQ(At(t, 1, 1)->text, "50.5");
  EXPECT_EQ(At(t, 3, 2)->text, "751");
}

// Label backgrounds painted edge to edge, no rules (a browser or ReportLab
// printing <th> cells with a background and no borders); two such tables
// 12 pt apart: two tables, one row per label.
TEST(ShadedLabels, LabelsPaintedEdgeToEdgeAreRowsOfTwoTables) {
  const Document d = Extract("rl_touching_labels.pdf");
  ASSERT_EQ(d.tables.size(), 2u);
  const Table& t = d.tables[0];
  ASSERT_EQ(t.rows, 4);
  ASSERT_EQ(t.cols, 2);
  EXPECT_EQ(At(t, 1, 0)->text, "Report of:");
  EXPECT_EQ(At(t, 1, 1)->text, "Acting Chief Executive");
  EXPECT_EQ(At(t, 2, 0)->text, "Relevant Cabinet Member:");
  EXPECT_EQ(At(t, 2, 1)->text, "Leader of the Council\nDeputy Leader");
  EXPECT_EQ(At(t, 3, 1)->text, "Assistant Director, Programmes");
  const Table& u = d.tables[1];
  ASSERT_EQ(u.rows, 3);
  EXPECT_EQ(At(u, 0, 0)->text, "Are specific wards affected?");
  EXPECT_EQ(At(u, 2, 1)->text, "No");
}

}  // namespace
}  // namespace plantrace::pdf

// Table finding on small PDFs made with another producer (ReportLab,
// tests/data/rl_*.pdf), on random synthetic pages and on the corpus: the
// tables come out right and always well formed.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "extractors/extract.h"
#include "extractors/pdf/tables/cells.h"
#include "extractors/pdf/tables/grid.h"
#include "extractors/pdf/tables/rules.h"
#include "extractors/pdf/tables/table_finder.h"
#include "extractors/pdf/tables/table_finder_test_util.h"

namespace plantrace::pdf {
namespace {

using namespace table_testing;  // NOLINT: test helpers only

// ReportLab PDFs: another producer's stroked rules and text placement.
Document Extract(const std::string& name, bool stitch = true) {
  ExtractOptions o;
  o.stitch_tables = stitch;
  Result<Document> d = ExtractFile(std::string(PLANTRACE_SOURCE_DIR) + "/tests/data/" + name, o);
  return d.ok() ? d.value() : Document{};
}

TEST(ReportLab, RuledTable) {
  Document d = Extract("rl_ruled.pdf");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  EXPECT_EQ(t.rows, 4);
  EXPECT_EQ(t.cols, 3);
  EXPECT_EQ(t.header_rows, 1);
  EXPECT_EQ(At(t, 0, 2)->text, "Comment");
  EXPECT_EQ(At(t, 2, 2)->text, "Quarterly review of the budget.\nSecond paragraph of the cell.");
  EXPECT_EQ(At(t, 3, 1)->text, "1,500");
}

TEST(ReportLab, MergedCells) {
  Document d = Extract("rl_merged.pdf");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  EXPECT_EQ(t.rows, 5);
  EXPECT_EQ(t.cols, 3);
  EXPECT_EQ(At(t, 0, 0)->rowspan, 2);
  EXPECT_EQ(At(t, 0, 1)->colspan, 2);
  EXPECT_EQ(At(t, 0, 1)->text, "Spend");
  EXPECT_EQ(At(t, 2, 0)->rowspan, 2);
  EXPECT_EQ(At(t, 2, 0)->text, "Housing");
  EXPECT_EQ(At(t, 4, 2)->text, "8");
}

TEST(ReportLab, TableOverTwoPages) {
  Document d = Extract("rl_two_pages.pdf");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  EXPECT_EQ(t.rows, 61);
  EXPECT_EQ(t.cols, 3);
  EXPECT_EQ(t.regions.size(), 2u);
  EXPECT_EQ(t.header_rows, 1);
  EXPECT_EQ(At(t, 60, 0)->text, "60.1");
  EXPECT_EQ(Extract("rl_two_pages.pdf", false).tables.size(), 2u);
}

void ExpectServiceTable(const Document& d) {
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  EXPECT_EQ(t.rows, 6);
  EXPECT_EQ(t.cols, 4);
  EXPECT_EQ(At(t, 0, 0)->text, "Service");
  EXPECT_EQ(At(t, 2, 0)->text, "Children's services");
  EXPECT_EQ(At(t, 5, 3)->text, "+2.7%");
}

TEST(ReportLab, UnruledTable) { ExpectServiceTable(Extract("rl_unruled.pdf")); }

TEST(ReportLab, HeaderRuleOnlyTable) { ExpectServiceTable(Extract("rl_header_rule.pdf")); }

// Shaded bands whose edges cut through the text lines, and a highlighted
// column: their edges read as rules, but the text stands in ten columns.
TEST(ReportLab, ShadedBandsAreNoGrid) {
  Document d = Extract("rl_banded.pdf");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  EXPECT_EQ(t.rows, 10);
  EXPECT_EQ(t.cols, 10);
  EXPECT_EQ(At(t, 0, 6)->text, "Yield");
  EXPECT_EQ(At(t, 4, 0)->text, "Hefty");
  EXPECT_EQ(At(t, 5, 9)->text, "$810");
}

// Two tables side by side, ruled only horizontally, rows of different
// heights: two tables, each row one cell per column (wrapped lines kept in
// their cell).
TEST(ReportLab, SideBySideTablesWithRowRules) {
  Document d = Extract("rl_side_by_side.pdf", false);
  ASSERT_EQ(d.tables.size(), 2u);
  for (const Table& t : d.tables) {
    EXPECT_EQ(t.rows, 4);
    EXPECT_EQ(t.cols, 3);
  }
  const Table& left = d.tables[0].regions[0].bbox->x0 < d.tables[1].regions[0].bbox->x0 ? d.tables[0] : d.tables[1];
  const Table& right = &left == &d.tables[0] ? d.tables[1] : d.tables[0];
  EXPECT_EQ(At(left, 2, 0)->text, "Adult social care");
  EXPECT_EQ(At(left, 3, 2)->text, "Complete, evaluated in June");
  EXPECT_EQ(At(right, 1, 0)->text, "Parks and open spaces");
  EXPECT_EQ(At(right, 2, 2)->text, "Under review");
}

// No rules: a label heads a group of points, each point a row of its own
// (whitespace wider than a cell's line spacing above it), the label one cell
// spanning its group, a label of two lines too.
TEST(ReportLab, GroupedRowsUnderOneLabel) {
  Document d = Extract("rl_grouped_rows.pdf");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  ASSERT_EQ(t.rows, 8);
  ASSERT_EQ(t.cols, 2);
  EXPECT_EQ(At(t, 0, 0)->text, "Culture");
  EXPECT_EQ(At(t, 0, 0)->rowspan, 3);
  EXPECT_EQ(At(t, 1, 1)->text, "A positive attitude to the challenges ahead.");
  EXPECT_EQ(At(t, 2, 1)->text, "Transparency in decision making and willingness to act on feedback.");
  EXPECT_EQ(At(t, 3, 0)->text, "Strategic\nplanning");
  EXPECT_EQ(At(t, 3, 0)->rowspan, 2);
  EXPECT_EQ(At(t, 4, 1)->text, "One council plan and one set of priorities.");
  EXPECT_EQ(At(t, 5, 0)->rowspan, 3);
  EXPECT_EQ(At(t, 6, 1)->text, "Determination to address recruitment and retention issues.");
}

// No rules, and each label centred beside its group of points (lines of
// body-text width, so no line of two columns): one label cell per group
// spanning its points' rows; the last group, cut by the page's foot, has
// its label at the top.
TEST(ReportLab, CentredLabelsSpanTheirGroups) {
  Document d = Extract("rl_centred_labels.pdf");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  // (The shape first: the cells below are read by position.)
  ASSERT_EQ(t.rows, 11);
  ASSERT_EQ(t.cols, 2);
  EXPECT_EQ(At(t, 0, 0)->text, "Roles and\nculture");
  EXPECT_EQ(At(t, 0, 0)->rowspan, 3);
  // (Whether a wrapped line is joined with a space or a line break is the
  // cell text's business, not this test's.)
  auto flat = [](std::string s) {
    std::replace(s.begin(), s.end(), '\n', ' ');
    return s;
  };
  EXPECT_EQ(flat(At(t, 2, 1)->text),
            "Transparency in decision making and willingness to listen and act on the feedback of residents and "
            "partners.");
  EXPECT_EQ(At(t, 3, 0)->text, "Strategic planning");
  EXPECT_EQ(At(t, 3, 0)->rowspan, 4);
  EXPECT_EQ(At(t, 7, 0)->text, "Workforce");
  EXPECT_EQ(At(t, 7, 0)->rowspan, 2);
  EXPECT_EQ(At(t, 9, 0)->text, "Communities");
  EXPECT_EQ(At(t, 9, 0)->rowspan, 2);
  EXPECT_EQ(flat(At(t, 10, 1)->text),
            "A concept of partnerships that goes beyond the traditional and offers an open door for dialogue.");
}

// Side headings level with the first line of the paragraphs beside them
// are no labels of a table.
TEST(ReportLab, SideHeadingsBesideProseAreNoTable) {
  Document d = Extract("rl_side_headings.pdf");
  EXPECT_TRUE(d.tables.empty());
}

// A narrow last column whose titles wrap to a word or two a line, beside
// wrapped paragraphs, cells set as closely as lines (a plain converter's
// unruled table): the titles run on in their cells; a column of single
// words is one of entries (figures, codes) only when its lines do not.
// Run-on shown by commas (rl_narrow_column) or by wrapping alone: each
// next word too wide to have stood on the line above (rl_narrow_titles).
TEST(ReportLab, NarrowColumnOfWrappedTitlesOpensNoRows) {
  for (const char* name : {"rl_narrow_column.pdf", "rl_narrow_titles.pdf"}) {
    Document d = Extract(name);
    ASSERT_EQ(d.tables.size(), 1u) << name;
    const Table& t = d.tables[0];
    ASSERT_EQ(t.rows, 4) << name;
    ASSERT_EQ(t.cols, 3) << name;
    auto flat = [](std::string s) {
      std::replace(s.begin(), s.end(), '\n', ' ');
      return s;
    };
    EXPECT_EQ(flat(At(t, 0, 2)->text), "Officer") << name;
    EXPECT_EQ(flat(At(t, 2, 0)->text), "2. Review the constitution and its delegations") << name;
  }
  const Table t = Extract("rl_narrow_column.pdf").tables.at(0);
  auto flat = [](std::string s) {
    std::replace(s.begin(), s.end(), '\n', ' ');
    return s;
  };
  EXPECT_EQ(flat(At(t, 1, 2)->text), "Director of Strategy, Equality and Partnerships");
  EXPECT_EQ(flat(At(t, 3, 2)->text), "Assistant Director, Programmes, Performance, Improvement");
  const Table u = Extract("rl_narrow_titles.pdf").tables.at(0);
  EXPECT_EQ(flat(At(u, 2, 2)->text), "Chief Executive Officer");
}

// Bulleted lists in the cells of an unruled table, bullet glyphs set with a
// hanging indent (a gutter as wide as a column's): the bullets are the list
// marks of their cells, not a column of their own; a paragraph after a list
// starting where its bullets stand stays in the cell.
TEST(ReportLab, BulletsOfListsInCellsAreNoColumn) {
  Document d = Extract("rl_cell_bullets.pdf");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  ASSERT_EQ(t.rows, 4);
  ASSERT_EQ(t.cols, 3);
  EXPECT_EQ(At(t, 0, 1)->text, "Response");
  const std::string& list = At(t, 2, 1)->text;
  EXPECT_NE(list.find("Audit committee improvements should be informed by best practice."), std::string::npos)
      << list;
  EXPECT_NE(list.find("The new terms of reference were agreed by the committee in November."), std::string::npos)
      << list;
  EXPECT_EQ(At(t, 2, 2)->text, "Audit committee have a clear work programme.");
}

// Cells holding paragraphs, whose breaks fall at different heights in
// different columns: a break with nothing beside it is a paragraph break
// too, not a grouped row.
TEST(ReportLab, ParagraphsInCellsStayInTheirRow) {
  Document d = Extract("rl_cell_paragraphs.pdf");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  ASSERT_EQ(t.rows, 3);
  ASSERT_EQ(t.cols, 3);
  EXPECT_EQ(At(t, 2, 0)->text, "2. Reframe values");
  EXPECT_EQ(At(t, 2, 1)->text,
            "Consider adapting the framework so it forms the basis of service reviews.\n"
            "Appraisal arrangements to be aligned.");
}

// A table printed once under a banner of two lines set as closely as its
// rows: the banner is its first row, one cell across; the same table under
// a paragraph with a wider margin has none.
TEST(ReportLab, BannerOverATablePrintedOnce) {
  Document d = Extract("rl_banner_once.pdf");
  ASSERT_EQ(d.tables.size(), 2u);
  const Table& banner = d.tables[0];
  ASSERT_EQ(banner.rows, 5);
  ASSERT_EQ(banner.cols, 4);
  EXPECT_EQ(At(banner, 0, 0)->colspan, 4);
  EXPECT_EQ(At(banner, 0, 0)->text,
            "1. Political Leadership\nEffective political and managerial leadership, working as a constructive "
            "partnership");
  EXPECT_EQ(At(banner, 1, 1)->text, "Action");
  const Table& plain = d.tables[1];
  ASSERT_EQ(plain.rows, 4);
  EXPECT_EQ(At(plain, 0, 0)->text, "Aim");
}

// A cell's list indented, its closing paragraph not: the column boundary
// stands in the whitespace the paragraph leaves, label and cell apart.
TEST(ReportLab, LessIndentedParagraphStaysInItsCell) {
  Document d = Extract("rl_indented_cell.pdf");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  EXPECT_EQ(t.rows, 2);
  EXPECT_EQ(t.cols, 2);
  EXPECT_EQ(At(t, 0, 0)->text, "1. Design risk arrangements for members");
  EXPECT_EQ(At(t, 0, 1)->text,
            "Strengthen the framework. Baseline the understanding. Scope further action as part of the improvement "
            "plan.");
}

// Two key/value tables one under the other, set apart by a margin wider
// than their rows' spacing but less than a blank line, the second's keys
// longer: two tables.
TEST(ReportLab, StackedKeyValueTablesStayApart) {
  Document d = Extract("rl_stacked_kv.pdf");
  ASSERT_EQ(d.tables.size(), 2u);
  EXPECT_EQ(d.tables[0].rows, 4);
  EXPECT_EQ(At(d.tables[0], 3, 0)->text, "Report author:");
  EXPECT_EQ(d.tables[1].rows, 4);
  EXPECT_EQ(At(d.tables[1], 0, 0)->text, "Are specific wards affected?");
  EXPECT_EQ(At(d.tables[1], 3, 1)->text, "No");
}

// A first cell of paragraph text running on beside the second and third
// paragraphs of the cell beside it, those set off by the same wider space
// as grouped points: one row of paragraphs, no label spanning a group
// (KeepLabelledGroups drops the group).
TEST(ReportLab, FirstCellRunningOnIsNoGroupLabel) {
  Document d = Extract("rl_label_runs_on.pdf");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  ASSERT_EQ(t.rows, 3);
  ASSERT_EQ(t.cols, 2);
  EXPECT_EQ(At(t, 1, 0)->rowspan, 1);
  EXPECT_EQ(At(t, 1, 1)->text,
            "A review of the top contracts by value is underway.\nActive participation in consolidation reviews.\n"
            "Procurement plans go to the board in October.");
  EXPECT_EQ(At(t, 2, 0)->text, "Publish the forward plan.");
}

// Lines right above a table, as close to it as its rows, at its left edge,
// within its width and across a gutter, that are no banner row: a caption
// in a smaller type (the type-size guard of BannerLeadLines)...
TEST(ReportLab, CaptionInASmallerTypeIsNoBanner) {
  Document d = Extract("rl_banner_guards.pdf");
  ASSERT_EQ(d.tables.size(), 2u);
  const Table& t = d.tables[0];
  ASSERT_EQ(t.rows, 4);
  EXPECT_EQ(At(t, 0, 0)->text, "Aim");
  EXPECT_EQ(At(t, 0, 0)->colspan, 1);
}

// ... and a note over a table whose head has two lines and an empty first
// cell: the first row after the first with two cells filled has no entry
// in the anchoring column, as in a part carried over from the page before
// (the "table starts here" guard of the stream layout).
TEST(ReportLab, NoteOverATwoLineHeadIsNoBanner) {
  Document d = Extract("rl_banner_guards.pdf");
  ASSERT_EQ(d.tables.size(), 2u);
  const Table& t = d.tables[1];
  ASSERT_EQ(t.rows, 5);
  ASSERT_EQ(t.cols, 4);
  EXPECT_EQ(At(t, 0, 1)->text, "Revenue");
  EXPECT_EQ(At(t, 1, 1)->text, "Budget");
  for (const Cell& c : t.cells) EXPECT_EQ(c.text.find("All figures"), std::string::npos) << "note in the table";
}

// Prose, a bullet list and numbered paragraphs; on page 2 numbered
// paragraphs under a heading, the first number centred beside the heading
// and its paragraph (a label-column table without the paragraph-number
// guard, as in a Kent investment strategy).
TEST(ReportLab, ListsAndNumberedParagraphsAreNoTable) { EXPECT_TRUE(Extract("rl_no_table.pdf").tables.empty()); }

// Every grid position covered by exactly one cell; cells inside the grid.
void ExpectWellFormed(const Table& t) {
  std::vector<int> cover(static_cast<size_t>(t.rows) * t.cols, 0);
  for (const auto& c : t.cells) {
    ASSERT_GE(c.row, 0);
    ASSERT_GE(c.col, 0);
    ASSERT_GE(c.rowspan, 1);
    ASSERT_GE(c.colspan, 1);
    ASSERT_LE(c.row + c.rowspan, t.rows);
    ASSERT_LE(c.col + c.colspan, t.cols);
    for (int r = c.row; r < c.row + c.rowspan; ++r)
      for (int k = c.col; k < c.col + c.colspan; ++k) ++cover[static_cast<size_t>(r) * t.cols + k];
  }
  for (int n : cover) EXPECT_EQ(n, 1);
  EXPECT_FALSE(t.regions.empty());
  EXPECT_LT(t.header_rows, std::max(t.rows, 1));
}

TEST(FindTables, RandomPagesGiveWellFormedTables) {
  uint32_t seed = 12345;
  auto next = [&seed](double lo, double hi) {
    seed = seed * 1664525u + 1013904223u;
    return lo + (hi - lo) * static_cast<double>(seed >> 8) / static_cast<double>(1u << 24);
  };
  for (int round = 0; round < 60; ++round) {
    std::vector<PageContent> pages;
    for (int n = 1; n <= 3; ++n) {
      PageContent p = Page(n);
      const int rules = static_cast<int>(next(0, 80));
      for (int i = 0; i < rules; ++i) {
        // Lines on a coarse lattice, so that many of them cross.
        const double a = 40 + 40 * std::floor(next(0, 12)), b = 40 + 40 * std::floor(next(0, 18));
        if (next(0, 1) < 0.5) HRule(&p, b, a, a + 40 * std::floor(next(1, 6)));
        else VRule(&p, a, b, b + 40 * std::floor(next(1, 6)));
      }
      const int boxes = static_cast<int>(next(0, 8));
      for (int i = 0; i < boxes; ++i) {
        const double x = next(40, 500), y = next(40, 780);
        p.boxes.push_back({{x, y, x + next(10, 120), y + next(10, 40)}, "#dddddd"});
      }
      const int lines = static_cast<int>(next(0, 40));
      for (int i = 0; i < lines; ++i) {
        const double y = 40 + 14 * std::floor(next(0, 55));
        const int chunks = static_cast<int>(next(1, 5));
        for (int k = 0; k < chunks; ++k)
          Text(&p, k % 2 ? "12.5 total" : "Item text here", 45 + 120 * k + next(0, 10), y, next(0, 1) < 0.2);
      }
      pages.push_back(p);
    }
    for (bool stitch : {true, false}) {
      TableOptions o;
      o.stitch = stitch;
      for (const Table& t : FindTables(pages, o)) ExpectWellFormed(t);
    }
  }
}

TEST(FindTables, CorpusAndReportLabTablesAreWellFormed) {
  const std::string root = PLANTRACE_SOURCE_DIR;
  for (const char* f : {"/corpus/pdf/bcc-2015-03-panel-assessment.pdf", "/corpus/pdf/bcc-2018-09-governance-improvement-plan.pdf",
                        "/corpus/pdf/bcc-2023-11-governance-stabilisation-plan.pdf",
                        "/corpus/pdf/bcc-2024-04-irp-cabinet-report.pdf", "/tests/data/rl_merged.pdf",
                        "/tests/data/rl_two_pages.pdf"}) {
    for (bool stitch : {true, false}) {
      ExtractOptions o;
      o.stitch_tables = stitch;
      Result<Document> d = ExtractFile(root + f, o);
      ASSERT_TRUE(d.ok()) << f;
      for (const Table& t : d->tables) ExpectWellFormed(t);
    }
  }
}

}  // namespace
}  // namespace plantrace::pdf

// Segmentation of tables on small synthetic documents: column roles, labels,
// item kinds, banner sections and continuation rows.

#include <tuple>

#include <gtest/gtest.h>

#include "pipeline/normalise/segment_test_util.h"

namespace plantrace {
namespace {

using namespace segment_testing;  // NOLINT: test helpers only

TEST(ColumnRoles, FromHeaders) {
  ColumnRoleLexicon lex = Roles();
  EXPECT_EQ(lex.Classify("Improvement Aim"), kRoleText);
  EXPECT_EQ(lex.Classify("Required Action"), kRoleAction);
  EXPECT_EQ(lex.Classify("Outputs/Outcomes"), kRoleDeliverable);
  EXPECT_EQ(lex.Classify("Key Deliverables within 6 months (June 2024)"), kRoleDeliverable);
  EXPECT_EQ(lex.Classify("Accountable Officer"), kRoleOwner);
  EXPECT_EQ(lex.Classify("Action owner"), kRoleOwner);  // not an action column
  EXPECT_EQ(lex.Classify("Target date"), kRoleDate);
  EXPECT_EQ(lex.Classify("Progress"), kRoleStatus | kRoleUpdate);
  EXPECT_EQ(lex.Classify("Lead / RAG status (Green – complete) Latest Update in Bold"),
            kRoleOwner | kRoleStatus | kRoleUpdate);
  EXPECT_EQ(lex.Classify("Years"), kRoleNone);
  EXPECT_EQ(lex.Classify("Led by"), kRoleOwner);
}

TEST(ColumnRoles, BadLexiconLineIsAnError) {
  EXPECT_FALSE(ColumnRoleLexicon::Parse("role\tcolour\tRAG\n", "x.tsv").ok());
  EXPECT_FALSE(ColumnRoleLexicon::Parse("rule\ttext\taim\n", "x.tsv").ok());
}

TEST(ItemLabels, Leading) {
  auto id = [](std::string_view t) {
    std::optional<ItemLabel> l = LeadingLabel(t);
    return l ? l->id : std::string("-");
  };
  EXPECT_EQ(id("1. Refocus corporate attention"), "1");
  EXPECT_EQ(id("4.5"), "4.5");
  EXPECT_EQ(id("1.10 The Panel"), "1.10");
  EXPECT_EQ(id("(d) Strategic financial planning"), "d");
  EXPECT_EQ(id("a) The Council has"), "a");
  EXPECT_EQ(id("(iv) fourth"), "iv");
  EXPECT_EQ(id("(1) Financial Sustainability"), "1");
  EXPECT_EQ(id("6."), "6");
  EXPECT_EQ(id("2022 staff/activity"), "-");
  EXPECT_EQ(id("12 recommendations"), "-");
  EXPECT_EQ(id("£5m saving"), "-");
  EXPECT_EQ(id("also a) inline"), "-");
  EXPECT_TRUE(IsLabelOnly(" 6.1 "));
  EXPECT_FALSE(IsLabelOnly("6.1 Aim"));
  EXPECT_EQ(NextLetteredId("6.1"), "6.1b");
  EXPECT_EQ(NextLetteredId("6.1b"), "6.1c");
  ItemLabel a = *LeadingLabel("(a) Consider");
  EXPECT_EQ(SubItemId("2.1", a), "2.1(a)");
  EXPECT_EQ(SubItemId("", a), "a");
}

TEST(ItemKinds, FromWords) {
  ItemKindLexicon k = Kinds();
  EXPECT_EQ(k.KindOf("Improvement Aim", ""), "improvement_aim");
  EXPECT_EQ(k.KindOf("CfGS Recommendation", ""), "recommendation");
  EXPECT_EQ(k.KindOf("2. Recommendations", "report to cabinet"), "decision");
  EXPECT_EQ(k.KindOf("Additional measures proposed are:", ""), "measure");
  EXPECT_EQ(k.KindOf("6 Conclusions", ""), std::nullopt);  // its paragraphs say what it holds
  EXPECT_EQ(k.KindOf("Legal Implications", ""), std::nullopt);
  EXPECT_EQ(k.KindOf("Reason for Decision:", ""), std::nullopt);
  EXPECT_EQ(k.KindOf("8. Risk Management", ""), std::nullopt);
  EXPECT_EQ(k.KindOf("1 Background and context", ""), std::nullopt);
}

TEST(TableSegmenter, NewPlanHeaders) {
  // A plan this code has not met: its headers alone decide the roles.
  Table t = MakeTable({{"Ref", "Objective", "Action owner", "Target date", "Progress"},
                       {"A1", "x", "y", "z", "w"},
                       {"1", "Publish the plan", "Head of Policy", "March 2025", "On track"}});
  std::vector<unsigned> roles = ColumnRoles(t, Roles());
  ASSERT_EQ(roles.size(), 5u);
  EXPECT_EQ(roles[0], kRoleId);
  EXPECT_EQ(roles[1], kRoleText);
  EXPECT_EQ(roles[2], kRoleOwner);
  EXPECT_EQ(roles[3], kRoleDate);
  EXPECT_EQ(roles[4], kRoleStatus | kRoleUpdate);
  std::vector<RawItem> items = SegmentTable(t, Roles(), Kinds(), TableContext{});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].item_id, "A1");  // a reference code as printed
  EXPECT_EQ(items[0].kind, "aim");    // "Objective" names the kind
  EXPECT_EQ(items[1].item_id, "1");
  EXPECT_EQ(items[1].owner_cells, std::vector<std::string>{"Head of Policy"});
  EXPECT_EQ(items[1].date_texts, std::vector<std::string>{"March 2025"});
}

TEST(TableSegmenter, BannersLabelsAndContinuations) {
  ItemKindLexicon kinds = Kinds();
  Table t = MakeTable({{"1. Political Leadership\nEffective leadership"},
                       {"", "Improvement Aim", "Required Action", "Outputs/Outcomes"},
                       {"1.1", "Stable groups.", "Self-assessments.", "Updates (August 2018)"},
                       {"", "", "Collate changes.", "Report"},
                       {"", "An unnumbered aim", "Act", ""},
                       {"2 Culture"},
                       {"2.1", "Tackling defensiveness", "Identify", "Understanding"}},
                      2);
  std::vector<RawItem> items = SegmentTable(t, Roles(), kinds, TableContext{});
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].item_id, "1.1");
  EXPECT_EQ(items[0].kind, "improvement_aim");
  EXPECT_EQ(items[0].section, "1. Political Leadership");
  EXPECT_EQ(items[0].actions, (std::vector<std::string>{"Self-assessments.", "Collate changes."}));
  EXPECT_EQ(items[0].deliverables, (std::vector<std::string>{"Updates (August 2018)", "Report"}));
  ASSERT_EQ(items[0].provenance.size(), 2u);  // two rows
  EXPECT_EQ(items[0].provenance[1].row, 3);
  EXPECT_EQ(items[0].provenance[1].table, "t1");
  EXPECT_EQ(items[1].item_id, "1.1b");
  EXPECT_EQ(items[1].text_parts, std::vector<std::string>{"An unnumbered aim"});
  EXPECT_EQ(items[2].item_id, "2.1");
  EXPECT_EQ(items[2].section, "2 Culture");
}

TEST(TableSegmenter, LabelInTextAndHeaderRowDeliverable) {
  Table t = MakeTable({{"CfGS Recommendation", "BCC Response", "Key Deliverables"},
                       {"", "", "A section dashboard (September 2018)"},
                       {"1. Refocus attention", "Review", "A plan"},
                       {"2. Reframe values", "Consider", "A framework"}},
                      2);
  std::vector<RawItem> items = SegmentTable(t, Roles(), Kinds(), TableContext{});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].item_id, "1");
  EXPECT_EQ(items[0].kind, "recommendation");
  EXPECT_EQ(items[0].text_parts, std::vector<std::string>{"Refocus attention"});
  EXPECT_EQ(items[1].deliverables,
            (std::vector<std::string>{"A section dashboard (September 2018)", "A framework"}));
}

TEST(TableSegmenter, StitchedPagesRepeatHeadersAndSectionRows) {
  // One table over several pages: banners in the body, the column headers
  // and a section-level output repeated on each page.
  Table t = MakeTable({{"", "Improvement Aim", "Required Action", "Outputs/Outcomes"},
                       {"1 Leadership"},
                       {"1.1", "Aim one", "Act", "Out"},
                       {"2 Culture"},
                       {"", "", "", "A culture dashboard (September 2018)"},
                       {"2.1", "Aim two", "Act", "Out two"},
                       {"", "Improvement Aim", "Required Action", "Outputs/Outcomes"},
                       {"", "", "", "A culture dashboard (September 2018)"},
                       {"", "", "More action", ""},
                       {"2.2", "Aim three", "Act", "Out three"}});
  std::vector<RawItem> items = SegmentTable(t, Roles(), Kinds(), TableContext{});
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].deliverables, std::vector<std::string>{"Out"});
  EXPECT_EQ(items[1].section, "2 Culture");
  EXPECT_EQ(items[1].deliverables,
            (std::vector<std::string>{"A culture dashboard (September 2018)", "Out two"}));
  EXPECT_EQ(items[1].actions, (std::vector<std::string>{"Act", "More action"}));
  EXPECT_EQ(items[2].deliverables,
            (std::vector<std::string>{"A culture dashboard (September 2018)", "Out three"}));
}

TEST(TableSegmenter, BannerLeftInTheIdColumn) {
  Table t = MakeTable({{"", "Improvement Aim", "Required Action"},
                       {"1.1", "Aim one", "Act"},
                       {"2 A Modern Culture", "", ""},
                       {"2.1", "Aim two", "Act"}});
  std::vector<RawItem> items = SegmentTable(t, Roles(), Kinds(), TableContext{});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[1].section, "2 A Modern Culture");
  EXPECT_EQ(items[0].actions, std::vector<std::string>{"Act"});
}

// An unruled table as a table finder cuts it: the column headers over two
// rows (one column's header in the first), labels left in the text column,
// and the headers repeated at a page break on a row that also holds body
// text. Labelled rows are a plan's: no row is numbered as a register's.
TEST(TableSegmenter, UnruledHeadersCutIntoRows) {
  Table t = MakeTable({{"4 Strategic planning"},
                       {"", "", "", "Lead / RAG status"},
                       {"Improvement Aim", "Required Action", "Outputs/Outcomes",
                        "(Green – complete / evaluated; Amber – on track)"},
                       {"4.11 Effective HR", "Workforce strategy", "New model", "Director of HR"},
                       {"Improvement Aim", "Required Action", "Tanks. Outputs/Outcomes", ""},
                       {"", "Review the model", "", ""},
                       {"4.12 Effective ICT", "Prioritise ICT", "A framework", "COO"}},
                      3);
  int row_number = 0;
  TableContext ctx;
  ctx.row_number = &row_number;
  std::vector<RawItem> items = SegmentTable(t, Roles(), Kinds(), ctx);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].item_id, "4.11");
  EXPECT_EQ(items[0].kind, "improvement_aim");
  EXPECT_EQ(items[0].text_parts, std::vector<std::string>{"Effective HR"});
  EXPECT_EQ(items[0].actions,
            (std::vector<std::string>{"Workforce strategy", "Review the model"}));
  EXPECT_EQ(items[0].deliverables,
            (std::vector<std::string>{"New model", "Tanks. Outputs/Outcomes"}));
  EXPECT_EQ(items[1].item_id, "4.12");
  EXPECT_EQ(row_number, 0);
  EXPECT_TRUE(HasLabelledRows(t));
}

// Labels an unruled table's finder left inside the text column: centred in
// a tall cell, one starts a later line of the cell; another starts a row
// the finder left as one wide cell. Both are items, not text or banners.
TEST(TableSegmenter, LabelsOnALaterLineOrAWideRow) {
  Table t = MakeTable({{"Improvement Aim", "Required Action", "Outputs/Outcomes"},
                       {"6.1 City-wide Partnership", "Engage", "A framework"},
                       {"Children and Young\n6.2\nPeople's Partnership", "Review", "A board"},
                       {"7 Communications"},
                       {"7.1 Community engagement and consultation"}},
                      1);
  std::vector<RawItem> items = SegmentTable(t, Roles(), Kinds(), TableContext{});
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[1].item_id, "6.2");
  EXPECT_EQ(items[1].text_parts,
            (std::vector<std::string>{"Children and Young", "People's Partnership"}));
  EXPECT_EQ(items[2].item_id, "7.1");
  EXPECT_EQ(items[2].section, "7 Communications");
}

// A cut-off line (a word or two, or a few ending on "and") in a table of
// labelled rows stays with the item above; a text of its own there is an
// unlabelled item ("6.1b").
TEST(TableSegmenter, CutOffLineStaysWithTheItemAbove) {
  Table t = MakeTable({{"", "Improvement Aim", "Required Action"},
                       {"1.5", "Appointments to outside", "Guide a process"},
                       {"", "bodies", ""},
                       {"", "A fit-for-purpose and", ""},
                       {"6.1", "City-wide Partnership Framework", "Engage"},
                       {"", "Statement of partnership values of openness and safe challenge", ""}},
                      1);
  std::vector<RawItem> items = SegmentTable(t, Roles(), Kinds(), TableContext{});
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].text_parts, (std::vector<std::string>{"Appointments to outside", "bodies",
                                                           "A fit-for-purpose and"}));
  EXPECT_EQ(items[1].item_id, "6.1");
  EXPECT_EQ(items[2].item_id, "6.1b");
}

// A table cut at a page break carries on the last item of the labelled
// table before it, in the same section; under a new banner it starts anew.
TEST(TableSegmenter, TableCarriesOnTheItemBeforeIt) {
  RawItem before;
  before.item_id = "1.3";
  before.section = "1. Political Leadership";
  before.text_parts = {"Effective, modern governance"};
  Table t = MakeTable({{"1. Political Leadership\nEffective leadership"},
                       {"", "Improvement Aim", "Required Action", "Outputs/Outcomes"},
                       {"", "processes at Full Council", "Complete the review", ""},
                       {"1.4", "Scrutiny", "Implement changes", "Work programme"}},
                      2);
  TableContext ctx;
  ctx.continues = &before;
  std::vector<RawItem> items = SegmentTable(t, Roles(), Kinds(), ctx);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].item_id, "1.4");
  EXPECT_EQ(before.text_parts,
            (std::vector<std::string>{"Effective, modern governance", "processes at Full Council"}));
  EXPECT_EQ(before.actions, std::vector<std::string>{"Complete the review"});
  RawItem other = before;
  Table next = MakeTable({{"2 Culture"},
                          {"", "Improvement Aim", "Required Action", "Outputs/Outcomes"},
                          {"", "", "", "A culture dashboard (September 2018)"},
                          {"2.1", "Tackling defensiveness", "Identify", "Understanding"}},
                         2);
  ctx.continues = &other;
  items = SegmentTable(next, Roles(), Kinds(), ctx);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(other.deliverables, before.deliverables);  // nothing carried into 1.3
  EXPECT_EQ(items[0].deliverables,
            (std::vector<std::string>{"A culture dashboard (September 2018)", "Understanding"}));
}

TEST(TableSegmenter, KeyValueTableIsNoPlan) {
  Table t = MakeTable({{"Subject:", "Draft plan"}, {"Report of:", "Chief Executive"}}, 0);
  EXPECT_TRUE(SegmentTable(t, Roles(), Kinds(), TableContext{}).empty());
}

}  // namespace
}  // namespace plantrace

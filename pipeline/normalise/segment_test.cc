// Segmentation on small synthetic documents: column roles, labels, banner
// sections, continuation rows, header dates, owner headings, updates and
// prose items.

#include <cstdio>

#include <tuple>

#include <gtest/gtest.h>

#include "pipeline/segment/column_roles.h"
#include "pipeline/segment/item_kinds.h"
#include "pipeline/segment/item_labels.h"
#include "pipeline/segment/prose_segmenter.h"
#include "pipeline/normalise/record_builder.h"
#include "pipeline/segment/table_segmenter.h"

namespace plantrace {
namespace {

ColumnRoleLexicon Roles() {
  Result<ColumnRoleLexicon> r = ColumnRoleLexicon::LoadDefault();
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? std::move(r).value() : ColumnRoleLexicon{};
}
ItemKindLexicon Kinds() {
  Result<ItemKindLexicon> r = ItemKindLexicon::LoadDefault();
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? std::move(r).value() : ItemKindLexicon{};
}

Span S(std::string text, bool bold = false, bool underline = false) {
  Span s;
  s.text = std::move(text);
  s.bold = bold;
  s.underline = underline;
  return s;
}

Cell MakeCell(int row, int col, std::string text, bool header = false, int colspan = 1) {
  Cell c;
  c.row = row;
  c.col = col;
  c.colspan = colspan;
  c.header = header;
  c.text = text;
  c.spans.push_back(S(text));
  c.parts.push_back(PagePart{1, BBox{10.0 * col, 10.0 * row, 10.0 * col + 9, 10.0 * row + 9}});
  return c;
}

// A table from rows of cell texts; row 0 is the header. A row of one
// string is a banner across all columns.
Table MakeTable(const std::vector<std::vector<std::string>>& rows, int header_rows = 1) {
  Table t;
  t.id = "t1";
  t.header_rows = header_rows;
  t.rows = static_cast<int>(rows.size());
  for (const auto& r : rows) t.cols = std::max(t.cols, static_cast<int>(r.size()));
  for (int i = 0; i < t.rows; ++i) {
    const auto& r = rows[static_cast<size_t>(i)];
    if (r.size() == 1 && t.cols > 1) {
      t.cells.push_back(MakeCell(i, 0, r[0], i < header_rows, t.cols));
      continue;
    }
    for (int k = 0; k < static_cast<int>(r.size()); ++k) {
      t.cells.push_back(MakeCell(i, k, r[static_cast<size_t>(k)], i < header_rows));
    }
  }
  return t;
}

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

class BuilderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<RecordBuilder> b = RecordBuilder::Load(PLANTRACE_SOURCE_DIR "/data");
    ASSERT_TRUE(b.ok()) << b.status().ToString();
    builder_.emplace(std::move(b).value());
  }
  std::optional<RecordBuilder> builder_;
};

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

Cell StyledCell(int row, int col, const std::vector<Span>& spans) {
  Cell c = MakeCell(row, col, "");
  c.spans = spans;
  for (const Span& s : spans) c.text += s.text;
  return c;
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

Block MakeBlock(BlockKind kind, std::string text, int level = 0) {
  static int n = 0;
  Block b;
  char id[32];
  std::snprintf(id, sizeof id, "b%d", ++n);
  b.id = id;
  b.kind = kind;
  b.level = level;
  b.text = std::move(text);
  return b;
}

std::vector<RawItem> Prose(const std::vector<Block>& blocks, const std::string& ctx = "") {
  ItemKindLexicon kinds = Kinds();
  ProseSegmenter seg(kinds, ctx);
  for (const Block& b : blocks) seg.Add(b);
  seg.Finish();
  return seg.Take();
}

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

TEST(ProseSegmenter, ListWithoutKindGivesNoItems) {
  std::vector<RawItem> items = Prose({
      MakeBlock(BlockKind::kHeading, "3. Background", 2),
      MakeBlock(BlockKind::kParagraph, "3.1 Reviews include:"),
      MakeBlock(BlockKind::kListItem, "(a) one"),
      MakeBlock(BlockKind::kListItem, "b) two"),
  });
  EXPECT_TRUE(items.empty());
}

Block Line(std::string text, double top, double x0 = 50) {
  Block b = MakeBlock(BlockKind::kParagraph, std::move(text));
  b.page = 1;
  b.bbox = BBox{x0, top, 540, top + 12};
  return b;
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

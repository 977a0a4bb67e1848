#include "pipeline/normalise/owner_cues.h"
#include "pipeline/normalise/owner_parser.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace plantrace {
namespace {

class OwnerParserTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<OwnerParser> p = OwnerParser::CreateDefault();
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    parser_ = new OwnerParser(std::move(p).value());
  }
  static void TearDownTestSuite() { delete parser_; }
  // "raw=title" per owner, "*" marking interim, joined by " | ".
  std::string Cell(std::string_view cell) {
    std::string out;
    for (const OwnerRecord& o : parser_->ParseCell(cell)) {
      if (!out.empty()) out += " | ";
      out += o.raw + "=" + o.title + (o.interim ? "*" : "");
    }
    return out;
  }
  static OwnerParser* parser_;
};
OwnerParser* OwnerParserTest::parser_ = nullptr;

TEST_F(OwnerParserTest, SplitsCombinedHeadings) {
  EXPECT_EQ(Cell("ACE with Group Leaders / Deputy Leader"),
            "ACE=Assistant Chief Executive | Group Leaders=Group Leaders | "
            "Deputy Leader=Deputy Leader");
  EXPECT_EQ(Cell("Chief Executive and Leader"),
            "Chief Executive=Chief Executive | Leader=Leader of the Council");
  EXPECT_EQ(Cell("Chief Operating Officer / Assistant Director ICT"),
            "Chief Operating Officer=Chief Operating Officer | Assistant Director ICT=Assistant "
            "Director Information and Communications Technology");
  EXPECT_EQ(Cell("HR Director\nLGA Principal Advisor (WM)"),
            "HR Director=Human Resources Director | LGA Principal Advisor (WM)=Local Government "
            "Association Principal Advisor (West Midlands)");
  EXPECT_EQ(Cell("CEO & CMT; S151"),
            "CEO=Chief Executive | CMT=Corporate Management Team | S151=Section 151 Officer");
  EXPECT_EQ(Cell("ACE / Place"), "ACE=Assistant Chief Executive | Place=Director of Place");
}

// Issue 14: a register's directorate codes are owners as printed, one per
// code; a cell that names no directorate gives none.
TEST_F(OwnerParserTest, DirectorateCodes) {
  EXPECT_EQ(Cell("ASCH / CYPE"), "ASCH=ASCH | CYPE=CYPE");
  EXPECT_EQ(Cell("GET/DCED"), "GET=GET | DCED=DCED");
  EXPECT_EQ(Cell("ASCH (PH)"), "ASCH (PH)=ASCH (PH)");
  EXPECT_EQ(Cell("ALL"), "ALL=ALL");
  EXPECT_EQ(Cell("Non Attributable Costs"), "");
}

TEST_F(OwnerParserTest, KeepsTitlesWhole) {
  EXPECT_EQ(Cell("Director of Strategy, Equality and Partnerships"),
            "Director of Strategy, Equality and Partnerships=Director of Strategy, Equality and "
            "Partnerships");
  EXPECT_EQ(Cell("Assistant Director, Programmes, Performance, and Improvement"),
            "Assistant Director, Programmes, Performance, and Improvement=Assistant Director, "
            "Programmes, Performance, and Improvement");
  EXPECT_EQ(Cell("Cabinet Member Community Safety and Cohesion / ACE"),
            "Cabinet Member Community Safety and Cohesion=Cabinet Member Community Safety and "
            "Cohesion | ACE=Assistant Chief Executive");
  EXPECT_EQ(Cell("Director of HR/OD"),
            "Director of HR/OD=Director of Human Resources and Organisational Development");
  EXPECT_EQ(Cell("Director of Commissioning and Procurement"),
            "Director of Commissioning and Procurement=Director of Commissioning and Procurement");
}

TEST_F(OwnerParserTest, InterimNamesAndArticles) {
  EXPECT_EQ(Cell("Interim Monitoring Officer"), "Interim Monitoring Officer=Monitoring Officer*");
  EXPECT_EQ(Cell("Acting Chief Executive"), "Acting Chief Executive=Chief Executive*");
  EXPECT_EQ(Cell("Monitoring Officer (Interim)"),
            "Monitoring Officer (Interim)=Monitoring Officer*");
  EXPECT_EQ(Cell("the Chief Executive of CIPFA, Rob Whiteman"),
            "the Chief Executive of CIPFA, Rob Whiteman=Chief Executive of the Chartered "
            "Institute of Public Finance and Accountancy");
  EXPECT_EQ(Cell("Councillor Deputy Leader"), "Councillor Deputy Leader=Deputy Leader");
  EXPECT_EQ(Cell("Assistant Chief Exec."), "Assistant Chief Exec.=Assistant Chief Executive");
  EXPECT_EQ(Cell("• Place Director"), "Place Director=Director of Place");
}

TEST_F(OwnerParserTest, WrappedLinesAreRejoined) {
  EXPECT_EQ(Cell("Director of Strategy, Equality\nand Partnerships\nDirector of Finance"),
            "Director of Strategy, Equality and Partnerships=Director of Strategy, Equality and "
            "Partnerships | Director of Finance=Director of Finance");
  EXPECT_EQ(Cell("Assistant Director,\nProgrammes, Performance, and\nImprovement"),
            "Assistant Director, Programmes, Performance, and Improvement=Assistant Director, "
            "Programmes, Performance, and Improvement");
  EXPECT_EQ(Cell("Interim Monitoring\nOfficer\nSection 151 Officer"),
            "Interim Monitoring Officer=Monitoring Officer* | Section 151 Officer=Section 151 "
            "Officer");
  EXPECT_EQ(Cell("Chief Executive\nRob Whiteman"), "Chief Executive=Chief Executive");
  EXPECT_EQ(Cell("Interim Monitoring Officer\nStatutory Scrutiny Officer"),
            "Interim Monitoring Officer=Monitoring Officer* | Statutory Scrutiny "
            "Officer=Statutory Scrutiny Officer");
}

TEST_F(OwnerParserTest, LeadingPersonalNames) {
  EXPECT_EQ(Cell("Graeme Betts – Acting Chief Executive"),
            "Graeme Betts – Acting Chief Executive=Chief Executive*");
  EXPECT_EQ(Cell("Councillor John Cotton, Leader of the Council"),
            "Councillor John Cotton, Leader of the Council=Leader of the Council");
  EXPECT_EQ(Cell("Paul Clarke, Assistant Director (Programmes, Performance,\nand Improvement)"),
            "Paul Clarke, Assistant Director (Programmes, Performance, and Improvement)=Assistant "
            "Director (Programmes, Performance, and Improvement)");
  EXPECT_EQ(Cell("Councillor Albert Bore – Co-ordinating O&S Committee"),
            "Councillor Albert Bore – Co-ordinating O&S Committee=Co-ordinating O&S Committee");
}

TEST_F(OwnerParserTest, NoRoleNoOwner) {
  EXPECT_EQ(Cell(""), "");
  EXPECT_EQ(Cell("Rob Whiteman"), "");
  EXPECT_EQ(Cell(" / ; \n and "), "");
}

TEST(OwnerGazetteerTest, SmallGazetteerAndErrors) {
  Result<OwnerGazetteer> g = OwnerGazetteer::Parse(
      "title\tDoF\tDirector of Finance\nhead\tofficer\ninterim\tinterim\n", "g.tsv");
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  OwnerParser p(std::move(g).value());
  std::vector<OwnerRecord> o = p.ParseCell("DoF and Interim Scrutiny Officer");
  ASSERT_EQ(o.size(), 2u);
  EXPECT_EQ(o[0].title, "Director of Finance");
  EXPECT_TRUE(o[1].interim);
  EXPECT_EQ(o[1].title, "Scrutiny Officer");
  Result<OwnerGazetteer> bad = OwnerGazetteer::Parse("head\tofficer\ntitle\tonly\n", "g.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().ToString().find("g.tsv:2"), std::string::npos);
}

// Issue 14: a phrase after the role ("…, who is currently responsible");
// a role the item names to act ("DELEGATE authority to the …").
TEST_F(OwnerParserTest, CuesAfterTheRoleAndDelegation) {
  Result<OwnerCues> cues = OwnerCues::Parse(
      "after\twho is currently responsible\nafter\twith responsibility for\n"
      "after\tto oversee\ncue\tdelegate authority to the\n",
      "c.tsv");
  ASSERT_TRUE(cues.ok()) << cues.status().ToString();
  auto find = [&](std::string_view text) {
    std::string out;
    for (const OwnerRecord& o : cues->Find(text, *parser_)) {
      if (!out.empty()) out += " | ";
      out += o.title + (o.interim ? " (interim)" : "");
    }
    return out;
  };
  EXPECT_EQ(find("capacity for the Chief Executive, who is currently responsible for this area"),
            "Chief Executive");
  EXPECT_EQ(find("both the Strategic Director People and the Interim Director Service Delivery "
                 "with responsibility for HR"),
            "Director of Service Delivery (interim)");
  EXPECT_EQ(find("This would enable the Chief Executive to oversee the whole process"),
            "Chief Executive");
  EXPECT_EQ(find("the ability to input and to oversee it"), "");
  EXPECT_EQ(find("To DELEGATE authority to the Director of Public Health in consultation with the "
                 "Leader"),
            "Director of Public Health");
}

TEST_F(OwnerParserTest, DelegationHandsTheTaskToTheRoleAfterToThe) {
  Result<OwnerCues> cues = OwnerCues::Parse("handover\tdelegate\nhandover\tdelegated\n", "h.tsv");
  ASSERT_TRUE(cues.ok()) << cues.status().ToString();
  auto find = [&](std::string_view text) {
    std::string out;
    for (const OwnerRecord& o : cues->Find(text, *parser_)) {
      if (!out.empty()) out += " | ";
      out += o.title;
    }
    return out;
  };
  // The object between the verb and the role is skipped, the first
  // "to the" naming no role too.
  EXPECT_EQ(find("and delegate finalising any response to the settlement to the Corporate "
                 "Director of Finance"),
            "Corporate Director of Finance");
  EXPECT_EQ(find("and that delegated authority be given to the Corporate Director of Adult "
                 "Social Care and Health in consultation with the Leader"),
            "Corporate Director of Adult Social Care and Health");
  EXPECT_EQ(find("That authority be delegated to the Managing Director to approve"),
            "Managing Director");
  // A name ("Schools' Delegated Budgets"), another clause, or no role.
  EXPECT_EQ(find("Schools' Delegated Budgets to the Director of Education"), "");
  EXPECT_EQ(find("under delegated powers, reporting to the Chief Executive"), "");
  EXPECT_EQ(find("delegated authority to transfer the functions to the new service"), "");
}

TEST_F(OwnerParserTest, ProseCuesNameTheRoleAlone) {
  Result<OwnerCues> cues = OwnerCues::Parse(
      "cue\tdriven by the\ncue\tin the hands of the\ncue\tdedicated role for the\n"
      "cue\tan experienced interim as\tinterim\n",
      "c.tsv");
  ASSERT_TRUE(cues.ok()) << cues.status().ToString();
  auto find = [&](std::string_view text) {
    std::string out;
    for (const OwnerRecord& o : cues->Find(text, *parser_)) {
      if (!out.empty()) out += " | ";
      out += o.title + (o.interim ? " (interim)" : "");
    }
    return out;
  };
  EXPECT_EQ(find("The redesign is being driven by the Interim Director Service Delivery and, since "
                 "her recruitment, is proceeding at pace."),
            "Director of Service Delivery (interim)");
  EXPECT_EQ(find("Planning is in the hands of the Interim Director Service Delivery and there is "
                 "reason to have confidence"),
            "Director of Service Delivery (interim)");
  EXPECT_EQ(find("agreement to appoint an experienced interim as Head of Organisational Development "
                 "working to the Director"),
            "Head of Organisational Development (interim)");
  EXPECT_EQ(find("a dedicated role for the Chief Executive of CIPFA, Rob Whiteman, in providing"),
            "Chief Executive of the Chartered Institute of Public Finance and Accountancy");
  EXPECT_EQ(find("This is driven by the need to save money."), "");
  EXPECT_FALSE(OwnerCues::Parse("cue\tled by\tacting\n", "c.tsv").ok());
}

TEST_F(OwnerParserTest, DocumentLeadFromTheFrontKeyValueTable) {
  Result<OwnerCues> cues = OwnerCues::Parse("lead\treport of:\n", "c.tsv");
  ASSERT_TRUE(cues.ok()) << cues.status().ToString();
  Document doc;
  Table t;
  t.cols = 2;
  t.rows = 3;
  auto cell = [&](int row, int col, std::string text) {
    plantrace::Cell c;
    c.row = row;
    c.col = col;
    c.text = std::move(text);
    t.cells.push_back(std::move(c));
  };
  cell(0, 0, "Subject:");
  cell(0, 1, "Draft Improvement and Recovery Plan (IRP)");
  cell(1, 0, " Report of: ");
  cell(1, 1, "Graeme Betts – Acting Chief Executive");
  cell(2, 0, "Relevant Cabinet Member:");
  cell(2, 1, "Councillor John Cotton, Leader of the Council");
  doc.tables.push_back(t);
  std::vector<OwnerRecord> o = cues->DocumentLeads(doc, *parser_);
  ASSERT_EQ(o.size(), 1u);
  EXPECT_EQ(o[0].title, "Chief Executive");
  EXPECT_TRUE(o[0].interim);
  doc.tables[0].cols = 3;  // not a key-value table
  EXPECT_TRUE(cues->DocumentLeads(doc, *parser_).empty());
  // Unless the value spans the columns right of its key: a key-value table
  // read as one with the table of other fields set under it.
  for (plantrace::Cell& c : doc.tables[0].cells) c.colspan = c.col == 1 ? 2 : 1;
  o = cues->DocumentLeads(doc, *parser_);
  ASSERT_EQ(o.size(), 1u);
  EXPECT_EQ(o[0].title, "Chief Executive");
}

// A key printed on two lines, cut into two rows by a table finder without
// rules: the joined key names the field, and both rows hold its value.
TEST_F(OwnerParserTest, DocumentLeadsJoinsAKeyCutIntoTwoRows) {
  Result<OwnerCues> cues = OwnerCues::Parse("lead\trelevant cabinet member:\n", "c.tsv");
  ASSERT_TRUE(cues.ok()) << cues.status().ToString();
  Document doc;
  Table t;
  t.id = "t1";
  t.cols = 2;
  t.rows = 4;
  auto cell = [&](int row, int col, std::string text) {
    plantrace::Cell c;
    c.row = row;
    c.col = col;
    c.text = std::move(text);
    t.cells.push_back(std::move(c));
  };
  cell(0, 0, "Relevant Cabinet");
  cell(0, 1, "Councillor John Cotton, Leader of the Council");
  cell(1, 0, "Member:");
  cell(1, 1, "Councillor Sharon Thompson, Deputy Leader");
  cell(2, 0, "Relevant O&S Chair(s):");
  cell(2, 1, "Councillor Albert Bore – Co-ordinating O&S Committee");
  doc.tables.push_back(t);
  std::vector<OwnerRecord> o = cues->DocumentLeads(doc, *parser_);
  ASSERT_EQ(o.size(), 2u);
  EXPECT_EQ(o[0].title, "Leader of the Council");
  EXPECT_EQ(o[1].title, "Deputy Leader");
  doc.tables[0].cells[0].text = "Relevant Cabinet:";  // a key of its own: no join
  EXPECT_TRUE(cues->DocumentLeads(doc, *parser_).empty());
}

// A report header's "From:" block whose lines the extractor joined into one
// paragraph: each "Name, Role" entry is its own owner, names dropped, and a
// role's wrapped tail stays with it.
TEST_F(OwnerParserTest, DocumentLeadsSplitsAJoinedFromBlockAtEachName) {
  Result<OwnerCues> cues = OwnerCues::Parse("lead\tfrom:\n", "c.tsv");
  ASSERT_TRUE(cues.ok()) << cues.status().ToString();
  Document doc;
  auto block = [&](std::string id, std::string text) {
    Block b;
    b.id = id;
    b.text = std::move(text);
    doc.reading_order.push_back(b.id);
    doc.blocks.push_back(std::move(b));
  };
  block("b1", "From:");
  block("b2",
        "Jane Smith, Leader Alan Jones, Deputy Leader and Cabinet Member for Finance, Corporate "
        "and Traded Services Mary Brown, Corporate Director of Finance");
  block("b3", "To: Cabinet – 30 January 2025");
  std::vector<OwnerRecord> o = cues->DocumentLeads(doc, *parser_);
  std::vector<std::string> titles;
  for (const OwnerRecord& r : o) titles.push_back(r.title);
  EXPECT_EQ(titles.size(), 4u);
  for (const std::string& t : titles) {
    EXPECT_EQ(t.find("Alan"), std::string::npos) << t;
    EXPECT_EQ(t.find("Mary"), std::string::npos) << t;
  }
  EXPECT_NE(std::find(titles.begin(), titles.end(),
                      "Cabinet Member for Finance, Corporate and Traded Services"),
            titles.end());
  EXPECT_NE(std::find(titles.begin(), titles.end(), "Corporate Director of Finance"), titles.end());
}

// A place name after a comma inside a role is not a new person.
TEST_F(OwnerParserTest, DocumentLeadsKeepsACommaInsideARole) {
  Result<OwnerCues> cues = OwnerCues::Parse("lead\tfrom:\n", "c.tsv");
  ASSERT_TRUE(cues.ok()) << cues.status().ToString();
  Document doc;
  Block key;
  key.id = "b1";
  key.text = "From: Jane Smith, Head of Adult Social Care, Kent";
  doc.reading_order.push_back("b1");
  doc.blocks.push_back(key);
  std::vector<OwnerRecord> o = cues->DocumentLeads(doc, *parser_);
  ASSERT_EQ(o.size(), 1u);
  EXPECT_EQ(o[0].title.find("Head of Adult Social Care"), 0u) << o[0].title;
}

// The header's later key-value lines read as a table whose first row has no
// key: that row's value is the wrapped end of the "From:" entry above it.
TEST_F(OwnerParserTest, DocumentLeadsTakesAWrappedTailFromTheTableBelow) {
  Result<OwnerCues> cues = OwnerCues::Parse("lead\tfrom:\n", "c.tsv");
  ASSERT_TRUE(cues.ok()) << cues.status().ToString();
  Document doc;
  Block key;
  key.id = "b1";
  key.text = "From:";
  Block value;
  value.id = "b2";
  value.text = "Jane Smith, Corporate Director, Growth, Environment";
  doc.blocks = {key, value};
  doc.reading_order = {"b1", "b2", "t1"};
  Table t;
  t.id = "t1";
  t.cols = 2;
  t.rows = 2;
  auto cell = [&](int row, int col, std::string text) {
    plantrace::Cell c;
    c.row = row;
    c.col = col;
    c.text = std::move(text);
    t.cells.push_back(std::move(c));
  };
  cell(0, 0, "");
  cell(0, 1, "and Transport");
  cell(1, 0, "To:");
  cell(1, 1, "Cabinet - 30 January 2025");
  doc.tables.push_back(t);
  std::vector<OwnerRecord> o = cues->DocumentLeads(doc, *parser_);
  ASSERT_EQ(o.size(), 1u);
  EXPECT_EQ(o[0].title, "Corporate Director, Growth, Environment and Transport");
  doc.tables[0].cells[0].text = "Subject:";  // a keyed row is a field of its own
  o = cues->DocumentLeads(doc, *parser_);
  ASSERT_EQ(o.size(), 1u);
  EXPECT_EQ(o[0].title, "Corporate Director, Growth, Environment");
}

// In an agenda pack the report's header is on the page after the covering
// letter: read there, not on page 1.
TEST_F(OwnerParserTest, DocumentLeadsOnThePapersFirstPage) {
  Result<OwnerCues> cues = OwnerCues::Parse("lead\tfrom:\n", "c.tsv");
  ASSERT_TRUE(cues.ok()) << cues.status().ToString();
  Document doc;
  auto block = [&](std::string id, int page, std::string text) {
    Block b;
    b.id = id;
    b.page = page;
    b.text = std::move(text);
    doc.reading_order.push_back(b.id);
    doc.blocks.push_back(std::move(b));
  };
  block("b1", 1, "Dear Member");
  block("b2", 1, "I am now able to enclose the following reports.");
  block("b3", 3, "From: Jane Smith, Cabinet Member for Adult Social Care");
  block("b4", 3, "To: Cabinet - 30 January 2025");
  block("b5", 4, "From: Alan Jones, Director of Public Health");
  EXPECT_TRUE(cues->DocumentLeads(doc, *parser_).empty());
  std::vector<OwnerRecord> o = cues->DocumentLeads(doc, *parser_, 3);
  ASSERT_EQ(o.size(), 1u);
  EXPECT_EQ(o[0].title, "Cabinet Member for Adult Social Care");
}

}  // namespace
}  // namespace plantrace

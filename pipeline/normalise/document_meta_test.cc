// The document record read from the paper itself, on small documents laid
// out like the templates it must read: a committee report's header table, a
// proposed record of decision, printed minutes, an appendix, a plan's cover,
// a signed assessment.

#include <gtest/gtest.h>

#include "pipeline/normalise/doc_type_classifier.h"
#include "pipeline/normalise/document_cues.h"
#include "pipeline/normalise/document_meta.h"
#include "pipeline/normalise/header_fields.h"
#include "pipeline/normalise/title_finder.h"
#include "pipeline/shared/data_files.h"

namespace plantrace {
namespace {

DocumentCues Cues() {
  Result<DocumentCues> cues = LoadDocumentCues();
  EXPECT_TRUE(cues.ok()) << cues.status().ToString();
  return cues.ok() ? std::move(cues).value() : DocumentCues{};
}

const DateParser& Dates() {
  static DateParser* p = [] {
    Result<DateParser> r = DateParser::CreateDefault();
    EXPECT_TRUE(r.ok());
    return new DateParser(std::move(r).value());
  }();
  return *p;
}

class DocBuilder {
 public:
  explicit DocBuilder(int pages = 1) {
    doc_.source.path = "papers/x.pdf";
    doc_.source.format = "pdf";
    doc_.source.pages = pages;
  }
  DocBuilder& Block(std::string text, BlockKind kind = BlockKind::kParagraph, double size = 11,
                    int page = 1) {
    plantrace::Block b;
    b.id = "b" + std::to_string(doc_.blocks.size() + 1);
    b.kind = kind;
    b.page = page;
    b.text = text;
    Span s;
    s.text = std::move(text);
    s.size = size;
    b.spans.push_back(s);
    doc_.blocks.push_back(b);
    doc_.reading_order.push_back(b.id);
    return *this;
  }
  // A label/value table, one row per pair.
  DocBuilder& Fields(const std::vector<std::pair<std::string, std::string>>& rows, int page = 1) {
    Table t;
    t.id = "t" + std::to_string(doc_.tables.size() + 1);
    t.regions.push_back({page, std::nullopt});
    t.cols = 2;
    for (const auto& [label, value] : rows) {
      Cell l, v;
      l.row = v.row = t.rows++;
      l.col = 0;
      v.col = 1;
      l.text = label;
      v.text = value;
      t.cells.push_back(l);
      t.cells.push_back(v);
    }
    doc_.tables.push_back(t);
    doc_.reading_order.push_back(t.id);
    return *this;
  }
  DocumentRecord Record(const DocumentMeta& meta = {}) const {
    return BuildDocumentRecord(doc_, meta, Dates(), cues_);
  }
  Document doc_;
  DocumentCues cues_ = Cues();
};

TEST(HeaderFields, LabelsColonsGapsAndRunOnValues) {
  std::vector<HeaderFieldCue> cues = {{"subject", "title"}, {"to", "meeting"},
                                      {"title of decision", "title"}};
  auto f = ReadHeaderFields({"To:  Cabinet, 30 January 2025", "", "Subject: Kent Integrated",
                             "Care Strategy", "Classification: Unrestricted"},
                            cues);
  EXPECT_EQ(f["meeting"], "Cabinet, 30 January 2025");
  EXPECT_EQ(f["title"], "Kent Integrated Care Strategy");
  // A label alone on its line takes the next line; "Total" is not "To".
  f = ReadHeaderFields({"Total 12", "", "Title of Decision:", "", "Adoption of the Plan", ""}, cues);
  EXPECT_EQ(f.count("meeting"), 0u);
  EXPECT_EQ(f["title"], "Adoption of the Plan");
  EXPECT_TRUE(OpensField("Classification: Unrestricted"));
  EXPECT_FALSE(OpensField("In 2019, the Council agreed: more work"));
}

TEST(HeaderFields, ATwoWordLabelThenOneSpaceAndACapital) {
  std::vector<HeaderFieldCue> cues = {{"report author", "author"}, {"from", "from"}};
  auto f = ReadHeaderFields({"From\tLeader of the Council; Roger Gough", "",
                             "Report author Head of Finance Policy; Dave Shipton"},
                            cues);
  EXPECT_EQ(f["from"], "Leader of the Council; Roger Gough");
  EXPECT_EQ(f["author"], "Head of Finance Policy; Dave Shipton");
  // A sentence goes on in lower case; a one-word label still wants a gap.
  f = ReadHeaderFields({"Report author was consulted.", "From the start we agreed."}, cues);
  EXPECT_EQ(f.count("author"), 0u);
  EXPECT_EQ(f.count("from"), 0u);
}

TEST(DocType, FromAndReportAuthorMakeAReport) {
  DocumentCues cues = Cues();
  EXPECT_EQ(ClassifyDocType("draft revenue budget\n", {{"from", "Leader"}, {"author", "Head"}}, cues),
            "report");
  EXPECT_EQ(ClassifyDocType("draft revenue budget\n", {{"author", "Head"}}, cues), "other");
}

TEST(DocumentMeta, CommitteeReportFromItsHeaderTable) {
  DocBuilder b;
  b.Fields({{"From:", "Roger Gough, Leader"},
            {"To:", "Cabinet, 30 January 2025"},
            {"Decision Number:", "24/00115"},
            {"Subject:", "Kent County Council Integrated Care Strategy Delivery Plan"},
            {"Classification:", "Unrestricted"}});
  b.Block("Summary: Kent County Council and KCC partners will deliver the plan agreed on 3 March 2019.");
  b.doc_.source.title = "Executive Decision";  // a template's leftover
  DocumentRecord r = b.Record();
  EXPECT_EQ(r.title, "Kent County Council Integrated Care Strategy Delivery Plan");
  EXPECT_EQ(r.date, "2025-01-30");
  EXPECT_EQ(r.doc_type, "report");
  EXPECT_EQ(r.decision_number.value_or(""), "24/00115");
  EXPECT_EQ(r.plan_cycle, "");
}

// A producer that puts a page break before the body leaves page 1 blank
// (LibreOffice's HTML import does): the paper starts on its first page with
// text, which holds the cover's date and the report's header table.
TEST(DocumentMeta, ABlankFirstPageIsNotThePaper) {
  DocBuilder b(3);
  b.Block("4th April 2024", BlockKind::kHeading, 14, 2);
  b.Fields({{"Subject:", "Draft Improvement and Recovery Plan"},
            {"Report of:", "Acting Chief Executive"}},
           2);
  b.Block("1.1 The Directions issued to the Council require the preparation of an Improvement Plan.",
          BlockKind::kParagraph, 11, 2);
  EXPECT_EQ(PaperFirstPage(b.doc_, b.cues_), 2);
  DocumentRecord r = b.Record();
  EXPECT_EQ(r.date, "2024-04-04");
  EXPECT_EQ(r.doc_type, "report");
  EXPECT_EQ(r.title, "Draft Improvement and Recovery Plan");
}

// The same blank page before a covering letter: the letter is still the
// cover (its meeting line dates the paper) and the paper starts after it.
TEST(DocumentMeta, ABlankPageBeforeACoveringLetter) {
  DocBuilder b(4);
  b.Block("CABINET - THURSDAY, 30 JANUARY 2025", BlockKind::kParagraph, 11, 2);
  b.Block("Dear Member, I am now able to enclose the report for agenda item no 5.",
          BlockKind::kParagraph, 11, 2);
  b.Block("Yours sincerely", BlockKind::kParagraph, 11, 2);
  b.Fields({{"From:", "Roger Gough, Leader of the Council"},
            {"Subject:", "Adoption of the Integrated Care Strategy delivery plan"}},
           3);
  b.Block("1.1 The Cabinet is asked to adopt the delivery plan of the Integrated Care Strategy.",
          BlockKind::kParagraph, 11, 3);
  EXPECT_EQ(PaperFirstPage(b.doc_, b.cues_), 3);
  DocumentRecord r = b.Record();
  EXPECT_EQ(r.date, "2025-01-30");
  EXPECT_EQ(r.title, "Adoption of the Integrated Care Strategy delivery plan");
}

TEST(DocumentMeta, RecordOfDecisionWithoutAMeetingHasNoDate) {
  DocBuilder b;
  b.Block("KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION", BlockKind::kHeading, 16);
  b.Block("DECISION NO: 24/00109");
  b.Block("Title of Decision: Decision to transfer the service from April 2025", BlockKind::kHeading, 12);
  b.Block("Decision: Cabinet is asked to agree. Discussed at the Committee of 15 January 2025.");
  DocumentRecord r = b.Record();
  EXPECT_EQ(r.title, "Decision to transfer the service from April 2025");
  EXPECT_EQ(r.doc_type, "record_of_decision");
  EXPECT_EQ(r.decision_number.value_or(""), "24/00109");
  EXPECT_EQ(r.date, "");  // a record prints its own date or none
  EXPECT_EQ(r.publisher, "Kent County Council");
}

TEST(DocumentMeta, MinutesTitleIsTheHeadingThroughTheMeetingDate) {
  DocBuilder b;
  b.Block("KENT COUNTY COUNCIL", BlockKind::kHeading, 14);
  b.Block("CABINET", BlockKind::kHeading, 14);
  b.Block("MINUTES of a meeting of the Cabinet held in the Council Chamber on Thursday, 30 January "
          "2025.", BlockKind::kParagraph, 12);
  b.Block("PRESENT: Mr R Gough (Chair)");
  DocumentRecord r = b.Record();
  EXPECT_EQ(r.doc_type, "minutes");
  EXPECT_EQ(r.title,
            "MINUTES of a meeting of the Cabinet held in the Council Chamber on Thursday, 30 "
            "January 2025");
  EXPECT_EQ(r.date, "2025-01-30");
}

TEST(DocumentMeta, AppendixLabelIsDroppedAndAnUndatedPaperHasNoDate) {
  DocBuilder b;
  b.Block("Appendix G", BlockKind::kHeader, 12);
  b.Block("Reserves Policy", BlockKind::kHeading, 16);
  b.Block("1. Background", BlockKind::kHeading, 12);
  b.Block("1.1 In July 2014 the Council set its reserves, reviewed each September.");
  b.doc_.source.title = "Appendix I Reserves Policy";
  DocumentRecord r = b.Record();
  EXPECT_EQ(r.title, "Reserves Policy");
  EXPECT_EQ(r.doc_type, "appendix");
  EXPECT_EQ(r.date, "");
  EXPECT_EQ(DropAppendixLabel("APPENDIX B - CAPITAL INVESTMENT SUMMARY"), "CAPITAL INVESTMENT SUMMARY");
  EXPECT_EQ(DropAppendixLabel("2025-26 APPENDIX E"), "2025-26");
}

TEST(DocumentMeta, PlanCoverTitleBlockPublisherAndMonth) {
  DocBuilder b;
  b.Block("Governance Stabilisation Plan", BlockKind::kHeading, 30);
  b.Block("Birmingham City Council and Centre for Governance and Scrutiny", BlockKind::kParagraph, 16);
  b.Block("November 2023", BlockKind::kParagraph, 14);
  b.Block("This Stabilisation Plan sets out recommendations agreed on 5 October 2023 by the council.",
          BlockKind::kParagraph, 11);
  b.Block("More text of the body of the plan, long enough to be its body size.", BlockKind::kParagraph, 11);
  DocumentRecord r = b.Record();
  EXPECT_EQ(r.title, "Governance Stabilisation Plan");
  EXPECT_EQ(r.publisher, "Birmingham City Council and Centre for Governance and Scrutiny");
  EXPECT_EQ(r.date, "2023-11");
  EXPECT_EQ(r.doc_type, "plan");
}

TEST(DocumentMeta, TitleContinuationAndPeriodNamedByTheTitle) {
  DocBuilder b;
  b.Block("BIRMINGHAM CITY COUNCIL CORPORATE GOVERNANCE IMPROVEMENT PLAN", BlockKind::kHeading, 16);
  b.Block("September Update 2018", BlockKind::kParagraph, 13);
  b.Block("A long body paragraph in the body size of the document, with a date of 30 September.",
          BlockKind::kParagraph, 10);
  DocumentRecord r = b.Record();
  EXPECT_EQ(r.title, "BIRMINGHAM CITY COUNCIL CORPORATE GOVERNANCE IMPROVEMENT PLAN September Update 2018");
  EXPECT_EQ(r.date, "2018-09");
  EXPECT_EQ(r.publisher, "Birmingham City Council");
}

TEST(DocumentMeta, SignedDateWinsOverTheMeetingItIsFor) {
  DocBuilder b(2);
  b.Block("Draft Assessment of the Improvement Plan", BlockKind::kHeading, 17);
  b.Block("For consideration at the meeting of the Panel on 18 March 2015", BlockKind::kHeading, 11);
  b.Block("1.76 It is recommended that the Panel agree.", BlockKind::kParagraph, 11, 2);
  b.Block("John Crabtree\nChair", BlockKind::kParagraph, 11, 2);
  b.Block("13 March 2015", BlockKind::kParagraph, 11, 2);
  DocumentRecord r = b.Record();
  EXPECT_EQ(r.date, "2015-03-13");
  EXPECT_EQ(r.title, "Draft Assessment of the Improvement Plan");
}

TEST(DocumentMeta, GivenMetadataWinsAndIsChecked) {
  DocBuilder b;
  b.Block("A Plan", BlockKind::kHeading, 16);
  DocumentMeta meta;
  meta.title = "Given title";
  meta.publisher = "Given Council";
  meta.date = "0000-09";  // never a date
  meta.plan_cycle = "2018";
  meta.doc_type = "plan";
  DocumentRecord r = b.Record(meta);
  EXPECT_EQ(r.title, "Given title");
  EXPECT_EQ(r.publisher, "Given Council");
  EXPECT_EQ(r.date, "");
  EXPECT_EQ(r.plan_cycle, "2018");
  EXPECT_EQ(r.doc_type, "plan");
}

TEST(DocumentCues, RejectsUnknownTypesAndFields) {
  EXPECT_FALSE(DocumentCues::Parse("type\tmemo\tmemo\tstrong\n", "t").ok());
  EXPECT_FALSE(DocumentCues::Parse("field\tsubject\theadline\n", "t").ok());
  EXPECT_FALSE(DocumentCues::Parse("colour\tred\n", "t").ok());
  EXPECT_TRUE(DocumentCues::Parse("generic\tthe report\n", "t").ok());
}

}  // namespace
}  // namespace plantrace

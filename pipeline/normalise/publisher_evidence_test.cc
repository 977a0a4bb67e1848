// The publisher of papers that never print their council's name in full:
// a contact domain, a council's paper naming other bodies, and the
// publisher shared by the papers of one folder.

#include <gtest/gtest.h>

#include "pipeline/normalise/council_register.h"
#include "pipeline/normalise/document_cues.h"
#include "pipeline/normalise/folder_doc_type.h"
#include "pipeline/normalise/publisher_finder.h"
#include "pipeline/normalise/shared_publisher.h"
#include "pipeline/shared/data_files.h"

namespace plantrace {
namespace {

DocumentCues Cues() {
  Result<DocumentCues> cues = LoadDocumentCues();
  EXPECT_TRUE(cues.ok()) << cues.status().ToString();
  return cues.ok() ? std::move(cues).value() : DocumentCues{};
}

Document Doc(const std::vector<std::string>& paragraphs) {
  Document d;
  d.source.format = "pdf";
  d.source.pages = 1;
  for (const std::string& p : paragraphs) {
    Block b;
    b.id = "b";
    b.id += std::to_string(d.blocks.size() + 1);
    b.kind = BlockKind::kParagraph;
    b.page = 1;
    b.text = p;
    d.blocks.push_back(b);
    d.reading_order.push_back(b.id);
  }
  return d;
}

CouncilRegister Register() { return Cues().councils; }

TEST(CouncilRegister, PlaceKindAndInitialsOfEachName) {
  Result<CouncilRegister> reg = CouncilRegister::Parse(
      "# comment\nKent County Council\tkent.gov.uk\nLondon Borough of Brent\tbrent.gov.uk\n"
      "City of Bradford Metropolitan District Council\tbradford.gov.uk\n",
      "t");
  ASSERT_TRUE(reg.ok()) << reg.status().ToString();
  ASSERT_EQ(reg->councils().size(), 3u);
  const Council& kent = reg->councils()[0];
  EXPECT_EQ(kent.place, "Kent");
  EXPECT_EQ(kent.kind, "County");
  EXPECT_EQ(kent.initials, "KCC");
  EXPECT_EQ(reg->councils()[1].place, "Brent");
  EXPECT_EQ(reg->councils()[1].kind, "");
  EXPECT_EQ(reg->councils()[2].place, "Bradford");
  EXPECT_EQ(reg->councils()[2].kind, "District");
  EXPECT_EQ(reg->councils()[2].initials, "CBMDC");
  EXPECT_FALSE(CouncilRegister::Parse("Kent County Council\tkent\n", "t").ok());
  EXPECT_FALSE(CouncilRegister::Parse("Kent County Council\n", "t").ok());
}

TEST(CouncilRegister, TheCouncilOfItsAddresses) {
  const CouncilRegister reg = Register();
  ASSERT_FALSE(reg.councils().empty());
  // An address alone names its council: the register is the convention.
  EXPECT_EQ(CouncilFromRegister("Contact: a.b@kent.gov.uk", reg), "Kent County Council");
  EXPECT_EQ(CouncilFromRegister("See www.birmingham.gov.uk/plans.", reg), "Birmingham City Council");
  // A government department's address names no council.
  EXPECT_EQ(CouncilFromRegister("Write to enquiries@communities.gov.uk or www.gov.uk", reg), "");
  // Not the council's domain: a longer label ending the same way.
  EXPECT_EQ(CouncilFromRegister("a.b@notkent.gov.uk", reg), "");
  // The domain used most wins; two used alike give none.
  EXPECT_EQ(CouncilFromRegister("x@kent.gov.uk y@kent.gov.uk z@medway.gov.uk", reg),
            "Kent County Council");
  EXPECT_EQ(CouncilFromRegister("x@kent.gov.uk z@medway.gov.uk", reg), "");
  // A domain two councils share is read with the place printed.
  EXPECT_EQ(CouncilFromRegister("a@adur-worthing.gov.uk, Worthing", reg), "Worthing Borough Council");
  EXPECT_EQ(CouncilFromRegister("a@adur-worthing.gov.uk", reg), "");
}

TEST(CouncilRegister, InitialsKindAndPlace) {
  const CouncilRegister reg = Register();
  // Initials three councils share, with the place of one printed.
  EXPECT_EQ(CouncilFromRegister("Addendum - BCC 2019-20. The Council received a report by the "
                                "Birmingham Independent Improvement Panel.",
                                reg),
            "Birmingham City Council");
  EXPECT_EQ(CouncilFromRegister("Addendum - BCC 2019-20. The Council agreed.", reg), "");
  // The kind the paper speaks as, with its place: the county's agenda.
  EXPECT_EQ(CouncilFromRegister("To: All Members of the County Council. A meeting will be held "
                                "at County Hall, Maidstone, Kent.",
                                reg),
            "Kent County Council");
  // A kind without a place names nobody.
  EXPECT_EQ(CouncilFromRegister("The County Council budget meeting will approve it.", reg), "");
  // Initials only one "<place> <kind> Council" has, in a council's paper.
  EXPECT_EQ(CouncilFromRegister("Is there a KCC privacy notice? Objectives of the council.", reg),
            "Kent County Council");
  EXPECT_EQ(CouncilFromRegister("Is there a KCC privacy notice?", reg), "");
  // A directorate's code that is also a council's initials, of a council
  // named without a kind (North Ayrshire Council): not evidence.
  EXPECT_EQ(CouncilFromRegister("TOTAL ASCH CYPE GET NAC. Council Tax.", reg), "");
}

TEST(PublisherFinder, ACouncilsPaperNamingOthersInPassingGivesNone) {
  DocumentCues cues = Cues();
  std::vector<std::string> body;
  for (int i = 0; i < 20; ++i) body.push_back("The Council manages its debt and the Council's reserves.");
  body.push_back("Debt managed on behalf of Medway Council, attributable to Medway Council, "
                 "reorganisation that created Medway Council.");
  Document d = Doc(body);
  EXPECT_EQ(FindPublisher(d, {}, cues), "");
  // The same paper with its contacts at its council's domain.
  body.push_back("Contact: a.person@kent.gov.uk. Kent, KCC and the County Council.");
  Document with_contact = Doc(body);
  EXPECT_EQ(FindPublisher(with_contact, {}, cues), "Kent County Council");
  // A council's paper naming the panel it answers to: not the panel's paper.
  std::vector<std::string> addendum;
  for (int i = 0; i < 6; ++i) addendum.push_back("The Council is proposing to strengthen the Council's plans.");
  addendum.push_back("A report by the Birmingham Independent Improvement Panel (BIIP); the BIIP "
                     "advice; BIIP and external audit analysis.");
  EXPECT_EQ(FindPublisher(Doc(addendum), {}, cues), "");
  // The addendum as printed: its title's "BCC" and the panel's place make
  // it Birmingham City Council's (council_register.h, step 2).
  addendum.insert(addendum.begin(), "Addendum \xE2\x80\x93 BCC 2019-20 Improvement Programme");
  EXPECT_EQ(FindPublisher(Doc(addendum), {}, cues), "Birmingham City Council");
}

TEST(SharedPublisher, InitialsThenTheFoldersMajority) {
  std::vector<GroupPaper> papers = {
      {"a", "Birmingham Independent Improvement Panel", {}},
      {"a", "Birmingham City Council", {}},
      {"a", "Birmingham City Council and Centre for Governance and Scrutiny", {}},
      {"a", "Birmingham City Council", {}},
      {"a", "", {"BCC", "BIIP"}},  // the addendum: its title's "BCC"
      {"a", "", {"CIPFA"}},  // the majority: 3 of 5 with the addendum's share
      {"b", "Kent County Council", {}},
      {"b", "Kent County Council", {}},
      {"b", "Minister of State", {}},
      {"b", "", {}},  // an appendix printing no name: the folder's majority
      {"c", "", {"KCC"}},  // another folder: nothing to share
      {"d", "Kent County Council", {}},
      {"d", "Medway Council", {}},
      {"d", "", {}},  // 1 of 2: no majority
  };
  std::vector<std::string> shared = SharedPublishers(papers);
  ASSERT_EQ(shared.size(), papers.size());
  EXPECT_EQ(shared[0], "");  // its own publisher is kept
  EXPECT_EQ(shared[4], "Birmingham City Council");
  EXPECT_EQ(shared[5], "Birmingham City Council");
  EXPECT_EQ(shared[9], "Kent County Council");
  EXPECT_EQ(shared[10], "");
  EXPECT_EQ(shared[13], "");
}

TEST(SharedPublisher, InitialismsOfTheTitleAndItems) {
  DocumentRecord d;
  d.title = "Addendum - BCC 2019-20";
  ItemRecord a, b;
  a.text = "KCC and the NHS agreed (ASCH); Kent, KCCs and A.";
  b.text = "ABCDEF is too long a word.";
  EXPECT_EQ(Initialisms(d, {a, b}), (std::vector<std::string>{"ASCH", "BCC", "KCC", "NHS"}));
}

// A publisher shared before (a killed run's partial sharing) counts as
// given and changes nothing: the folder's answer is a fixed point.
TEST(SharedPublisher, SharingAgainChangesNothing) {
  std::vector<GroupPaper> papers = {
      {"k", "Kent County Council", {}},
      {"k", "", {"KCC"}},  // initials: Kent; then it counts for the majority
      {"k", "Minister of State", {}},
      {"k", "", {}},       // majority 2 of 3 with the one step 1 gave
  };
  std::vector<std::string> first = SharedPublishers(papers);
  EXPECT_EQ(first[1], "Kent County Council");
  EXPECT_EQ(first[3], "Kent County Council");
  for (size_t i = 0; i < papers.size(); ++i) {
    if (!first[i].empty()) papers[i].publisher = first[i];
  }
  std::vector<std::string> again = SharedPublishers(papers);
  for (const std::string& s : again) EXPECT_EQ(s, "");
  // Only the majority's share stored before the kill: the rest follows.
  papers[1].publisher = "";
  std::vector<std::string> resumed = SharedPublishers(papers);
  EXPECT_EQ(resumed[1], "Kent County Council");
}

}  // namespace
}  // namespace plantrace

namespace plantrace {
namespace {

TEST(FolderDocType, OtherPapersOfAMeetingsFolderAreItsAppendices) {
  std::vector<TypedPaper> papers = {
      {"meeting", "report", false},
      {"meeting", "other", false},      // a slide deck: appendix
      {"meeting", "other", true},       // the user said other: kept
      {"meeting", "impact_assessment", false},
      {"plans", "plan", false},
      {"plans", "other", false},        // no committee paper in its folder
  };
  std::vector<std::string> got = FolderDocTypes(papers);
  EXPECT_EQ(got, (std::vector<std::string>{"", "appendix", "", "", "", ""}));
  // Applied again (a resumed ingest): nothing more changes.
  papers[1].doc_type = "appendix";
  EXPECT_EQ(FolderDocTypes(papers), (std::vector<std::string>(6, "")));
}

}  // namespace
}  // namespace plantrace

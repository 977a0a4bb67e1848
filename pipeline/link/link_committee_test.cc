// Committee papers: decision numbers, which paper came first, identity
// links, and the golden test on the Kent development answers
// (../shared/realpdf/kent-dev/gold, linked from its answer items so that
// linking is measured apart from item extraction).
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>

#include "pipeline/link/committee_papers.h"
#include "pipeline/link/decision_numbers.h"
#include "pipeline/link/document_order.h"
#include "pipeline/link/identity_links.h"
#include "pipeline/link/link_eval_test_util.h"
#include "pipeline/link/link_test_items.h"
#include "pipeline/link/linker.h"

namespace plantrace {
namespace {

DocumentRecord Doc(std::string id, std::string date, std::optional<std::string> type = {},
                   std::optional<std::string> number = {}) {
  DocumentRecord d;
  d.doc_id = std::move(id);
  d.date = std::move(date);
  d.doc_type = std::move(type);
  d.decision_number = std::move(number);
  return d;
}

TEST(DecisionNumbers, ReadsTheForwardPlanFormAndKnownNumbers) {
  EXPECT_EQ(DecisionNumbersIn("91. 24/00115 - Kent County Council ICS", {}),
            std::vector<std::string>{"24/00115"});
  // Financial years, dates and longer numbers are not decision numbers.
  EXPECT_TRUE(DecisionNumbersIn("budget 2024/25, 12/03/2025, ref 124/001150", {}).empty());
  EXPECT_EQ(NormaliseDecisionNumber("24-00115"), "24/00115");
  // A document's own number in another form is found as a whole token.
  EXPECT_EQ(DecisionNumbersIn("Key decision CAB/2024/017 was taken", {"cab/2024/017"}),
            std::vector<std::string>{"cab/2024/017"});
  EXPECT_TRUE(DecisionNumbersIn("XCAB/2024/0171", {"cab/2024/017"}).empty());
  // An item without a number of its own takes its document's.
  DocumentRecord report = Doc("r", "2025-01-30", "report", "24-00115");
  EXPECT_EQ(
      DecisionNumbersOf(Item("r", "12.1", "decision", "Agree the proposed decision"), &report, {}),
      std::vector<std::string>{"24/00115"});
}

TEST(DocumentOrder, DatesThenKindOfPaperThenItemDatesNeverIds) {
  std::vector<DocumentRecord> docs = {
      Doc("z-report", "2025-01-30", "report"), Doc("a-minutes", "2025-01-30", "minutes"),
      Doc("m-prod", "", "record_of_decision"), Doc("b-plan", "2018-09"), Doc("y-undated", "0000-00")};
  ItemRecord dated = Item("y-undated", "1", "decision", "x");
  dated.dates.push_back({"April 2019", "due", "2019-04-01", "2019-04-30", "month"});
  DocumentOrder order(docs, {dated});
  EXPECT_LT(order.Compare("b-plan", "z-report").sign, 0);
  EXPECT_TRUE(order.Compare("b-plan", "z-report").note.empty());
  // Same date: the report before the minutes, whatever the ids say.
  Direction d = order.Compare("a-minutes", "z-report");
  EXPECT_GT(d.sign, 0);
  EXPECT_NE(d.note.find("same date"), std::string::npos);
  // Unknown date: the kind of paper decides, and the note says so.
  EXPECT_LT(order.Compare("m-prod", "a-minutes").sign, 0);
  EXPECT_LT(order.Compare("z-report", "m-prod").sign, 0);
  EXPECT_NE(order.Compare("m-prod", "a-minutes").note.find("unknown"), std::string::npos);
  // Undated plan: the dates its items name place it after 2018-09.
  Direction u = order.Compare("y-undated", "b-plan");
  EXPECT_GT(u.sign, 0);
  EXPECT_NE(u.note.find("y-undated unknown"), std::string::npos);
  // Two papers of one date and kind: not known, and said.
  DocumentOrder tie({Doc("a", "2025-01-30", "report"), Doc("b", "2025-01-30", "report")}, {});
  EXPECT_EQ(tie.Compare("a", "b").sign, 0);
  EXPECT_FALSE(tie.Compare("a", "b").note.empty());
  // Processing order follows the same rules.
  std::vector<DocumentRecord> ordered = InDocumentOrder(docs);
  std::vector<std::string> ids;
  for (const DocumentRecord& doc : ordered) ids.push_back(doc.doc_id);
  EXPECT_LT(std::find(ids.begin(), ids.end(), "z-report"), std::find(ids.begin(), ids.end(), "a-minutes"));
  EXPECT_LT(std::find(ids.begin(), ids.end(), "b-plan"), std::find(ids.begin(), ids.end(), "y-undated"));
}

TEST(IdentityLinks, OneItemTakesAllOtherwiseOneToOneByText) {
  std::vector<SparseVector> v = {{{1, 1.0f}}, {{1, 1.0f}}, {{2, 1.0f}}, {{2, 1.0f}}, {{1, 1.0f}}};
  // item 0: a report's one recommendation; 1, 2: the record's decisions
  // (a), (b); 3, 4: the minutes' resolutions (b), (a).
  std::vector<std::vector<std::string>> numbers(5, {"24/00115"});
  std::vector<uint32_t> rank = {0, 1, 1, 2, 2};
  std::vector<IdentityPair> pairs = IdentityPairs(numbers, rank, v);
  auto has = [&](uint32_t a, uint32_t b) {
    return std::any_of(pairs.begin(), pairs.end(),
                       [&](const IdentityPair& p) { return p.a == a && p.b == b; });
  };
  EXPECT_TRUE(has(0, 1) && has(0, 2) && has(0, 3) && has(0, 4));
  EXPECT_TRUE(has(1, 4) && has(2, 3));
  EXPECT_FALSE(has(1, 3) || has(2, 4));
  EXPECT_EQ(pairs.size(), 6u);
  // A number on too many items pairs nothing.
  EXPECT_TRUE(IdentityPairs(numbers, rank, v, 4).empty());
}

TEST(Linker, SameDecisionNumberRecursDifferentNumbersNeverLink) {
  std::vector<DocumentRecord> docs = {
      Doc("minutes", "2025-01-30", "minutes"), Doc("prod-1", "2025-01-30", "record_of_decision", "24/00109"),
      Doc("prod-2", "2025-01-30", "record_of_decision", "24/00115")};
  const std::string delegate =
      "DELEGATE authority to the Corporate Director to take the relevant actions, including "
      "entering into the relevant contracts or other legal agreements";
  std::vector<ItemRecord> items = {
      Item("prod-1", "B", "decision", delegate), Item("prod-2", "c", "decision", delegate),
      InSection(Item("minutes", "91(c)", "decision", "Delegate authority to the Director"),
                "91. 24/00115 - Integrated Care Strategy")};
  Result<Linker> linker = Linker::Load();
  ASSERT_TRUE(linker.ok()) << linker.status().ToString();
  std::vector<LinkRecord> links = linker->Link(docs, items);
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].from, "prod-2#c");
  EXPECT_EQ(links[0].to, "minutes#91(c)");
  EXPECT_EQ(links[0].relation, "recurs");
  EXPECT_EQ(links[0].score, 1.0);
  EXPECT_EQ(links[0].why.front(), "same decision number 24/00115");
}

TEST(CommitteePapers, SubjectKeyDropsMinuteAndDecisionNumbers) {
  EXPECT_EQ(SubjectKey("88. 24/00108 - Revenue and Capital Budget Monitoring Report – November 2024-25"),
            SubjectKey("Revenue and Capital Budget Monitoring Report – November 2024-25"));
  EXPECT_EQ(SubjectKey("285. English Devolution White Paper"), "english devolution white paper");
  // A heading of two words names no paper; a title that starts with a
  // year is not a minute number.
  EXPECT_EQ(SubjectKey("79. Apologies"), "");
  EXPECT_EQ(SubjectKey("2025 Budget Consultation Results"), "2025 budget consultation results");
}

TEST(CommitteePapers, SameWordingAndConflictingFigures) {
  EXPECT_TRUE(SameDecisionWording(
      "Cabinet is asked to agree the Commissioning Plan for Education Provision in Kent 2025-29.",
      "the Commissioning Plan for Education Provision in Kent 2025-29"));
  EXPECT_TRUE(SameDecisionWording(
      "Note the Reserves Monitoring, Treasury Management and Prudential Indicators Monitoring",
      "NOTE the Reserves, Treasury Management and Prudential Indicators monitoring"));
  // Too short to say, or a different act on the same subject.
  EXPECT_FALSE(SameDecisionWording("Cabinet note the report.", "Cabinet note the report."));
  EXPECT_FALSE(SameDecisionWording("NOTE the forecast capital underspend of £111.6m.",
                                   "AGREE the Capital budget changes."));
  // A short text inside a long one is not the same decision.
  EXPECT_FALSE(SameDecisionWording(
      "Agree the capital budget changes",
      "Agree the capital budget changes, the revenue budget, the treasury management "
      "strategy, the reserves policy and the fees and charges for 2025-26 to 2027-28"));

  ItemRecord a = Item("m1", "78", "decision",
                      "the minutes of the meeting on 28 November 2024 were a correct record");
  a.dates.push_back({"28 November 2024", "event", "2024-11-28", "2024-11-28", "day"});
  a.dates.push_back({"2025-01-09", "event", "2025-01-09", "2025-01-09", "day"});  // the meeting's
  ItemRecord b = Item("m2", "86", "decision",
                      "the minutes of the meeting on 9 January 2025 were a correct record");
  b.dates.push_back({"9 January 2025", "event", "2025-01-09", "2025-01-09", "day"});
  EXPECT_TRUE(ConflictingFigures(a, b));
  ItemRecord c = Item("r", "a", "decision", "NOTE the forecast overspend of £23.3m");
  ItemRecord d =
      Item("p", "a", "decision", "Note the forecast overspend of £23.3m (excluding Schools)");
  c.amounts.push_back({"£23.3m", 23300000, {}, false, "other"});
  d.amounts = c.amounts;
  EXPECT_FALSE(ConflictingFigures(c, d));
  d.amounts[0].value_gbp = 25100000;  // the same words about another quarter
  EXPECT_TRUE(ConflictingFigures(c, d));
  EXPECT_TRUE(SameMeetingDate("2025-01-30", "2025-01"));
  EXPECT_TRUE(SameMeetingDate("", "2025-01-30"));
  EXPECT_FALSE(SameMeetingDate("2025-01-09", "2025-01-30"));
}

const LinkRecord* Find(const std::vector<LinkRecord>& links, const std::string& a,
                       const std::string& b) {
  for (const LinkRecord& l : links) {
    if ((l.from == a && l.to == b) || (l.from == b && l.to == a)) return &l;
  }
  return nullptr;
}

TEST(Linker, MinuteHeadingNamingTheReportLinksItsParaphrase) {
  const std::string title =
      "Draft Revenue Budget 2025-26, MTFP 2025-28, Draft Capital Programme 2025-35 and Treasury "
      "Management Strategy";
  DocumentRecord report = Doc("report", "2025-01-30", "report");
  report.title = title;
  std::vector<DocumentRecord> docs = {report, Doc("minutes", "2025-01-30", "minutes")};
  std::vector<ItemRecord> items = {
      Item("report", "a", "decision", "consider any proposed amendments from Cabinet Committees."),
      Item("report", "b", "decision",
           "endorse the draft budget to be presented to County Council for final decisions."),
      InSection(Item("minutes", "89", "decision",
                     "Cabinet considered the changes put forward by its committees and endorsed "
                     "the budget."),
                "89. " + title),
      InSection(Item("minutes", "90", "decision",
                     "Cabinet agree the Commissioning Plan for Education Provision"),
                "90. Commissioning Plan for Education Provision")};
  Result<Linker> linker = Linker::Load();
  ASSERT_TRUE(linker.ok()) << linker.status().ToString();
  std::vector<LinkRecord> links = linker->Link(docs, items);
  for (const char* id : {"report#a", "report#b"}) {
    const LinkRecord* l = Find(links, id, "minutes#89");
    ASSERT_NE(l, nullptr) << id;
    EXPECT_EQ(l->from, id);  // the report first
    EXPECT_EQ(l->relation, "recurs");
    EXPECT_EQ(l->score, 1.0);
    EXPECT_EQ(l->why.front(), "the minute's heading names the paper: " + title);
  }
  EXPECT_EQ(Find(links, "report#a", "minutes#90"), nullptr);
  // Another meeting's minute under the same heading resolves another
  // decision.
  docs[1].date = "2025-03-20";
  EXPECT_EQ(Find(linker->Link(docs, items), "report#a", "minutes#89"), nullptr);
}

TEST(Linker, CommitteePapersLinkTheSameDecisionOnly) {
  Result<Linker> linker = Linker::Load();
  ASSERT_TRUE(linker.ok()) << linker.status().ToString();
  // The same words with a continuation cue ("monitoring") are the same
  // decision seen again, not a follow-up.
  std::vector<ItemRecord> items = {
      Item(
          "report", "2.6", "decision",
          "Note the Reserves Monitoring, Treasury Management and Prudential Indicators Monitoring"),
      Item("prod", "f", "decision",
           "Note the Reserves, Treasury Management and Prudential Indicators Monitoring")};
  std::vector<DocumentRecord> docs = {Doc("report", "2025-01-30", "report"),
                                      Doc("prod", "2025-01-30", "record_of_decision")};
  std::vector<LinkRecord> links = linker->Link(docs, items);
  const LinkRecord* same = Find(links, "report#2.6", "prod#f");
  ASSERT_NE(same, nullptr);
  EXPECT_EQ(same->relation, "recurs");
  EXPECT_EQ(same->why.front(), "same decision wording");

  // Approving the minutes of two different meetings: the same boilerplate,
  // two decisions. Between two plans the pair would link.
  ItemRecord a = Item("m1", "78", "decision",
                      "the minutes of the meeting on 28 November 2024 were a correct record and "
                      "that they be signed by the Chair");
  a.dates.push_back({"28 November 2024", "event", "2024-11-28", "2024-11-28", "day"});
  ItemRecord b = Item("m2", "86", "decision",
                      "the minutes of the meeting on 9 January 2025 were a correct record and that "
                      "they be signed by the Chair");
  b.dates.push_back({"9 January 2025", "event", "2025-01-09", "2025-01-09", "day"});
  items = {a, b};
  docs = {Doc("m1", "2025-01-09", "plan"), Doc("m2", "2025-01-30", "plan")};
  ASSERT_NE(Find(linker->Link(docs, items), "m1#78", "m2#86"), nullptr);
  docs = {Doc("m1", "2025-01-09", "minutes"), Doc("m2", "2025-01-30", "minutes")};
  EXPECT_EQ(Find(linker->Link(docs, items), "m1#78", "m2#86"), nullptr);

  // A recommendation and a register's row on the same subject: not the
  // same decision.
  ItemRecord rec = Item("report", "2.4", "recommendation",
                        "Consider and note the progress on the delivery of savings and income");
  ItemRecord row =
      Item("register", "2", "risk",
           "Non delivery of savings and income and inability to replace one-off measures");
  items = {rec, row};
  docs = {Doc("report", "2025-01-30", "plan"), Doc("register", "2025-01-30", "plan")};
  ASSERT_NE(Find(linker->Link(docs, items), "report#2.4", "register#2"), nullptr);
  docs = {Doc("report", "2025-01-30", "report"), Doc("register", "", "register")};
  EXPECT_EQ(Find(linker->Link(docs, items), "report#2.4", "register#2"), nullptr);
}

TEST(LinkKent, PrecisionRecallAndDirectionOnAnswerItems) {
  const std::string gold = std::string(PLANTRACE_SOURCE_DIR) + "/../shared/realpdf/kent-dev/gold";
  std::vector<DocumentRecord> docs;
  std::vector<ItemRecord> items;
  ASSERT_TRUE(LoadGoldItemFiles(gold + "/items", docs, items)) << gold;
  GoldLinks answers = LoadGoldLinks(gold + "/links.json");
  ASSERT_EQ(answers.size(), 19u);
  Result<Linker> linker = Linker::Load();
  ASSERT_TRUE(linker.ok());
  std::vector<LinkRecord> links = linker->Link(docs, items);
  std::set<std::string> answered;
  for (const DocumentRecord& d : docs) answered.insert(d.doc_id);
  LinkScores s = ScoreLinks(links, answers, answered);
  std::cout << "Kent links from answer items: " << s.found << " found, " << s.correct
            << " correct (directed): precision " << s.precision << " recall " << s.recall
            << "; relation accuracy " << s.relation_accuracy << "\n";
  for (const std::string& e : s.extra) std::cout << "  extra " << e << "\n";
  for (const std::string& m : s.missed) std::cout << "  missed " << m << "\n";
  // Issue 16's bar is 0.90 / 0.90; reached 1.00 / 1.00 once committee
  // papers link the same decision only (the County Council's Election of
  // Chair no longer ties to the Cabinet's approval of its minutes).
  EXPECT_GE(s.precision, 1.0);
  EXPECT_GE(s.recall, 1.0);
  EXPECT_GE(s.relation_accuracy, 1.0);
  for (const LinkRecord& l : links) {
    for (const double x : {l.score}) EXPECT_TRUE(x >= 0 && x <= 1) << l.from << " -> " << l.to;
  }
}

}  // namespace
}  // namespace plantrace

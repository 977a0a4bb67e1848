// Committee papers: decision numbers, which paper came first, identity
// links, and the golden test on the Kent development answers
// (../shared/realpdf/kent-dev/gold, linked from its answer items so that
// linking is measured apart from item extraction).
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>

#include "pipeline/link/decision_numbers.h"
#include "pipeline/link/document_order.h"
#include "pipeline/link/identity_links.h"
#include "pipeline/link/link_eval_test_util.h"
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

ItemRecord Item(std::string doc, std::string id, std::string text,
                std::optional<std::string> section = {}) {
  ItemRecord item;
  item.doc_id = std::move(doc);
  item.item_id = std::move(id);
  item.kind = "decision";
  item.text = std::move(text);
  item.section = std::move(section);
  return item;
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
  EXPECT_EQ(DecisionNumbersOf(Item("r", "12.1", "Agree the proposed decision"), &report, {}),
            std::vector<std::string>{"24/00115"});
}

TEST(DocumentOrder, DatesThenKindOfPaperThenItemDatesNeverIds) {
  std::vector<DocumentRecord> docs = {
      Doc("z-report", "2025-01-30", "report"), Doc("a-minutes", "2025-01-30", "minutes"),
      Doc("m-prod", "", "record_of_decision"), Doc("b-plan", "2018-09"), Doc("y-undated", "0000-00")};
  ItemRecord dated = Item("y-undated", "1", "x");
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
  std::vector<ItemRecord> items = {Item("prod-1", "B", delegate), Item("prod-2", "c", delegate),
                                   Item("minutes", "91(c)", "Delegate authority to the Director",
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
  // Issue 16's bar is 0.90 / 0.90; reached 0.95 (19 of 20) / 1.00.
  EXPECT_GE(s.precision, 0.94);
  EXPECT_GE(s.recall, 1.0);
  EXPECT_GE(s.relation_accuracy, 1.0);
  for (const LinkRecord& l : links) {
    for (const double x : {l.score}) EXPECT_TRUE(x >= 0 && x <= 1) << l.from << " -> " << l.to;
  }
}

}  // namespace
}  // namespace plantrace

// Hand-overs, distinct evidence and how far apart papers are: what makes a
// link `continues`, and which of several links an item keeps.
#include "pipeline/link/hand_over.h"

#include <gtest/gtest.h>

#include "pipeline/link/distinct_evidence.h"
#include "pipeline/link/document_order.h"
#include "pipeline/link/link_test_items.h"
#include "pipeline/link/linker.h"
#include "pipeline/link/term_weights.h"
#include "text/tokenize.h"

namespace plantrace {
namespace {

constexpr const char* kStop = "the\nof\nand\nto\na\nin\nfor\nwill\nbe\nas\non\nits\nwith\n";
constexpr const char* kThemes =
    "culture\tCulture\tculture; values; behaviours\n"
    "finance\tFinance\tbudget; savings\n";

DocumentRecord Doc(std::string id, std::string date, std::string title) {
  DocumentRecord d;
  d.doc_id = std::move(id);
  d.date = std::move(date);
  d.title = std::move(title);
  return d;
}

TermWeights Weights(Tokenizer& tokenizer) {
  Result<TermWeights> w = TermWeights::Parse(kStop, "stop", tokenizer);
  EXPECT_TRUE(w.ok());
  return std::move(w.value());
}

std::vector<const ItemRecord*> Pointers(const std::vector<ItemRecord>& items) {
  std::vector<const ItemRecord*> out;
  for (const ItemRecord& i : items) out.push_back(&i);
  return out;
}

struct Papers {
  std::vector<DocumentRecord> docs = {
      Doc("plan", "2023-11", "Governance Stabilisation Plan"),
      Doc("report", "2024-04", "Report to Cabinet: Draft Improvement and Recovery Plan (IRP)"),
      Doc("old", "2015-03", "Assessment of the Improvement Programme")};
  std::vector<ItemRecord> items = {
      Item("plan", "1", "recommendation", "Begin work to reframe values and expected behaviours",
           {"Improvement and Recovery Plan to include a workstream on cultural change",
            "New values and behaviours framework developed"}),
      Item("plan", "2", "recommendation", "Set a robust budget and deliver savings",
           {"Budget savings tracked as part of the Improvement and Recovery Plan"}),
      Item("plan", "3", "recommendation", "Reset the culture so values and behaviours are lived",
           {"Staff survey on culture, values and behaviours"}),
      Item("report", "2.1(a)", "decision",
           "Approve the Improvement and Recovery Plan, its values and behaviours and its budget"),
      Item("report", "4.2(1)", "aim",
           "Financial sustainability: deliver budget savings and a balanced budget"),
      Item("report", "4.2(2)", "aim",
           "Improving how the council is run: a culture of shared values and behaviours"),
      Item("old", "c", "finding", "Organisational culture, values and behaviours")};
};

TEST(HandOver, TwoItemsNamingALaterTitleHandOver) {
  Papers p;
  Tokenizer tokenizer;
  TermWeights w = Weights(tokenizer);
  std::set<DocumentPair> pairs =
      FindHandOvers(p.docs, Pointers(p.items), w, tokenizer, /*min_items=*/2);
  EXPECT_EQ(pairs, (std::set<DocumentPair>{{"plan", "report"}}));
  // Three items are needed here: none.
  EXPECT_TRUE(FindHandOvers(p.docs, Pointers(p.items), w, tokenizer, 3).empty());
}

TEST(HandOver, WordsPrintedInMostPapersNameNothing) {
  Papers p;
  // Every paper now mentions the plan: it is no longer a hand-over's name.
  p.items.push_back(Item("old", "d", "finding", "Agree an Improvement and Recovery Plan soon"));
  p.items.push_back(Item("report", "x", "aim", "The Improvement and Recovery Plan sets out steps"));
  Tokenizer tokenizer;
  TermWeights w = Weights(tokenizer);
  EXPECT_TRUE(FindHandOvers(p.docs, Pointers(p.items), w, tokenizer, 2).empty());
}

TEST(DistinctEvidence, ShareOfTheCosineFromTermsNoKeptPartnerHas) {
  const SparseVector anchor = {{1, 0.6f}, {2, 0.8f}};
  const SparseVector best = {{1, 1.0f}};
  const SparseVector same_word = {{1, 0.5f}, {7, 0.5f}};
  const SparseVector other_word = {{2, 0.5f}, {9, 0.5f}};
  const SparseVector both = {{1, 0.5f}, {2, 0.5f}};
  EXPECT_DOUBLE_EQ(DistinctEvidence(anchor, same_word, {&best}), 0.0);
  EXPECT_DOUBLE_EQ(DistinctEvidence(anchor, other_word, {&best}), 1.0);
  EXPECT_NEAR(DistinctEvidence(anchor, both, {&best}), 0.8 / 1.4, 1e-6);
  EXPECT_DOUBLE_EQ(DistinctEvidence(anchor, both, {}), 1.0);
  EXPECT_DOUBLE_EQ(DistinctEvidence(anchor, {{5, 1.0f}}, {}), 0.0);  // nothing shared
}

TEST(DocumentOrder, MonthsApartByDateOrEstimate) {
  std::vector<DocumentRecord> docs = {Doc("a", "2018-09", ""), Doc("b", "2023-11-20", ""),
                                      Doc("c", "2019", ""), Doc("d", "", "")};
  DocumentOrder order(docs, {});
  EXPECT_EQ(order.MonthsApart("a", "b"), 62);
  EXPECT_EQ(order.MonthsApart("b", "a"), 62);
  EXPECT_EQ(order.MonthsApart("a", "c"), 9);  // a year alone counts as June
  EXPECT_EQ(order.MonthsApart("a", "d"), std::nullopt);
}

TEST(Linker, HandOverGathersSeveralEarlierItemsUnderOneAimAsContinues) {
  Papers p;
  Result<Linker> linker = Linker::FromText(kStop, kThemes, LinkOptions{});
  ASSERT_TRUE(linker.ok()) << linker.status().ToString();
  std::vector<LinkRecord> links = linker->Link(p.docs, p.items);
  auto find = [&](const std::string& from, const std::string& to) -> const LinkRecord* {
    for (const LinkRecord& l : links) {
      if (l.from == from && l.to == to) return &l;
    }
    return nullptr;
  };
  // Both culture recommendations gather under the culture aim, the budget
  // one under the finance aim; none goes to the decision adopting the plan.
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"plan#1", "report#4.2(2)"}, {"plan#3", "report#4.2(2)"}, {"plan#2", "report#4.2(1)"}}) {
    const LinkRecord* l = find(from, to);
    ASSERT_NE(l, nullptr) << from << " -> " << to;
    EXPECT_EQ(l->relation, "continues");
    EXPECT_NE(std::find(l->why.begin(), l->why.end(),
                        "the earlier paper names the later paper as where its work goes on"),
              l->why.end());
  }
  for (const LinkRecord& l : links) {
    EXPECT_NE(l.to, "report#2.1(a)") << l.from;
    if (l.from.rfind("plan#", 0) == 0 && l.to.rfind("report#", 0) == 0) {
      // One later item per earlier item of a hand-over.
      EXPECT_EQ(std::count_if(links.begin(), links.end(),
                              [&](const LinkRecord& m) {
                                return m.from == l.from && m.to.rfind("report#", 0) == 0;
                              }),
                1);
    }
  }
}

TEST(Linker, PapersOfOneDateHandNothingOver) {
  Papers p;
  p.docs[1].date = p.docs[0].date;  // a plan and the minutes of its meeting
  p.docs[1].doc_type = "minutes";    // ordered by kind of paper
  Result<Linker> linker = Linker::FromText(kStop, kThemes, LinkOptions{});
  ASSERT_TRUE(linker.ok());
  for (const LinkRecord& l : linker->Link(p.docs, p.items)) {
    EXPECT_EQ(std::find(l.why.begin(), l.why.end(),
                        "the earlier paper names the later paper as where its work goes on"),
              l.why.end())
        << l.from << " -> " << l.to;
  }
}

TEST(Linker, ContinuationCueYearsLaterIsARecurrence) {
  std::vector<DocumentRecord> docs = {Doc("old", "2015-03", "Assessment"),
                                      Doc("new", "2023-11", "Plan"),
                                      Doc("next", "2024-04", "Report")};
  std::vector<ItemRecord> items = {
      Item("old", "i", "finding", "Rebuild the city partnership with external partners"),
      Item("new", "11", "recommendation",
           "Continue to rebuild the city partnership and relationships with external partners"),
      Item("next", "1", "aim",
           "Continue to rebuild relationships with external partners in the city partnership")};
  LinkOptions o;
  o.link_score = 0.05;
  o.recurs_score = 0.05;
  Result<Linker> linker = Linker::FromText(kStop, kThemes, o);
  ASSERT_TRUE(linker.ok());
  bool far = false, near = false;
  for (const LinkRecord& l : linker->Link(docs, items)) {
    if (l.from == "old#i" && l.to == "new#11") {
      far = true;
      EXPECT_EQ(l.relation, "recurs");  // eight years on: taken up again
    }
    if (l.from == "new#11" && l.to == "next#1") {
      near = true;
      EXPECT_EQ(l.relation, "continues");  // five months on: followed up
    }
  }
  EXPECT_TRUE(far);
  EXPECT_TRUE(near);
}

}  // namespace
}  // namespace plantrace

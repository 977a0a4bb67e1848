// The linker on small hand-made plans: candidates, scores, relations, why,
// order, and the bounds of the candidate index.
#include "pipeline/link/linker.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "pipeline/link/candidate_index.h"
#include "pipeline/link/lineage.h"
#include "pipeline/link/link_test_items.h"
#include "pipeline/link/tfidf.h"

namespace plantrace {
namespace {

constexpr const char* kStop = "the\nof\nand\nto\na\nin\ncouncil\t0.2\n";
constexpr const char* kThemes =
    "finance\tFinancial planning\tbudget; mtfs; medium term financial strategy\n"
    "conduct\tConduct\tcode of conduct; standards committee\n"
    "partners\tPartnerships\tpartnership; partners\n";

DocumentRecord Doc(std::string id, std::string date, std::string cycle) {
  DocumentRecord d;
  d.doc_id = std::move(id);
  d.date = std::move(date);
  d.plan_cycle = std::move(cycle);
  return d;
}

struct Fixture {
  std::vector<DocumentRecord> docs = {Doc("late", "2023-11", "2023-24"),
                                      Doc("early", "2018-09", "2018"),
                                      Doc("report", "2024-04", "2023-24")};
  std::vector<ItemRecord> items = {
      OwnedBy(Item("early", "1", "recommendation",
                   "Effective medium term financial strategy and budget setting"),
              "Chief Finance Officer"),
      Item("early", "2", "recommendation",
           "A revised code of conduct for members, reviewed by the standards committee"),
      Item("early", "3", "recommendation", "Stronger partnership with partners across the city"),
      OwnedBy(Item("late", "9", "recommendation",
                   "Robust member oversight of the budget and the medium term financial strategy"),
              "Chief Finance Officer"),
      Item("late", "3", "recommendation",
           "Publicise the code of conduct and a standards committee review"),
      Item("report", "a", "recommendation",
           "Continue to monitor the code of conduct and the standards committee"),
  };
};

// Scores are a weighted mean in [0, 1] (weights summing to 3.4).
LinkOptions Loose() {
  LinkOptions o;
  o.link_score = 0.2 / 3.4;
  return o;
}

TEST(Linker, LinksTheSameRecommendationEarlierToLater) {
  Fixture f;
  Result<Linker> linker = Linker::FromText(kStop, kThemes, Loose());
  ASSERT_TRUE(linker.ok()) << linker.status().ToString();
  std::vector<LinkRecord> links = linker->Link(f.docs, f.items);
  auto has = [&](const std::string& from, const std::string& to) {
    for (const LinkRecord& l : links) {
      if (l.from == from && l.to == to) return &l;
    }
    return static_cast<const LinkRecord*>(nullptr);
  };
  const LinkRecord* mtfs = has("early#1", "late#9");
  ASSERT_NE(mtfs, nullptr);
  EXPECT_EQ(mtfs->relation, "recurs");
  ASSERT_GE(mtfs->why.size(), 3u);
  EXPECT_EQ(mtfs->why[0].rfind("shared terms: ", 0), 0u) << mtfs->why[0];
  EXPECT_NE(mtfs->why[0].find("medium term"), std::string::npos) << mtfs->why[0];
  bool theme = false, owner = false;
  for (const std::string& w : mtfs->why) {
    theme |= w == "theme: Financial planning";
    owner |= w == "same owner: Chief Finance Officer";
  }
  EXPECT_TRUE(theme);
  EXPECT_TRUE(owner);
  EXPECT_NE(has("early#2", "late#3"), nullptr);
  // Same cycle, later date: the 2023 plan precedes the 2024 report.
  const LinkRecord* cont = has("late#3", "report#a");
  ASSERT_NE(cont, nullptr);
  EXPECT_EQ(cont->relation, "continues");
  // Never backwards, never within a document, never across subjects.
  for (const LinkRecord& l : links) {
    EXPECT_NE(l.from.substr(0, l.from.find('#')), l.to.substr(0, l.to.find('#')));
    EXPECT_EQ(has(l.to, l.from), nullptr);
  }
  EXPECT_EQ(has("early#3", "late#9"), nullptr);
  EXPECT_EQ(has("early#1", "late#3"), nullptr);
}

TEST(Linker, DeterministicAndIndependentOfInputOrder) {
  Fixture f;
  Result<Linker> linker = Linker::FromText(kStop, kThemes, Loose());
  ASSERT_TRUE(linker.ok());
  std::vector<LinkRecord> a = linker->Link(f.docs, f.items);
  std::reverse(f.docs.begin(), f.docs.end());
  std::vector<LinkRecord> b = linker->Link(f.docs, f.items);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].from, b[i].from);
    EXPECT_EQ(a[i].to, b[i].to);
    EXPECT_EQ(a[i].score, b[i].score);
    EXPECT_EQ(a[i].why, b[i].why);
  }
}

TEST(Linker, UnknownDocumentsAndEmptyInput) {
  Fixture f;
  Result<Linker> linker = Linker::FromText(kStop, kThemes, Loose());
  ASSERT_TRUE(linker.ok());
  EXPECT_TRUE(linker->Link({}, f.items).empty());
  EXPECT_TRUE(linker->Link(f.docs, {}).empty());
  f.items.push_back(
      Item("nowhere", "1", "recommendation", "medium term financial strategy budget"));
  for (const LinkRecord& l : linker->Link(f.docs, f.items)) {
    EXPECT_EQ(l.from.find("nowhere"), std::string::npos);
  }
}

TEST(Linker, ThresholdsComeFromOptions) {
  Fixture f;
  LinkOptions strict = Loose();
  strict.link_score = 10;  // unreachable
  strict.continues_link_score = 10;
  Result<Linker> linker = Linker::FromText(kStop, kThemes, strict);
  ASSERT_TRUE(linker.ok());
  EXPECT_TRUE(linker->Link(f.docs, f.items).empty());
}

// Titles change with restructures; the function behind them links.
TEST(Linker, OwnersOfTheSameFunctionCount) {
  Fixture f;
  f.items = {
      OwnedBy(Item("early", "1", "recommendation",
                   "Review the constitution and the scheme of delegation"),
              "City Solicitor"),
      OwnedBy(Item("late", "4", "recommendation", "Review the constitution"), "Monitoring Officer"),
  };
  LinkOptions o = Loose();
  const char* kFunctions = "legal\tsolicitor; monitoring officer\nfinance\tfinance\n";
  Result<Linker> with = Linker::FromText(kStop, kThemes, kFunctions, o);
  Result<Linker> without = Linker::FromText(kStop, kThemes, o);
  ASSERT_TRUE(with.ok()) << with.status().ToString();
  ASSERT_TRUE(without.ok());
  std::vector<LinkRecord> a = with->Link(f.docs, f.items);
  std::vector<LinkRecord> b = without->Link(f.docs, f.items);
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_GT(a[0].score, b[0].score);
  EXPECT_NE(std::find(a[0].why.begin(), a[0].why.end(), "owners of the same function: legal"),
            a[0].why.end());
  // A malformed lexicon is an error naming the file.
  Result<Linker> bad = Linker::FromText(kStop, kThemes, "legal\n", o);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().ToString().find("owner_functions.tsv"), std::string::npos);
}

// A later item that takes up two earlier aims, the second in one action
// only, keeps both sources: the action's clear best earlier item is linked
// although its whole-item score is well below the later item's best.
TEST(Linker, APassageKeepsItsOwnEarlierSource) {
  Fixture f;
  ItemRecord later = Item("late", "2", "recommendation",
                          "Reframe the values and behaviours of the organisation and its culture");
  later.actions = {"New values and behaviours framework and culture for all staff",
                   "Values and behaviours embedded in the culture of every service",
                   "Appraisal arrangements aligned"};
  f.items = {
      Item("early", "2.3", "recommendation",
           "Values and behaviours framework for the organisation, its staff and its culture"),
      Item("early", "4.4", "recommendation", "Effective appraisal arrangements"),
      later,
  };
  auto links_with = [&](double passage_min_cosine) {
    LinkOptions o = Loose();
    o.passage_min_cosine = passage_min_cosine;
    Result<Linker> linker = Linker::FromText(kStop, kThemes, o);
    EXPECT_TRUE(linker.ok());
    return linker.ok() ? linker->Link(f.docs, f.items) : std::vector<LinkRecord>{};
  };
  auto find = [](const std::vector<LinkRecord>& links, const std::string& from) {
    for (const LinkRecord& l : links) {
      if (l.from == from && l.to == "late#2") return &l;
    }
    return static_cast<const LinkRecord*>(nullptr);
  };
  // Without passages the appraisal aim loses to the values aim (ratio to
  // the best).
  std::vector<LinkRecord> off = links_with(0);
  ASSERT_NE(find(off, "early#2.3"), nullptr);
  EXPECT_EQ(find(off, "early#4.4"), nullptr);
  std::vector<LinkRecord> on = links_with(LinkOptions{}.passage_min_cosine);
  ASSERT_NE(find(on, "early#2.3"), nullptr);
  const LinkRecord* appraisal = find(on, "early#4.4");
  ASSERT_NE(appraisal, nullptr);
  EXPECT_NE(std::find(appraisal->why.begin(), appraisal->why.end(),
                      "one action or sentence of the later item matches it best"),
            appraisal->why.end());
  // A passage two earlier items match alike names neither.
  f.items.push_back(Item("early", "4.5", "recommendation", "Effective appraisal arrangements"));
  std::vector<LinkRecord> tie = links_with(LinkOptions{}.passage_min_cosine);
  EXPECT_NE(find(tie, "early#2.3"), nullptr);
  EXPECT_EQ(find(tie, "early#4.4"), nullptr);
  EXPECT_EQ(find(tie, "early#4.5"), nullptr);
}

// A later item's link from one document must hold against its best link
// from any earlier document (min_ratio_to_best_any_document).
TEST(Linker, WeakSourceOfAnotherDocumentIsDropped) {
  std::vector<DocumentRecord> docs = {Doc("a2018", "2018-09", "2018"), Doc("b2019", "2019-06", "2019"),
                                      Doc("c2023", "2023-11", "2023-24")};
  std::vector<ItemRecord> items = {
      Item("a2018", "1", "recommendation",
           "Effective medium term financial strategy, budget setting and reserves"),
      Item("b2019", "x", "recommendation", "Independent review of the budget by an external panel"),
      Item("c2023", "9", "recommendation",
           "Robust medium term financial strategy, budget setting and reserves policy"),
  };
  auto link_from_2019 = [&](double ratio) {
    LinkOptions o = Loose();
    o.link_score = 0.05 / 3.4;
    o.min_shared_words = 1;  // the 2019 item shares "budget" only
    o.passage_min_cosine = 0;
    o.min_ratio_to_best_any_document = ratio;
    Result<Linker> linker = Linker::FromText(kStop, kThemes, o);
    EXPECT_TRUE(linker.ok());
    bool from_2018 = false, from_2019 = false;
    for (const LinkRecord& l : linker->Link(docs, items)) {
      from_2018 |= l.from == "a2018#1" && l.to == "c2023#9";
      from_2019 |= l.from == "b2019#x" && l.to == "c2023#9";
    }
    EXPECT_TRUE(from_2018);
    return from_2019;
  };
  EXPECT_TRUE(link_from_2019(0.0));
  EXPECT_FALSE(link_from_2019(LinkOptions{}.min_ratio_to_best_any_document));
}

TEST(CandidateIndex, OnlyEarlierDocumentsAndBounded) {
  // Five items sharing term 0; items 0-1 in document 0, 2-4 in document 1.
  std::vector<SparseVector> v(5, SparseVector{{0, 1.0f}});
  std::vector<uint32_t> rank = {0, 0, 1, 1, 1};
  CandidateOptions o;
  std::vector<std::vector<uint32_t>> c = FindCandidates(v, rank, 1, o);
  EXPECT_TRUE(c[0].empty());
  EXPECT_TRUE(c[1].empty());
  EXPECT_EQ(c[2], (std::vector<uint32_t>{0, 1}));
  o.postings_per_term = 1;
  c = FindCandidates(v, rank, 1, o);
  EXPECT_EQ(c[4].size(), 1u);
  o.postings_per_term = 64;
  o.candidates_per_item = 1;
  c = FindCandidates(v, rank, 1, o);
  EXPECT_EQ(c[3], (std::vector<uint32_t>{0}));  // ties go to the lower index
  // Mismatched input is no crash.
  EXPECT_EQ(FindCandidates(v, {0}, 1, o).size(), 5u);
}

}  // namespace
}  // namespace plantrace

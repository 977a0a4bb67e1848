// The TF-IDF fields: a finding's actions (an assessor's narrative of work
// under way) stay out of its vector unless narrated_action_weight says so.
#include "pipeline/link/tfidf.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "pipeline/link/link_test_items.h"
#include "pipeline/link/term_weights.h"
#include "text/tokenize.h"

namespace plantrace {
namespace {

ItemRecord Finding(std::string kind, std::vector<std::string> actions) {
  return Item("d", "c", std::move(kind), "Organisational culture", std::move(actions));
}

TEST(TfIdf, NarratedActionsStayOutOfTheVectorButArePassages) {
  Tokenizer tokenizer;
  Result<TermWeights> w = TermWeights::Parse("the\nof\n", "stop", tokenizer);
  ASSERT_TRUE(w.ok());
  const std::vector<std::string> actions = {"An interim head of organisational development is being appointed.",
                                            "Workforce plans will follow in April."};
  ItemRecord bare = Finding("finding", {});
  ItemRecord finding = Finding("finding", actions);
  ItemRecord aim = Finding("improvement_aim", actions);
  ItemRecord other =
      Item("e", "1", "recommendation", "Workforce plans and an interim head of development");

  TfIdfOptions o;
  TfIdfModel with_finding = TfIdfModel::Build({&finding, &other}, w.value(), tokenizer, o);
  TfIdfModel with_bare = TfIdfModel::Build({&bare, &other}, w.value(), tokenizer, o);
  // The finding's vector is its heading's alone ...
  ASSERT_EQ(with_finding.vectors()[0].size(), with_bare.vectors()[0].size());
  EXPECT_EQ(Dot(with_finding.vectors()[0], with_finding.vectors()[1]), 0.0);
  // ... its actions are still its passages.
  EXPECT_EQ(with_finding.passage_vectors()[0].size(), 2u);
  // Another kind's actions count, and so do a finding's when asked.
  TfIdfModel with_aim = TfIdfModel::Build({&aim, &other}, w.value(), tokenizer, o);
  EXPECT_GT(Dot(with_aim.vectors()[0], with_aim.vectors()[1]), 0.1);
  o.narrated_action_weight = o.action_weight;
  TfIdfModel weighted = TfIdfModel::Build({&finding, &other}, w.value(), tokenizer, o);
  EXPECT_NEAR(Dot(weighted.vectors()[0], weighted.vectors()[1]),
              Dot(with_aim.vectors()[0], with_aim.vectors()[1]), 1e-6);
}


// `why`'s shared terms found by lookup in the later item's DenseVector are
// those (and in that order) the merge of the two vectors finds, ties
// between equal products included (items that repeat words alike).
TEST(TfIdf, TopSharedByLookupEqualsTopSharedByMerge) {
  Tokenizer tokenizer;
  Result<TermWeights> w = TermWeights::Parse("the\nof\nand\n", "stop", tokenizer);
  ASSERT_TRUE(w.ok());
  std::vector<ItemRecord> records = {
      Item("a", "1", "recommendation", "Review the medium term financial strategy and the budget"),
      Item("a", "2", "recommendation", "Budget monitoring and scrutiny of the capital programme"),
      Item("b", "1", "recommendation", "Scrutiny of the budget, financial strategy and capital",
           {"Report budget monitoring to scrutiny", "Review the capital programme"}),
      Item("b", "2", "recommendation", "Workforce plans and organisational development"),
      Item("c", "1", "recommendation", "Medium term financial plans, workforce plans, scrutiny"),
      Item("c", "2", "recommendation", "The capital programme and the budget")};
  std::vector<const ItemRecord*> items;
  for (const ItemRecord& r : records) items.push_back(&r);
  TfIdfModel m = TfIdfModel::Build(items, w.value(), tokenizer, TfIdfOptions{});
  DenseVector dense(m.num_terms());
  size_t shared_seen = 0;
  for (const SparseVector& later : m.vectors()) {
    dense.Assign(&later);
    for (const SparseVector& earlier : m.vectors()) {
      for (size_t limit : {1, 3, 20}) {
        const std::vector<uint32_t> merged = m.TopShared(earlier, later, limit);
        EXPECT_EQ(m.TopShared(earlier, dense, limit), merged);
        shared_seen += merged.size();
      }
    }
  }
  EXPECT_GT(shared_seen, 50u);  // the items do share terms
}

// The strongest shared terms are those of a full sort by product, then by
// display text, whatever terms are dropped early (products below the
// limit-th largest); the shared terms' display texts are all different,
// so that order is total. Items with many equal products (one word list
// repeated) make ties at the cut.
TEST(TfIdf, TopSharedEqualsAFullSort) {
  Tokenizer tokenizer;
  Result<TermWeights> w = TermWeights::Parse("the\nof\nand\n", "stop", tokenizer);
  ASSERT_TRUE(w.ok());
  std::vector<ItemRecord> records = {
      Item("a", "1", "recommendation", "budget capital scrutiny workforce plans reserves audit"),
      Item("a", "2", "recommendation", "budget capital scrutiny workforce plans reserves audit"),
      Item("b", "1", "recommendation", "capital budget audit reserves scrutiny plans workforce",
           {"Report budget monitoring to scrutiny"}),
      Item("b", "2", "recommendation", "Workforce plans and organisational development budget"),
      Item("c", "1", "recommendation", "Medium term financial plans, workforce plans, audit"),
      Item("c", "2", "recommendation", "The capital programme, the budget and reserves audit")};
  std::vector<const ItemRecord*> items;
  for (const ItemRecord& r : records) items.push_back(&r);
  TfIdfModel m = TfIdfModel::Build(items, w.value(), tokenizer, TfIdfOptions{});
  std::set<std::string> displays;
  for (uint32_t t = 0; t < m.num_terms(); ++t) displays.insert(m.Display(t));
  EXPECT_EQ(displays.size(), m.num_terms());
  size_t cut_ties = 0;
  for (const SparseVector& a : m.vectors()) {
    for (const SparseVector& b : m.vectors()) {
      std::vector<std::pair<double, uint32_t>> all;
      for (const auto& [term, x] : a) {
        for (const auto& [other, y] : b) {
          if (term == other) all.emplace_back(static_cast<double>(x) * y, term);
        }
      }
      std::sort(all.begin(), all.end(), [&](const auto& p, const auto& q) {
        if (p.first != q.first) return p.first > q.first;
        return m.Display(p.second) < m.Display(q.second);
      });
      for (size_t limit : {1, 2, 3, 5, 20}) {
        std::vector<uint32_t> expected;
        for (size_t k = 0; k < std::min(limit, all.size()); ++k) expected.push_back(all[k].second);
        EXPECT_EQ(m.TopShared(a, b, limit), expected);
        if (limit < all.size() && all[limit].first == all[limit - 1].first) ++cut_ties;
      }
    }
  }
  EXPECT_GT(cut_ties, 0u);  // the cut does fall between equal products
}

}  // namespace
}  // namespace plantrace

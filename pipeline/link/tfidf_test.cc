// The TF-IDF fields: a finding's actions (an assessor's narrative of work
// under way) stay out of its vector unless narrated_action_weight says so.
#include "pipeline/link/tfidf.h"

#include <gtest/gtest.h>

#include "pipeline/link/term_weights.h"
#include "text/tokenize.h"

namespace plantrace {
namespace {

ItemRecord Item(std::string doc, std::string id, std::string kind, std::string text,
                std::vector<std::string> actions = {}) {
  ItemRecord item;
  item.doc_id = std::move(doc);
  item.item_id = std::move(id);
  item.kind = std::move(kind);
  item.text = std::move(text);
  item.actions = std::move(actions);
  return item;
}

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

}  // namespace
}  // namespace plantrace

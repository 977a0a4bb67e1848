// A passage is weighed over the terms its own item brought to the
// vocabulary (and those of the items read before it), never over terms
// only a later item has: an action that does not count in its item's
// vector (its field weighs 0) matches nothing by words only later items
// use, however the model holds its passages.
#include <gtest/gtest.h>

#include "pipeline/link/link_test_items.h"
#include "pipeline/link/term_weights.h"
#include "pipeline/link/tfidf.h"
#include "text/tokenize.h"

namespace plantrace {
namespace {

TEST(TfIdfPassages, OverTheVocabularyAsItStoodWhenTheItemWasRead) {
  Tokenizer tokenizer;
  Result<TermWeights> weights = TermWeights::Parse("the\n", "stopwords", tokenizer);
  ASSERT_TRUE(weights.ok());
  TfIdfOptions options;
  options.action_weight = 0;  // actions are passages only
  // Item 0's first action names "treasury reserves", which only items 2
  // and 3 have (so the words are shared, and kept in vectors); its second
  // names "budget forecast", its own text's words.
  const ItemRecord first = TextItem("Set the budget forecast early",
                                    {"Review treasury reserves", "Publish the budget forecast"});
  const ItemRecord second = TextItem("Budget forecast published");
  const ItemRecord third = TextItem("Treasury reserves reviewed yearly, budget forecast too");
  const ItemRecord fourth = TextItem("Treasury reserves kept at five percent");
  const std::vector<const ItemRecord*> items = {&first, &second, &third, &fourth};
  TfIdfModel model = TfIdfModel::Build(items, weights.value(), tokenizer, options);

  ASSERT_EQ(model.passage_vectors()[0].size(), 2u);
  EXPECT_TRUE(model.passage_vectors()[0][0].empty())
      << "terms only a later item has must not count in an earlier item's passage";
  EXPECT_FALSE(model.passage_vectors()[0][1].empty());
  // The later items' own vectors do hold the words.
  EXPECT_GT(Dot(model.vectors()[2], model.vectors()[3]), 0.0);
}

}  // namespace
}  // namespace plantrace

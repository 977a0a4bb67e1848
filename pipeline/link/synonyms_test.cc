#include "pipeline/link/synonyms.h"

#include <gtest/gtest.h>

#include "pipeline/link/term_weights.h"
#include "pipeline/link/tfidf.h"
#include "text/tokenize.h"

namespace plantrace {
namespace {

std::vector<std::string> Stems(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.push_back(t.stem);
  return out;
}

TEST(Synonyms, RewritesVariantsLongestFirst) {
  Tokenizer tok;
  Result<Synonyms> s = Synonyms::Parse(
      "# comment\ncouncillor\tmember\nelected member\tmember\tAct\npolitical party\tpolitical group\n",
      "syn.tsv", tok);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->size(), 3u);
  std::vector<Token> scratch;
  const std::vector<Token> in = tok.Tokenize("All councillors, elected members and political parties");
  const std::vector<Token>& out = s->Rewrite(in, scratch);
  EXPECT_EQ(Stems(out), Stems(tok.Tokenize("All member, member and political group")));
  // Nothing to rewrite: the input itself comes back.
  const std::vector<Token> plain = tok.Tokenize("Scrutiny work programme");
  EXPECT_EQ(&s->Rewrite(plain, scratch), &plain);
}

TEST(Synonyms, BadLinesAreErrorsNamingTheLine) {
  Tokenizer tok;
  Result<Synonyms> twice = Synonyms::Parse("hr\thuman resources\nHR\tpersonnel\n", "syn.tsv", tok);
  ASSERT_FALSE(twice.ok());
  EXPECT_NE(twice.status().ToString().find("syn.tsv:2"), std::string::npos);
  Result<Synonyms> empty = Synonyms::Parse("hr\t--\n", "syn.tsv", tok);
  ASSERT_FALSE(empty.ok());
  EXPECT_FALSE(Synonyms::Parse("hr\n", "syn.tsv", tok).ok());
}

// Two texts that share only synonyms: no cosine without the list, some with it.
TEST(Synonyms, MakeTfIdfVectorsMeet) {
  Tokenizer tok;
  Result<TermWeights> w = TermWeights::Parse("the\nof\nall\nand\n", "stop.txt", tok);
  ASSERT_TRUE(w.ok());
  Result<Synonyms> s = Synonyms::Parse("councillor\tmember\ninvolvement\tengagement\n", "syn.tsv", tok);
  ASSERT_TRUE(s.ok());
  ItemRecord a, b, c;
  a.text = "The involvement of all councillors";
  b.text = "Engagement of all members";
  c.text = "Budget savings";
  const std::vector<const ItemRecord*> items = {&a, &b, &c};
  TfIdfModel plain = TfIdfModel::Build(items, w.value(), tok, TfIdfOptions{});
  TfIdfModel with = TfIdfModel::Build(items, w.value(), tok, TfIdfOptions{}, {}, &s.value());
  EXPECT_EQ(Dot(plain.vectors()[0], plain.vectors()[1]), 0.0);
  EXPECT_GT(Dot(with.vectors()[0], with.vectors()[1]), 0.9);
  EXPECT_EQ(Dot(with.vectors()[0], with.vectors()[2]), 0.0);
}

}  // namespace
}  // namespace plantrace

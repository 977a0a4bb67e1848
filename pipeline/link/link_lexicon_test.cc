// TermWeights and ThemeLexicon: the two data files of linking.
#include <gtest/gtest.h>

#include "pipeline/link/link_test_items.h"
#include "pipeline/link/term_weights.h"
#include "pipeline/link/themes.h"
#include "text/tokenize.h"

namespace plantrace {
namespace {

TEST(TermWeights, StopWordsDropBoilerplateWeighsLessOthersOne) {
  Tokenizer tok;
  Result<TermWeights> w = TermWeights::Parse("# comment\nthe\ncouncil\t0.2\n", "t", tok);
  ASSERT_TRUE(w.ok()) << w.status().ToString();
  EXPECT_EQ(w->Of("the"), 0.0);
  EXPECT_DOUBLE_EQ(w->Of(tok.Stem("councils")), 0.2);  // stemmed on loading
  EXPECT_EQ(w->Of("budget"), 1.0);
}

TEST(TermWeights, BadWeightNamesTheLine) {
  Tokenizer tok;
  Result<TermWeights> w = TermWeights::Parse("the\ncouncil\tlots\n", "stop.txt", tok);
  ASSERT_FALSE(w.ok());
  EXPECT_NE(w.status().ToString().find("stop.txt:2"), std::string::npos);
  EXPECT_FALSE(TermWeights::Parse("x\t1.5\n", "s", tok).ok());
  EXPECT_FALSE(TermWeights::Parse("...\n", "s", tok).ok());
}

constexpr const char* kThemes =
    "finance\tFinancial planning\tbudget; medium term financial strategy; mtfs; auditor; auditors\n"
    "scrutiny\tOverview & scrutiny\tscrutiny; work programme\n"
    "conduct\tConduct\tcode of conduct\n";

TEST(ThemeLexicon, PhrasesMatchOnStemsStrongestFirst) {
  Tokenizer tok;
  Result<ThemeLexicon> lex = ThemeLexicon::Parse(kThemes, "themes.tsv", tok);
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  ASSERT_EQ(lex->themes().size(), 3u);
  // Scrutiny: two cues in the text (2 + 2) beat finance: two in an action (1 + 1).
  std::vector<std::string> ids = lex->ThemesOf(
      TextItem("Reframe the Scrutiny work programmes", {"Set the budgets and the MTFS"}), tok);
  EXPECT_EQ(ids, (std::vector<std::string>{"scrutiny", "finance"}));
  // A phrase must be whole and in order.
  EXPECT_TRUE(lex->ThemesOf(TextItem("A code for better conduct"), tok).empty());
  EXPECT_EQ(lex->ThemesOf(TextItem("Revised Code of Conduct"), tok),
            (std::vector<std::string>{"conduct"}));
}

TEST(ThemeLexicon, CuesThatStemAlikeCountOnce) {
  Tokenizer tok;
  Result<ThemeLexicon> lex = ThemeLexicon::Parse(kThemes, "themes.tsv", tok);
  ASSERT_TRUE(lex.ok());
  CueHits hits = lex->Cues(TextItem("external auditors and the auditor"), tok);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(lex->CueText(hits[0].first), "auditor");
}

// The linker reads an item's cues with the Tokenizer that has just read the
// item's fields for its terms (recent texts): the hits are those a fresh
// Tokenizer finds.
TEST(ThemeLexicon, CuesFromRecentTokensAreThoseOfAFreshRead) {
  Tokenizer tok;
  Result<ThemeLexicon> lex = ThemeLexicon::Parse(kThemes, "themes.tsv", tok);
  ASSERT_TRUE(lex.ok());
  ItemRecord item = TextItem("Revise the Code of Conduct and the MTFS",
                             {"Scrutiny of the budget", "Agree the work programme"});
  item.section = "Financial auditors";
  item.updates.push_back({"the auditor reported", std::nullopt, false});
  Tokenizer fresh;
  const CueHits expected = lex->Cues(item, fresh);
  ASSERT_EQ(expected.size(), 6u);  // conduct, mtfs, scrutiny, budget, work programme, auditor
  // The fields read first, as the linker's term pass reads them.
  for (const std::string* text : {&item.text, &*item.section, &item.actions[0], &item.actions[1],
                                  &item.updates[0].text}) {
    ASSERT_FALSE(tok.Tokens(*text).empty());
  }
  EXPECT_EQ(lex->Cues(item, tok), expected);
  EXPECT_EQ(lex->Cues(item, tok), expected);
}

TEST(ThemeLexicon, WeakThemesAreCut) {
  Tokenizer tok;
  ThemeOptions o;
  o.min_ratio = 0.5;
  Result<ThemeLexicon> lex = ThemeLexicon::Parse(kThemes, "themes.tsv", tok, o);
  ASSERT_TRUE(lex.ok());
  // finance: budget + mtfs in the text (4); scrutiny only in an update (0.5).
  ItemRecord item = TextItem("The budget and MTFS");
  item.updates.push_back({"scrutiny was told", std::nullopt, false});
  EXPECT_EQ(lex->ThemesOf(item, tok), (std::vector<std::string>{"finance"}));
}

TEST(ThemeLexicon, MalformedFiles) {
  Tokenizer tok;
  EXPECT_FALSE(ThemeLexicon::Parse("a\tA\n", "t", tok).ok());                 // no cues
  EXPECT_FALSE(ThemeLexicon::Parse("a\tA\tx\na\tB\ty\n", "t", tok).ok());    // twice
  EXPECT_FALSE(ThemeLexicon::Parse("# only a comment\n", "t", tok).ok());    // empty
}

TEST(ThemeSimilarity, CosineOfProfiles) {
  ThemeProfile a{{0, 2.0}, {1, 1.0}};
  ThemeProfile b{{0, 2.0}, {1, 1.0}};
  EXPECT_NEAR(ThemeSimilarity(a, b), 1.0, 1e-9);
  EXPECT_EQ(ThemeSimilarity(a, {{2, 1.0}}), 0.0);
  EXPECT_EQ(ThemeSimilarity(a, {}), 0.0);
}

}  // namespace
}  // namespace plantrace

#include "extractors/pdf/layout/hyphenation.h"

#include <gtest/gtest.h>

namespace plantrace::pdf {
namespace {

TEST(HyphenationTest, NoHyphenJoinsWithASpace) {
  Vocabulary v;
  EXPECT_EQ(JoinAcrossLines("plan", "and", v), LineBreakJoin::kSpace);
  EXPECT_EQ(JoinAcrossLines("-", "and", v), LineBreakJoin::kSpace);  // a dash standing alone
}

TEST(HyphenationTest, BrokenWordLosesItsHyphen) {
  Vocabulary v;
  EXPECT_EQ(JoinAcrossLines("manage-", "ment", v), LineBreakJoin::kDropHyphen);
  EXPECT_EQ(JoinAcrossLines("manage-", "ment.", v), LineBreakJoin::kDropHyphen);
}

TEST(HyphenationTest, UpperCaseOrDigitAfterTheBreakKeepsTheHyphen) {
  Vocabulary v;
  EXPECT_EQ(JoinAcrossLines("Stock-", "Take", v), LineBreakJoin::kKeepHyphen);
  EXPECT_EQ(JoinAcrossLines("2019-", "20", v), LineBreakJoin::kKeepHyphen);
}

TEST(HyphenationTest, TheDocumentsOwnWordsDecide) {
  Vocabulary v;
  v.Add("co-operation");
  v.Add("Cooperative");
  v.Add("third");
  v.Add("party,");
  EXPECT_EQ(JoinAcrossLines("co-", "operation", v), LineBreakJoin::kKeepHyphen);  // seen hyphenated
  EXPECT_EQ(JoinAcrossLines("co-", "operative", v), LineBreakJoin::kDropHyphen);  // seen joined
  EXPECT_EQ(JoinAcrossLines("third-", "party", v), LineBreakJoin::kKeepHyphen);   // both halves are words
  EXPECT_EQ(JoinAcrossLines("long-third-", "party", v), LineBreakJoin::kKeepHyphen);
}

TEST(HyphenationTest, VocabularyKeysFoldCaseAndTrimPunctuation) {
  EXPECT_EQ(VocabularyKey("(Council's)"), "council's");
  EXPECT_EQ(VocabularyKey("--"), "");
  Vocabulary v;
  v.Add("\"Management,\"");
  EXPECT_TRUE(v.Has("management"));
  EXPECT_FALSE(v.Has("manage"));
}

}  // namespace
}  // namespace plantrace::pdf

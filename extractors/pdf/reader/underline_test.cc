#include "extractors/pdf/reader/underline.h"

#include <gtest/gtest.h>

namespace plantrace::pdf {
namespace {

Word MakeWord(const char* text, double x0, double x1, double baseline = 100) {
  Word w;
  w.text = text;
  w.font_size = 10;
  w.baseline = baseline;
  w.bbox = {x0, baseline - 8, x1, baseline + 2};
  return w;
}

TEST(UnderlineTest, ThinRuleUnderWordsMarksThem) {
  PageContent page;
  page.words = {MakeWord("City", 10, 30), MakeWord("Solicitor", 33, 70), MakeWord("today", 80, 105)};
  page.rules.push_back({{10, 101, 70, 101.7}});
  MarkUnderlines(&page);
  EXPECT_TRUE(page.words[0].underline);
  EXPECT_TRUE(page.words[1].underline);
  EXPECT_FALSE(page.words[2].underline);
}

TEST(UnderlineTest, TableBorderUnderAShortWordIsNotAnUnderline) {
  PageContent page;
  page.words = {MakeWord("Lead", 10, 30)};
  page.rules.push_back({{5, 101.5, 300, 102.2}});  // a cell border across the column
  MarkUnderlines(&page);
  EXPECT_FALSE(page.words[0].underline);
}

TEST(UnderlineTest, RuleFarBelowIsNotAnUnderline) {
  PageContent page;
  page.words = {MakeWord("Lead", 10, 30)};
  page.rules.push_back({{10, 106, 30, 106.7}});
  MarkUnderlines(&page);
  EXPECT_FALSE(page.words[0].underline);
}

// Words are looked up by baseline near each rule: a page of many lines
// still finds each rule's words, of any size, and only those.
TEST(UnderlineTest, EachRuleFindsItsOwnLineAmongMany) {
  PageContent page;
  for (int line = 0; line < 40; ++line) {
    Word w = MakeWord("Word", 10, 40, 100 + 15 * line);
    w.font_size = line % 2 ? 24 : 8;  // a large size widens the band looked in
    page.words.push_back(w);
  }
  page.rules.push_back({{10, 100 + 15 * 7 + 1, 40, 100 + 15 * 7 + 1.7}});
  page.rules.push_back({{10, 100 + 15 * 30 + 1, 40, 100 + 15 * 30 + 1.7}});
  MarkUnderlines(&page);
  for (int line = 0; line < 40; ++line) {
    EXPECT_EQ(page.words[static_cast<size_t>(line)].underline, line == 7 || line == 30) << line;
  }
}

}  // namespace
}  // namespace plantrace::pdf

#include "extractors/pdf/layout/page_number.h"

#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

namespace plantrace::pdf {
namespace {

TEST(PageNumberTest, UsualForms) {
  for (const char* t : {"3", "Page 3", "page 3 of 12", "- 3 -", "– 12 –", "3 / 12", "3 of 12", "iv",
                        "Page 12", "p. 4", "PG. 7", "pg 7", "  XII  ", "—3—", "Page - 3 - of 9"}) {
    EXPECT_TRUE(IsPageNumber(t)) << t;
  }
  for (const char* t : {"3 March 2015", "Background", "Page three", "1.1 In December", "2019-20 plan",
                        "12345", "viiiiiii", "3 of", "of 3", "page", "3 off 4", "p 3", "3iv", "",
                        "Page 3 of 12 of 14", "3 of 12345"}) {
    EXPECT_FALSE(IsPageNumber(t)) << t;
  }
}

// The scanner replaced this regular expression; it must accept exactly the
// same texts. Every sequence of up to four pieces below is tried.
TEST(PageNumberTest, AgreesWithTheGrammarAsARegularExpression) {
  const std::regex grammar(
      R"(^\s*(?:(?:page|p\.|pg\.?)\s*)?(?:(?:-|–|—)\s*)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:-|–|—))?)"
      R"((?:\s*(?:/|of)\s*\d{1,4})?\s*$)",
      std::regex::icase);
  const std::vector<std::string> pieces = {"",   " ",  "\t", "Page", "pG", "p.", ".",  "p",  "-", "–",
                                           "—",  "3",  "12", "12345", "iv", "XL", "m",  "/",  "of", "OF",
                                           "o",  "a",  "ii3"};
  size_t tried = 0;
  for (const std::string& a : pieces)
    for (const std::string& b : pieces)
      for (const std::string& c : pieces)
        for (const std::string& d : pieces) {
          const std::string text = a + b + c + d;
          ++tried;
          ASSERT_EQ(IsPageNumber(text), std::regex_match(text, grammar)) << "\"" << text << "\"";
        }
  EXPECT_EQ(tried, pieces.size() * pieces.size() * pieces.size() * pieces.size());
}

}  // namespace
}  // namespace plantrace::pdf

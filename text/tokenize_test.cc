#include "text/tokenize.h"

#include <gtest/gtest.h>

#include <random>

namespace plantrace {
namespace {

std::vector<std::string> Stems(Tokenizer& tok, std::string_view s) {
  std::vector<std::string> out;
  for (const Token& t : tok.Tokenize(s)) out.push_back(t.stem);
  return out;
}

TEST(Tokenizer, FoldsCaseAndStems) {
  Tokenizer tok;
  std::vector<Token> t = tok.Tokenize("Reviewing the Council's MTFS");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].folded, "reviewing");
  EXPECT_EQ(t[0].stem, "review");
  EXPECT_EQ(t[2].folded, "council's");
  EXPECT_EQ(t[2].stem, "council");
  EXPECT_EQ(t[3].stem, "mtfs");
}

TEST(Tokenizer, PunctuationAndDashesAreBoundaries) {
  Tokenizer tok;
  EXPECT_EQ(Stems(tok, "member–officer relations; fit-for-purpose!"),
            (std::vector<std::string>{"member", "offic", "relat", "fit", "for", "purpos"}));
}

TEST(Tokenizer, NumbersKeptSymbolsDropped) {
  Tokenizer tok;
  std::vector<std::string> w = tok.Words("the 2024/25 budget: £105.4m — S151");
  EXPECT_EQ(w, (std::vector<std::string>{"the", "2024", "25", "budget", "105.4m", "s151"}));
}

TEST(Tokenizer, CurlyApostropheSameAsStraight) {
  Tokenizer tok;
  EXPECT_EQ(Stems(tok, "Council’s"), Stems(tok, "council's"));
}

TEST(Tokenizer, NonAsciiFoldsAndBadUtf8IsSafe) {
  Tokenizer tok;
  EXPECT_EQ(tok.Words("STRASSE Straße"), (std::vector<std::string>{"strasse", "strasse"}));
  std::string bad = "plan\xff\xfe review";
  std::vector<std::string> w = tok.Words(bad);
  ASSERT_FALSE(w.empty());
  EXPECT_EQ(w.front(), "plan");
  EXPECT_EQ(w.back(), "review");
  EXPECT_TRUE(tok.Tokenize("").empty());
  EXPECT_TRUE(tok.Tokenize(" ,.; ").empty());
}

TEST(Tokenizer, StemsAgree) {
  Tokenizer tok;
  EXPECT_EQ(tok.Stem("committees"), tok.Stem("committee"));
  EXPECT_EQ(tok.Stem("recommendations"), tok.Stem("recommendation"));
}

// ASCII text is cut from its bytes, other text through UTF-16: a text
// read both ways (the non-ASCII word at the end sends it the second way)
// gives the same words.
TEST(Tokenizer, AsciiTextReadsAsTheUnicodePathReadsIt) {
  const std::string ascii =
      "Reviewing the Council's MTFS: 3.5% by 2023-24 (e.g. CO2, Section 151), "
      "don't DELAY -- A.B.C. and x_y 1,000 #hash @at ALL-CAPS I'll";
  Tokenizer tok;
  std::vector<Token> plain = tok.Tokenize(ascii);
  std::vector<Token> unicode = tok.Tokenize(ascii + " caf\xC3\xA9");
  ASSERT_FALSE(plain.empty());
  ASSERT_EQ(unicode.size(), plain.size() + 1);
  EXPECT_EQ(unicode.back().folded, "caf\xC3\xA9");
  for (size_t i = 0; i < plain.size(); ++i) {
    EXPECT_EQ(plain[i].folded, unicode[i].folded) << i;
    EXPECT_EQ(plain[i].stem, unicode[i].stem) << i;
  }
  EXPECT_EQ(plain.front().folded, "reviewing");
  EXPECT_EQ(plain[2].folded, "council's");
}


// Tokens() hands back the tokens of a recent text without splitting it
// again: the same tokens as a fresh Tokenizer gives, also after more texts
// than it keeps have pushed the first one out.
TEST(Tokenizer, RecentTextsGiveTheSameTokensAsAFreshRead) {
  auto same = [](const std::vector<Token>& a, const std::vector<Token>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      if (a[i].stem != b[i].stem || a[i].folded != b[i].folded) return false;
    }
    return true;
  };
  const std::string first = "Monitoring the Council's budgets and reviewing the MTFS";
  Tokenizer tok;
  const std::vector<Token> fresh = Tokenizer().Tokenize(first);
  ASSERT_EQ(fresh.size(), 8u);
  EXPECT_TRUE(same(tok.Tokens(first), fresh));
  EXPECT_TRUE(same(tok.Tokens(first), fresh));  // from the recent texts
  for (int i = 0; i < 100; ++i) {
    const std::string other = "text number " + std::to_string(i) + " about committees";
    const std::vector<Token> read = tok.Tokens(other);
    EXPECT_TRUE(same(read, Tokenizer().Tokenize(other))) << other;
    EXPECT_TRUE(same(tok.Tokens(first), fresh)) << i;  // read again, pushed out or not
  }
  EXPECT_EQ(tok.Tokens(first)[0].stem, "monitor");
}


// ASCII text is split without ICU (ascii_words.h); the same text with a
// non-ASCII word after it goes through ICU's word boundaries. Both must cut
// the ASCII part alike: on edge cases and on random strings of letters,
// digits and the marks UAX #29 treats specially (' . , ; : _).
TEST(Tokenizer, AsciiWordsAreIcuWords) {
  Tokenizer tok;
  auto check = [&](const std::string& ascii) {
    const std::vector<std::string> plain = tok.Words(ascii);
    std::vector<std::string> icu = tok.Words(ascii + " \xC3\xA9t\xC3\xA9");
    ASSERT_FALSE(icu.empty()) << ascii;
    EXPECT_EQ(icu.back(), "\xC3\xA9t\xC3\xA9");
    icu.pop_back();
    EXPECT_EQ(plain, icu) << "[" << ascii << "]";
  };
  for (const char* text :
       {"", "_", "__", "a_", "_a", "x_y", "a__b", "1_2", "_1_", "e.g. i.e. U.K.", "a.b.c.", "a..b",
        "council's councils' 'quoted' rock'n'roll", "1,000 1,000,000 3.5% 1.2.3 1;2 1:2 1'2",
        "a:b 12:30 a;b a,b", "CO2 2023-24 2023/24 A1.b2 a1'b 1a.2 1.a a.1", "...a...", "a'.b",
        "1.,2", "x__", "Section 151 (S151)", "co-operate, re-use", "\tTabs\nand\r\nlines  two",
        "a@b.org @ @@ @1 1@ @'a a'@ _@_ #hash @at $5 &amp; 50% a+b a=b a*b a|b ~a `a` \"a\" <a> [a] {a}", "A'", "'a", "a'", "9."}) {
    check(text);
  }
  std::mt19937 rng(16);
  const std::string alphabet = "aBz09_'.,;:@- \n/()%";
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1), length(1, 24);
  for (int k = 0; k < 5000; ++k) {
    std::string text;
    for (size_t i = length(rng); i > 0; --i) text += alphabet[pick(rng)];
    check(text);
  }
  // Every ASCII byte but NUL, with letters and digits most often.
  std::string every = "aaaaabbbbb000001111";
  for (int c = 1; c < 0x80; ++c) every += static_cast<char>(c);
  std::uniform_int_distribution<size_t> any(0, every.size() - 1);
  for (int k = 0; k < 5000; ++k) {
    std::string text;
    for (size_t i = length(rng); i > 0; --i) text += every[any(rng)];
    check(text);
  }
}

}  // namespace
}  // namespace plantrace

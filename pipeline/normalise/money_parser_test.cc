#include "pipeline/normalise/money_parser.h"

#include <gtest/gtest.h>

namespace plantrace {
namespace {

class MoneyParserTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<MoneyParser> p = MoneyParser::CreateDefault();
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    parser_ = new MoneyParser(std::move(p).value());
  }
  static void TearDownTestSuite() { delete parser_; }
  std::vector<ParsedAmount> Find(std::string_view t) { return parser_->FindAll(t); }
  static MoneyParser* parser_;
};
MoneyParser* MoneyParserTest::parser_ = nullptr;

TEST_F(MoneyParserTest, Values) {
  EXPECT_EQ(ParseMoneyValue("£105.4m"), 105400000);
  EXPECT_EQ(ParseMoneyValue("£1,173,000"), 1173000);
  EXPECT_EQ(ParseMoneyValue("£350K"), 350000);
  EXPECT_EQ(ParseMoneyValue("£20m"), 20000000);
  EXPECT_EQ(ParseMoneyValue("£1.2bn"), 1200000000);
  EXPECT_EQ(ParseMoneyValue("£ 20 million"), 20000000);
  EXPECT_EQ(ParseMoneyValue("£253.3m"), 253300000);
  EXPECT_EQ(ParseMoneyValue("£12.50"), 13);  // whole pounds, half up
  EXPECT_EQ(ParseMoneyValue("£0.125m"), 125000);
}

TEST_F(MoneyParserTest, NotAmounts) {
  EXPECT_FALSE(ParseMoneyValue("£"));
  EXPECT_FALSE(ParseMoneyValue("£abc"));
  EXPECT_FALSE(ParseMoneyValue("£1,17,000"));
  EXPECT_TRUE(Find("a cost of £ to be confirmed").empty());
  EXPECT_TRUE(Find("£abc and £").empty());
  EXPECT_TRUE(Find("£1,17,000 was set aside").empty());
  EXPECT_TRUE(Find("£5.2.1 and £5x").empty());
  EXPECT_TRUE(Find("£99999999999999999999999m").empty());
}

TEST_F(MoneyParserTest, ApproximateKindAndPeriod) {
  auto a = Find("savings of approximately £546m are required");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_TRUE(a[0].approximate);
  EXPECT_EQ(a[0].raw, "approximately £546m");
  EXPECT_EQ(a[0].kind, "saving");
  EXPECT_EQ(a[0].value_gbp, 546000000);
  for (const char* t : {"in the region of £3m", "c. £3m", "c.£3m", "circa £3m", "around £3m"}) {
    auto r = Find(t);
    ASSERT_EQ(r.size(), 1u) << t;
    EXPECT_TRUE(r[0].approximate) << t;
  }
  auto cap = Find("up to £3m");
  ASSERT_EQ(cap.size(), 1u);
  EXPECT_FALSE(cap[0].approximate);

  auto b = Find("legacy funding of £1,173,000 for BCSP in 2018/19");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].kind, "funding");
  EXPECT_EQ(b[0].period.value_or(""), "2018/19");

  auto c = Find("a budget reduction of £105.4m in 2015-16");
  // (below: a period keeps its printed separator, "2024/25" and "2024-25")
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].kind, "reduction");
  EXPECT_EQ(c[0].period.value_or(""), "2015-16");  // the separator as printed (issue 14)

  // A sum up to and including a year, or since one, is cumulative: no period.
  auto cum = Find("previous programmes up to and including 2014/15 which amounted to "
                  "approximately £546m");
  ASSERT_EQ(cum.size(), 1u);
  EXPECT_FALSE(cum[0].period);
  auto since = Find("a reduction of nearly £5m since 2019-20");
  ASSERT_EQ(since.size(), 1u);
  EXPECT_FALSE(since[0].period);
  auto d = Find("£253.3m of savings to be delivered over 2016/18");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].period.value_or(""), "2016/18");

  auto e = Find("£275,000 allocation to the Youth Offending Team");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].kind, "funding");
  EXPECT_FALSE(e[0].period);

  auto f = Find("an equal pay liability of £1.1bn. Next year the budget is £3.2bn");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].kind, "liability");
  EXPECT_EQ(f[1].kind, "budget");
}

TEST_F(MoneyParserTest, RangesGiveBothEnds) {
  auto values = [&](std::string_view t) {
    std::string out;
    for (const ParsedAmount& a : Find(t)) out += std::to_string(a.value_gbp) + " ";
    return out;
  };
  EXPECT_EQ(values("an estimated cost of £12m-17m for the site"), "12000000 17000000 ");
  EXPECT_EQ(values("between £12-17m"), "12000000 17000000 ");
  EXPECT_EQ(values("£1m-£1.5m"), "1000000 1500000 ");
  EXPECT_EQ(values("from £150 to 200k"), "150000 200000 ");
  // A year or a smaller number after a dash is no upper end.
  EXPECT_EQ(values("£20m to 2025 and £20m-2025"), "20000000 20000000 ");
  EXPECT_EQ(values("£5m-3 schools"), "5000000 ");
}

TEST_F(MoneyParserTest, EachOfGivesOneRecordPerYear) {
  auto a = Find("funding up to the value of £350K in each of 2018/19 and 2019/20");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].period.value_or(""), "2018/19");
  EXPECT_EQ(a[1].period.value_or(""), "2019/20");
  EXPECT_EQ(a[0].value_gbp, 350000);
  EXPECT_FALSE(a[0].approximate);
  EXPECT_EQ(a[1].kind, "funding");
}

TEST_F(MoneyParserTest, KindPrefersTheNearestStrongCue) {
  auto a = Find("So a total of £253.3m revenue budget reductions (year on year) required are still "
                "to be identified in relation to the period 2016/18.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].kind, "reduction");
  EXPECT_EQ(a[0].period.value_or(""), "2016/18");
  auto b = Find("delivering the 2015/16 budget reduction programme (£105m) and ensuring the "
                "funding of the equal pay claims");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].kind, "reduction");
  EXPECT_EQ(b[0].period.value_or(""), "2015/16");
  auto c = Find("A budget provision of £20m has been included");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].kind, "budget");
  EXPECT_EQ(parser_->KindOf("Annual reduction to be identified"), "reduction");
  EXPECT_EQ(parser_->KindOf("Comments and explanation"), "other");
}

TEST(MoneyCellTest, HeaderGivesTheCurrency) {
  EXPECT_EQ(ParseCellAmount("105.4m", "£"), 105400000);
  EXPECT_EQ(ParseCellAmount("105.4", "£m"), 105400000);
  EXPECT_EQ(ParseCellAmount("1,173", "£'000"), 1173000);
  EXPECT_EQ(ParseCellAmount("1,173", "Amount (£000)"), 1173000);
  EXPECT_EQ(ParseCellAmount("£350K", "Value £"), 350000);
  EXPECT_FALSE(ParseCellAmount("105.4m", "Years"));
  EXPECT_FALSE(ParseCellAmount("to be identified", "£"));
  EXPECT_FALSE(ParseCellAmount("", "£m"));
  EXPECT_FALSE(ParseCellAmount("12m", "£m"));
}

TEST(MoneyLexiconTest, Errors) {
  EXPECT_TRUE(MoneyLexicon::Parse("approx\tabout\nkind\tpot\tfunding\n", "m.tsv").ok());
  Result<MoneyLexicon> bad = MoneyLexicon::Parse("# x\nkind\tpot\tgold\n", "m.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().ToString().find("m.tsv:2"), std::string::npos);
  EXPECT_FALSE(MoneyLexicon::Parse("wat\tx\n", "m.tsv").ok());
}

}  // namespace
}  // namespace plantrace

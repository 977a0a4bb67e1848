#include "pipeline/normalise/date_parser.h"

#include <gtest/gtest.h>

#include "model/calendar_date.h"

namespace plantrace {
namespace {

class DateParserTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<DateParser> p = DateParser::CreateDefault();
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    parser_ = new DateParser(std::move(p).value());
  }
  static void TearDownTestSuite() { delete parser_; }

  // A document dated September 2018, like the 2018 plan.
  std::vector<DateRecord> Find(std::string_view text, int year = 2018, int month = 9) {
    std::vector<DateRecord> out;
    for (const ParsedDate& d : parser_->FindAll(text, {year, year, month})) {
      out.push_back(ToDateRecord(d));
    }
    return out;
  }
  // The one date in `text`, as "role start end precision".
  std::string One(std::string_view text, int year = 2018, int month = 9) {
    std::vector<DateRecord> all = Find(text, year, month);
    if (all.size() != 1) return "found " + std::to_string(all.size());
    const DateRecord& d = all[0];
    return d.role + " " + d.start + " " + d.end.value_or("null") + " " + d.precision;
  }
  static DateParser* parser_;
};
DateParser* DateParserTest::parser_ = nullptr;

TEST_F(DateParserTest, MonthsAndDays) {
  EXPECT_EQ(One("June 2024", 2023, 11), "due 2024-06-01 2024-06-30 month");
  EXPECT_EQ(One("on 29th September 2023", 2023, 11), "event 2023-09-29 2023-09-29 day");
  EXPECT_EQ(One("agreed by CMT on 23.07.18"), "event 2018-07-23 2018-07-23 day");
  EXPECT_EQ(One("closed on September 19"), "event 2018-09-19 2018-09-19 day");
  EXPECT_EQ(One("agreed at March 27th 2018 Cabinet"), "event 2018-03-27 2018-03-27 day");
  EXPECT_EQ(One("held on 16 and 17 July"), "event 2018-07-16 2018-07-17 day");
  EXPECT_EQ(One("CMT on 24th (September 2018)"), "event 2018-09-24 2018-09-24 day");
}

TEST_F(DateParserTest, YearComesFromContext) {
  EXPECT_EQ(One("in operation from 01 November"), "start 2018-11-01 null open");
  EXPECT_EQ(One("w/c 6 August"), "event 2018-08-06 2018-08-12 day");
  EXPECT_EQ(One("The next Board will be in December"), "event 2018-12-01 2018-12-31 month");
  EXPECT_EQ(One("due to be developed this year"), "due 2018-01-01 2018-12-31 year");
}

// A month without a year after a past participle ("published in October")
// is the last such month before the paper's own: the year before when the
// month comes later in the year than the paper's.
TEST_F(DateParserTest, PastMonthWithoutAYearIsTheLastOneBeforeThePaper) {
  EXPECT_EQ(One("the draft budget published in October", 2025, 1),
            "event 2024-10-01 2024-10-31 month");
  EXPECT_EQ(One("the strategy was agreed in March", 2025, 1), "event 2024-03-01 2024-03-31 month");
  EXPECT_EQ(One("the review held in December", 2025, 1), "event 2024-12-01 2024-12-31 month");
  // Earlier in the paper's own year, or not after a participle: as before.
  EXPECT_EQ(One("the draft budget published in January", 2025, 3),
            "event 2025-01-01 2025-01-31 month");
  EXPECT_EQ(One("to be published in October", 2025, 1), "due 2025-10-01 2025-10-31 month");
  EXPECT_EQ(One("a workshop planned in October", 2018, 9), "event 2018-10-01 2018-10-31 month");
}

TEST_F(DateParserTest, FinancialAndMunicipalYears) {
  EXPECT_EQ(One("in 2024/25", 2023, 11), "due 2024-04-01 2025-03-31 financial_year");
  EXPECT_EQ(One("Deliver 2018-19 savings"), "due 2018-04-01 2019-03-31 financial_year");
  EXPECT_EQ(One("(2019-2020)"), "due 2019-04-01 2020-03-31 financial_year");
  EXPECT_EQ(One("£253.3m over 2016/18", 2015, 6), "due 2016-04-01 2018-03-31 financial_year");
  EXPECT_EQ(One("covering 2019-22"), "event 2019-04-01 2022-03-31 financial_year");
  EXPECT_EQ(One("the 24/25 Budget development process", 2023, 11),
            "event 2024-04-01 2025-03-31 financial_year");
  EXPECT_EQ(One("forecast 2019/20 – 2022/23 budget position"),
            "event 2019-04-01 2023-03-31 financial_year");
  EXPECT_EQ(One("within municipal year 2018 / 19"), "due 2018-05-01 2019-04-30 year");
  EXPECT_EQ(One("Q3 2019/20"), "due 2019-10-01 2019-12-31 quarter");
  EXPECT_EQ(One("Q2 2019"), "due 2019-04-01 2019-06-30 quarter");
}

TEST_F(DateParserTest, StrategySpansAreCalendarYears) {
  EXPECT_EQ(One("People Strategy 2017-2020"), "event 2017-01-01 2020-12-31 year");
  EXPECT_EQ(One("Council Plan for 2018-2022"), "event 2018-01-01 2022-12-31 year");
  EXPECT_EQ(One("Workforce Strategy 2019-2020"), "event 2019-01-01 2020-12-31 year");
}

TEST_F(DateParserTest, OpenStartsAndDueDates) {
  EXPECT_EQ(One("(July 2018 onwards)"), "start 2018-07-01 null open");
  EXPECT_EQ(One("Commencing in August 2018"), "start 2018-08-01 null open");
  EXPECT_EQ(One("(As of September 2018)"), "start 2018-09-01 null open");
  EXPECT_EQ(One("by October 2018"), "due 2018-10-01 2018-10-31 month");
  EXPECT_EQ(One("due to go to Cabinet on 13 November"), "due 2018-11-13 2018-11-13 day");
  EXPECT_EQ(One("Cabinet report planned for November"), "due 2018-11-01 2018-11-30 month");
  EXPECT_EQ(One("(June 2018)"), "due 2018-06-01 2018-06-30 month");
  std::vector<DateRecord> d = Find("(July 2018 onwards)");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].raw, "(July 2018 onwards)");
}

TEST_F(DateParserTest, MarkersAndEvents) {
  EXPECT_EQ(One("(July Update)"), "as_of 2018-07-01 2018-07-31 month");
  EXPECT_EQ(One("(August 2018 update)"), "as_of 2018-08-01 2018-08-31 month");
  EXPECT_EQ(One("(Sept Update)"), "as_of 2018-09-01 2018-09-30 month");
  EXPECT_EQ(One("agreed at Full Council in May 2018"), "event 2018-05-01 2018-05-31 month");
  EXPECT_EQ(One("the September meeting"), "event 2018-09-01 2018-09-30 month");
  EXPECT_EQ(One("12.5% in 2016"), "event 2016-01-01 2016-12-31 year");
}

TEST_F(DateParserTest, RangesListsAndSeasons) {
  EXPECT_EQ(One("(June – September 2018)"), "due 2018-06-01 2018-09-30 month");
  EXPECT_EQ(One("October 2018 – Feb 2019"), "due 2018-10-01 2019-02-28 month");
  EXPECT_EQ(One("in September and early October"), "due 2018-09-01 2018-10-31 month");
  EXPECT_EQ(One("during Aug/Sept", 2018, 7), "due 2018-08-01 2018-09-30 month");
  std::vector<DateRecord> l = Find("(April 2019, 2020 and 2021 trajectory)");
  ASSERT_EQ(l.size(), 3u);
  EXPECT_EQ(l[1].start, "2020-04-01");
  EXPECT_EQ(l[2].end.value_or(""), "2021-04-30");
  EXPECT_EQ(l[2].raw, "(April 2019, 2020 and 2021 trajectory)");
  EXPECT_EQ(One("wider roll out in the Autumn"), "due 2018-09-01 2018-11-30 quarter");
  EXPECT_EQ(One("throughout the summer"), "event 2018-06-01 2018-08-31 quarter");
  EXPECT_EQ(One("Summer/Autumn of engagement", 2018, 5), "due 2018-06-01 2018-11-30 quarter");
  EXPECT_EQ(One("winter 2015"), "event 2015-12-01 2016-02-29 quarter");
  EXPECT_EQ(One("signing off the Budget in New Year 2024", 2023, 11),
            "due 2024-01-01 2024-03-31 quarter");
  EXPECT_EQ(Find("2018/19 and 2019/20").size(), 2u);
}

TEST_F(DateParserTest, AnAbbreviatedMonthBeforeTwoDigitsIsAMonthAndYear) {
  EXPECT_EQ(One("a forecast shortfall (Nov 24).", 2025, 1), "due 2024-11-01 2024-11-30 month");
  EXPECT_EQ(One("commissioning by Sept 24", 2025, 1), "due 2024-09-01 2024-09-30 month");
  EXPECT_EQ(One("(Emissions Trading Scheme (ETS) - Jan 28)", 2025, 1),
            "due 2028-01-01 2028-01-31 month");
  EXPECT_EQ(One("Timescale June 26", 2025, 1), "due 2026-06-01 2026-06-30 month");
  // After "on", or with an ordinal, it is a day.
  EXPECT_EQ(One("closed on September 19"), "event 2018-09-19 2018-09-19 day");
  EXPECT_EQ(One("on Jan 28", 2025, 1), "event 2025-01-28 2025-01-28 day");
  EXPECT_EQ(One("Jan 28th", 2025, 1), "event 2025-01-28 2025-01-28 day");
}

TEST_F(DateParserTest, DueToACauseIsNoTarget) {
  DateContext narrative;
  narrative.default_role = DateRole::kEvent;
  auto roles = [&](std::string_view text) {
    std::string out;
    for (const ParsedDate& d : parser_->FindAll(text, narrative)) {
      out += std::string(DateRoleName(d.role)) + " ";
    }
    return out;
  };
  EXPECT_EQ(roles("due to a lower amount of base budget changes required in 2025-26 draft budget"),
            "event ");
  EXPECT_EQ(roles("gate fees due to the double digit inflation seen in 2023"), "event ");
  EXPECT_EQ(roles("due to increased demand in 2023-24"), "event ");
  EXPECT_EQ(roles("the agreement is due to end in March 2026"), "due ");
  EXPECT_EQ(One("due to be consulted with staff in July 2018"), "due 2018-07-01 2018-07-31 month");
}

TEST_F(DateParserTest, NumericDatesWithDashes) {
  EXPECT_EQ(One("into a balanced position by 31-3-25.", 2025, 1), "due 2025-03-31 2025-03-31 day");
  EXPECT_EQ(One("on 23.07.18"), "event 2018-07-23 2018-07-23 day");
  // Mixed separators or a run of dashed numbers are no date.
  EXPECT_EQ(Find("31-3.25").size(), 0u);
  EXPECT_EQ(Find("see rows 1-2-3-4").size(), 0u);
}

TEST_F(DateParserTest, YearsTooFarApartAreAlternatives) {
  std::vector<DateRecord> d = Find("deliver the plan for Net Zero by 2030/2050.", 2025, 1);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].role + " " + d[0].start + " " + d[0].precision, "due 2030-01-01 year");
  EXPECT_EQ(d[1].role + " " + d[1].start + " " + d[1].precision, "due 2050-01-01 year");
  EXPECT_EQ(One("delivering Net Zero by 2050 is not an option", 2025, 1),
            "due 2050-01-01 2050-12-31 year");
}

TEST_F(DateParserTest, ASeasonInANameIsNoDate) {
  EXPECT_EQ(Find("following the Autumn Budget statement", 2025, 1).size(), 0u);
  EXPECT_EQ(Find("the cost of the Winter Service and drainage", 2025, 1).size(), 0u);
  EXPECT_EQ(Find("the Summer Reading Challenge", 2025, 1).size(), 0u);
  EXPECT_EQ(One("wider roll out in the Autumn"), "due 2018-09-01 2018-11-30 quarter");
  EXPECT_EQ(One("since the Autumn 2024 Budget", 2025, 1), "event 2024-09-01 2024-11-30 quarter");
  EXPECT_EQ(One("Winter pressures rose"), "due 2018-12-01 2019-02-28 quarter");
}

TEST_F(DateParserTest, APlansNamedSpanIsItsCalendarYears) {
  EXPECT_EQ(One("Cabinet agree the Commissioning Plan for Education Provision in Kent 2025-29",
                2025, 1),
            "event 2025-01-01 2029-12-31 year");
  EXPECT_EQ(One("the Digital Strategy 2024-27", 2025, 1), "event 2024-01-01 2027-12-31 year");
  // Financial plans run in financial years; a lower-case phrase names no plan.
  EXPECT_EQ(One("the Medium Term Financial Plan 2025-28", 2025, 1),
            "event 2025-04-01 2028-03-31 financial_year");
  EXPECT_EQ(One("over 2018-22 period"), "due 2018-04-01 2022-03-31 financial_year");
}

TEST_F(DateParserTest, ScheduledOccurrencesAreEventsAtAnyPrecision) {
  EXPECT_EQ(One("the County Council elections scheduled for May 2025 being postponed", 2025, 1),
            "event 2025-05-01 2025-05-31 month");
  EXPECT_EQ(One("Budget workshop is scheduled for 15 August"), "event 2018-08-15 2018-08-15 day");
  EXPECT_EQ(One("commit Kent and Medway to elections to a new Mayoral Strategic Authority (MSA) "
                "in May 2026",
                2025, 1),
            "event 2026-05-01 2026-05-31 month");
  EXPECT_EQ(One("holding the first elections for the Mayor by May 2026", 2025, 1),
            "due 2026-05-01 2026-05-31 month");
}

TEST_F(DateParserTest, ANarrativeWithoutThePapersMonthTakesNoWeakTarget) {
  // A register's cells: no month of the paper, default role event.
  DateContext narrative;
  narrative.default_role = DateRole::kEvent;
  auto roles = [&](std::string_view text) {
    std::string out;
    for (const ParsedDate& d : parser_->FindAll(text, narrative)) {
      out += std::string(DateRoleName(d.role)) + " ";
    }
    return out;
  };
  EXPECT_EQ(roles("Whilst initial progress in 2022-23 and 2023-24 was made"), "event event ");
  EXPECT_EQ(roles("costs in the accounts in 2026-27"), "event ");
  EXPECT_EQ(roles("due to end in March 2026"), "due ");
  EXPECT_EQ(roles("a balanced position by 31-3-25"), "due ");
  EXPECT_EQ(roles("with £0.3m deferred until 2025-26"), "due ");
  EXPECT_EQ(roles("technical adjustments before 31 March 2025"), "due ");
  // With the paper's month, a weak cue before a period to come is a target.
  DateContext dated{2015, 2015, 3};
  dated.default_role = DateRole::kEvent;
  std::vector<ParsedDate> d = parser_->FindAll("with publication in the autumn", dated);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].role, DateRole::kDue);
}

TEST_F(DateParserTest, TheStartOfAChangeWasMeasured) {
  DateContext plan;  // a plan's row: no month of the paper, default due
  auto roles = [&](std::string_view text) {
    std::string out;
    for (const ParsedDate& d : parser_->FindAll(text, plan)) {
      out += std::string(DateRoleName(d.role)) + " ";
    }
    return out;
  };
  EXPECT_EQ(roles("Pupil absence rates will have fallen from 7.9% in 2021/22 to below 5%."),
            "event ");
  EXPECT_EQ(roles("Hospital admissions in Kent due to alcohol will have fallen from 418.7 in "
                  "2021/22 to 395"),
            "event ");
  EXPECT_EQ(roles("By 2028, the proportion will have increased from 49% in 2022 to 60%."),
            "due event ");
  // The target's period stays a target.
  EXPECT_EQ(roles("to fall to below 5% in 2026/27"), "due ");
}

TEST_F(DateParserTest, PlannedParticiplesAreNotEvents) {
  EXPECT_EQ(One("will be undertaken over the summer of 2024", 2024, 4),
            "due 2024-06-01 2024-08-31 quarter");
  EXPECT_EQ(One("was undertaken over the summer of 2023", 2024, 4),
            "event 2023-06-01 2023-08-31 quarter");
  EXPECT_EQ(One("is to be agreed in October 2024", 2024, 4), "due 2024-10-01 2024-10-31 month");
}

TEST_F(DateParserTest, ListsShareTheirRole) {
  std::vector<DateRecord> d = Find("some of the 2024/25 and 2025/26 budget saving proposals", 2024, 4);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].role, "event");
  EXPECT_EQ(d[1].role, "event");
  // Two months joined by "and" are one span, as in the gold ("May and June
  // 2018"), unless each has its own year.
  EXPECT_EQ(One("over May and June 2018"), "event 2018-05-01 2018-06-30 month");
  // "between … and …" names a span whatever the months.
  EXPECT_EQ(One("This exercise, taking place between February and September 2015 will", 2015, 3),
            "due 2015-02-01 2015-09-30 month");  // a window still open in March
  EXPECT_EQ(Find("meetings between agreement in July and September").size(), 2u);
  std::vector<DateRecord> m = Find("EMT meetings in July and September");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].start, "2018-09-01");
  EXPECT_EQ(m[1].role, "event");
  EXPECT_EQ(One("(August / September 2018 updates)"), "as_of 2018-09-01 2018-09-30 month");
  EXPECT_EQ(One("reviewing the framework in 2019-20 with peer support", 2019, 4),
            "due 2019-04-01 2020-03-31 financial_year");
  std::vector<DateRecord> e = Find("agreed in October 2023 and March 2024", 2024, 4);
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[1].start, "2024-03-01");
  EXPECT_EQ(e[1].role, "event");
}

TEST_F(DateParserTest, BracketsBoundTheCues) {
  EXPECT_EQ(One("agreed at the Cabinet meeting (ongoing 2018-19)"),
            "due 2018-04-01 2019-03-31 financial_year");
  EXPECT_EQ(One("Review template (September 18)"), "due 2018-09-01 2018-09-30 month");
  // A sentence ending in a year ends the clause: no as_of from the next one.
  std::vector<DateRecord> d = Find("next Committee in November 2018. (September Update)");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].role, "event");  // "next Committee": a meeting
  EXPECT_EQ(d[1].role, "as_of");
}

TEST_F(DateParserTest, TrailingBracketedMonthOfAnUpdateIsItsMarker) {
  DateContext update{2018, 2018, 9, /*in_update=*/true};
  std::vector<ParsedDate> d =
      parser_->FindAll("Engaged with support from legal colleagues (September 2018).", update);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].role, DateRole::kAsOf);
  // Not in an update (a deliverable's column date), and not at the end.
  EXPECT_EQ(One("Constitution established (September 2018)."),
            "due 2018-09-01 2018-09-30 month");
  d = parser_->FindAll("Festival (July 2018) was held in the park.", update);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_NE(d[0].role, DateRole::kAsOf);
}

TEST_F(DateParserTest, MalformedDatesGiveNoDate) {
  EXPECT_TRUE(Find("Q5 2019").empty());
  EXPECT_TRUE(Find("by 31 February").empty());
  EXPECT_TRUE(Find("31 February 2019").empty());
  EXPECT_TRUE(Find("2019/17").empty());
  EXPECT_TRUE(Find("agreed on 13.13.18").empty());
  EXPECT_TRUE(Find("Q0 2019/20").empty());
  EXPECT_TRUE(Find("2018/35").empty());
}

TEST_F(DateParserTest, NotDatesAtAll) {
  EXPECT_TRUE(Find("over the next four years").empty());
  EXPECT_TRUE(Find("last year").empty());
  EXPECT_TRUE(Find("a bare in-year review").empty());
  EXPECT_TRUE(Find("members may wish to note £105.4m and item 2.1(a)").empty());
  EXPECT_TRUE(Find("Council Business Plan 2019+ page 12 of 40").empty());
}

TEST_F(DateParserTest, ColumnHeaderDate) {
  std::optional<ParsedDate> h =
      parser_->HeaderDate("Key Deliverables within 6 months (June 2024)", {2023, 2023, 11});
  ASSERT_TRUE(h);
  DateRecord r = ToDateRecord(*h);
  EXPECT_EQ(r.raw, "within 6 months (June 2024)");
  EXPECT_EQ(r.role, "due");
  EXPECT_EQ(r.start, "2024-06-01");
  EXPECT_EQ(r.end.value_or(""), "2024-06-30");
  EXPECT_FALSE(parser_->HeaderDate("Key Deliverables", {2023, 2023, 11}));
  std::optional<ParsedDate> p = parser_->HeaderDate("Outputs (September 2018)", {2018, 2018, 9});
  ASSERT_TRUE(p);
  EXPECT_EQ(p->raw, "(September 2018)");
}

TEST(DateCueLexiconTest, SmallLexiconAndErrors) {
  Result<DateCueLexicon> lex = DateCueLexicon::Parse(
      "# test\nrole\tpencilled for\tdue\tbefore\t80\ncalendar\tstrategy\n", "t.tsv");
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  Result<DateParser> p = DateParser::Create(std::move(lex).value());
  ASSERT_TRUE(p.ok());
  std::vector<ParsedDate> d = p->FindAll("pencilled for 3 May 2019", {2019, 2019, 1});
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].role, DateRole::kDue);
  Result<DateCueLexicon> bad = DateCueLexicon::Parse("role\tx\tsoon\tbefore\t80\n", "t.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().ToString().find("t.tsv:1"), std::string::npos);
  EXPECT_FALSE(DateCueLexicon::Parse("role\tx\tdue\tbefore\t800\n", "t.tsv").ok());
}

}  // namespace
}  // namespace plantrace

namespace plantrace {
namespace {

// Issue 14: a date printed without its year in a paper with no date of its
// own once came out as year 0 ("0000-09-30").
TEST_F(DateParserTest, NoYearToTakeGivesNoDate) {
  const DateContext undated{};
  EXPECT_TRUE(parser_->FindAll("by 30 September", undated).empty());
  EXPECT_TRUE(parser_->FindAll("planned for September", undated).empty());
  EXPECT_TRUE(parser_->FindAll("work this year", undated).empty());
  for (const ParsedDate& d : parser_->FindAll("by 30 September and in October", undated)) {
    ADD_FAILURE() << "a date without a year: " << d.raw;
  }
}

TEST_F(DateParserTest, NoYearTakesTheNearestDatedContext) {
  const DateContext undated{};
  std::vector<ParsedDate> found =
      parser_->FindAll("Agreed in June 2019; review by 30 September", undated);
  ASSERT_EQ(found.size(), 2u);
  DateRecord r = ToDateRecord(found[1]);
  EXPECT_EQ(r.raw.find("30 September") != std::string::npos, true) << r.raw;
  EXPECT_EQ(r.start, "2019-09-30");
  // The nearest of two years wins.
  found = parser_->FindAll("In March 2017 a plan. Later, in May 2021, a review by 1 June", undated);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(ToDateRecord(found.back()).start, "2021-06-01");
}

TEST_F(DateParserTest, EveryDateIsARealDay) {
  const DateContext undated{};
  for (std::string_view text :
       {"31 February 2019", "30 September 1850", "1 January 2150", "13.13.18", "September"}) {
    for (const ParsedDate& d : parser_->FindAll(text, undated)) {
      DateRecord r = ToDateRecord(d);
      EXPECT_TRUE(CalendarDate::FromIso(r.start)) << text << " gave " << r.start;
    }
  }
}

}  // namespace
}  // namespace plantrace

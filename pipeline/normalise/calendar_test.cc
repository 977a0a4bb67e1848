#include "pipeline/normalise/calendar.h"

#include <gtest/gtest.h>

namespace plantrace {
namespace {

TEST(Calendar, LeapYearsAndMonthLengths) {
  EXPECT_TRUE(IsLeapYear(2024));
  EXPECT_FALSE(IsLeapYear(2023));
  EXPECT_FALSE(IsLeapYear(1900));
  EXPECT_TRUE(IsLeapYear(2000));
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2023, 2), 28);
  EXPECT_EQ(DaysInMonth(2023, 9), 30);
  EXPECT_EQ(DaysInMonth(2023, 13), 0);
}

TEST(Calendar, Validation) {
  EXPECT_FALSE(IsValidDate({2019, 2, 31}));
  EXPECT_FALSE(IsValidDate({2023, 2, 29}));
  EXPECT_TRUE(IsValidDate({2024, 2, 29}));
  EXPECT_FALSE(IsValidDate({2018, 13, 13}));
  EXPECT_FALSE(IsValidDate({2018, 0, 1}));
  EXPECT_FALSE(IsValidDate({2018, 1, 0}));
  EXPECT_FALSE(IsValidDate({0, 9, 30}));  // a month read without its year
  EXPECT_FALSE(IsValidDate({1899, 12, 31}));
}

TEST(Calendar, IsoStrings) {
  EXPECT_EQ(IsoDate({2024, 6, 1}), "2024-06-01");
  EXPECT_EQ(MonthString(2018, 9), "2018-09");
  EXPECT_EQ(ParseIsoDate("2018-07-23"), (CivilDate{2018, 7, 23}));
  EXPECT_EQ(ParseIsoDate("2018-09"), (CivilDate{2018, 9, 1}));
  EXPECT_FALSE(ParseIsoDate("2018-02-30"));
  EXPECT_FALSE(ParseIsoDate("2018/02/01"));
}

TEST(Calendar, AddDaysCrossesMonthsAndYears) {
  EXPECT_EQ(AddDays({2018, 8, 6}, 6), (CivilDate{2018, 8, 12}));
  EXPECT_EQ(AddDays({2018, 12, 29}, 6), (CivilDate{2019, 1, 4}));
  EXPECT_EQ(AddDays({2024, 2, 27}, 3), (CivilDate{2024, 3, 1}));
  EXPECT_EQ(AddDays({2024, 3, 1}, -1), (CivilDate{2024, 2, 29}));
}

TEST(Calendar, FinancialAndMunicipalYears) {
  EXPECT_EQ(FinancialYearSpan(2024, 2024), (DateSpan{{2024, 4, 1}, {2025, 3, 31}}));
  EXPECT_EQ(FinancialYearSpan(2016, 2017), (DateSpan{{2016, 4, 1}, {2018, 3, 31}}));
  EXPECT_EQ(MunicipalYearSpan(2018), (DateSpan{{2018, 5, 1}, {2019, 4, 30}}));
}

TEST(Calendar, QuartersAndSeasons) {
  EXPECT_EQ(CalendarQuarterSpan(2019, 3), (DateSpan{{2019, 7, 1}, {2019, 9, 30}}));
  EXPECT_EQ(FinancialQuarterSpan(2019, 3), (DateSpan{{2019, 10, 1}, {2019, 12, 31}}));
  EXPECT_EQ(FinancialQuarterSpan(2019, 4), (DateSpan{{2020, 1, 1}, {2020, 3, 31}}));
  EXPECT_EQ(SeasonSpan(Season::kSummer, 2018), (DateSpan{{2018, 6, 1}, {2018, 8, 31}}));
  EXPECT_EQ(SeasonSpan(Season::kWinter, 2015), (DateSpan{{2015, 12, 1}, {2016, 2, 29}}));
  EXPECT_EQ(SeasonSpan(Season::kNewYear, 2024), (DateSpan{{2024, 1, 1}, {2024, 3, 31}}));
  EXPECT_EQ(SeasonFromName("Autumn"), Season::kAutumn);
  EXPECT_FALSE(SeasonFromName("monsoon"));
}

TEST(Calendar, MonthNames) {
  EXPECT_EQ(MonthFromName("September"), 9);
  EXPECT_EQ(MonthFromName("Sept"), 9);
  EXPECT_EQ(MonthFromName("feb"), 2);
  EXPECT_EQ(MonthFromName("JUNE"), 6);
  EXPECT_EQ(MonthFromName("Ju"), 0);
  EXPECT_EQ(MonthFromName("Monday"), 0);
  EXPECT_EQ(ExpandTwoDigitYear(18), 2018);
  EXPECT_EQ(ExpandTwoDigitYear(99), 1999);
}

}  // namespace
}  // namespace plantrace

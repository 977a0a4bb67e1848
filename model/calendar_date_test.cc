#include "model/calendar_date.h"

#include <gtest/gtest.h>

namespace plantrace {
namespace {

TEST(CalendarDate, RejectsImpossibleDates) {
  EXPECT_FALSE(CalendarDate::Make(0, 9, 30));  // the 2018 "September" regression
  EXPECT_FALSE(CalendarDate::Make(1899, 12, 31));
  EXPECT_FALSE(CalendarDate::Make(2101, 1, 1));
  EXPECT_FALSE(CalendarDate::Make(2024, 13, 1));
  EXPECT_FALSE(CalendarDate::Make(2024, 0, 1));
  EXPECT_FALSE(CalendarDate::Make(2023, 2, 29));
  EXPECT_FALSE(CalendarDate::Make(2024, 4, 31));
  EXPECT_FALSE(CalendarDate::Make(2024, 4, 0));
}

TEST(CalendarDate, AcceptsRealDatesAndPrintsIso) {
  std::optional<CalendarDate> d = CalendarDate::Make(2024, 2, 29);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->Iso(), "2024-02-29");
  EXPECT_EQ(d->IsoMonth(), "2024-02");
  EXPECT_EQ(d->IsoYear(), "2024");
  EXPECT_TRUE(CalendarDate::Make(1900, 1, 1));
  EXPECT_TRUE(CalendarDate::Make(2100, 12, 31));
  EXPECT_LT(*CalendarDate::Make(2018, 9, 30), *CalendarDate::Make(2018, 10, 1));
}

TEST(PrintedDate, ParsesEveryPrecisionAndRefusesYearZero) {
  EXPECT_EQ(PrintedDate::Parse("2025-01-30")->ToString(), "2025-01-30");
  EXPECT_EQ(PrintedDate::Parse("2018-09")->ToString(), "2018-09");
  EXPECT_EQ(PrintedDate::Parse("2015")->ToString(), "2015");
  EXPECT_FALSE(PrintedDate::Parse("0000-09"));
  EXPECT_FALSE(PrintedDate::Parse("0000-09-30"));
  EXPECT_FALSE(PrintedDate::Parse(""));
  EXPECT_FALSE(PrintedDate::Parse("2018/09"));
  EXPECT_FALSE(PrintedDate::Parse("2018-9"));
  EXPECT_FALSE(CalendarDate::FromIso("2019-02-29"));
}

}  // namespace
}  // namespace plantrace

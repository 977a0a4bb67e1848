#pragma once
// Small civil-calendar arithmetic for the normalisers: validation, ISO
// strings, and the periods UK council documents speak in (financial years,
// municipal years, quarters, seasons). Proleptic Gregorian, no time zones,
// no locale.

#include <optional>
#include <string>
#include <string_view>

namespace plantrace {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

// A closed interval of days.
struct DateSpan {
  CivilDate start;
  CivilDate end;
  friend bool operator==(const DateSpan&, const DateSpan&) = default;
};

// Years outside this range are not read as years (page counts, sums).
constexpr int kMinYear = 1950;
constexpr int kMaxYear = 2100;

bool IsLeapYear(int year);
// 0 for a month outside 1..12.
int DaysInMonth(int year, int month);
// A real day of 1900–2100 (CalendarDate's check): year 0 is not a date.
bool IsValidDate(const CivilDate& d);
bool IsPlausibleYear(int year);

// "2024-06-01"; "YYYY-MM" for MonthString.
std::string IsoDate(const CivilDate& d);
std::string MonthString(int year, int month);
// Parses "YYYY-MM-DD" or "YYYY-MM" (day 1); nullopt when malformed or invalid.
std::optional<CivilDate> ParseIsoDate(std::string_view s);

// d plus `days` (may be negative). REQUIRES: IsValidDate(d).
CivilDate AddDays(const CivilDate& d, int days);

DateSpan MonthSpan(int year, int month);                      // whole month
DateSpan MonthRange(int y0, int m0, int y1, int m1);          // first of m0 .. last of m1
DateSpan YearSpan(int first_year, int last_year);             // 1 Jan .. 31 Dec
// UK financial years: FinancialYearSpan(2024, 2024) is 2024-04-01 .. 2025-03-31;
// FinancialYearSpan(2016, 2017) ("2016/18") is 2016-04-01 .. 2018-03-31.
DateSpan FinancialYearSpan(int first_start_year, int last_start_year);
// Municipal year starting in May of `start_year`: 1 May .. 30 April.
DateSpan MunicipalYearSpan(int start_year);
// Calendar quarter q (1..4) of `year`.
DateSpan CalendarQuarterSpan(int year, int q);
// Quarter q (1..4) of the financial year starting in April of `fy_start_year`
// (Q1 = Apr–Jun, Q4 = Jan–Mar of the next year).
DateSpan FinancialQuarterSpan(int fy_start_year, int q);

enum class Season { kSpring, kSummer, kAutumn, kWinter, kNewYear };
// "summer" → kSummer, case-insensitive ASCII; nullopt otherwise.
std::optional<Season> SeasonFromName(std::string_view name);
// Spring Mar–May, summer Jun–Aug, autumn Sep–Nov, winter Dec–Feb (starting in
// December of `year`), New Year Jan–Mar.
DateSpan SeasonSpan(Season s, int year);
// Month 1..12 from an English name or abbreviation ("Sept", "feb"),
// case-insensitive; 0 when unknown.
int MonthFromName(std::string_view name);

// Two-digit years: 18 → 2018, 99 → 1999 (pivot 70).
int ExpandTwoDigitYear(int yy);

}  // namespace plantrace

#include "pipeline/normalise/calendar.h"

#include <array>
#include <cctype>

#include "model/calendar_date.h"

namespace plantrace {
namespace {

std::string Pad(int v, int width) {
  std::string s = std::to_string(v < 0 ? -v : v);  // integers only: locale-free
  while (static_cast<int>(s.size()) < width) s.insert(s.begin(), '0');
  return v < 0 ? "-" + s : s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

bool IsValidDate(const CivilDate& d) {
  return CalendarDate::Make(d.year, d.month, d.day).has_value();
}

bool IsPlausibleYear(int year) { return year >= kMinYear && year <= kMaxYear; }

std::string IsoDate(const CivilDate& d) {
  return Pad(d.year, 4) + "-" + Pad(d.month, 2) + "-" + Pad(d.day, 2);
}

std::string MonthString(int year, int month) { return Pad(year, 4) + "-" + Pad(month, 2); }

std::optional<CivilDate> ParseIsoDate(std::string_view s) {
  auto num = [&](size_t pos, size_t len) -> int {
    int v = 0;
    for (size_t i = pos; i < pos + len; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(s[i]))) return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  if (s.size() != 7 && s.size() != 10) return std::nullopt;
  if (s[4] != '-' || (s.size() == 10 && s[7] != '-')) return std::nullopt;
  CivilDate d{num(0, 4), num(5, 2), s.size() == 10 ? num(8, 2) : 1};
  if (d.year < 0 || !IsValidDate(d)) return std::nullopt;
  return d;
}

CivilDate AddDays(const CivilDate& d, int days) {
  CivilDate r = d;
  while (days > 0) {
    int left = DaysInMonth(r.year, r.month) - r.day;
    if (days <= left) {
      r.day += days;
      break;
    }
    days -= left + 1;
    r.day = 1;
    if (++r.month > 12) {
      r.month = 1;
      ++r.year;
    }
  }
  while (days < 0) {
    if (-days < r.day) {
      r.day += days;
      break;
    }
    days += r.day;
    if (--r.month < 1) {
      r.month = 12;
      --r.year;
    }
    r.day = DaysInMonth(r.year, r.month);
  }
  return r;
}

DateSpan MonthSpan(int year, int month) { return MonthRange(year, month, year, month); }

DateSpan MonthRange(int y0, int m0, int y1, int m1) {
  return {{y0, m0, 1}, {y1, m1, DaysInMonth(y1, m1)}};
}

DateSpan YearSpan(int first_year, int last_year) {
  return {{first_year, 1, 1}, {last_year, 12, 31}};
}

DateSpan FinancialYearSpan(int first_start_year, int last_start_year) {
  return {{first_start_year, 4, 1}, {last_start_year + 1, 3, 31}};
}

DateSpan MunicipalYearSpan(int start_year) { return {{start_year, 5, 1}, {start_year + 1, 4, 30}}; }

DateSpan CalendarQuarterSpan(int year, int q) {
  int m0 = 3 * (q - 1) + 1;
  return MonthRange(year, m0, year, m0 + 2);
}

DateSpan FinancialQuarterSpan(int fy_start_year, int q) {
  // Q1..Q3 fall in the start year (Apr, Jul, Oct); Q4 is Jan–Mar after it.
  if (q == 4) return MonthRange(fy_start_year + 1, 1, fy_start_year + 1, 3);
  int m0 = 3 * q + 1;
  return MonthRange(fy_start_year, m0, fy_start_year, m0 + 2);
}

std::optional<Season> SeasonFromName(std::string_view name) {
  std::string n = Lower(name);
  if (n == "spring") return Season::kSpring;
  if (n == "summer") return Season::kSummer;
  if (n == "autumn" || n == "fall") return Season::kAutumn;
  if (n == "winter") return Season::kWinter;
  if (n == "new year") return Season::kNewYear;
  return std::nullopt;
}

DateSpan SeasonSpan(Season s, int year) {
  switch (s) {
    case Season::kSpring: return MonthRange(year, 3, year, 5);
    case Season::kSummer: return MonthRange(year, 6, year, 8);
    case Season::kAutumn: return MonthRange(year, 9, year, 11);
    case Season::kWinter: return MonthRange(year, 12, year + 1, 2);
    case Season::kNewYear: return MonthRange(year, 1, year, 3);
  }
  return MonthRange(year, 1, year, 3);
}

int MonthFromName(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  std::string n = Lower(name);
  if (n.size() < 3) return 0;
  if (n == "sept") return 9;
  for (size_t i = 0; i < kNames.size(); ++i) {
    // A full name, or its first three letters ("Feb", "Aug").
    if (n == kNames[i] || (n.size() == 3 && kNames[i].substr(0, 3) == n)) {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

int ExpandTwoDigitYear(int yy) { return yy < 70 ? 2000 + yy : 1900 + yy; }

}  // namespace plantrace

#include "model/calendar_date.h"

#include <cctype>

namespace plantrace {
namespace {

bool Leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysIn(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && Leap(year) ? 29 : kDays[month - 1];
}

std::string Pad(int v, size_t width) {
  std::string s = std::to_string(v);  // integers only: locale-free
  while (s.size() < width) s.insert(s.begin(), '0');
  return s;
}

// The digits of s[pos, pos+len) as a number; -1 when one is not a digit.
int Digits(std::string_view s, size_t pos, size_t len) {
  int v = 0;
  for (size_t i = pos; i < pos + len; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace

std::optional<CalendarDate> CalendarDate::Make(int year, int month, int day) {
  if (year < kMinYear || year > kMaxYear) return std::nullopt;
  if (day < 1 || day > DaysIn(year, month)) return std::nullopt;  // also checks month
  return CalendarDate(year, month, day);
}

std::optional<CalendarDate> CalendarDate::FromIso(std::string_view s) {
  std::optional<PrintedDate> p = PrintedDate::Parse(s);
  if (!p) return std::nullopt;
  return p->date;
}

std::string CalendarDate::Iso() const { return IsoMonth() + "-" + Pad(day_, 2); }
std::string CalendarDate::IsoMonth() const { return IsoYear() + "-" + Pad(month_, 2); }
std::string CalendarDate::IsoYear() const { return Pad(year_, 4); }

std::string PrintedDate::ToString() const {
  switch (precision) {
    case DatePrecisionPrinted::kDay: return date.Iso();
    case DatePrecisionPrinted::kMonth: return date.IsoMonth();
    case DatePrecisionPrinted::kYear: return date.IsoYear();
  }
  return date.Iso();
}

std::optional<PrintedDate> PrintedDate::Parse(std::string_view s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return std::nullopt;
  if (s.size() >= 7 && s[4] != '-') return std::nullopt;
  if (s.size() == 10 && s[7] != '-') return std::nullopt;
  int y = Digits(s, 0, 4);
  int m = s.size() >= 7 ? Digits(s, 5, 2) : 1;
  int d = s.size() == 10 ? Digits(s, 8, 2) : 1;
  std::optional<CalendarDate> c = CalendarDate::Make(y, m, d);
  if (!c) return std::nullopt;
  DatePrecisionPrinted p = s.size() == 10  ? DatePrecisionPrinted::kDay
                           : s.size() == 7 ? DatePrecisionPrinted::kMonth
                                           : DatePrecisionPrinted::kYear;
  return PrintedDate{*c, p};
}

}  // namespace plantrace

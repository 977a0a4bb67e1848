#pragma once
// CalendarDate: a day of the Gregorian calendar in the years council papers
// speak of (1900–2100). The only way to make one is the checked factory, so
// a record can never hold year 0, a 13th month or 31 February: a date that
// cannot be read stays text (no date at all), it is never guessed into range.
// Every ISO string of the records (item dates, update markers, the document's
// own date) is printed from this type.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace plantrace {

class CalendarDate {
 public:
  static constexpr int kMinYear = 1900;
  static constexpr int kMaxYear = 2100;

  // nullopt unless 1900 <= year <= 2100, 1 <= month <= 12 and the day exists
  // in that month.
  static std::optional<CalendarDate> Make(int year, int month, int day);
  // "YYYY-MM-DD"; "YYYY-MM" and "YYYY" give the first day of the period.
  static std::optional<CalendarDate> FromIso(std::string_view iso);

  int year() const { return year_; }
  int month() const { return month_; }
  int day() const { return day_; }

  std::string Iso() const;       // "2024-06-01"
  std::string IsoMonth() const;  // "2024-06"
  std::string IsoYear() const;   // "2024"

  friend bool operator==(const CalendarDate&, const CalendarDate&) = default;
  friend auto operator<=>(const CalendarDate&, const CalendarDate&) = default;

 private:
  CalendarDate(int year, int month, int day) : year_(year), month_(month), day_(day) {}
  int year_;
  int month_;
  int day_;
};

// How much of a document's own date is printed: "2025-01-30", "2018-09",
// "2015".
enum class DatePrecisionPrinted { kDay, kMonth, kYear };

// A document's own date at the precision it is printed. Checked like
// CalendarDate; ToString gives the record's "YYYY-MM-DD" / "YYYY-MM" / "YYYY".
struct PrintedDate {
  CalendarDate date;
  DatePrecisionPrinted precision;

  std::string ToString() const;
  // Parses the record form back; nullopt for anything else ("", "0000-09").
  static std::optional<PrintedDate> Parse(std::string_view s);
};

}  // namespace plantrace

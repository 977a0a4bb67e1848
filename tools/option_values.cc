#include "tools/option_values.h"

#include <cctype>
#include <vector>

#include "pipeline/link/themes.h"

namespace plantrace::cli {

namespace {

const std::vector<std::string> kStatuses = {"complete", "on_track", "in_progress", "off_track",
                                            "not_started"};

bool Digits(const std::string& s, size_t at, size_t n) {
  if (at + n > s.size()) return false;
  for (size_t i = at; i < at + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

int DaysIn(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string Joined(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : ", ") + v;
  return out;
}

}  // namespace

std::string CheckDateOption(const std::string& option, const std::string& value) {
  const std::string bad =
      "--" + option + " " + value + ": not a date (YYYY-MM-DD, YYYY-MM or YYYY)";
  if (!Digits(value, 0, 4)) return bad;
  if (value.size() == 4) return "";
  if (value.size() != 7 && value.size() != 10) return bad;
  if (value[4] != '-' || !Digits(value, 5, 2)) return bad;
  const int year = std::stoi(value.substr(0, 4)), month = std::stoi(value.substr(5, 2));
  if (month < 1 || month > 12) return bad + ": no month " + value.substr(5, 2);
  if (value.size() == 7) return "";
  if (value[7] != '-' || !Digits(value, 8, 2)) return bad;
  const int day = std::stoi(value.substr(8, 2));
  if (day < 1 || day > DaysIn(year, month)) {
    return bad + ": " + value.substr(0, 7) + " has no day " + value.substr(8, 2);
  }
  return "";
}

std::string CheckStatusOption(const std::string& value) {
  for (const std::string& s : kStatuses) {
    if (value == s) return "";
  }
  return "--status " + value + ": unknown status; one of " + Joined(kStatuses);
}

std::string CheckThemeOption(const std::string& value) {
  Result<ThemeLexicon> lexicon = ThemeLexicon::Load();
  if (!lexicon.ok()) return lexicon.status().ToString();
  std::vector<std::string> ids;
  for (const Theme& t : lexicon->themes()) {
    if (t.id == value) return "";
    ids.push_back(t.id);
  }
  return "--theme " + value + ": unknown theme; one of " + Joined(ids) +
         " (`plantrace themes` shows their labels)";
}

}  // namespace plantrace::cli

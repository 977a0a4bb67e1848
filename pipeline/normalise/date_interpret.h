#pragma once
// Internal to the date parser: what each pattern's match means (the periods
// it names), and the role a found date takes from its cues and position.
// Split from date_parser.cc, which holds the RE2 patterns themselves.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/normalise/date_parser.h"

namespace plantrace::date_detail {

// In the order of PatternSources() in date_parser.cc; also the tie break
// between matches of equal start and length.
enum class Pat {
  kWeekCommencing, kDayRange, kDmy, kMdy, kNumeric, kIso, kMonthYearList, kMonthRange,
  kMonthYear, kMunicipal, kQuarterFy, kQuarter, kFyRange, kFy, kFyShort, kSeason,
  kCuedYear, kThisYear, kMonthBare, kCount
};
constexpr size_t kDatePatternCount = static_cast<size_t>(Pat::kCount);

struct Interp {
  DateSpan span;
  DatePrecision precision = DatePrecision::kMonth;
  CueApplies cls = CueApplies::kMonth;
};

struct Candidate {
  size_t begin = 0;
  size_t end = 0;
  Pat pat = Pat::kMonthBare;
  std::vector<Interp> dates;  // empty: malformed; consumes its span, gives no date
};

// `g` holds the capture groups of the match text[begin, end) ("" when a group
// did not take part). nullopt: not a date expression at all (the span is left
// to other patterns); an empty list: a malformed date ("31 February").
std::optional<std::vector<Interp>> InterpretDateMatch(Pat pat, const std::vector<std::string>& g,
                                                      std::string_view text, size_t begin,
                                                      size_t end, const DateContext& ctx);

// The role (rules in date_parser.h), raw and final values of one period.
ParsedDate FinishDate(const DateCueLexicon& lex, const Candidate& c, const Interp& in,
                      std::string_view text, const DateContext& ctx);

}  // namespace plantrace::date_detail

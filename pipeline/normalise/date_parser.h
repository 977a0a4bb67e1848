#pragma once
// Finds date expressions in running text and normalises them per the gold
// README's date conventions: "June 2024", "29th September 2023", "23.07.18",
// "01 November" (year from context), "2024/25", "2016/18", "Q3 2019/20",
// "(July 2018 onwards)", "w/c 6 August", seasons, municipal years, ...
//
// Role (data/date_cues.tsv decides the cue words), in this order:
//   1. a cue of strength >= kStrongCue ("update" → as_of, "onwards"/"from"/
//      "commencing"/"as of" → start, "due to"/"by" → due, "agreed"/"held" →
//      event);
//   2. a specific day → event (a meeting or occurrence);
//   3. a bracketed month or period ("(September 2018)", a column date) → due;
//   4. a period that ended before the document's month → event;
//   5. a year or span of years directly followed by a noun ("the 2019-20
//      budget", "2018-19 out-turn report") → event;
//   6. a weaker cue ("in", "planned for" → due; "next", "Cabinet" → event);
//   7. otherwise due.
// Dates joined by "and" / "," / "or" ("the 2024/25 and 2025/26 budget") share
// the role of the one whose role a cue or a following noun set.
// A start has end null and precision "open".
//
// Malformed expressions ("Q5 2019", "31 February", "2019/17", "13.13.18")
// give no date at all, never a guessed one.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "model/records.h"
#include "pipeline/normalise/calendar.h"
#include "pipeline/normalise/date_cues.h"

namespace plantrace {

enum class DatePrecision { kDay, kMonth, kQuarter, kFinancialYear, kYear, kOpen };
std::string_view DatePrecisionName(DatePrecision p);

struct DateContext {
  int default_year = 0;  // for dates printed without a year ("01 November")
  int doc_year = 0;      // the document's own date, for "this year" and rule 4
  int doc_month = 0;     // 0 when unknown: rule 4 is then not applied
  // The text is one progress update: a bracketed month closing it ("…
  // colleagues (September 2018).") is its update marker, role as_of.
  bool in_update = false;
  // Rule 7's role: due in what a plan commits to; event in what a risk
  // register narrates (its cause, event and consequence columns).
  DateRole default_role = DateRole::kDue;
};

struct ParsedDate {
  std::string raw;  // as printed, with an adjacent cue and brackets
  DateRole role = DateRole::kDue;
  CivilDate start;
  std::optional<CivilDate> end;  // nullopt for precision kOpen
  DatePrecision precision = DatePrecision::kMonth;
  size_t begin = 0;  // byte offsets of raw in the text
  size_t end_offset = 0;
  // Strength of the cue that set the role; 0 when a structural rule did.
  int cue_strength = 0;
};

DateRecord ToDateRecord(const ParsedDate& d);

class DateParser {
 public:
  // Compiles the patterns; fails only if a pattern does not compile.
  static Result<DateParser> Create(DateCueLexicon lexicon);
  // With data/date_cues.tsv.
  static Result<DateParser> CreateDefault();

  DateParser(DateParser&&) noexcept;
  DateParser& operator=(DateParser&&) noexcept;
  ~DateParser();

  // Every date expression in `text`, in text order. An expression that names
  // several periods ("April 2019, 2020 and 2021") gives one entry per period,
  // all with the same raw.
  std::vector<ParsedDate> FindAll(std::string_view text, const DateContext& ctx) const;

  // The due date of a column header such as "Key Deliverables within 6 months
  // (June 2024)": raw "within 6 months (June 2024)". nullopt without a date.
  std::optional<ParsedDate> HeaderDate(std::string_view header, const DateContext& ctx) const;

 private:
  struct Impl;
  explicit DateParser(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace plantrace

#pragma once
// The cue lexicon that gives a date expression its role (due | start | as_of |
// event), read from data/date_cues.tsv. See that file for the line format.

#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace plantrace {

enum class DateRole { kDue, kStart, kAsOf, kEvent };
std::string_view DateRoleName(DateRole r);

enum class CueSide { kBefore, kAfter, kAdjBefore, kAdjAfter, kEither };
// Which date expressions a cue may apply to.
enum class CueApplies { kAny, kDay, kMonth, kYear };

struct DateCue {
  std::string phrase;  // case-folded
  DateRole role = DateRole::kDue;
  CueSide side = CueSide::kBefore;
  int strength = 0;
  CueApplies applies = CueApplies::kAny;
};

struct DateCueLexicon {
  std::vector<DateCue> cues;
  std::vector<std::string> calendar_labels;  // case-folded

  // `where` names the text in error messages ("data/date_cues.tsv").
  static Result<DateCueLexicon> Parse(std::string_view text, std::string_view where);
  // DataDir()/date_cues.tsv.
  static Result<DateCueLexicon> LoadDefault();
};

// Cues at or above this strength override the structural rules.
constexpr int kStrongCue = 70;

// The strongest cue around a date expression text[begin, end) that applies
// to `applies`; strength 0 when none. `clause_begin`/`clause_end` bound the
// search to the clause holding the expression.
struct CueHit {
  const DateCue* cue = nullptr;
  int strength = 0;
};
CueHit FindCue(const DateCueLexicon& lex, std::string_view text, size_t begin, size_t end,
               CueApplies applies);

// True when a calendar-years label ("Strategy") closes the text before
// `begin` in the same clause.
bool HasCalendarLabel(const DateCueLexicon& lex, std::string_view text, size_t begin);

// True when the words right before `begin` are a capitalised name holding a
// calendar-years label ("the Commissioning Plan for Education Provision in
// Kent 2025-29", "Council Plan for 2018-2022"): the span is the name's.
bool InNamedCalendarLabel(const DateCueLexicon& lex, std::string_view text, size_t begin);

}  // namespace plantrace

#include "pipeline/normalise/date_cues.h"

#include <algorithm>
#include <cctype>

#include "pipeline/normalise/clause.h"
#include "pipeline/shared/data_files.h"
#include "text/normalize.h"

namespace plantrace {
namespace {

constexpr size_t kBeforeWindow = 60;
constexpr size_t kAfterWindow = 25;
// The longest bracketed aside whose opening bracket is looked for.
constexpr size_t kMaxAside = 1000;

// Only fillers between an adjacent cue and the date.
bool OnlyFiller(std::string_view s) {
  std::string rest;
  for (char c : s) {
    if (c == ' ' || c == '(' || c == '[' || c == ')' || c == ']' || c == '.' || c == ',') {
      rest += ' ';
    } else {
      rest += c;
    }
  }
  std::string words = CollapseSpaces(rest);
  return words.empty() || words == "the" || words == "for" || words == "for the" || words == "end of the" || words == "end of" ||
         words == "the end of" || words == "early" || words == "late" || words == "mid";
}

// "will be undertaken", "is to be agreed": a past participle after a modal
// or "to be" describes something planned, not an occurrence.
bool AfterFutureBe(std::string_view before, size_t cue_pos) {
  std::string head = CollapseSpaces(before.substr(0, cue_pos));
  for (std::string_view m : {"will be", "to be", "shall be", "would be", "should be", "must be"}) {
    if (head.size() >= m.size() && head.compare(head.size() - m.size(), m.size(), m) == 0 &&
        (head.size() == m.size() || head[head.size() - m.size() - 1] == ' ')) {
      return true;
    }
  }
  return false;
}

// "due to go to Cabinet", "due to end in March 2026" schedule something;
// "due to a lower amount of …", "due to the double digit inflation seen in
// 2023", "due to increased demand" give a cause: "due to" before a noun
// phrase (a determiner, or an -ed / -ing modifier) is no target.
bool CausalDueTo(std::string_view folded_before, size_t after_cue) {
  size_t b = folded_before.find_first_not_of(' ', after_cue);
  if (b == std::string_view::npos) return false;
  size_t e = folded_before.find_first_of(" ,;.()", b);
  std::string_view w = folded_before.substr(b, (e == std::string_view::npos ? folded_before.size() : e) - b);
  static const char* const kDeterminers[] = {"a", "an", "the", "this", "that", "these", "those",
                                             "its", "their", "our", "his", "her", "any", "some",
                                             "no", "other", "such", "both", "each", "many",
                                             "more", "less", "lower", "higher"};
  for (const char* d : kDeterminers) {
    if (w == d) return true;
  }
  auto ends = [&](std::string_view x) {
    return w.size() > x.size() + 2 && w.compare(w.size() - x.size(), x.size(), x) == 0;
  };
  return ends("ed") || ends("ing");
}

bool Applies(CueApplies want, CueApplies have) {
  return want == CueApplies::kAny || want == have;
}

}  // namespace

std::string_view DateRoleName(DateRole r) {
  switch (r) {
    case DateRole::kDue: return "due";
    case DateRole::kStart: return "start";
    case DateRole::kAsOf: return "as_of";
    case DateRole::kEvent: return "event";
  }
  return "due";
}

Result<DateCueLexicon> DateCueLexicon::Parse(std::string_view text, std::string_view where) {
  Result<std::vector<TsvRow>> rows = ParseTsv(text, where, 2, 6);
  if (!rows.ok()) return rows.status();
  DateCueLexicon lex;
  for (const TsvRow& row : rows.value()) {
    const auto& f = row.fields;
    std::string here = RowWhere(where, row);
    if (f[0] == "calendar") {
      if (f.size() != 2) return Status::Corruption(here, "a calendar row has exactly one cue");
      lex.calendar_labels.push_back(CaseFold(f[1]));
      continue;
    }
    if (f[0] != "role") return Status::Corruption(here, "unknown row kind \"" + f[0] + "\"");
    if (f.size() < 5) return Status::Corruption(here, "a role row needs cue, role, side, strength");
    DateCue cue;
    cue.phrase = CaseFold(f[1]);
    if (f[2] == "due") cue.role = DateRole::kDue;
    else if (f[2] == "start") cue.role = DateRole::kStart;
    else if (f[2] == "as_of") cue.role = DateRole::kAsOf;
    else if (f[2] == "event") cue.role = DateRole::kEvent;
    else return Status::Corruption(here, "unknown role \"" + f[2] + "\"");
    if (f[3] == "before") cue.side = CueSide::kBefore;
    else if (f[3] == "after") cue.side = CueSide::kAfter;
    else if (f[3] == "adjbefore") cue.side = CueSide::kAdjBefore;
    else if (f[3] == "adjafter") cue.side = CueSide::kAdjAfter;
    else if (f[3] == "either") cue.side = CueSide::kEither;
    else return Status::Corruption(here, "unknown side \"" + f[3] + "\"");
    int strength = -1;
    if (f[4].size() <= 3 && !f[4].empty()) {
      strength = 0;
      for (char c : f[4]) {
        if (!std::isdigit(static_cast<unsigned char>(c))) { strength = -1; break; }
        strength = strength * 10 + (c - '0');
      }
    }
    if (strength < 0 || strength > 100) return Status::Corruption(here, "strength is not 0..100");
    cue.strength = strength;
    if (f.size() == 6) {
      if (f[5] == "any") cue.applies = CueApplies::kAny;
      else if (f[5] == "day") cue.applies = CueApplies::kDay;
      else if (f[5] == "month") cue.applies = CueApplies::kMonth;
      else if (f[5] == "year") cue.applies = CueApplies::kYear;
      else return Status::Corruption(here, "unknown applies \"" + f[5] + "\"");
    }
    lex.cues.push_back(std::move(cue));
  }
  return lex;
}

Result<DateCueLexicon> DateCueLexicon::LoadDefault() {
  Result<std::string> text = ReadDataFile("date_cues.tsv");
  if (!text.ok()) return text.status();
  return Parse(text.value(), DataDir() + "/date_cues.tsv");
}

CueHit FindCue(const DateCueLexicon& lex, std::string_view text, size_t begin, size_t end,
               CueApplies applies) {
  Window w = ClauseWindow(text, begin, end, kBeforeWindow, kAfterWindow);
  size_t lo = w.lo, hi = w.hi;
  // Inside "( … )" only the bracket's own words count: "(ongoing 2018-19)"
  // after "… Cabinet meeting" is not a meeting.
  // Both searches are bounded, or every date would scan the text before and
  // after it (quadratic: a 30 MB page of dates took over 7 minutes). A
  // bracket only ever narrows [lo, hi], so looking for its close beyond hi
  // changes nothing; one opened over kMaxAside bytes back is no aside.
  const size_t from = begin > kMaxAside ? begin - kMaxAside : 0;
  const std::string_view back = text.substr(from, begin - from);
  size_t open = back.find_last_of("([");
  size_t shut = back.find_last_of(")]");
  if (open != std::string_view::npos && (shut == std::string_view::npos || shut < open)) {
    open += from;
    const std::string_view ahead = text.substr(0, hi);
    size_t close = ahead.find_first_of(")]", end);
    size_t reopen = ahead.find_first_of("([", end);
    if (close != std::string_view::npos && (reopen == std::string_view::npos || close < reopen)) {
      lo = std::max(lo, open + 1);
      hi = std::min(hi, close);
    }
  }
  std::string before = CaseFold(text.substr(lo, begin - lo));
  std::string after = CaseFold(text.substr(end, hi - end));
  CueHit best;
  for (const DateCue& cue : lex.cues) {
    if (cue.strength <= best.strength || !Applies(cue.applies, applies)) continue;
    bool hit = false;
    if (cue.side == CueSide::kBefore || cue.side == CueSide::kEither ||
        cue.side == CueSide::kAdjBefore) {
      size_t p = FindWord(before, cue.phrase, /*last=*/true);
      if (p != std::string::npos) {
        hit = cue.side != CueSide::kAdjBefore ||
              OnlyFiller(std::string_view(before).substr(p + cue.phrase.size()));
        if (cue.role == DateRole::kEvent && AfterFutureBe(before, p)) hit = false;
        if (cue.phrase == "due to" && CausalDueTo(before, p + cue.phrase.size())) hit = false;
      }
    }
    if (!hit && (cue.side == CueSide::kAfter || cue.side == CueSide::kEither ||
                 cue.side == CueSide::kAdjAfter)) {
      size_t p = FindWord(after, cue.phrase, /*last=*/false);
      if (p != std::string::npos) {
        hit = cue.side != CueSide::kAdjAfter || OnlyFiller(std::string_view(after).substr(0, p));
      }
    }
    if (hit) best = {&cue, cue.strength};
  }
  return best;
}

bool HasCalendarLabel(const DateCueLexicon& lex, std::string_view text, size_t begin) {
  size_t lo = begin > kBeforeWindow ? begin - kBeforeWindow : 0;
  std::string before = CaseFold(text.substr(lo, begin - lo));
  // The label must be among the last three words ("Council Plan for 2018-2022").
  std::string tail = CollapseSpaces(before);
  size_t cut = tail.size();
  for (int words = 0; words < 3 && cut != std::string::npos && cut > 0; ++words) {
    cut = tail.rfind(' ', cut - 1);
  }
  std::string_view last = cut == std::string::npos ? tail : std::string_view(tail).substr(cut);
  for (const std::string& label : lex.calendar_labels) {
    if (FindWord(last, label, true) != std::string::npos) return true;
  }
  return false;
}

bool InNamedCalendarLabel(const DateCueLexicon& lex, std::string_view text, size_t begin) {
  // Walk back over the name: capitalised words, with the small words of a
  // title between them; a name is at most a dozen words.
  static const char* const kJoiners[] = {"of", "for", "in", "and", "the", "on", "to", "&"};
  // The financial plans of the CIPFA Prudential Code and its treasury
  // management code (a Medium Term Financial Plan, a Capital Strategy, a
  // Treasury Management Strategy) run in financial years.
  static const char* const kFiscal[] = {"financial", "capital", "treasury", "budget",
                                        "revenue", "investment", "mtfp", "mtfs"};
  size_t pos = begin;
  bool label = false;
  for (int words = 0; words < 12; ++words) {
    while (pos > 0 && text[pos - 1] == ' ') --pos;
    size_t b = pos;
    while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n') --b;
    if (b == pos) break;
    std::string_view w = text.substr(b, pos - b);
    // A name does not run over a clause's punctuation.
    if (std::ispunct(static_cast<unsigned char>(w.back())) && w.back() != '&') break;
    const bool capital = std::isupper(static_cast<unsigned char>(w[0])) != 0;
    const std::string folded = CaseFold(w);
    if (capital) {
      if (std::find(std::begin(kFiscal), std::end(kFiscal), folded) != std::end(kFiscal)) {
        return false;
      }
      for (const std::string& l : lex.calendar_labels) label = label || folded == l;
    } else if (std::find(std::begin(kJoiners), std::end(kJoiners), folded) != std::end(kJoiners) &&
               (words > 0 || folded == "for")) {
      // a joiner inside the name ("Plan for Education"); next to the date
      // only "for" ("Council Plan for 2018-2022")
    } else {
      break;
    }
    pos = b;
  }
  return label;
}

}  // namespace plantrace

#include "pipeline/normalise/date_interpret.h"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "text/normalize.h"

namespace plantrace::date_detail {
namespace {

// A financial year spans at most this many years ("2018-22"); more is a typo.
constexpr int kMaxSpanYears = 10;

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return -1;
    v = v * 10 + (c - '0');
    if (v > 100000) return -1;
  }
  return s.empty() ? -1 : v;
}

// The end year of "2018/19" or "2019-2020" given the start year.
int SecondYear(int first, std::string_view second) {
  int v = ToInt(second);
  if (v < 0) return -1;
  if (second.size() == 4) return v;
  int y = first / 100 * 100 + v;
  if (y < first) y += 100;  // "1999/00"
  return y;
}

Interp Day(const CivilDate& d) { return {{d, d}, DatePrecision::kDay, CueApplies::kDay}; }
Interp Month(int y, int m) { return {MonthSpan(y, m), DatePrecision::kMonth, CueApplies::kMonth}; }
Interp Fy(int first, int last) {
  return {FinancialYearSpan(first, last), DatePrecision::kFinancialYear, CueApplies::kYear};
}

std::string PrevWord(std::string_view text, size_t begin) {
  size_t e = begin;
  while (e > 0 && text[e - 1] == ' ') --e;
  size_t b = e;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
  return CaseFold(text.substr(b, e - b));
}

std::string NextWord(std::string_view text, size_t end) {
  size_t b = end;
  while (b < text.size() && text[b] == ' ') ++b;
  size_t e = b;
  while (e < text.size() && (std::isalpha(static_cast<unsigned char>(text[e])) || text[e] == '-')) {
    ++e;
  }
  return CaseFold(text.substr(b, e - b));
}

bool FollowedByYearTail(std::string_view text, size_t end) {
  // "in 2018-19": the cued-year match stops at 2018; leave it to kFy.
  size_t i = end;
  if (i < text.size() && (text[i] == '/' || text[i] == '-')) ++i;
  else if (text.substr(i, 3) == "–") i += 3;
  else return false;
  return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]));
}

// "May" is also a verb: read it bare only after a preposition or article.
bool BareMayIsDate(std::string_view text, size_t begin) {
  static const char* const kBefore[] = {"in", "by", "from", "until", "of", "during", "over",
                                        "since", "the", "and", "early", "late", "mid", "end",
                                        "before", "after", "for", "to"};
  std::string w = PrevWord(text, begin);
  for (const char* b : kBefore) {
    if (w == b) return true;
  }
  return false;
}

int YearOr(const std::string& g, int fallback) { return g.empty() ? fallback : ToInt(g); }

// "the draft budget published in October", "was agreed in March": a month
// printed without a year after a past participle and "in" is the last such
// month before the document's own, so in a January paper October is the
// year before. A regular participle ends in "-ed"; the irregular ones
// councils use for what they did are listed. After "be" it is still to come.
bool AfterPastParticiple(std::string_view text, size_t begin) {
  size_t e = begin;
  while (e > 0 && text[e - 1] == ' ') --e;
  size_t b = e;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
  if (CaseFold(text.substr(b, e - b)) != "in") return false;
  std::string verb = PrevWord(text, b);
  // "to be published in October", "will be held in May": still to come.
  size_t vb = b;
  while (vb > 0 && text[vb - 1] == ' ') --vb;
  vb -= std::min(vb, verb.size());
  std::string before = PrevWord(text, vb);
  if (before == "be" || before == "being") return false;
  // "a workshop planned in October": participles that look ahead.
  static const char* const kForward[] = {"planned", "scheduled", "expected", "proposed",
                                         "intended", "timetabled", "anticipated", "programmed"};
  if (std::any_of(std::begin(kForward), std::end(kForward),
                  [&](const char* w) { return verb == w; })) {
    return false;
  }
  static const char* const kIrregular[] = {"held", "made", "set", "taken", "given", "sent",
                                           "written", "met", "begun", "shown", "seen", "done"};
  if (verb.size() > 3 && verb.compare(verb.size() - 2, 2, "ed") == 0) return true;
  return std::any_of(std::begin(kIrregular), std::end(kIrregular),
                     [&](const char* w) { return verb == w; });
}

// "the Autumn Budget statement", "Winter Service", "the Summer Reading
// Challenge": a season capitalised inside a sentence and followed by a
// capitalised word is part of a name (a fiscal event, a service, a
// scheme), not a time of year. "Summer 2018", "late Autumn" and a season
// opening a sentence or a heading stay dates.
bool SeasonInAName(const std::vector<std::string>& g, std::string_view text, size_t begin,
                   size_t end) {
  if (!g[0].empty() || !g[2].empty() || !g[3].empty()) return false;
  const std::string& w = g[1];
  if (w.size() < 2 || !std::isupper(static_cast<unsigned char>(w[0])) ||
      !std::islower(static_cast<unsigned char>(w[1]))) {
    return false;
  }
  size_t p = begin;
  while (p > 0 && text[p - 1] == ' ') --p;
  if (p == 0) return false;
  const unsigned char before = static_cast<unsigned char>(text[p - 1]);
  if (!std::islower(before) && before != ',') return false;
  size_t n = end;
  while (n < text.size() && text[n] == ' ') ++n;
  return n + 1 < text.size() && std::isupper(static_cast<unsigned char>(text[n])) &&
         std::islower(static_cast<unsigned char>(text[n + 1]));
}

// "fallen from 7.9% in 2021/22 to below 5%", "an increase from 12.5% in
// 2016": the period a change starts from is when its first figure was
// measured, an event (BCC 2018's update; Kent's health measures).
bool StartingFigureTime(std::string_view text, size_t begin) {
  size_t lo = begin > 48 ? begin - 48 : 0;
  std::string before = CaseFold(text.substr(lo, begin - lo));
  auto trim = [&] {
    while (!before.empty() && before.back() == ' ') before.pop_back();
  };
  auto drop_word = [&](std::string_view w) {
    trim();
    if (before.size() >= w.size() + 1 &&
        before.compare(before.size() - w.size(), w.size(), w) == 0 &&
        before[before.size() - w.size() - 1] == ' ') {
      before.resize(before.size() - w.size());
      return true;
    }
    return false;
  };
  drop_word("the");
  if (!drop_word("in")) return false;
  drop_word("per cent");
  trim();
  size_t n = before.size();
  while (n > 0 && (std::isdigit(static_cast<unsigned char>(before[n - 1])) ||
                   before[n - 1] == '.' || before[n - 1] == ',' || before[n - 1] == '%')) {
    --n;
  }
  if (n == before.size() || !std::isdigit(static_cast<unsigned char>(before[n]))) return false;
  before.resize(n);
  if (before.size() >= 2 && before.compare(before.size() - 2, 2, "£") == 0) before.resize(n - 2);
  return drop_word("from");
}

}  // namespace

std::optional<std::vector<Interp>> InterpretDateMatch(Pat pat, const std::vector<std::string>& g,
                                                      std::string_view text, size_t begin,
                                                      size_t end, const DateContext& ctx) {
  const int dy = ctx.default_year;
  using V = std::vector<Interp>;
  switch (pat) {
    case Pat::kWeekCommencing: {
      CivilDate d{YearOr(g[2], dy), MonthFromName(g[1]), ToInt(g[0])};
      if (!IsValidDate(d)) return V{};
      return V{{{d, AddDays(d, 6)}, DatePrecision::kDay, CueApplies::kDay}};
    }
    case Pat::kDayRange: {
      int y = YearOr(g[3], dy), m = MonthFromName(g[2]);
      CivilDate a{y, m, ToInt(g[0])}, b{y, m, ToInt(g[1])};
      if (!IsValidDate(a) || !IsValidDate(b) || b < a) return V{};
      return V{{{a, b}, DatePrecision::kDay, CueApplies::kDay}};
    }
    case Pat::kDmy:
    case Pat::kMdy: {
      bool dmy = pat == Pat::kDmy;
      // "(September 18)" alone in brackets is a column date: September 2018.
      if (!dmy && g[2].empty() && g[1].size() == 2 && begin > 0 && text[begin - 1] == '(' &&
          end < text.size() && text[end] == ')') {
        return V{Month(ExpandTwoDigitYear(ToInt(g[1])), MonthFromName(g[0]))};
      }
      // "shortfall (Nov 24)", "by Sept 24", "ETS - Jan 28", a timescale
      // "June 26": British papers print a day before its month, so a month
      // before two digits with no ordinal is a month and its year, as
      // "(September 18)" (BCC 2018; Kent 2025 registers and plans). After
      // "on" it is a day ("closed on September 19").
      if (!dmy && g[2].empty() && g[1].size() == 2 &&
          std::isdigit(static_cast<unsigned char>(text[end - 1])) &&
          PrevWord(text, begin) != "on") {
        return V{Month(ExpandTwoDigitYear(ToInt(g[1])), MonthFromName(g[0]))};
      }
      CivilDate d{YearOr(g[2], dy), MonthFromName(g[dmy ? 1 : 0]), ToInt(g[dmy ? 0 : 1])};
      if (!IsValidDate(d)) return V{};
      return V{Day(d)};
    }
    case Pat::kNumeric: {
      // g: day, separator, month, year. "31-3-25" but not "31-3.25", nor a
      // run of dashed numbers ("1-2-3-4").
      const char sep = g[1].empty() ? '.' : g[1][0];
      if (text[end - g[3].size() - 1] != sep) return std::nullopt;
      if (sep == '-' && ((begin > 0 && text[begin - 1] == '-') ||
                         (end < text.size() && text[end] == '-'))) {
        return std::nullopt;
      }
      int y = ToInt(g[3]);
      if (g[3].size() == 2) y = ExpandTwoDigitYear(y);
      CivilDate d{y, ToInt(g[2]), ToInt(g[0])};  // UK order: day.month.year
      if (!IsValidDate(d) || !IsPlausibleYear(y)) return V{};
      return V{Day(d)};
    }
    case Pat::kIso: {
      CivilDate d{ToInt(g[0]), ToInt(g[1]), ToInt(g[2])};
      if (!IsValidDate(d)) return V{};
      return V{Day(d)};
    }
    case Pat::kMonthYearList: {
      int m = MonthFromName(g[0]);
      V out{Month(ToInt(g[1]), m)};
      const std::string& rest = g[2];
      for (size_t i = 0; i + 4 <= rest.size(); ++i) {
        if (std::isdigit(static_cast<unsigned char>(rest[i])) &&
            (i == 0 || !std::isdigit(static_cast<unsigned char>(rest[i - 1])))) {
          out.push_back(Month(ToInt(rest.substr(i, 4)), m));
        }
      }
      return out;
    }
    case Pat::kMonthRange: {
      // "September 2019 and March 2020" and "July and September" are two
      // dates; "May and June 2018" (consecutive months), "between February
      // and September 2015" and "October 2018 – Feb 2019" are spans.
      int m0 = MonthFromName(g[0]), m1 = MonthFromName(g[2]);
      std::string_view matched = text.substr(begin, end - begin);
      bool joined_by_and = matched.find(" and ") != std::string_view::npos ||
                           matched.find('&') != std::string_view::npos;
      // "between February and September 2015" is a span whatever the months.
      std::string_view before = text.substr(0, begin);
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
      bool between = before.size() >= 7 &&
                     (before.size() == 7 || !std::isalpha(static_cast<unsigned char>(before[before.size() - 8]))) &&
                     (before.substr(before.size() - 7) == "between" ||
                      before.substr(before.size() - 7) == "Between");
      if (joined_by_and && !between && (!g[1].empty() || m1 != m0 % 12 + 1)) return std::nullopt;
      int y0 = g[1].empty() ? -1 : ToInt(g[1]);
      int y1 = g[3].empty() ? -1 : ToInt(g[3]);
      if (y0 < 0 && y1 < 0) y0 = dy;
      if (y0 < 0) y0 = m0 <= m1 ? y1 : y1 - 1;
      if (y1 < 0) y1 = m1 >= m0 ? y0 : y0 + 1;
      DateSpan s = MonthRange(y0, m0, y1, m1);
      if (s.end < s.start) return V{};
      return V{{s, DatePrecision::kMonth, CueApplies::kMonth}};
    }
    case Pat::kMonthYear:
      if (FollowedByYearTail(text, end)) return std::nullopt;
      return V{Month(ToInt(g[1]), MonthFromName(g[0]))};
    case Pat::kMunicipal: {
      int a = ToInt(g[0]), b = SecondYear(a, g[1]);
      if (b != a + 1) return V{};
      return V{{MunicipalYearSpan(a), DatePrecision::kYear, CueApplies::kYear}};
    }
    case Pat::kQuarterFy: {
      int q = ToInt(g[0]), a = ToInt(g[1]), b = SecondYear(a, g[2]);
      if (q < 1 || q > 4 || b != a + 1) return V{};
      return V{{FinancialQuarterSpan(a, q), DatePrecision::kQuarter, CueApplies::kMonth}};
    }
    case Pat::kQuarter: {
      int q = ToInt(g[0]), y = ToInt(g[1]);
      if (q < 1 || q > 4) return V{};
      return V{{CalendarQuarterSpan(y, q), DatePrecision::kQuarter, CueApplies::kMonth}};
    }
    case Pat::kFyRange: {
      int a = ToInt(g[0]), a2 = SecondYear(a, g[1]);
      int b = ToInt(g[2]), b2 = SecondYear(b, g[3]);
      if (a2 != a + 1 || b2 != b + 1 || b < a || b - a > kMaxSpanYears) return V{};
      return V{Fy(a, b)};
    }
    case Pat::kFy: {
      int a = ToInt(g[0]), b = SecondYear(a, g[1]);
      // "Net Zero by 2030/2050": two years too far apart for one span are
      // alternatives, each a year.
      if (g[1].size() == 4 && b - a > kMaxSpanYears &&
          text.substr(begin, end - begin).find('/') != std::string_view::npos) {
        return V{{YearSpan(a, a), DatePrecision::kYear, CueApplies::kYear},
                 {YearSpan(b, b), DatePrecision::kYear, CueApplies::kYear}};
      }
      if (b <= a || b - a > kMaxSpanYears) return V{};
      // A four-digit end more than a year on is a plain calendar span
      // ("Council Plan 2018-2022"); "2019-2020" is a financial year unless a
      // strategy label precedes it (decided in FinishDate).
      if (g[1].size() == 4 && b - a > 1) {
        return V{{YearSpan(a, b), DatePrecision::kYear, CueApplies::kYear}};
      }
      return V{Fy(a, b - 1)};
    }
    case Pat::kFyShort: {
      // "24/25" only as consecutive years, and not inside "1/24/25" or "£24/25".
      if (begin > 0) {
        char p = text[begin - 1];
        if (std::isdigit(static_cast<unsigned char>(p)) || p == '/' || p == '.' ||
            static_cast<unsigned char>(p) >= 0x80 || p == '$') {
          return std::nullopt;
        }
      }
      if (end < text.size() && text[end] == '/') return std::nullopt;
      int a = ToInt(g[0]), b = ToInt(g[1]);
      if (b != (a + 1) % 100) return std::nullopt;
      return V{Fy(ExpandTwoDigitYear(a), ExpandTwoDigitYear(a))};
    }
    case Pat::kSeason: {
      std::optional<Season> s0 = SeasonFromName(g[1]);
      if (!s0) return std::nullopt;
      if (SeasonInAName(g, text, begin, end)) return std::nullopt;
      int y = g[3].empty() ? dy : ToInt(g[3]);
      // "New Year" with no year, in a document of the second half of a
      // year, is the coming January.
      if (g[3].empty() && *s0 == Season::kNewYear && ctx.doc_month >= 7) ++y;
      DateSpan span = SeasonSpan(*s0, y);
      if (!g[2].empty()) {
        std::optional<Season> s1 = SeasonFromName(g[2]);
        if (!s1) return std::nullopt;
        span.end = SeasonSpan(*s1, y).end;  // "Summer/Autumn": Jun–Nov
      }
      return V{{span, DatePrecision::kQuarter, CueApplies::kMonth}};
    }
    case Pat::kCuedYear:
      if (FollowedByYearTail(text, end)) return std::nullopt;
      return V{{YearSpan(ToInt(g[1]), ToInt(g[1])), DatePrecision::kYear, CueApplies::kYear}};
    case Pat::kThisYear: {
      int y = ctx.doc_year ? ctx.doc_year : dy;
      return V{{YearSpan(y, y), DatePrecision::kYear, CueApplies::kYear}};
    }
    case Pat::kMonthBare: {
      int m = MonthFromName(g[0]);
      if (m == 5 && !BareMayIsDate(text, begin)) return std::nullopt;
      if (ctx.doc_month > 0 && m > ctx.doc_month && AfterPastParticiple(text, begin)) {
        return V{Month(dy - 1, m)};
      }
      return V{Month(dy, m)};
    }
    case Pat::kCount:
      break;
  }
  return std::nullopt;
}

ParsedDate FinishDate(const DateCueLexicon& lex, const Candidate& c, const Interp& in,
                      std::string_view text, const DateContext& ctx) {
  ParsedDate d;
  d.start = in.span.start;
  d.end = in.span.end;
  d.precision = in.precision;

  // "People Strategy 2019-2020": calendar years after a strategy label.
  if (c.pat == Pat::kFy && in.precision == DatePrecision::kFinancialYear &&
      HasCalendarLabel(lex, text, c.begin)) {
    std::string_view m = text.substr(c.begin, c.end - c.begin);
    if (m.size() >= 9 && std::isdigit(static_cast<unsigned char>(m.back())) &&
        m.find_last_not_of("0123456789") + 5 == m.size()) {
      d.start = {in.span.start.year, 1, 1};
      d.end = CivilDate{in.span.end.year, 12, 31};
      d.precision = DatePrecision::kYear;
    }
  }
  // "the Commissioning Plan for Education Provision in Kent 2025-29": a
  // span of several years closing a plan's or strategy's name is the
  // name's calendar years, and names the plan rather than a target (BCC:
  // "Council Plan 2018-2022", "People Strategy 2017-2020").
  const bool named_span = c.pat == Pat::kFy && InNamedCalendarLabel(lex, text, c.begin);
  if (named_span && d.precision == DatePrecision::kFinancialYear &&
      in.span.end.year - in.span.start.year > 1) {
    d.start = {in.span.start.year, 1, 1};
    d.end = CivilDate{in.span.end.year, 12, 31};
    d.precision = DatePrecision::kYear;
  }

  // Brackets around the expression ("(June 2018)", "[April 2019 onwards]").
  size_t b = c.begin, e = c.end;
  while (b > 0 && text[b - 1] == ' ') --b;
  bool bracketed = b > 0 && (text[b - 1] == '(' || text[b - 1] == '[');
  d.begin = c.begin;
  d.end_offset = c.end;
  if (bracketed) {
    char close = text[b - 1] == '(' ? ')' : ']';
    size_t limit = std::min(text.size(), c.end + 40);
    for (size_t i = c.end; i < limit; ++i) {
      if (text[i] == '(' || text[i] == '[') break;
      if (text[i] == close) {
        d.begin = b - 1;
        d.end_offset = i + 1;
        break;
      }
    }
  } else if (NextWord(text, e) == "onwards") {
    size_t p = e;
    while (p < text.size() && text[p] == ' ') ++p;
    d.end_offset = p + 7;  // "onwards" in any case: NextWord folded it
  }
  d.raw = std::string(text.substr(d.begin, d.end_offset - d.begin));

  // "by 2030", "in 2016": the cued-year pattern takes its cue word into the
  // match; the cue is looked for before the year itself.
  size_t cue_from = c.begin;
  if (c.pat == Pat::kCuedYear) {
    while (cue_from < c.end && !std::isdigit(static_cast<unsigned char>(text[cue_from]))) ++cue_from;
  }
  CueHit cue = FindCue(lex, text, cue_from, c.end, in.cls);
  bool past = false;
  if (ctx.doc_month > 0) {
    int dy = ctx.doc_year ? ctx.doc_year : ctx.default_year;
    past = in.span.end < CivilDate{dy, ctx.doc_month, 1};
  }
  std::string next = NextWord(text, c.end);
  // "the 2019-20 budget", "2018-19 out-turn report": a year naming a thing.
  // "over 2018-22 period" and "2019/20 financial year" name only the time.
  // Function words after a year do not make it a label ("in 2019-20 with
  // peer support").
  static const char* const kNotLabels[] = {
      "and",  "or",   "to",   "onwards", "period", "periods", "year",  "years", "financial",
      "inclusive", "with", "by", "in", "on", "at", "for", "of", "as", "which", "that", "the",
      "a", "an", "will", "is", "are", "was", "were", "be", "has", "have", "from", "through",
      "including", "when", "where", "while", "so", "but", "if", "than", "into", "onward"};
  bool label_follows = in.cls == CueApplies::kYear && !bracketed && !next.empty() &&
                       std::none_of(std::begin(kNotLabels), std::end(kNotLabels),
                                    [&](const char* w) { return next == w; });

  // The start of a change is decided by its own words, whatever cue stands
  // further back ("admissions due to alcohol will have fallen from 418.7
  // in 2021/22").
  if (StartingFigureTime(text, cue_from)) {
    d.role = DateRole::kEvent;
    d.cue_strength = 1;
  } else if (cue.strength >= kStrongCue) {
    d.role = cue.cue->role;
    d.cue_strength = cue.strength;
  } else if (in.precision == DatePrecision::kDay) {
    d.role = DateRole::kEvent;
  } else if (bracketed && ctx.default_role == DateRole::kDue) {
    // A column date in brackets is a plan's target; in what a register or a
    // finding narrates ("costs (ETS - Jan 28)") it is not by itself.
    d.role = DateRole::kDue;
  } else if (past) {
    d.role = DateRole::kEvent;
  } else if (label_follows || named_span) {
    d.role = DateRole::kEvent;
    d.cue_strength = 1;  // the noun after it is a cue of sorts
  } else if (cue.cue && !(ctx.default_role == DateRole::kEvent && ctx.doc_month == 0 &&
                           cue.cue->role == DateRole::kDue)) {
    d.role = cue.cue->role;
    d.cue_strength = cue.strength;
  } else {
    // What a text narrates (a register's cause and consequence columns)
    // tells when things happen: without the paper's own month to tell a
    // period to come from one gone, a weak "in" or "for" makes no target
    // there ("progress in 2022-23", "accounts in 2026-27"); only a strong
    // cue ("due to", "by") does. With it, rule 4 has made past periods
    // events, and a weak cue before one to come is a target (BCC 2015's
    // findings: "publication in the autumn").
    d.role = ctx.default_role;
  }

  // The trailing "(September 2018)" of an update is its marker.
  if (ctx.in_update && bracketed && in.precision == DatePrecision::kMonth &&
      text.find_first_not_of(" .", d.end_offset) == std::string_view::npos &&
      d.role != DateRole::kStart) {
    d.role = DateRole::kAsOf;
  }
  // One marker is one month: "(August / September 2018 updates)" is September.
  if (d.role == DateRole::kAsOf && d.end &&
      (d.start.year != d.end->year || d.start.month != d.end->month)) {
    d.start = CivilDate{d.end->year, d.end->month, 1};
  }
  if (d.role == DateRole::kStart) {
    d.end.reset();
    d.precision = DatePrecision::kOpen;
  }
  return d;
}

}  // namespace plantrace::date_detail

#include "pipeline/normalise/date_parser.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>

#include "model/calendar_date.h"
#include "pipeline/normalise/date_interpret.h"

namespace plantrace {

using date_detail::Candidate;
using date_detail::FinishDate;
using date_detail::Interp;
using date_detail::InterpretDateMatch;
using date_detail::kDatePatternCount;
using date_detail::Pat;

namespace {

// Title-case and upper-case month names; abbreviations only where a year or
// another month makes them safe. Longer alternatives first: RE2 alternation
// is leftmost-first.
constexpr const char* kMonAny =
    "(January|February|March|April|May|June|July|August|September|October|November|December|"
    "JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
    "Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
constexpr const char* kMonFull =
    "(January|February|March|April|May|June|July|August|September|October|November|December|"
    "JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
    "Sept)";
constexpr const char* kDay = "(\\d{1,2})(?:st|nd|rd|th)?";
constexpr const char* kYear = "((?:19|20)\\d{2})";

std::string Expand(std::string p) {
  auto rep = [&](const std::string& key, const std::string& val) {
    for (size_t pos; (pos = p.find(key)) != std::string::npos;) p.replace(pos, key.size(), val);
  };
  rep("{MON}", kMonAny);
  rep("{MONFULL}", kMonFull);
  rep("{DAY}", kDay);
  rep("{YEAR}", kYear);
  return p;
}

const std::array<std::string, kDatePatternCount>& PatternSources() {
  static const std::array<std::string, kDatePatternCount> kSrc = {
      // kWeekCommencing: "w/c 6 August"
      Expand("(?i:w/c|w\\.c\\.|week commencing)\\s+{DAY}\\s+{MON}\\b(?:,?\\s+{YEAR})?"),
      // kDayRange: "16 and 17 July", "16/17 July 2018"
      Expand("\\b{DAY}\\s*(?:and|&|-|–|/|to)\\s*{DAY}\\s+(?:of\\s+)?{MON}\\b(?:,?\\s+{YEAR})?"),
      // kDmy: "29th September 2023", "01 November", "24th (September 2018)"
      Expand("\\b{DAY}\\s+(?:of\\s+)?\\(?{MON}\\b(?:,?\\s+{YEAR})?"),
      // kMdy: "September 19", "March 27th 2018"
      Expand("\\b{MON}\\s+{DAY}\\b(?:,?\\s+{YEAR})?"),
      // kNumeric: "23.07.18", "23/07/2018", "31-3-25" (one separator throughout)
      "\\b(\\d{1,2})([./-])(\\d{1,2})[./-](\\d{4}|\\d{2})\\b",
      // kIso: "2018-07-23"
      "\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b",
      // kMonthYearList: "April 2019, 2020 and 2021"
      Expand("\\b{MON}\\s+{YEAR}((?:\\s*,\\s*(?:19|20)\\d{2})*\\s*,?\\s*(?:and|&)\\s*(?:19|20)"
             "\\d{2})\\b"),
      // kMonthRange: "June – September 2018", "May and June", "Aug/Sept",
      // "October 2018 – Feb 2019", "September and early October"
      Expand("\\b{MON}\\b\\.?(?:\\s+{YEAR})?\\s*(?:-|–|—|/|\\bto\\b|\\band\\b|&)\\s*"
             "(?:(?:early|mid|late|end of)[- ]?)?{MON}\\b\\.?(?:\\s+{YEAR})?"),
      // kMonthYear: "June 2024"
      Expand("\\b{MON}\\b\\.?,?\\s+{YEAR}\\b"),
      // kMunicipal: "municipal year 2018 / 19"
      Expand("(?i:municipal\\s+year)\\s+{YEAR}\\s*[/-]\\s*(\\d{4}|\\d{2})\\b"),
      // kQuarterFy: "Q3 2019/20" (financial quarters)
      Expand("\\bQ(\\d+)\\s+{YEAR}\\s*[/-]\\s*(\\d{4}|\\d{2})\\b"),
      // kQuarter: "Q3 2019" (calendar quarters)
      Expand("\\bQ(\\d+)\\s+{YEAR}\\b"),
      // kFyRange: "2019/20 – 2022/23"
      Expand("\\b{YEAR}\\s*[/-]\\s*(\\d{2})\\s*(?:-|–|—|to)\\s*{YEAR}\\s*[/-]\\s*(\\d{2})\\b"),
      // kFy: "2024/25", "2018-19", "2019-2020", "2016/18", "2017-2020"
      Expand("\\b{YEAR}\\s*[/–-]\\s*(\\d{4}|\\d{2})\\b"),
      // kFyShort: "24/25"
      "\\b(\\d{2})/(\\d{2})\\b",
      // kSeason: "summer", "Summer/Autumn", "winter 2015", "New Year 2024"
      Expand("(?i:\\b(?:(early|mid|late)[- ]?)?(spring|summer|autumn|winter|new year)"
             "(?:\\s*/\\s*(spring|summer|autumn|winter))?\\b)(?:\\s+(?:of\\s+)?{YEAR}\\b)?"),
      // kCuedYear: "in 2016", "during 2018", "in-year 2018"
      Expand("(?i:\\b(in-year|in|during|by|throughout|since|until|from|for|year|before|after)"
             "\\s+){YEAR}\\b"),
      // kThisYear
      "(?i:\\bthis\\s+year\\b)",
      // kMonthBare: "June Cabinet", "the September meeting"
      Expand("\\b{MONFULL}\\b"),
  };
  return kSrc;
}

// "X and Y" / "X, Y" / "X or Y": only a conjunction between two dates.
bool JoinedAsList(std::string_view text, const ParsedDate& a, const ParsedDate& b) {
  if (b.begin < a.end_offset) return false;
  std::string_view gap = text.substr(a.end_offset, b.begin - a.end_offset);
  std::string g;
  for (char c : gap) {
    if (c != ' ') g += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return g == "and" || g == "&" || g == "," || g == ",and" || g == "or";
}

// A list member whose role only a default rule set takes the role of its
// neighbour whose role a cue set; open starts keep their own.
void ShareListRoles(std::string_view text, std::vector<ParsedDate>* dates) {
  auto& d = *dates;
  auto share = [&](size_t from, size_t to) {
    if (d[to].cue_strength != 0 || d[from].cue_strength == 0) return;
    if (d[from].role == DateRole::kStart || d[to].role == DateRole::kStart) return;
    d[to].role = d[from].role;
  };
  for (size_t i = 0; i + 1 < d.size(); ++i) {
    if (JoinedAsList(text, d[i], d[i + 1])) share(i, i + 1);
  }
  for (size_t i = d.size(); i-- > 1;) {
    if (JoinedAsList(text, d[i - 1], d[i])) share(i, i - 1);
  }
}

// The periods of a match that are real days of 1900–2100 at both ends: a
// month read without its year (year 0) or past the calendar is no date.
std::vector<Interp> KeepRealDates(std::vector<Interp> in) {
  std::erase_if(in, [](const Interp& i) {
    return !IsValidDate(i.span.start) || !IsValidDate(i.span.end);
  });
  return in;
}

}  // namespace

struct DateParser::Impl {
  DateCueLexicon lexicon;
  std::vector<std::unique_ptr<RE2>> patterns;
  // All the patterns at once: one pass over a text tells which of them match
  // anywhere in it, and only those are searched with their groups. Most
  // texts hold no date, and 19 searches over each took most of FindAll.
  std::unique_ptr<RE2::Set> any;
  std::unique_ptr<RE2> within;  // "within 6 months " before a header date
};

DateParser::DateParser(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
DateParser::DateParser(DateParser&&) noexcept = default;
DateParser& DateParser::operator=(DateParser&&) noexcept = default;
DateParser::~DateParser() = default;

std::string_view DatePrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay: return "day";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kQuarter: return "quarter";
    case DatePrecision::kFinancialYear: return "financial_year";
    case DatePrecision::kYear: return "year";
    case DatePrecision::kOpen: return "open";
  }
  return "month";
}

DateRecord ToDateRecord(const ParsedDate& d) {
  DateRecord r;
  r.raw = d.raw;
  r.role = std::string(DateRoleName(d.role));
  // Through the checked type: FindAll gives only real days, and a path that
  // ever did not would throw here rather than print "0000-09-30".
  auto iso = [](const CivilDate& c) { return CalendarDate::Make(c.year, c.month, c.day).value().Iso(); };
  r.start = iso(d.start);
  if (d.end) r.end = iso(*d.end);
  r.precision = std::string(DatePrecisionName(d.precision));
  return r;
}

Result<DateParser> DateParser::Create(DateCueLexicon lexicon) {
  auto impl = std::make_unique<Impl>();
  impl->lexicon = std::move(lexicon);
  for (const std::string& src : PatternSources()) {
    auto re = std::make_unique<RE2>(src);
    if (!re->ok()) return Status::InvalidArgument("date pattern", re->error());
    impl->patterns.push_back(std::move(re));
  }
  impl->any = std::make_unique<RE2::Set>(RE2::DefaultOptions, RE2::UNANCHORED);
  for (const std::string& src : PatternSources()) {
    if (impl->any->Add(src, nullptr) < 0) return Status::InvalidArgument("date pattern set", src);
  }
  if (!impl->any->Compile()) return Status::InvalidArgument("date pattern set", "does not compile");
  impl->within = std::make_unique<RE2>(
      "(?i)(within\\s+(?:\\d+|one|two|three|four|six|nine|twelve)\\s+(?:days?|weeks?|months?|"
      "years?)\\s*)$");
  if (!impl->within->ok()) return Status::InvalidArgument("header pattern", impl->within->error());
  return DateParser(std::move(impl));
}

Result<DateParser> DateParser::CreateDefault() {
  Result<DateCueLexicon> lex = DateCueLexicon::LoadDefault();
  if (!lex.ok()) return lex.status();
  return Create(std::move(lex).value());
}

std::vector<ParsedDate> DateParser::FindAll(std::string_view text, const DateContext& ctx) const {
  struct Match {
    size_t begin, end;
    Pat pat;
    std::vector<std::string> groups;
  };
  std::vector<Match> matches;
  // Which patterns match somewhere; all of them when the set cannot tell
  // (its DFA out of memory on a huge text).
  std::vector<int> hits;
  RE2::Set::ErrorInfo error{};
  if (!impl_->any->Match(text, &hits, &error) && error.kind != RE2::Set::kNoError) {
    hits.resize(impl_->patterns.size());
    for (size_t p = 0; p < hits.size(); ++p) hits[p] = static_cast<int>(p);
  }
  std::sort(hits.begin(), hits.end());  // the patterns' order decides ties below
  for (int hit : hits) {
    const size_t p = static_cast<size_t>(hit);
    const RE2& re = *impl_->patterns[p];
    int n = re.NumberOfCapturingGroups();
    std::vector<re2::StringPiece> sub(n + 1);
    size_t pos = 0;
    while (pos <= text.size() &&
           re.Match(text, pos, text.size(), RE2::UNANCHORED, sub.data(), n + 1)) {
      size_t b = sub[0].data() - text.data();
      size_t e = b + sub[0].size();
      std::vector<std::string> groups;
      for (int i = 1; i <= n; ++i) groups.emplace_back(sub[i].data() ? sub[i] : "");
      matches.push_back({b, e, static_cast<Pat>(p), std::move(groups)});
      pos = e > b ? e : b + 1;
    }
  }
  std::vector<Candidate> cands;
  for (const Match& m : matches) {
    auto dates = InterpretDateMatch(m.pat, m.groups, text, m.begin, m.end, ctx);
    if (dates) cands.push_back({m.begin, m.end, m.pat, KeepRealDates(std::move(*dates))});
  }
  // Without a year of the document, a date printed without one ("30
  // September") takes the year of the nearest date of this text that prints
  // its own; with none, it stays text.
  if (ctx.default_year == 0) {
    std::vector<std::pair<size_t, int>> years;  // offset, year
    for (const Candidate& c : cands) {
      if (!c.dates.empty()) years.push_back({c.begin, c.dates.front().span.start.year});
    }
    for (Candidate& c : cands) {
      if (!c.dates.empty() || years.empty()) continue;
      auto nearest = std::min_element(years.begin(), years.end(), [&](const auto& a, const auto& b) {
        auto dist = [&](size_t o) { return o > c.begin ? o - c.begin : c.begin - o; };
        return dist(a.first) < dist(b.first);
      });
      DateContext near = ctx;
      near.default_year = nearest->second;
      const Match& m = *std::find_if(matches.begin(), matches.end(), [&](const Match& x) {
        return x.begin == c.begin && x.end == c.end && x.pat == c.pat;
      });
      if (auto dates = InterpretDateMatch(m.pat, m.groups, text, m.begin, m.end, near)) {
        c.dates = KeepRealDates(std::move(*dates));
      }
    }
  }
  // Earliest start, then longest, then pattern order; no overlaps.
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return a.pat < b.pat;
  });
  std::vector<ParsedDate> out;
  size_t taken_end = 0;
  for (const Candidate& c : cands) {
    if (c.begin < taken_end) continue;
    taken_end = c.end;
    for (const Interp& in : c.dates) out.push_back(FinishDate(impl_->lexicon, c, in, text, ctx));
  }
  ShareListRoles(text, &out);
  return out;
}

std::optional<ParsedDate> DateParser::HeaderDate(std::string_view header,
                                                 const DateContext& ctx) const {
  std::vector<ParsedDate> all = FindAll(header, ctx);
  if (all.empty()) return std::nullopt;
  ParsedDate d = all.back();
  if (d.precision == DatePrecision::kOpen) return std::nullopt;
  d.role = DateRole::kDue;  // a column's date is the due date of its rows
  re2::StringPiece phrase;
  std::string_view before = header.substr(0, d.begin);
  if (RE2::PartialMatch(before, *impl_->within, &phrase)) {
    d.begin = phrase.data() - header.data();
    d.raw = std::string(header.substr(d.begin, d.end_offset - d.begin));
  }
  return d;
}

}  // namespace plantrace

#include "pipeline/normalise/money_parser.h"

#include <re2/re2.h>

#include <cctype>
#include <limits>
#include <utility>

#include "pipeline/normalise/clause.h"
#include "pipeline/shared/data_files.h"
#include "text/normalize.h"

namespace plantrace {
namespace {

// "£1,173,000", "£105.4m", "£350K", "£1.2bn", "£20 million". The integer part
// is either grouped by commas throughout or not at all.
constexpr const char* kMoney =
    "£\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(?:\\s?((?i:bn|billion|million|mn|m|k|"
    "thousand))\\b)?";
// A financial year or a span of them: "2018/19", "2019-2020", "2016/18".
constexpr const char* kFinancialYear = "\\b((?:19|20)\\d{2})\\s*[/–-]\\s*(\\d{4}|\\d{2})\\b";

// "£253.3m revenue budget reductions (year on year) required are still to be
// identified in relation to the period 2016/18": the year can come late.
constexpr size_t kPeriodAfter = 140;
constexpr size_t kPeriodBefore = 60;
constexpr size_t kKindWindow = 60;
constexpr size_t kApproxWindow = 24;
constexpr int kMaxFrac = 6;
constexpr int64_t kMaxValue = std::numeric_limits<int64_t>::max() / 1000000;

std::optional<int64_t> Value(std::string_view int_part, std::string_view frac,
                             std::string_view suffix) {
  int64_t whole = 0;
  for (char c : int_part) {
    if (c == ',') continue;
    whole = whole * 10 + (c - '0');
    if (whole > kMaxValue) return std::nullopt;
  }
  int64_t mult = 1;
  std::string s = CaseFold(suffix);
  if (s == "bn" || s == "billion") mult = 1000000000;
  else if (s == "m" || s == "mn" || s == "million") mult = 1000000;
  else if (s == "k" || s == "thousand") mult = 1000;
  if (whole > kMaxValue / mult || static_cast<int>(frac.size()) > kMaxFrac) return std::nullopt;
  int64_t scale = 1, f = 0;
  for (char c : frac) {
    f = f * 10 + (c - '0');
    scale *= 10;
  }
  // frac * mult / scale, rounded half up: exact in integers.
  return whole * mult + (f * mult + scale / 2) / scale;
}

// "2019-2020" → "2019-20", "2016/18" → "2016/18": the years in short form,
// the separator as printed ('/' or '-', a dash read as '-'), as the answers
// give periods; nullopt for an impossible year pair.
std::optional<std::string> Period(std::string_view first, std::string_view second,
                                  std::string_view printed) {
  auto num = [](std::string_view d) {
    int v = 0;
    for (char c : d) v = v * 10 + (c - '0');  // the pattern matched digits only
    return v;
  };
  int a = num(first);
  int v = num(second);
  int b = second.size() == 4 ? v : a / 100 * 100 + v;
  if (second.size() == 2 && b < a) b += 100;
  if (b <= a || b - a > 10) return std::nullopt;
  std::string yy = std::to_string(b % 100);
  if (yy.size() < 2) yy.insert(yy.begin(), '0');
  const bool slash = printed.find('/') != std::string_view::npos;
  return std::string(first) + (slash ? "/" : "-") + yy;
}

// The nearest kind cue around a sum: `before` and `after` are the folded
// words on either side. After the sum, distance counts double; weak cues
// only when nothing else is there.
std::string KindIn(const MoneyLexicon& lex, std::string_view before, std::string_view after) {
  std::string kind = "other";
  for (bool weak : {false, true}) {
    size_t best = std::string::npos;
    for (const MoneyLexicon::KindCue& c : lex.kind_cues) {
      if (c.weak != weak) continue;
      size_t p = FindWord(before, c.cue, true);
      if (p != std::string::npos && before.size() - p < best) {
        best = before.size() - p;
        kind = c.kind;
      }
      p = FindWord(after, c.cue, false);
      if (p != std::string::npos && 2 * p + 1 < best) {
        best = 2 * p + 1;
        kind = c.kind;
      }
    }
    if (best != std::string::npos) return kind;
  }
  return kind;
}

}  // namespace

struct MoneyParser::Impl {
  MoneyLexicon lexicon;
  std::unique_ptr<RE2> money;
  std::unique_ptr<RE2> fy;
  std::unique_ptr<RE2> range_tail;  // "-17m" after "£12m"

  // True when a cumulative cue ends right before the year at `at`.
  bool Cumulative(std::string_view text, size_t at) const {
    size_t lo = at > 40 ? at - 40 : 0;
    std::string before = CaseFold(text.substr(lo, at - lo));
    while (!before.empty() && before.back() == ' ') before.pop_back();
    for (const std::string& cue : lexicon.cumulative_cues) {
      if (before.size() >= cue.size() &&
          before.compare(before.size() - cue.size(), cue.size(), cue) == 0 &&
          (before.size() == cue.size() || before[before.size() - cue.size() - 1] == ' ')) {
        return true;
      }
    }
    return false;
  }

  // Periods of the financial years in text[lo, hi), in order.
  std::vector<std::pair<size_t, std::string>> Periods(std::string_view text, size_t lo,
                                                      size_t hi) const {
    std::vector<std::pair<size_t, std::string>> out;
    re2::StringPiece sub[3];
    size_t pos = lo;
    while (pos < hi && fy->Match(text, pos, hi, RE2::UNANCHORED, sub, 3)) {
      if (auto p = Period(sub[1], sub[2], sub[0])) out.emplace_back(sub[0].data() - text.data(), *p);
      pos = sub[0].data() - text.data() + sub[0].size();
    }
    return out;
  }
};

MoneyParser::MoneyParser(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
MoneyParser::MoneyParser(MoneyParser&&) noexcept = default;
MoneyParser& MoneyParser::operator=(MoneyParser&&) noexcept = default;
MoneyParser::~MoneyParser() = default;

Result<MoneyLexicon> MoneyLexicon::Parse(std::string_view text, std::string_view where) {
  Result<std::vector<TsvRow>> rows = ParseTsv(text, where, 2, 4);
  if (!rows.ok()) return rows.status();
  MoneyLexicon lex;
  for (const TsvRow& row : rows.value()) {
    const auto& f = row.fields;
    if (f[0] == "approx" && f.size() == 2) {
      lex.approx_cues.push_back(CaseFold(f[1]));
    } else if (f[0] == "cumulative" && f.size() == 2) {
      lex.cumulative_cues.push_back(CaseFold(f[1]));
    } else if (f[0] == "kind" && f.size() >= 3) {
      if (f.size() == 4 && f[3] != "weak") {
        return Status::Corruption(RowWhere(where, row), "the fourth field may only be \"weak\"");
      }
      if (f[2] != "saving" && f[2] != "reduction" && f[2] != "funding" && f[2] != "budget" &&
          f[2] != "liability" && f[2] != "other") {
        return Status::Corruption(RowWhere(where, row), "unknown kind \"" + f[2] + "\"");
      }
      lex.kind_cues.push_back({CaseFold(f[1]), f[2], f.size() == 4});
    } else {
      return Status::Corruption(RowWhere(where, row),
                                "expected \"approx<TAB>cue\", \"cumulative<TAB>cue\" or "
                                "\"kind<TAB>cue<TAB>kind[<TAB>weak]\"");
    }
  }
  return lex;
}

Result<MoneyLexicon> MoneyLexicon::LoadDefault() {
  Result<std::string> text = ReadDataFile("money_cues.tsv");
  if (!text.ok()) return text.status();
  return Parse(text.value(), DataDir() + "/money_cues.tsv");
}

AmountRecord ToAmountRecord(const ParsedAmount& a) {
  return {a.raw, a.value_gbp, a.period, a.approximate, a.kind};
}

std::optional<int64_t> ParseMoneyValue(std::string_view printed) {
  static const RE2 kWhole(std::string("\\s*") + kMoney + "\\s*");
  re2::StringPiece i, f, s;
  if (!kWhole.ok() || !RE2::FullMatch(printed, kWhole, &i, &f, &s)) return std::nullopt;
  return Value(i, f, s);
}

std::string MoneyParser::KindOf(std::string_view context) const {
  return KindIn(impl_->lexicon, CaseFold(context), "");
}

std::optional<int64_t> ParseCellAmount(std::string_view cell, std::string_view column_header) {
  std::string h = CollapseSpaces(CaseFold(column_header));
  size_t pound = h.find("£");
  if (pound == std::string::npos) return std::nullopt;
  std::string unit = h.substr(pound + std::string("£").size());
  std::string scale;
  for (char c : unit) {
    if (c != ' ' && c != '\'' && c != ')' && c != '(') scale += c;
  }
  std::string value = CollapseSpaces(cell);
  if (value.empty()) return std::nullopt;
  if (value.compare(0, std::string("£").size(), "£") != 0) value = "£" + value;
  if (scale.empty()) return ParseMoneyValue(value);  // "£": the cell carries its unit
  // The header gives the unit, so the cell is a plain number.
  std::string digits = value.substr(std::string("£").size());
  if (digits.empty() || !std::isdigit(static_cast<unsigned char>(digits.back()))) return std::nullopt;
  if (scale == "m" || scale == "million" || scale == "millions") return ParseMoneyValue(value + "m");
  if (scale == "000" || scale == "000s" || scale == "k" || scale == "thousand" ||
      scale == "thousands") {
    return ParseMoneyValue(value + "k");
  }
  if (scale == "bn" || scale == "billion") return ParseMoneyValue(value + "bn");
  return std::nullopt;
}

Result<MoneyParser> MoneyParser::Create(MoneyLexicon lexicon) {
  auto impl = std::make_unique<Impl>();
  impl->lexicon = std::move(lexicon);
  impl->money = std::make_unique<RE2>(kMoney);
  impl->fy = std::make_unique<RE2>(kFinancialYear);
  impl->range_tail = std::make_unique<RE2>(
      "\\s?(?:-|–|\\bto\\b)\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?"
      "(?:\\s?((?i:bn|billion|million|mn|m|k|thousand))\\b)?");
  if (!impl->range_tail->ok()) return Status::InvalidArgument("money pattern", impl->range_tail->error());
  if (!impl->money->ok()) return Status::InvalidArgument("money pattern", impl->money->error());
  if (!impl->fy->ok()) return Status::InvalidArgument("money pattern", impl->fy->error());
  return MoneyParser(std::move(impl));
}

Result<MoneyParser> MoneyParser::CreateDefault() {
  Result<MoneyLexicon> lex = MoneyLexicon::LoadDefault();
  if (!lex.ok()) return lex.status();
  return Create(std::move(lex).value());
}

std::vector<ParsedAmount> MoneyParser::FindAll(std::string_view text) const {
  struct Hit {
    size_t begin, end;
    int64_t value;
  };
  std::vector<Hit> hits;
  re2::StringPiece sub[4];
  size_t pos = 0;
  while (pos < text.size() && impl_->money->Match(text, pos, text.size(), RE2::UNANCHORED, sub, 4)) {
    size_t b = sub[0].data() - text.data();
    size_t e = b + sub[0].size();
    pos = e;
    // "£1,17,000", "£5.2.1", "£5abc": a malformed sum gives no amount.
    if (e < text.size()) {
      char c = text[e];
      bool digit_next = e + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[e + 1]));
      if (((c == ',' || c == '.') && digit_next) || std::isalnum(static_cast<unsigned char>(c))) {
        while (pos < text.size() && !std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
        continue;
      }
    }
    std::optional<int64_t> v = Value(sub[1], sub[2], sub[3]);
    // "£12m-17m", "£12-17m", "£150 to 200k": a range's upper end printed
    // without its "£" is a sum too, and lends its unit to a lower end
    // printed without one.
    re2::StringPiece hi[4];
    if (v && impl_->range_tail->Match(text, e, text.size(), RE2::ANCHOR_START, hi, 4)) {
      const bool to = hi[0].find("to") != re2::StringPiece::npos;
      const size_t he = (hi[0].data() - text.data()) + hi[0].size();
      const bool next_ok = he >= text.size() || !std::isalnum(static_cast<unsigned char>(text[he]));
      const re2::StringPiece unit = hi[3].empty() ? sub[3] : hi[3];
      std::optional<int64_t> top = Value(hi[1], hi[2], unit);
      if (sub[3].empty() && !hi[3].empty()) v = Value(sub[1], sub[2], hi[3]);
      // A year ("£20m to 2025") is no upper end, nor a smaller number.
      if (next_ok && top && v && *top > *v && (!to || !hi[3].empty()) &&
          !(hi[3].empty() && hi[1].size() == 4)) {
        hits.push_back({b, e, *v});
        hits.push_back({static_cast<size_t>(hi[1].data() - text.data()), he, *top});
        pos = he;
        continue;
      }
      v = Value(sub[1], sub[2], sub[3]);
    }
    if (v) hits.push_back({b, e, *v});
  }

  std::vector<ParsedAmount> out;
  for (size_t h = 0; h < hits.size(); ++h) {
    const Hit& hit = hits[h];
    size_t prev_end = h > 0 ? hits[h - 1].end : 0;
    size_t next_begin = h + 1 < hits.size() ? hits[h + 1].begin : text.size();
    ParsedAmount a;
    a.value_gbp = hit.value;
    a.begin = hit.begin;
    a.end = hit.end;

    // Approximation: a cue right before the sum.
    size_t alo = hit.begin > kApproxWindow ? hit.begin - kApproxWindow : 0;
    alo = std::max(alo, prev_end);
    std::string before = CaseFold(text.substr(alo, hit.begin - alo));
    while (!before.empty() && before.back() == ' ') before.pop_back();
    for (const std::string& cue : impl_->lexicon.approx_cues) {
      size_t p = FindWord(before, cue, /*last=*/true);
      if (p != std::string::npos && p + cue.size() == before.size()) {
        a.approximate = true;
        // Offsets in the folded window match the original for ASCII cues.
        a.begin = std::min(a.begin, alo + p);
      }
    }
    a.raw = std::string(text.substr(a.begin, a.end - a.begin));

    Window w = ClauseWindow(text, hit.begin, hit.end, kKindWindow, kKindWindow);
    a.kind = KindIn(impl_->lexicon, CaseFold(text.substr(w.lo, hit.begin - w.lo)),
                    CaseFold(text.substr(hit.end, w.hi - hit.end)));

    // Period: a financial year after the sum in its clause (before the next
    // sum), else the nearest one before it. "in each of Y1 and Y2" gives one
    // record per year.
    Window pw = ClauseWindow(text, hit.begin, hit.end, kPeriodBefore, kPeriodAfter);
    auto after = impl_->Periods(text, hit.end, std::min(pw.hi, next_begin));
    if (!after.empty()) {
      std::string between = CaseFold(text.substr(hit.end, after[0].first - hit.end));
      if (FindWord(between, "each of", true) != std::string::npos && after.size() > 1) {
        for (const auto& [at, period] : after) {
          ParsedAmount each = a;
          each.period = period;
          out.push_back(std::move(each));
        }
        continue;
      }
      if (!impl_->Cumulative(text, after[0].first)) a.period = after[0].second;
    } else {
      auto before_fy = impl_->Periods(text, std::max(pw.lo, prev_end), hit.begin);
      if (!before_fy.empty() && !impl_->Cumulative(text, before_fy.back().first)) {
        a.period = before_fy.back().second;
      }
    }
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace plantrace

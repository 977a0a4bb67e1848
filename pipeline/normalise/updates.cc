#include "pipeline/normalise/updates.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "model/calendar_date.h"
#include "pipeline/normalise/status_parser.h"
#include "text/normalize.h"

namespace plantrace {

namespace {

struct Piece {
  std::string text;
  std::optional<std::string> as_of;
  bool bold = false;
  bool has_marker = false;
};

bool IsAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Bold flags of every byte of a line.
std::vector<bool> BoldBytes(const StyledLine& line) {
  std::vector<bool> out;
  for (const StyledRun& r : line.runs) out.insert(out.end(), r.text.size(), r.bold);
  out.resize(line.text.size(), false);
  return out;
}

bool PieceBold(const std::vector<bool>& bold, const std::string& text, size_t b, size_t e) {
  size_t n = 0, nb = 0;
  size_t last = std::string::npos;
  for (size_t i = b; i < e && i < text.size(); ++i) {
    if (!IsAlnum(text[i])) continue;
    ++n;
    nb += bold[i];
    last = i;
  }
  if (n == 0) return false;
  return nb * 2 > n || (last != std::string::npos && bold[last] && nb * 4 >= n);
}

// Words of bare status text: upper-case words only ("NOW COMPLETE").
bool IsBareStatus(std::string_view s) {
  int letters = 0, words = 0;
  bool in = false;
  for (char c : s) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    bool w = std::isupper(static_cast<unsigned char>(c)) != 0;
    letters += w;
    if (w && !in) ++words;
    in = w;
  }
  return letters >= 4 && words <= 4;
}

// "September Update", "(September Update)", "September 2018 update:" alone
// on a line: its month (year from the text or `default_year`).
std::optional<CivilDate> StandaloneMarker(std::string_view line, int default_year) {
  std::vector<std::string> words;
  std::string w;
  for (char c : line) {
    if (c == ' ' || c == '(' || c == ')' || c == ':' || c == '.' || c == '[' || c == ']') {
      if (!w.empty()) words.push_back(w);
      w.clear();
      continue;
    }
    w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (!w.empty()) words.push_back(w);
  if (words.size() < 2 || words.size() > 3) return std::nullopt;
  if (words.back() != "update" && words.back() != "updates") return std::nullopt;
  int month = MonthFromName(words[0]);
  if (month == 0) return std::nullopt;
  int year = default_year;
  if (words.size() == 3) {
    year = std::atoi(words[1].c_str());
    if (!IsPlausibleYear(year)) return std::nullopt;
  }
  if (year == 0) return std::nullopt;
  return CivilDate{year, month, 1};
}

ParsedDate MonthDate(const std::string& raw, DateRole role, int year, int month) {
  ParsedDate d;
  d.raw = raw;
  d.role = role;
  DateSpan span = MonthSpan(year, month);
  d.start = span.start;
  d.end = span.end;
  d.precision = DatePrecision::kMonth;
  return d;
}

// The last month named in a marker ("(August / September 2018 updates)"
// → September); 0 when none.
int LastMonthIn(std::string_view raw) {
  int last = 0;
  std::string w;
  for (size_t i = 0; i <= raw.size(); ++i) {
    char c = i < raw.size() ? raw[i] : ' ';
    if (std::isalpha(static_cast<unsigned char>(c))) {
      w += c;
      continue;
    }
    if (!w.empty()) {
      if (int m = MonthFromName(w)) last = m;
      w.clear();
    }
  }
  return last;
}

// A progress marker names an update: "(July Update)", "(August 2018
// updates)". A month the parser reads as as_of only because "update"
// follows it ("revisions for November (September update)") is not one.
bool IsMarkerRaw(std::string_view raw) {
  std::string f;
  for (char c : raw) f += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t u = f.rfind("update");
  if (u == std::string::npos) return false;
  // "update" must follow the month: "The next update is to CMT in November
  // 2018" is no marker.
  std::string before = f.substr(0, u);
  std::string after = f.substr(u);
  return LastMonthIn(before) != 0 && LastMonthIn(after) == 0;
}

// "(September 2018)" closing `text` (a full stop after it allowed): the
// offset of its "(", or npos.
size_t ClosingBracketMonth(std::string_view text, int* year, int* month) {
  size_t e = text.size();
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '.')) --e;
  if (e == 0 || text[e - 1] != ')') return std::string_view::npos;
  size_t open = text.rfind('(', e - 1);
  if (open == std::string_view::npos) return open;
  std::string_view inner = text.substr(open + 1, e - 1 - open - 1);
  size_t sp = inner.find(' ');
  if (sp == std::string_view::npos) return std::string_view::npos;
  int m = MonthFromName(inner.substr(0, sp));
  std::string_view y = inner.substr(sp + 1);
  while (!y.empty() && (y.back() == '.' || y.back() == ' ')) y.remove_suffix(1);
  if (m == 0 || y.size() != 4) return std::string_view::npos;
  for (char c : y) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::string_view::npos;
  }
  *year = std::atoi(std::string(y).c_str());
  *month = m;
  return open;
}

// Cuts a styled line at byte `pos`.
std::pair<StyledLine, StyledLine> CutLine(const StyledLine& line, size_t pos) {
  StyledLine a, b;
  size_t at = 0;
  for (const StyledRun& r : line.runs) {
    size_t end = at + r.text.size();
    if (end <= pos) {
      a.runs.push_back(r);
    } else if (at >= pos) {
      b.runs.push_back(r);
    } else {
      a.runs.push_back({r.text.substr(0, pos - at), r.bold, r.underline});
      b.runs.push_back({r.text.substr(pos - at), r.bold, r.underline});
    }
    at = end;
  }
  a.text = line.text.substr(0, std::min(pos, line.text.size()));
  b.text = line.text.substr(std::min(pos, line.text.size()));
  return {a, b};
}

// Lines as the reader should see them: a fragment that a page break or the
// extractor cut off (the line before ends without a stop, bracket or colon
// and this one starts lower-case or with a digit) is joined back; an
// unbracketed "September Update:" that closes a line stands alone.
std::vector<StyledLine> Normalise(const std::vector<StyledLine>& lines) {
  std::vector<StyledLine> out;
  for (const StyledLine& line : lines) {
    if (line.text.empty()) continue;
    unsigned char first = static_cast<unsigned char>(line.text[0]);
    if (!out.empty() && (std::islower(first) || std::isdigit(first))) {
      const std::string& prev = out.back().text;
      char end = prev.empty() ? '.' : prev.back();
      if (std::string_view(".!?:;)").find(end) == std::string_view::npos &&
          !IsBareStatus(prev)) {
        out.back().text += " " + line.text;
        out.back().runs.push_back({" ", false, false});
        for (const StyledRun& r : line.runs) out.back().runs.push_back(r);
        continue;
      }
    }
    out.push_back(line);
  }
  std::vector<StyledLine> cut;
  for (const StyledLine& line : out) {
    const std::string& t = line.text;
    size_t colon = t.size();
    while (colon > 0 && t[colon - 1] == ' ') --colon;
    bool split = false;
    bool has_colon = colon > 0 && t[colon - 1] == ':';
    if (colon > 0) {
      // The last two or three words (before the colon): a marker, closing
      // the line after a colon or a full sentence.
      size_t begin = has_colon ? colon - 1 : colon;
      for (int words = 0; begin > 0 && words < 3; --begin) {
        if (t[begin - 1] == ' ') {
          size_t b = begin;
          if (StandaloneMarker(std::string_view(t).substr(b, colon - b), 0) ||
              StandaloneMarker(std::string_view(t).substr(b, colon - b), 2000)) {
            std::string_view words = std::string_view(t).substr(b, colon - b);
            bool bracketed = words.find_first_of("()[]") != std::string_view::npos;
            bool after_sentence = b >= 2 && t[b - 2] == '.' && !bracketed;
            if (b > 0 && ((has_colon && !bracketed) || after_sentence)) {
              auto [a, rest] = CutLine(line, b);
              while (!a.text.empty() && a.text.back() == ' ') a.text.pop_back();
              cut.push_back(a);
              cut.push_back(rest);
              split = true;
            }
            break;
          }
          ++words;
        }
      }
    }
    if (!split) cut.push_back(line);
  }
  return cut;
}

std::string Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '.')) s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return std::string(s);
}

}  // namespace

struct UpdateReader::Impl {
  DateParser dates;
  StatusParser status;
};

UpdateReader::UpdateReader(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
UpdateReader::UpdateReader(UpdateReader&&) noexcept = default;
UpdateReader& UpdateReader::operator=(UpdateReader&&) noexcept = default;
UpdateReader::~UpdateReader() = default;

Result<UpdateReader> UpdateReader::Load(const std::string& data_dir) {
  std::string path = data_dir + "/date_cues.tsv";
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path, "cannot open the data file");
  std::stringstream ss;
  ss << in.rdbuf();
  Result<DateCueLexicon> cues = DateCueLexicon::Parse(ss.str(), path);
  if (!cues.ok()) return cues.status();
  Result<DateParser> dates = DateParser::Create(std::move(cues).value());
  if (!dates.ok()) return dates.status();
  std::string status_path = data_dir + "/status_lexicon.tsv";
  std::ifstream status_in(status_path, std::ios::binary);
  if (!status_in) return Status::NotFound(status_path, "cannot open the data file");
  std::stringstream status_text;
  status_text << status_in.rdbuf();
  Result<StatusLexicon> status = StatusLexicon::Parse(status_text.str(), status_path);
  if (!status.ok()) return status.status();
  return UpdateReader(std::make_unique<Impl>(
      Impl{std::move(dates).value(), StatusParser(std::move(status).value())}));
}

UpdateReading UpdateReader::Read(const std::vector<StyledLine>& lines,
                                 const std::vector<std::string>& status_texts,
                                 const DateContext& ctx) const {
  UpdateReading out;
  out.status = ItemStatus(impl_->status, status_texts);
  std::vector<Piece> pieces;
  size_t since = 0;                    // pieces after the last standalone marker
  std::optional<std::string> forward;  // a standalone marker's month, given forward
  // Index of pieces that a standalone marker line gives its month to.
  for (const StyledLine& line : Normalise(lines)) {
    const std::string& text = line.text;
    std::vector<bool> bold = BoldBytes(line);
    std::vector<ParsedDate> found = impl_->dates.FindAll(text, ctx);
    std::vector<const ParsedDate*> markers;
    for (const ParsedDate& d : found) {
      if (d.role == DateRole::kAsOf && IsMarkerRaw(d.raw)) markers.push_back(&d);
    }
    // A line that is only a marker ("September Update").
    if (std::optional<CivilDate> m = StandaloneMarker(text, ctx.default_year)) {
      out.dates.push_back(MonthDate(Trim(text), DateRole::kAsOf, m->year, m->month));
      std::string month = MonthString(m->year, m->month);
      bool applied = false;
      for (size_t i = since; i < pieces.size(); ++i) {
        if (!pieces[i].bold || pieces[i].has_marker) continue;
        pieces[i].as_of = month;
        applied = true;
      }
      forward.reset();
      if (!applied) forward = month;  // the bold updates after it
      since = pieces.size();
      continue;
    }
    // A line of bare status words joins the update before it.
    if (IsBareStatus(text) && !pieces.empty() && !pieces.back().text.empty()) {
      pieces.back().text += " " + text;
      continue;
    }
    // Cut points: after each marker followed by more words, and where a
    // bold sentence follows a plain one.
    std::vector<size_t> cuts;
    for (const ParsedDate* m : markers) {
      size_t e = m->end_offset;
      while (e < text.size() && (text[e] == '.' || text[e] == ' ' || text[e] == ')')) ++e;
      size_t word_end = e;
      while (word_end < text.size() && !std::islower(static_cast<unsigned char>(text[word_end])) &&
             text[word_end] != '.') {
        ++word_end;
      }
      if (IsBareStatus(text.substr(e, word_end - e))) e = word_end;
      while (e < text.size() && (text[e] == '.' || text[e] == ' ')) ++e;
      if (e < text.size()) cuts.push_back(e);
    }
    for (size_t i = 1; i < text.size(); ++i) {
      if (bold[i] && !bold[i - 1] && IsAlnum(text[i]) &&
          std::isupper(static_cast<unsigned char>(text[i]))) {
        size_t j = i;
        while (j > 0 && text[j - 1] == ' ') --j;
        if (j > 0 && text[j - 1] == '.' && i + 20 < text.size() && PieceBold(bold, text, i, text.size())) {
          cuts.push_back(i);
        }
      }
    }
    std::sort(cuts.begin(), cuts.end());
    size_t begin = 0;
    cuts.push_back(text.size());
    for (size_t cut : cuts) {
      if (cut <= begin) continue;
      std::string t = Trim(std::string_view(text).substr(begin, cut - begin));
      if (!t.empty()) {
        Piece p;
        p.text = t;
        p.bold = PieceBold(bold, text, begin, cut);
        for (const ParsedDate* m : markers) {
          if (m->begin >= begin && m->begin < cut) {
            int month = LastMonthIn(m->raw);
            p.as_of = MonthString(m->start.year, month ? month : m->start.month);
            p.has_marker = true;
          }
        }
        // A standalone marker before gives its month to the bold updates after it.
        if (forward) {
          if (p.bold && !p.has_marker) {
            p.as_of = forward;
          } else {
            forward.reset();
          }
        }
        pieces.push_back(std::move(p));
      }
      begin = cut;
    }
  }
  const std::string doc_month = ctx.doc_month ? MonthString(ctx.doc_year, ctx.doc_month) : "";
  for (Piece& p : pieces) {
    if (p.text.empty()) continue;
    // The markers first; the other dates are read with the markers blanked
    // out, so that "update" after a marker does not colour them.
    std::vector<ParsedDate> found;
    std::string blanked = p.text;
    for (ParsedDate& d : impl_->dates.FindAll(p.text, ctx)) {
      if (d.role != DateRole::kAsOf || !IsMarkerRaw(d.raw)) continue;
      for (size_t i = d.begin; i < d.end_offset && i < blanked.size(); ++i) blanked[i] = ' ';
      int month = LastMonthIn(d.raw);
      if (month && month != d.start.month) {
        ParsedDate m = MonthDate(d.raw, DateRole::kAsOf, d.start.year, month);
        m.begin = d.begin;
        m.end_offset = d.end_offset;
        d = std::move(m);
      }
      found.push_back(std::move(d));
    }
    for (ParsedDate& d : impl_->dates.FindAll(blanked, ctx)) {
      if (d.role == DateRole::kAsOf) d.role = DateRole::kDue;  // no marker of its own
      found.push_back(std::move(d));
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const ParsedDate& a, const ParsedDate& b) { return a.begin < b.begin; });
    int cy = 0, cm = 0;
    size_t closing = p.has_marker ? std::string::npos : ClosingBracketMonth(p.text, &cy, &cm);
    if (closing != std::string::npos && !IsValidDate({cy, cm, 1})) closing = std::string::npos;
    if (closing != std::string::npos) {
      // A bracketed month closing an update without a marker is its
      // marker; a day it completes ("on 24th (September 2018)") stays.
      std::string raw = Trim(std::string_view(p.text).substr(closing));
      while (!raw.empty() && raw.back() == '.') raw.pop_back();
      std::vector<ParsedDate> kept;
      for (ParsedDate& d : found) {
        bool same = d.begin >= closing && d.precision == DatePrecision::kMonth;
        if (!same) kept.push_back(std::move(d));
      }
      kept.push_back(MonthDate(raw, DateRole::kAsOf, cy, cm));
      found = std::move(kept);
      p.as_of = MonthString(cy, cm);
      p.has_marker = true;
    }
    for (ParsedDate& d : found) out.dates.push_back(std::move(d));
    UpdateRecord u;
    u.text = CollapseSpaces(p.text);
    u.as_of = p.as_of;
    // A marker whose month has no year to take is no date (never "0000-09").
    if (u.as_of && !PrintedDate::Parse(*u.as_of)) u.as_of.reset();
    bool older = p.has_marker && p.as_of && !doc_month.empty() && *p.as_of < doc_month;
    u.latest = p.bold && !older;
    out.updates.push_back(std::move(u));
  }
  return out;
}

}  // namespace plantrace

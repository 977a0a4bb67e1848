#include "pipeline/normalise/owner_parser.h"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "pipeline/shared/data_files.h"
#include "text/normalize.h"

namespace plantrace {
namespace {

bool Contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string Join(const std::vector<std::string>& w, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) {
    if (!out.empty()) out += ' ';
    out += w[i];
  }
  return out;
}

// Trims spaces, list bullets and separator punctuation left by splitting.
std::string TrimFragment(std::string_view s) {
  std::string t = CollapseSpaces(s);
  auto strip_front = [&](std::string_view p) {
    if (t.compare(0, p.size(), p) == 0) t.erase(0, p.size());
  };
  for (bool again = true; again && !t.empty();) {
    again = false;
    for (std::string_view p : {"•", "·", "▪", "- ", "– ", ",", ":", " "}) {
      if (t.compare(0, p.size(), p) == 0) {
        strip_front(p);
        again = true;
      }
    }
  }
  while (!t.empty() && (t.back() == ' ' || t.back() == ',' || t.back() == ';' || t.back() == ':')) {
    t.pop_back();
  }
  return t;
}

// ", Rob Whiteman": two capitalised words (a middle initial allowed) with no
// title word among them is a personal name, not part of the role.
bool IsPersonalName(const std::vector<std::string>& words, const std::vector<std::string>& heads) {
  if (words.size() < 2 || words.size() > 3) return false;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w.empty() || !std::isupper(static_cast<unsigned char>(w[0]))) return false;
    if (Contains(heads, CaseFold(w))) return false;
    bool initial = w.size() == 2 && w[1] == '.';
    if (words.size() == 3 && i == 1 && !initial) return false;
    if (initial && i != 1) return false;
    for (char c : w) {
      if (!std::isalpha(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != '\'') {
        return false;
      }
    }
  }
  return true;
}

}  // namespace

Result<OwnerGazetteer> OwnerGazetteer::Parse(std::string_view text, std::string_view where) {
  Result<std::vector<TsvRow>> rows = ParseTsv(text, where, 2, 3);
  if (!rows.ok()) return rows.status();
  OwnerGazetteer g;
  for (const TsvRow& row : rows.value()) {
    const auto& f = row.fields;
    const std::string& kind = f[0];
    bool pair = kind == "title" || kind == "token";
    if (pair != (f.size() == 3)) {
      return Status::Corruption(RowWhere(where, row),
                                "\"" + kind + "\" rows take " + (pair ? "2" : "1") + " fields");
    }
    if (kind == "title") g.titles.emplace_back(CaseFold(f[1]), f[2]);
    else if (kind == "token") g.tokens.emplace_back(f[1], f[2]);
    else if (kind == "head") g.heads.push_back(CaseFold(f[1]));
    else if (kind == "interim") g.interim_words.push_back(CaseFold(f[1]));
    else if (kind == "drop") g.drop_words.push_back(CaseFold(f[1]));
    else return Status::Corruption(RowWhere(where, row), "unknown row kind \"" + kind + "\"");
  }
  return g;
}

Result<OwnerGazetteer> OwnerGazetteer::LoadDefault() {
  Result<std::string> text = ReadDataFile("owner_gazetteer.tsv");
  if (!text.ok()) return text.status();
  return Parse(text.value(), DataDir() + "/owner_gazetteer.tsv");
}

Result<OwnerParser> OwnerParser::CreateDefault() {
  Result<OwnerGazetteer> g = OwnerGazetteer::LoadDefault();
  if (!g.ok()) return g.status();
  return OwnerParser(std::move(g).value());
}

std::string OwnerParser::StripToTitle(std::string_view fragment, bool* interim) const {
  std::vector<std::string> w = Words(TrimFragment(fragment));
  size_t from = 0;
  while (from < w.size()) {
    std::string f = CaseFold(w[from]);
    if (Contains(gaz_.drop_words, f)) {
      ++from;
    } else if (Contains(gaz_.interim_words, f)) {
      *interim = true;
      ++from;
    } else {
      break;
    }
  }
  size_t to = w.size();
  // "Monitoring Officer (Interim)".
  if (to > from) {
    std::string last = CaseFold(w[to - 1]);
    if (last.size() > 2 && last.front() == '(' && last.back() == ')' &&
        Contains(gaz_.interim_words, last.substr(1, last.size() - 2))) {
      *interim = true;
      --to;
    }
  }
  std::string title = Join(w, from, to);
  // A leading "<personal name> – " or "<personal name>, " ("Graeme Betts –
  // Acting Chief Executive", "Councillor John Cotton, Leader of the Council").
  for (std::string_view sep : {" – ", " — ", " - ", ", "}) {
    size_t at = title.find(sep);
    if (at != std::string::npos && IsPersonalName(Words(title.substr(0, at)), gaz_.heads)) {
      std::string rest = title.substr(at + sep.size());
      title = StripToTitle(rest, interim);  // "Acting" may follow the name
      break;
    }
  }
  // A trailing ", <personal name>".
  size_t comma = title.rfind(',');
  if (comma != std::string::npos && IsPersonalName(Words(title.substr(comma + 1)), gaz_.heads)) {
    title = TrimFragment(title.substr(0, comma));
  }
  return title;
}

namespace {

// A code of three to six capitals, with a bracketed sub-code ("CYPE",
// "GET", "ALL", "ASCH (PH)"): how registers name the directorate that owns
// a row, kept as printed. Two letters are too short to tell from a part of
// a title ("Director of HR/OD").
bool IsOwnerCode(std::string_view s) {
  auto caps = [](std::string_view w, size_t min) {
    if (w.size() < min || w.size() > 6) return false;
    for (char c : w) {
      if (c < 'A' || c > 'Z') return false;
    }
    return true;
  };
  size_t sp = s.find(' ');
  if (sp == std::string_view::npos) return caps(s, 3);
  std::string_view rest = s.substr(sp + 1);
  return caps(s.substr(0, sp), 3) && rest.size() > 2 && rest.front() == '(' &&
         rest.back() == ')' && caps(rest.substr(1, rest.size() - 2), 2);
}

}  // namespace

bool OwnerParser::LooksLikeRole(std::string_view fragment) const {
  if (IsOwnerCode(TrimFragment(fragment))) return true;
  bool interim = false;
  std::string title = StripToTitle(fragment, &interim);
  if (title.empty()) return false;
  std::string folded = CaseFold(title);
  for (const auto& [alias, canonical] : gaz_.titles) {
    if (alias == folded) return true;
  }
  for (std::string w : Words(folded)) {
    while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back()))) w.pop_back();
    while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.front()))) w.erase(0, 1);
    if (Contains(gaz_.heads, w)) return true;
  }
  return false;
}

OwnerRecord OwnerParser::ParseOne(std::string_view fragment) const {
  OwnerRecord o;
  o.raw = TrimFragment(fragment);
  std::string title = StripToTitle(fragment, &o.interim);
  auto alias = [&](const std::string& t) -> const std::string* {
    std::string folded = CaseFold(t);
    for (const auto& [a, canonical] : gaz_.titles) {
      if (a == folded) return &canonical;
    }
    return nullptr;
  };
  if (const std::string* c = alias(title)) {
    o.title = *c;
    return o;
  }
  if (IsOwnerCode(o.raw)) {
    o.title = o.raw;
    return o;
  }
  std::vector<std::string> words = Words(title);
  for (std::string& w : words) {
    for (const auto& [abbr, expansion] : gaz_.tokens) {
      if (w == abbr) {
        w = expansion;
        break;
      }
    }
  }
  o.title = Join(words, 0, words.size());
  if (const std::string* c = alias(o.title)) o.title = *c;
  return o;
}

// A printed cell wraps long titles over lines ("Director of Strategy,
// Equality" / "and Partnerships"): a line is joined to the one before when
// that ends in a connector, it starts with one or a lower-case word, or
// either line names no role on its own. A line that is only a personal name
// stays apart (and gives no owner).
std::vector<std::string> OwnerParser::LogicalLines(std::string_view cell) const {
  static const char* const kConnectorEnds[] = {",", " and", " of", " for", "&", "/", "-", " the",
                                               " with"};
  static const char* const kConnectorStarts[] = {"and ", "of ", "for ", "& ", "/", "the ", ","};
  std::vector<std::string> out;
  bool can_join = false;  // false after a ';' or at the start
  size_t start = 0;
  while (start <= cell.size()) {
    size_t end = cell.find_first_of("\n;", start);
    if (end == std::string_view::npos) end = cell.size();
    std::string line = CollapseSpaces(cell.substr(start, end - start));
    bool hard_break_after = end < cell.size() && cell[end] == ';';
    start = end + 1;
    if (!line.empty()) {
      bool join = false;
      if (can_join && !out.empty()) {
        const std::string& prev = out.back();
        std::string lower_line = CaseFold(line);
        std::string lower_prev = CaseFold(prev);
        bool prev_ends = std::any_of(std::begin(kConnectorEnds), std::end(kConnectorEnds),
                                     [&](const char* c) {
                                       std::string_view cs(c);
                                       return lower_prev.size() >= cs.size() &&
                                              lower_prev.compare(lower_prev.size() - cs.size(),
                                                                 cs.size(), cs) == 0;
                                     });
        bool line_starts = std::islower(static_cast<unsigned char>(line[0])) ||
                           std::any_of(std::begin(kConnectorStarts), std::end(kConnectorStarts),
                                       [&](const char* c) {
                                         return lower_line.rfind(c, 0) == 0;
                                       });
        bool name = IsPersonalName(Words(line), gaz_.heads);
        join = !name && (prev_ends || line_starts || !LooksLikeRole(prev) || !LooksLikeRole(line));
      }
      if (join) {
        out.back() += " " + line;
      } else {
        out.push_back(line);
      }
      can_join = true;
    }
    if (hard_break_after) can_join = false;
    if (end == cell.size()) break;
  }
  return out;
}

bool OwnerParser::LooksLikePersonalName(std::string_view fragment) const {
  return IsPersonalName(Words(fragment), gaz_.heads);
}

std::vector<OwnerRecord> OwnerParser::ParseCell(std::string_view cell) const {
  std::vector<OwnerRecord> out;
  for (const std::string& logical : LogicalLines(cell)) {
    std::string_view line = logical;

    // Soft separators: their positions [sep_begin, sep_end) in `line`.
    std::vector<std::pair<size_t, size_t>> seps;
    std::string folded;  // ASCII lower-case copy, same offsets
    for (char c : line) folded += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '/' || line[i] == '&' || line[i] == ',') {
        seps.emplace_back(i, i + 1);
      } else if (line[i] == ' ') {
        for (std::string_view w : {" and ", " with "}) {
          if (folded.compare(i, w.size(), w) == 0) {
            seps.emplace_back(i, i + w.size() - 1);
            break;
          }
        }
      }
    }
    // Merge pieces unless both sides look like roles.
    size_t cur_begin = 0;
    for (size_t k = 0; k <= seps.size(); ++k) {
      if (k == seps.size()) {
        std::string_view frag = line.substr(cur_begin);
        if (LooksLikeRole(frag)) out.push_back(ParseOne(frag));
        break;
      }
      size_t next_end = k + 1 < seps.size() ? seps[k + 1].first : line.size();
      std::string_view cur = line.substr(cur_begin, seps[k].first - cur_begin);
      std::string_view next = line.substr(seps[k].second, next_end - seps[k].second);
      if (LooksLikeRole(cur) && LooksLikeRole(next)) {
        out.push_back(ParseOne(cur));
        cur_begin = seps[k].second;
      }
    }
  }
  return out;
}

}  // namespace plantrace

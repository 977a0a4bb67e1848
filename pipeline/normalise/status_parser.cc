#include "pipeline/normalise/status_parser.h"

#include <algorithm>
#include <cctype>

#include "pipeline/normalise/clause.h"
#include "pipeline/shared/data_files.h"
#include "text/normalize.h"

namespace plantrace {
namespace {

bool IsValue(std::string_view v) {
  return v == "complete" || v == "on_track" || v == "in_progress" || v == "off_track" ||
         v == "not_started";
}

// ASCII lower-case with the same byte offsets (CaseFold may change lengths;
// lexicon phrases that use `fold` are ASCII).
std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

Result<StatusLexicon> StatusLexicon::Parse(std::string_view text, std::string_view where) {
  Result<std::vector<TsvRow>> rows = ParseTsv(text, where, 3, 3);
  if (!rows.ok()) return rows.status();
  StatusLexicon lex;
  for (const TsvRow& row : rows.value()) {
    const auto& f = row.fields;
    if (!IsValue(f[1])) return Status::Corruption(RowWhere(where, row), "unknown value \"" + f[1] + "\"");
    StatusLexiconEntry e;
    if (f[2] == "exact") e.match = StatusLexiconEntry::Match::kExact;
    else if (f[2] == "fold") e.match = StatusLexiconEntry::Match::kFold;
    else if (f[2] == "line") e.match = StatusLexiconEntry::Match::kLine;
    else return Status::Corruption(RowWhere(where, row), "match must be exact, fold or line");
    e.phrase = e.match == StatusLexiconEntry::Match::kExact ? f[0] : AsciiLower(CaseFold(f[0]));
    e.value = f[1];
    lex.entries.push_back(std::move(e));
  }
  std::stable_sort(lex.entries.begin(), lex.entries.end(),
                   [](const StatusLexiconEntry& a, const StatusLexiconEntry& b) {
                     return a.phrase.size() > b.phrase.size();
                   });
  return lex;
}

Result<StatusLexicon> StatusLexicon::LoadDefault() {
  Result<std::string> text = ReadDataFile("status_lexicon.tsv");
  if (!text.ok()) return text.status();
  return Parse(text.value(), DataDir() + "/status_lexicon.tsv");
}

Result<StatusParser> StatusParser::CreateDefault() {
  Result<StatusLexicon> lex = StatusLexicon::LoadDefault();
  if (!lex.ok()) return lex.status();
  return StatusParser(std::move(lex).value());
}

std::vector<StatusToken> StatusParser::FindTokens(std::string_view text) const {
  std::string lower = AsciiLower(text);
  std::vector<StatusToken> found;
  std::vector<bool> used(text.size(), false);
  for (const StatusLexiconEntry& e : lex_.entries) {
    bool exact = e.match == StatusLexiconEntry::Match::kExact;
    std::string_view hay = exact ? text : std::string_view(lower);
    size_t from = 0;
    while (from < hay.size()) {
      size_t p = FindWord(hay.substr(from), e.phrase, /*last=*/false);
      if (p == std::string_view::npos) break;
      p += from;
      size_t q = p + e.phrase.size();
      from = p + 1;
      if (std::any_of(used.begin() + p, used.begin() + q, [](bool u) { return u; })) continue;
      if (e.match == StatusLexiconEntry::Match::kLine) {
        // The whole line, bar spaces and punctuation, must be the word.
        size_t ls = text.rfind('\n', p);
        ls = ls == std::string_view::npos ? 0 : ls + 1;
        size_t le = text.find('\n', q);
        if (le == std::string_view::npos) le = text.size();
        auto only_punct = [](std::string_view s) {
          return std::all_of(s.begin(), s.end(), [](char c) {
            return std::isspace(static_cast<unsigned char>(c)) ||
                   std::ispunct(static_cast<unsigned char>(c));
          });
        };
        if (!only_punct(text.substr(ls, p - ls)) || !only_punct(text.substr(q, le - q))) continue;
      }
      std::fill(used.begin() + p, used.begin() + q, true);
      StatusToken t{std::string(text.substr(p, q - p)), e.value, p, q};
      if (p > 0 && q < text.size() && text[p - 1] == '(' && text[q] == ')') {
        t.begin = p - 1;
        t.end = q + 1;
      } else if (q < text.size() && text[q] == '.' && e.phrase.find(' ') == std::string::npos) {
        // A bare status word that is a sentence of its own keeps its full
        // stop ("(July Update). Complete."); a sentence-like token does not.
        size_t b = p;
        while (b > 0 && text[b - 1] == ' ') --b;
        if (b == 0 || text[b - 1] == '\n' || text[b - 1] == '.' || text[b - 1] == ')') {
          t.end = q + 1;
        }
      }
      t.raw = std::string(text.substr(t.begin, t.end - t.begin));
      found.push_back(std::move(t));
    }
  }
  std::sort(found.begin(), found.end(),
            [](const StatusToken& a, const StatusToken& b) { return a.begin < b.begin; });
  return found;
}

std::optional<StatusRecord> CombineStatus(const std::vector<StatusToken>& tokens,
                                          bool complete_covers_whole_item) {
  if (tokens.empty()) return std::nullopt;
  StatusRecord r;
  std::vector<std::string> seen;
  bool off = false, on = false, complete = false, progress = false;
  for (const StatusToken& t : tokens) {
    if (std::find(seen.begin(), seen.end(), t.raw) == seen.end()) {
      if (!seen.empty()) r.raw += "; ";
      r.raw += t.raw;
      seen.push_back(t.raw);
    }
    off = off || t.value == "off_track";
    on = on || t.value == "on_track";
    complete = complete || t.value == "complete";
    progress = progress || t.value == "in_progress";
  }
  if (off) r.value = "off_track";
  else if (on) r.value = "on_track";
  else if (complete && !progress && complete_covers_whole_item) r.value = "complete";
  else if (complete || progress) r.value = "in_progress";
  else r.value = "not_started";
  return r;
}

std::optional<StatusRecord> ItemStatus(const StatusParser& parser,
                                       const std::vector<std::string>& status_texts) {
  std::vector<StatusToken> tokens;
  bool last_closes = false;  // the last token found closes the last non-empty text
  for (const std::string& text : status_texts) {
    std::vector<StatusToken> found = parser.FindTokens(text);
    bool blank = std::all_of(text.begin(), text.end(),
                             [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
    if (blank) continue;
    last_closes = false;
    if (found.empty()) continue;
    std::string_view after = std::string_view(text).substr(found.back().end);
    last_closes = std::all_of(after.begin(), after.end(), [](char c) {
      return std::isspace(static_cast<unsigned char>(c)) ||
             std::ispunct(static_cast<unsigned char>(c));
    });
    for (StatusToken& t : found) tokens.push_back(std::move(t));
  }
  return CombineStatus(tokens, tokens.size() == 1 && last_closes);
}

}  // namespace plantrace

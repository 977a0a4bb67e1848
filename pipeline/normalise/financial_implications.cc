#include "pipeline/normalise/financial_implications.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "text/normalize.h"

namespace plantrace {
namespace {

// Longest heading line taken for the section's title.
constexpr size_t kMaxHeading = 60;
// Paragraphs read after the heading at most.
constexpr size_t kMaxParagraphs = 20;
// A label word that ties a sentence to an item: long enough not to be a
// function word ("financial", "citizen", "improving").
constexpr size_t kMinTieWord = 5;

const RE2& HeadingRe() {
  static const RE2 re("(?i)^\\s*(?:\\d+(?:\\.\\d+)?\\.?\\s+)?financial\\s+implications\\s*:?\\s*$");
  return re;
}

const RE2& HeadingThenTextRe() {
  static const RE2 re(
      "(?i)^\\s*(?:\\d+(?:\\.\\d+)?\\.?\\s+)?financial\\s+implications\\s*:?\\s+(\\d+\\.\\d+\\s.*)$");
  return re;
}

// A numbered title such as "12. Procurement Implications (if required)".
const RE2& NumberedTitleRe() {
  static const RE2 re("^\\s*\\d+\\.?\\s+[A-Z][^.]*$");
  return re;
}

// "… is one of the IRP's three overarching aims": the words before "is one of".
const RE2& OneOfRe() {
  static const RE2 re(
      "(?i)([^.;:]*?)\\s+(?:is|are|forms?)\\s+(?:one|part)\\s+of\\s+(?:the|our|its)\\s+"
      "[^.]{0,40}?\\b(?:aims?|objectives?|priorities|outcomes)\\b");
  return re;
}

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> out;
  std::string w;
  for (char c : CaseFold(text)) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      w += c;
    } else if (!w.empty()) {
      out.push_back(w);
      w.clear();
    }
  }
  if (!w.empty()) out.push_back(w);
  return out;
}

// "Financial Sustainability: building on …" → "Financial Sustainability";
// "" when the item opens with no short label.
std::string ItemLabel(const std::string& text) {
  size_t colon = text.find(':');
  if (colon == std::string::npos || colon > 60) return "";
  return text.substr(0, colon);
}

int NumberWord(const std::string& w) {
  static const char* kWords[] = {"one", "two", "three", "four", "five"};
  for (int i = 0; i < 5; ++i) {
    if (w == kWords[i]) return i + 1;
  }
  if (w.size() == 1 && std::isdigit(static_cast<unsigned char>(w[0]))) return w[0] - '0';
  return 0;
}

}  // namespace

std::vector<std::string> Sentences(const std::vector<std::string>& paragraphs) {
  std::string all;
  for (const std::string& p : paragraphs) all += (all.empty() ? "" : " ") + p;
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i + 1 < all.size(); ++i) {
    if (all[i] == '.' && all[i + 1] == ' ') {
      out.push_back(all.substr(start, i + 1 - start));
      start = i + 2;
    }
  }
  if (start < all.size()) out.push_back(all.substr(start));
  return out;
}

std::optional<FinancialReference> FindFinancialReference(const Document& doc,
                                                         const std::vector<RawItem>& items) {
  // The section: its heading, then its paragraphs up to the next heading.
  std::vector<std::string> paragraphs;
  bool in_section = false;
  for (const Block& b : doc.blocks) {
    const std::string text = CollapseSpaces(b.text);
    if (!in_section) {
      in_section = text.size() <= kMaxHeading && RE2::FullMatch(text, HeadingRe());
      // A rendering that runs the heading into its first paragraph
      // ("11. Financial Implications 11.1 Delivering …").
      std::string rest;
      if (!in_section && RE2::FullMatch(text, HeadingThenTextRe(), &rest)) {
        in_section = true;
        paragraphs.push_back(rest);
      }
      continue;
    }
    const bool next_heading = b.kind == BlockKind::kHeading ||
                              (text.size() <= kMaxHeading && RE2::FullMatch(text, NumberedTitleRe()));
    if (next_heading || paragraphs.size() >= kMaxParagraphs) break;
    if (b.kind == BlockKind::kParagraph || b.kind == BlockKind::kListItem) paragraphs.push_back(text);
  }
  if (paragraphs.empty()) return std::nullopt;
  // The sentence naming an item, and the one item whose label it shares a
  // word with; sentences may run across blocks (a rendering that keeps
  // each line a block).
  for (const std::string& p : Sentences(paragraphs)) {
    std::string subject;
    if (!RE2::PartialMatch(p, OneOfRe(), &subject)) continue;
    std::set<std::string> words;
    for (const std::string& w : Words(subject)) {
      if (w.size() >= kMinTieWord) words.insert(w);
    }
    std::vector<size_t> tied;
    for (size_t i = 0; i < items.size(); ++i) {
      std::string label;
      for (const std::string& part : items[i].text_parts) label += part + " ";
      label = ItemLabel(label);
      if (label.empty()) continue;
      for (const std::string& w : Words(label)) {
        if (words.count(w)) {
          tied.push_back(i);
          break;
        }
      }
    }
    if (tied.size() == 1) return FinancialReference{tied.front(), paragraphs};
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<YearsSpan> NextYearsSpan(const std::string& sentence_text,
                                       const std::vector<std::string>& paragraphs) {
  static const RE2 next_re("(?i)(over\\s+the\\s+next\\s+(\\w+)\\s+years)");
  std::string raw, count;
  if (!RE2::PartialMatch(sentence_text, next_re, &raw, &count)) return std::nullopt;
  const int n = NumberWord(CaseFold(count));
  if (n < 1) return std::nullopt;
  // The financial years the section names ("2024/25", "2025-26").
  static const RE2 fy_re("\\b(20\\d\\d)[/-](\\d\\d)\\b");
  std::set<int> starts;
  for (const std::string& p : paragraphs) {
    re2::StringPiece in(p);
    std::string y, z;
    while (RE2::FindAndConsume(&in, fy_re, &y, &z)) {
      int start = std::stoi(y);
      if ((start + 1) % 100 == std::stoi(z)) starts.insert(start);
    }
  }
  if (starts.empty()) return std::nullopt;
  const int first = *starts.begin();
  for (int k = 0; k < n; ++k) {
    if (!starts.count(first + k)) return std::nullopt;
  }
  auto fy = [](int s) {
    std::string e = std::to_string((s + 1) % 100);
    if (e.size() == 1) e = "0" + e;
    return std::to_string(s) + "/" + e;
  };
  YearsSpan out;
  out.raw = raw;
  out.period = n == 1 ? fy(first) : fy(first) + "-" + fy(first + n - 1);
  out.first_year = first;
  out.years = n;
  return out;
}

}  // namespace plantrace

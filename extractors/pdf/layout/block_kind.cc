#include "extractors/pdf/layout/block_kind.h"

#include <array>
#include <string_view>

namespace plantrace::pdf {
namespace {

// Footnote text is at most this share of the body size…
constexpr double kMaxFootnoteRatio = 0.9;
// …and starts below this share of the page height.
constexpr double kFootnoteZone = 0.6;
constexpr size_t kMaxCaptionLines = 3;

bool IsNumberOrSign(std::string_view s) {
  if (s == "*" || s == "†" || s == "‡" || s == "§") return true;
  if (s.empty() || s.size() > 3) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// "3", "3.", "3)" at the start of small text.
bool IsNoteLabel(std::string_view s) {
  if (!s.empty() && (s.back() == '.' || s.back() == ')')) s.remove_suffix(1);
  return IsNumberOrSign(s);
}

}  // namespace

bool LooksLikeFootnote(const LineGroup& g, double body_size, double page_height) {
  if (g.lines.empty() || g.lines.front().words.size() < 2) return false;
  const Word& first = g.lines.front().words.front();
  if (first.superscript && IsNumberOrSign(first.text)) return true;
  // A raised number is also a line of its own small size: compare with the next word.
  const Word& second = g.lines.front().words[1];
  if (IsNumberOrSign(first.text) && first.font_size < second.font_size * kMaxFootnoteRatio &&
      first.baseline < second.baseline - 0.15 * second.font_size) {
    return true;
  }
  if (body_size <= 0 || g.lines.front().size > body_size * kMaxFootnoteRatio) return false;
  return g.lines.front().bbox.top > page_height * kFootnoteZone && IsNoteLabel(first.text);
}

bool LooksLikeCaption(const LineGroup& g) {
  if (g.lines.empty() || g.lines.size() > kMaxCaptionLines || g.lines.front().words.size() < 2) return false;
  static constexpr std::array<std::string_view, 9> kLabels = {
      "Table", "Figure", "Fig.", "Chart", "Graph", "Diagram", "Map", "Image", "Photo"};
  const std::string& w0 = g.lines.front().words[0].text;
  const std::string& w1 = g.lines.front().words[1].text;
  bool label = false;
  for (std::string_view l : kLabels) label = label || w0 == l;
  if (!label || w1.empty()) return false;
  // The number: "3", "3:", "2.1", "A1", "IV." — starts with a digit or is short.
  return (w1[0] >= '0' && w1[0] <= '9') || (w1.size() <= 4 && w1[0] >= 'A' && w1[0] <= 'Z');
}

}  // namespace plantrace::pdf

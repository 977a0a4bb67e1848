#include "extractors/pdf/layout/block_builder.h"

#include <algorithm>
#include <cmath>

#include "extractors/pdf/layout/list_marker.h"

namespace plantrace::pdf {
namespace {

// Line pitch (baseline to baseline) of a paragraph's lines, in font sizes.
constexpr double kMaxPitch = 1.75;
// Lines of one paragraph keep their pitch within this many font sizes.
constexpr double kPitchTolerance = 0.25;
// Left edges within this many font sizes are the same edge.
constexpr double kEdgeTolerance = 0.6;
// A first line may be indented by up to this many font sizes.
constexpr double kMaxFirstIndent = 4.0;
// Font sizes within this share are the same size.
constexpr double kSizeTolerance = 0.1;
// A label stands this far (font sizes) from its text when it numbers a paragraph.
constexpr double kMinLabelGap = 0.6;

bool Near(double a, double b, double size) { return std::fabs(a - b) <= kEdgeTolerance * size; }

// "1.2   Alongside …": a section number set apart from the text it numbers.
bool StartsNumberedParagraph(const TextLine& line) {
  if (line.words.size() < 2 || !IsSectionNumber(line.words[0].text)) return false;
  return line.words[1].bbox.x0 - line.words[0].bbox.x1 > kMinLabelGap * std::max(line.size, 1.0);
}

// The counters a word processor prints for an ordered list: "1.", "a.", "iv."
// (a full stop after the number; authors' labels often use ")" or brackets).
bool IsGeneratedCounter(std::string_view word) {
  return word.size() >= 2 && word.back() == '.' && IsItemLabel(word);
}

// A label the author printed after the counter: "a)", "(b)", "3.", or a
// paragraph number with a dot inside ("1.4"); a bare "12" may be a quantity.
bool IsPrintedLabel(std::string_view word) {
  if (IsItemLabel(word)) return true;
  return IsSectionNumber(word) && word.find('.') != std::string_view::npos &&
         word.find('.') + 1 < word.size();
}

bool EndsSentence(const TextLine& line) {
  if (line.words.empty() || line.words.back().text.empty()) return false;
  const char c = line.words.back().text.back();
  return c == '.' || c == ':' || c == ';' || c == '!' || c == '?';
}

bool CanJoin(const LineGroup& g, const TextLine& next, bool next_starts_item) {
  if (next_starts_item || StartsNumberedParagraph(next)) return false;
  const TextLine& first = g.lines.front();
  const TextLine& prev = g.lines.back();
  if (prev.rotation != next.rotation || prev.rotation != 0) return false;
  const double size = std::max({prev.size, next.size, 1.0});
  if (std::fabs(prev.size - next.size) > kSizeTolerance * size) return false;
  if (prev.AllBold() != next.AllBold()) return false;
  // Below the previous line, at a line pitch.
  if (next.bbox.top < prev.bbox.bottom - 0.3 * size) return false;
  const double pitch = next.baseline - prev.baseline;
  if (pitch <= 0 || pitch > kMaxPitch * size) return false;
  if (g.lines.size() >= 2) {
    const double first_pitch = g.lines[1].baseline - g.lines[0].baseline;
    if (std::fabs(pitch - first_pitch) > kPitchTolerance * size) return false;
  }
  // Left edges: the same edge, the hanging indent after a label or bullet,
  // or the paragraph's edge after an indented first line; or centred lines.
  const bool aligned = Near(next.bbox.x0, prev.bbox.x0, size) ||
                       Near(CenterX(next.bbox), CenterX(prev.bbox), size) ||  // centred text
                       Near(next.bbox.x0, first.text_x0, size) ||
                       (g.lines.size() >= 2 && Near(next.bbox.x0, g.lines[1].bbox.x0, size)) ||
                       (g.lines.size() == 1 && next.bbox.x0 < first.bbox.x0 &&
                        first.bbox.x0 - next.bbox.x0 <= kMaxFirstIndent * size);
  if (!aligned) return false;
  // A short line that ends a sentence ends its paragraph.
  if (g.lines.size() >= 2) {
    double right = 0;
    for (const TextLine& l : g.lines) right = std::max(right, l.bbox.x1);
    if (prev.bbox.x1 < right - 3 * size && EndsSentence(prev)) return false;
  }
  return true;
}

}  // namespace

bool StartsListItem(const TextLine& line, std::string* marker, bool* glyph) {
  *glyph = false;
  if (line.drawn_bullet && !line.words.empty()) {
    *marker = "•";
    return true;
  }
  if (line.words.size() < 2) return false;
  const std::string& w = line.words[0].text;
  if (IsBulletGlyph(w)) {
    *marker = w;
    *glyph = true;
    return true;
  }
  if (IsItemLabel(w)) {
    // "1. a) The Council …": a word processor's list counter printed before
    // the author's own label (an ordered list whose items carry their label
    // as text). The author's label is the item's number; the counter is
    // dropped like a bullet glyph.
    if (line.words.size() >= 3 && IsGeneratedCounter(w) && IsPrintedLabel(line.words[1].text)) {
      *marker = line.words[1].text;
      *glyph = true;
      return true;
    }
    *marker = w;
    return true;
  }
  return false;
}

std::vector<LineGroup> GroupLines(std::vector<TextLine> lines,
                                  const std::vector<OrderedItem>& order) {
  std::vector<LineGroup> groups;
  bool open = false;  // the last group may still take lines
  for (const OrderedItem& item : order) {
    if (item.is_table) {
      LineGroup t;
      t.table = item.index;
      t.column = item.column;
      groups.push_back(std::move(t));
      open = false;
      continue;
    }
    TextLine& line = lines[item.index];
    std::string marker;
    bool glyph = false;
    const bool item_start = StartsListItem(line, &marker, &glyph);
    if (open && groups.back().column == item.column && CanJoin(groups.back(), line, item_start)) {
      groups.back().lines.push_back(std::move(line));
      continue;
    }
    LineGroup g;
    g.lines.push_back(std::move(line));
    g.column = item.column;
    if (item_start) {
      g.marker = marker;
      g.drop_first_word = glyph;
    }
    groups.push_back(std::move(g));
    open = true;
  }
  return groups;
}

}  // namespace plantrace::pdf

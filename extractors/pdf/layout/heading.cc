#include "extractors/pdf/layout/heading.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace plantrace::pdf {
namespace {

// Text this much larger than the body is heading-sized.
constexpr double kMinHeadingRatio = 1.12;
// Bold text at least this share of the body size may be a heading.
constexpr double kMinBoldRatio = 0.95;
// A heading has at most this many lines and words.
constexpr size_t kMaxHeadingLines = 3;
constexpr size_t kMaxHeadingWords = 30;
constexpr size_t kMaxBoldHeadingLines = 2;
constexpr size_t kMaxBoldHeadingWords = 16;

double Round(double v, double step) { return std::round(v / step) * step; }

}  // namespace

double BodyTextSize(const std::vector<const TextLine*>& lines) {
  std::map<double, size_t> chars;
  for (const TextLine* l : lines) {
    for (const Word& w : l->words) {
      if (!w.superscript) chars[Round(w.font_size, 0.5)] += w.text.size();
    }
  }
  double best = 0;
  size_t most = 0;
  for (const auto& [size, n] : chars) {
    if (n > most) {
      most = n;
      best = size;
    }
  }
  return best;
}

bool LooksLikeHeading(const LineGroup& g, double body_size) {
  if (g.lines.empty() || g.lines.size() > kMaxHeadingLines || body_size <= 0) return false;
  size_t words = 0;
  for (const TextLine& l : g.lines) words += l.words.size();
  if (words > kMaxHeadingWords) return false;
  const TextLine& first = g.lines.front();
  double size = 0;
  bool bold = true;
  for (const TextLine& l : g.lines) {
    size = std::max(size, l.size);
    bold = bold && l.AllBold();
  }
  if (size >= body_size * kMinHeadingRatio) return true;
  if (!bold || size < body_size * kMinBoldRatio) return false;
  if (g.lines.size() > kMaxBoldHeadingLines || words > kMaxBoldHeadingWords) return false;
  // A bold sentence ending in a full stop or comma reads as emphasis, not a title.
  const std::string& last = g.lines.back().words.back().text;
  const char end = last.empty() ? ' ' : last.back();
  return end != '.' && end != ',' && end != ';' && !first.words.empty();
}

HeadingLook LookOf(const LineGroup& g) {
  HeadingLook look;
  look.bold = true;
  for (const TextLine& l : g.lines) {
    look.size = std::max(look.size, l.size);
    look.bold = look.bold && l.AllBold();
  }
  look.size = Round(look.size, 0.5);
  return look;
}

std::vector<int> HeadingLevels(const std::vector<HeadingLook>& looks) {
  std::vector<HeadingLook> distinct = looks;
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  std::vector<int> levels;
  levels.reserve(looks.size());
  for (const HeadingLook& l : looks) {
    const auto it = std::lower_bound(distinct.begin(), distinct.end(), l);
    levels.push_back(std::min(6, static_cast<int>(it - distinct.begin()) + 1));
  }
  return levels;
}

}  // namespace plantrace::pdf

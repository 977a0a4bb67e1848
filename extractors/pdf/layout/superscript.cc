#include "extractors/pdf/layout/superscript.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace plantrace::pdf {
namespace {

// Smaller than this share of the main size counts as smaller text.
constexpr double kMaxSizeRatio = 0.9;
// Raised by more than this share of the main size counts as raised.
constexpr double kMinRaise = 0.15;

}  // namespace

void MarkSuperscripts(TextLine* line) {
  if (line->words.empty()) return;
  // The main size: the one with most characters (sizes rounded to 0.1 pt);
  // ties go to the larger size.
  std::map<long, size_t> chars_by_size;
  for (const Word& w : line->words) {
    chars_by_size[std::lround(w.font_size * 10)] += std::max<size_t>(1, w.text.size());
  }
  long main_key = 0;
  size_t best = 0;
  for (const auto& [key, n] : chars_by_size) {
    if (n >= best) {
      best = n;
      main_key = key;
    }
  }
  const double main_size = main_key / 10.0;
  // The main baseline: the lowest baseline among words of the main size
  // (rotation 0: y grows downward), so a raised word never sets it.
  double baseline = -1e300;
  for (const Word& w : line->words) {
    if (std::lround(w.font_size * 10) == main_key) baseline = std::max(baseline, w.baseline);
  }
  line->size = main_size;
  line->baseline = baseline;
  if (line->rotation != 0) return;  // raised text is only recognised in horizontal lines
  for (Word& w : line->words) {
    w.superscript = w.font_size < main_size * kMaxSizeRatio &&
                    w.baseline < baseline - main_size * kMinRaise;
  }
}

}  // namespace plantrace::pdf

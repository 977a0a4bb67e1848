#include "extractors/pdf/tables/line_bands.h"

#include <algorithm>

namespace plantrace::pdf {

std::vector<LineBand> LineBands(std::vector<const Word*> words) {
  std::sort(words.begin(), words.end(), [](const Word* a, const Word* b) { return a->bbox.top < b->bbox.top; });
  std::vector<LineBand> bands;
  for (const Word* w : words) {
    // Words come by top, so a word's middle is never above the last band's top.
    const double mid = (w->bbox.top + w->bbox.bottom) / 2;
    if (!bands.empty() && mid <= bands.back().bottom) {
      bands.back().bottom = std::max(bands.back().bottom, w->bbox.bottom);
      continue;
    }
    bands.push_back({w->bbox.top, w->bbox.bottom});
  }
  return bands;
}

}  // namespace plantrace::pdf

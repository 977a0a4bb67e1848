#include "extractors/pdf/reader/underline.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace plantrace::pdf {

void MarkUnderlines(PageContent* page) {
  if (page->words.empty() || page->rules.empty()) return;
  std::vector<size_t> hits;
  for (const Rule& r : page->rules) {
    if (!r.horizontal()) continue;
    const double y = (r.bbox.top + r.bbox.bottom) / 2;
    hits.clear();
    double covered = 0, last_x1 = -1e300;
    for (size_t i = 0; i < page->words.size(); ++i) {
      const Word& w = page->words[i];
      if (w.rotation != 0 || w.font_size <= 0) continue;
      // Underlines sit between the baseline and the bottom of the descenders,
      // and are thin relative to the text.
      if (y < w.baseline - 0.5 || y > w.baseline + 0.3 * w.font_size) continue;
      if (r.thickness() > std::max(1.5, 0.15 * w.font_size)) continue;
      const double overlap =
          std::min(w.bbox.x1, r.bbox.x1) - std::max(w.bbox.x0, r.bbox.x0);
      if (overlap < 0.5 * w.bbox.width()) continue;
      hits.push_back(i);
    }
    if (hits.empty()) continue;
    std::sort(hits.begin(), hits.end(), [&](size_t a, size_t b) {
      return page->words[a].bbox.x0 < page->words[b].bbox.x0;
    });
    // Length of the rule covered by the words, gaps between words included
    // when they are no wider than a generous space.
    double run_start = 0;
    bool in_run = false;
    for (size_t i : hits) {
      const BBox& b = page->words[i].bbox;
      const double x0 = std::max(b.x0, r.bbox.x0), x1 = std::min(b.x1, r.bbox.x1);
      if (in_run && x0 - last_x1 <= 0.6 * page->words[i].font_size) {
        last_x1 = std::max(last_x1, x1);
      } else {
        if (in_run) covered += last_x1 - run_start;
        run_start = x0;
        last_x1 = x1;
        in_run = true;
      }
    }
    if (in_run) covered += last_x1 - run_start;
    if (covered >= 0.6 * r.length()) {
      for (size_t i : hits) page->words[i].underline = true;
    }
  }
}

}  // namespace plantrace::pdf

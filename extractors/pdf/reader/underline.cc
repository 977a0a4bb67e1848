#include "extractors/pdf/reader/underline.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace plantrace::pdf {

void MarkUnderlines(PageContent* page) {
  if (page->words.empty() || page->rules.empty()) return;
  // A word can only be under a rule at height y when its baseline lies in
  // [y - 0.3 * size, y + 0.5]: the words are looked up by baseline in that
  // band (with the page's largest size, and a margin), not all tried for
  // every rule. Words whose size or baseline is not a finite number are
  // always tried, as before.
  std::vector<std::pair<double, size_t>> by_baseline;  // baseline, index
  std::vector<size_t> always;
  double largest = 0;
  for (size_t i = 0; i < page->words.size(); ++i) {
    const Word& w = page->words[i];
    if (!std::isfinite(w.baseline) || !std::isfinite(w.font_size)) {
      always.push_back(i);
      continue;
    }
    by_baseline.push_back({w.baseline, i});
    largest = std::max(largest, w.font_size);
  }
  std::sort(by_baseline.begin(), by_baseline.end());
  std::vector<size_t> hits, candidates;
  for (const Rule& r : page->rules) {
    if (!r.horizontal()) continue;
    const double y = (r.bbox.top + r.bbox.bottom) / 2;
    hits.clear();
    candidates = always;
    if (!std::isfinite(y)) {  // no band to look in: every word, as before
      candidates.resize(page->words.size());
      for (size_t i = 0; i < candidates.size(); ++i) candidates[i] = i;
    }
    const auto from = std::lower_bound(by_baseline.begin(), by_baseline.end(),
                                       std::pair{y - 0.3 * largest - 1.0, size_t{0}});
    for (auto it = from; std::isfinite(y) && it != by_baseline.end() && it->first <= y + 1.5;
         ++it) {
      candidates.push_back(it->second);
    }
    // In page order, as when every word was tried: ties in the sort by x
    // below then fall the same way.
    std::sort(candidates.begin(), candidates.end());
    double covered = 0, last_x1 = -1e300;
    for (size_t i : candidates) {
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

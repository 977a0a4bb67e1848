#include "extractors/pdf/tables/stream_join.h"

#include <algorithm>
#include <cmath>

namespace plantrace::pdf {

std::vector<double> SharedBoundaries(const Grid& a, const Grid& b, const std::vector<Word>& words) {
  const int cols = a.cols();
  if (cols < 2 || b.cols() != cols) return {};
  std::vector<double> left(cols, -1e300), right(cols, 1e300);
  for (const Grid* g : {&a, &b}) {
    const BBox box = g->bbox();
    for (const Word& w : words) {
      const double mx = (w.bbox.x0 + w.bbox.x1) / 2, my = (w.bbox.top + w.bbox.bottom) / 2;
      if (mx < box.x0 || mx > box.x1 || my < box.top || my > box.bottom) continue;
      int col = 0;
      bool spans = false;
      for (int k = 1; k < cols; ++k) {
        if (mx > g->xs[k]) col = k;
        spans = spans || (w.bbox.x0 < g->xs[k] && w.bbox.x1 > g->xs[k]);
      }
      if (spans) continue;
      // Boundary k (1..cols-1) has the words of columns < k on its left.
      for (int k = 1; k < cols; ++k) {
        if (col < k) left[k] = std::max(left[k], w.bbox.x1);
        else right[k] = std::min(right[k], w.bbox.x0);
      }
    }
  }
  std::vector<double> out;
  for (int k = 1; k < cols; ++k) {
    if (left[k] >= right[k]) return {};
    // A column empty on one side: the two grids' boundaries, averaged.
    if (left[k] < -1e299 || right[k] > 1e299) out.push_back((a.xs[k] + b.xs[k]) / 2);
    else out.push_back((left[k] + right[k]) / 2);
  }
  return out;
}

std::vector<Grid> JoinAcrossGaps(std::vector<Grid> grids, const PageContent& page) {
  const double em = TypicalFontSize(page.words);
  std::sort(grids.begin(), grids.end(), [](const Grid& a, const Grid& b) { return a.ys.front() < b.ys.front(); });
  std::vector<Grid> out;
  for (Grid& g : grids) {
    if (out.empty() || g.tentative || out.back().tentative) {
      out.push_back(std::move(g));
      continue;
    }
    Grid& a = out.back();
    double gap = g.ys.front() - a.ys.back();
    const std::vector<double> shared = a.cols() >= 2 && gap >= 0 ? SharedBoundaries(a, g, page.words) : std::vector<double>{};
    bool same = !shared.empty();
    // Text in the gap may only be sub-headings: in the first column, no
    // larger than the table's text; their height does not count as gap.
    std::vector<std::pair<double, double>> heads;
    if (same) {
      const double x0 = std::min(a.xs.front(), g.xs.front()), x1 = std::max(a.xs.back(), g.xs.back());
      for (const Word& w : page.words) {
        const double my = (w.bbox.top + w.bbox.bottom) / 2;
        if (my <= a.ys.back() || my >= g.ys.front() || w.bbox.x1 <= x0 || w.bbox.x0 >= x1) continue;
        if (w.bbox.x1 > shared.front() || w.font_size > 1.1 * em) {
          same = false;
          break;
        }
        if (heads.empty() || w.bbox.top > heads.back().second) heads.push_back({w.bbox.top, w.bbox.bottom});
        heads.back().second = std::max(heads.back().second, w.bbox.bottom);
      }
    }
    for (const auto& [t, b] : heads) gap -= b - t;
    // Parts that share every gutter are one table when that is unlikely by
    // chance: three or more columns, or a sub-heading in the first column
    // between them (a table in sections). Two columns across a blank gap
    // alone (two key-value tables one under the other) must also stand
    // where they stood, the boundary within an em.
    const bool aligned = a.cols() == 2 && std::fabs(a.xs[1] - g.xs[1]) <= em;
    same = same && (aligned || a.cols() >= 3 || !heads.empty()) && heads.size() <= 2 && gap <= 3 * 1.2 * em;
    if (!same) {
      out.push_back(std::move(g));
      continue;
    }
    a.xs.front() = std::min(a.xs.front(), g.xs.front());
    a.xs.back() = std::max(a.xs.back(), g.xs.back());
    std::copy(shared.begin(), shared.end(), a.xs.begin() + 1);
    // The gap between the parts, a row of its own per sub-heading (the
    // heading's cell spans no columns: it stands in the first).
    const double bottom = a.ys.back();
    a.ys.pop_back();
    std::vector<double> cuts = {bottom};
    for (const auto& [t, b] : heads) cuts.push_back(t - 1), cuts.push_back(b + 1);
    cuts.push_back(g.ys.front());
    std::vector<double> bounds = {(cuts[0] + cuts[1]) / 2};
    for (size_t k = 2; k + 1 < cuts.size(); k += 2) bounds.push_back((cuts[k] + cuts[k + 1]) / 2);
    for (double y : bounds) a.ys.push_back(y);
    for (size_t h = 0; h < heads.size(); ++h)
      for (int c = 0; c < a.cols(); ++c) a.cells.push_back({a.rows() - static_cast<int>(heads.size()) + static_cast<int>(h), c, 1, 1});
    const int rows = a.rows();
    a.ys.insert(a.ys.end(), g.ys.begin() + 1, g.ys.end());
    for (GridCell c : g.cells) {
      c.row += rows;
      a.cells.push_back(c);
    }
  }
  return out;
}

}  // namespace plantrace::pdf

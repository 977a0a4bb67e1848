#include "extractors/pdf/grid.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace plantrace::pdf {
namespace {

struct UnionFind {
  std::vector<int> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  int Find(int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void Union(int a, int b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

// Whether some line at `pos` (within tol) covers most of [lo, hi].
bool Covered(const std::vector<Segment>& lines, double pos, double lo, double hi, double tol) {
  const double need = 0.5 * (hi - lo);
  for (const auto& s : lines) {
    if (std::fabs(s.pos - pos) > tol) continue;
    const double ov = std::min(hi, s.hi) - std::max(lo, s.lo);
    if (ov >= need) return true;
  }
  return false;
}

// Whether the words of band [top, bottom] between the neighbouring column
// lines `left` and `right` stand on both sides of x with none
// crossing it, and further apart than words of one text are (so that a
// spanning banner whose words happen to leave x free still spans).
bool TextSeparates(const std::vector<const Word*>& words, double left, double x, double right, double top,
                   double bottom) {
  double left_gap = 1e300, right_gap = 1e300, size = 0;
  for (const Word* w : words) {
    const double my = (w->bbox.top + w->bbox.bottom) / 2;
    if (my < top || my > bottom || w->bbox.x1 < left || w->bbox.x0 > right) continue;
    if (w->bbox.x0 < x - 0.5 && w->bbox.x1 > x + 0.5) return false;
    if (w->bbox.x1 <= x + 0.5) left_gap = std::min(left_gap, x - w->bbox.x1);
    else right_gap = std::min(right_gap, w->bbox.x0 - x);
    size = std::max(size, w->font_size);
  }
  if (left_gap > 1e299 || right_gap > 1e299) return false;
  return left_gap + right_gap >= 0.6 * size;
}

Grid GridFrom(const std::vector<Segment>& h, const std::vector<Segment>& v, const RuleTolerances& tol,
              const std::vector<Word>& page_words) {
  std::vector<double> xs, ys;
  double hx0 = 1e300, hx1 = -1e300, vy0 = 1e300, vy1 = -1e300;
  for (const auto& s : v) {
    xs.push_back(s.pos);
    vy0 = std::min(vy0, s.lo);
    vy1 = std::max(vy1, s.hi);
  }
  for (const auto& s : h) {
    ys.push_back(s.pos);
    hx0 = std::min(hx0, s.lo);
    hx1 = std::max(hx1, s.hi);
  }
  xs = ClusterPositions(xs, tol.snap);
  ys = ClusterPositions(ys, tol.snap);
  // Lines that run past the outermost crossing lines (open sides) still bound
  // the table.
  if (hx0 < xs.front() - 2 * tol.gap) xs.insert(xs.begin(), hx0);
  if (hx1 > xs.back() + 2 * tol.gap) xs.push_back(hx1);
  if (vy0 < ys.front() - 2 * tol.gap) ys.insert(ys.begin(), vy0);
  if (vy1 > ys.back() + 2 * tol.gap) ys.push_back(vy1);
  Grid g;
  g.ruled = true;
  g.xs = xs;
  g.ys = ys;
  const int rows = g.rows(), cols = g.cols();
  if (rows < 1 || cols < 1) return g;
  std::vector<const Word*> words;
  for (const auto& w : page_words) {
    const double mx = (w.bbox.x0 + w.bbox.x1) / 2, my = (w.bbox.top + w.bbox.bottom) / 2;
    if (mx >= g.xs.front() && mx <= g.xs.back() && my >= g.ys.front() && my <= g.ys.back()) words.push_back(&w);
  }
  g.cells = SpanCells(
      rows, cols,
      [&](int r, int c) {
        return Covered(v, g.xs[c], g.ys[r], g.ys[r + 1], tol.snap) ||
               TextSeparates(words, g.xs[c - 1], g.xs[c], g.xs[c + 1], g.ys[r], g.ys[r + 1]);
      },
      [&](int r, int c) { return Covered(h, g.ys[r], g.xs[c], g.xs[c + 1], tol.snap); });
  return g;
}

}  // namespace

std::vector<double> ClusterPositions(std::vector<double> v, double tol) {
  std::sort(v.begin(), v.end());
  std::vector<double> out;
  size_t i = 0;
  while (i < v.size()) {
    size_t j = i + 1;
    double sum = v[i];
    while (j < v.size() && v[j] - v[j - 1] <= tol) sum += v[j++];
    out.push_back(sum / static_cast<double>(j - i));
    i = j;
  }
  return out;
}

std::vector<GridCell> SpanCells(int rows, int cols, const std::function<bool(int, int)>& has_v,
                                const std::function<bool(int, int)>& has_h) {
  std::vector<GridCell> cells;
  std::vector<char> taken(static_cast<size_t>(rows) * cols, 0);
  auto at = [&](int r, int c) -> char& { return taken[static_cast<size_t>(r) * cols + c]; };
  for (int r = 0; r < rows; ++r) {
    for (int c = 0; c < cols; ++c) {
      if (at(r, c)) continue;
      int c1 = c + 1;
      while (c1 < cols && !at(r, c1) && !has_v(r, c1)) ++c1;
      int r1 = r + 1;
      while (r1 < rows) {
        bool open = true;
        for (int k = c; k < c1 && open; ++k) open = !at(r1, k) && !has_h(r1, k);
        // The cell's sides must stay unbroken too: no line inside its width.
        for (int k = c + 1; k < c1 && open; ++k) open = !has_v(r1, k);
        if (!open) break;
        ++r1;
      }
      for (int rr = r; rr < r1; ++rr)
        for (int cc = c; cc < c1; ++cc) at(rr, cc) = 1;
      cells.push_back({r, c, r1 - r, c1 - c});
    }
  }
  return cells;
}

std::vector<Grid> FindRuledGrids(const Segments& segments, const RuleTolerances& tol,
                                 const std::vector<Word>& words) {
  const auto& h = segments.h;
  std::vector<Segment> v = segments.v;
  std::sort(v.begin(), v.end(), [](const Segment& a, const Segment& b) { return a.pos < b.pos; });
  const size_t nh = h.size();
  UnionFind uf(nh + v.size());
  std::vector<int> crossings(nh + v.size(), 0);
  for (size_t i = 0; i < nh; ++i) {
    auto it = std::lower_bound(v.begin(), v.end(), h[i].lo - tol.gap,
                               [](const Segment& s, double x) { return s.pos < x; });
    for (; it != v.end() && it->pos <= h[i].hi + tol.gap; ++it) {
      if (h[i].pos < it->lo - tol.gap || h[i].pos > it->hi + tol.gap) continue;
      const size_t j = nh + static_cast<size_t>(it - v.begin());
      uf.Union(static_cast<int>(i), static_cast<int>(j));
      ++crossings[i];
      ++crossings[j];
    }
  }
  // Group members by root, in order of first appearance (deterministic).
  std::vector<std::vector<size_t>> groups;
  std::vector<int> group_of(nh + v.size(), -1);
  for (size_t i = 0; i < nh + v.size(); ++i) {
    if (crossings[i] == 0) continue;
    const int root = uf.Find(static_cast<int>(i));
    if (group_of[root] < 0) {
      group_of[root] = static_cast<int>(groups.size());
      groups.emplace_back();
    }
    groups[group_of[root]].push_back(i);
  }
  std::vector<Grid> grids;
  for (const auto& g : groups) {
    std::vector<Segment> gh, gv;
    for (size_t i : g) (i < nh ? gh : gv).push_back(i < nh ? h[i] : v[i - nh]);
    if (gh.size() < 2 || gv.size() < 2) continue;
    Grid grid = GridFrom(gh, gv, tol, words);
    if (grid.rows() >= 1 && grid.cols() >= 1) grids.push_back(std::move(grid));
  }
  std::sort(grids.begin(), grids.end(), [](const Grid& a, const Grid& b) {
    if (std::fabs(a.ys.front() - b.ys.front()) > 1) return a.ys.front() < b.ys.front();
    return a.xs.front() < b.xs.front();
  });
  return grids;
}

}  // namespace plantrace::pdf

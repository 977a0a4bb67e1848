#include "extractors/pdf/tables/grid.h"

#include "extractors/pdf/tables/line_bands.h"

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

void SplitUnruledRows(Grid* grid, const std::vector<Word>& page_words) {
  const int rows = grid->rows(), cols = grid->cols();
  if (rows < 1 || cols < 2) return;
  // Rows that no spanning cell crosses.
  std::vector<bool> simple(rows, true);
  for (const auto& c : grid->cells)
    if (c.rowspan > 1)
      for (int r = c.row; r < c.row + c.rowspan; ++r) simple[r] = false;
  std::vector<std::vector<double>> cuts(rows);
  for (int r = 0; r < rows; ++r) {
    if (!simple[r]) continue;
    const double top = grid->ys[r], bottom = grid->ys[r + 1];
    std::vector<const Word*> words;
    for (const auto& w : page_words) {
      const double mx = (w.bbox.x0 + w.bbox.x1) / 2, my = (w.bbox.top + w.bbox.bottom) / 2;
      if (my > top && my < bottom && mx > grid->xs.front() && mx < grid->xs.back()) words.push_back(&w);
    }
    const std::vector<LineBand> bands = LineBands(words);
    if (bands.size() < 2) continue;
    bool ok = true;
    int parallel = 0, wrapped = 0, pairs = 0, used_cells = 0, filled_lines = 0;
    std::vector<int> cells_in_band(bands.size(), 0);
    for (const auto& cell : grid->cells) {
      if (cell.row != r || !ok) continue;
      const double x0 = grid->xs[cell.col], x1 = grid->xs[cell.col + cell.colspan];
      // The cell's lines: left/right ends and first-word width per band.
      std::vector<double> lx0(bands.size(), 1e300), lx1(bands.size(), -1e300), first_w(bands.size(), 0);
      double size = 0;
      for (const Word* w : words) {
        const double mx = (w->bbox.x0 + w->bbox.x1) / 2;
        if (mx < x0 || mx > x1) continue;
        size = std::max(size, w->font_size);
        for (size_t b = 0; b < bands.size(); ++b) {
          if (w->bbox.top > bands[b].bottom || w->bbox.bottom < bands[b].top) continue;
          if (w->bbox.x0 < lx0[b]) {
            lx0[b] = w->bbox.x0;
            first_w[b] = w->bbox.width();
          }
          lx1[b] = std::max(lx1[b], w->bbox.x1);
        }
      }
      double pad = 1e300;
      for (size_t b = 0; b < bands.size(); ++b)
        if (lx1[b] > -1e299) {
          ++cells_in_band[b];
          pad = std::min(pad, lx0[b] - x0);
        }
      pad = std::clamp(pad, 0.0, 0.25 * (x1 - x0));
      // A line that the next line's first word would not have fitted after
      // is a wrapped paragraph: the row is one row.
      int lines_here = 0;
      for (size_t b = 0; b < bands.size(); ++b) lines_here += lx1[b] > -1e299;
      if (lines_here > 0) ++used_cells;
      filled_lines += lines_here;
      for (size_t b = 0; b + 1 < bands.size(); ++b) {
        if (lx1[b] < -1e299 || lx1[b + 1] < -1e299) continue;
        ++pairs;
        if (lx1[b] - lx0[b] + 0.3 * size + first_w[b + 1] > (x1 - x0) - 2 * pad) ++wrapped;
      }
    }
    for (int n : cells_in_band) parallel += n >= 2;
    // Lines in parallel across the columns and not wrapped; or the used
    // columns with a line in (nearly) every band, hardly any wrapped.
    const int nb = static_cast<int>(bands.size());
    const bool lines_parallel = wrapped == 0 && parallel * 4 >= nb * 3;
    const bool complete_rows = used_cells >= 2 && filled_lines * 20 >= used_cells * nb * 17 && wrapped * 4 <= pairs;
    if (!ok || !(lines_parallel || complete_rows)) continue;
    for (size_t b = 0; b + 1 < bands.size(); ++b) cuts[r].push_back((bands[b].bottom + bands[b + 1].top) / 2);
  }
  // Rebuild ys and the cells.
  std::vector<double> ys;
  std::vector<int> first_row(rows + 1, 0);
  for (int r = 0; r < rows; ++r) {
    first_row[r] = static_cast<int>(ys.size());
    ys.push_back(grid->ys[r]);
    ys.insert(ys.end(), cuts[r].begin(), cuts[r].end());
  }
  first_row[rows] = static_cast<int>(ys.size());
  ys.push_back(grid->ys[rows]);
  if (static_cast<int>(ys.size()) == rows + 1) return;
  std::vector<GridCell> cells;
  for (const auto& c : grid->cells) {
    const int start = first_row[c.row], end = first_row[c.row + c.rowspan];
    if (c.rowspan == 1 && end - start > 1) {
      for (int k = start; k < end; ++k) cells.push_back({k, c.col, 1, c.colspan});
    } else {
      cells.push_back({start, c.col, end - start, c.colspan});
    }
  }
  std::sort(cells.begin(), cells.end(), [](const GridCell& a, const GridCell& b) {
    return a.row != b.row ? a.row < b.row : a.col < b.col;
  });
  grid->ys = std::move(ys);
  grid->cells = std::move(cells);
}

}  // namespace plantrace::pdf

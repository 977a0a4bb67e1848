#include "extractors/pdf/tables/ruled_frame.h"

#include <algorithm>

namespace plantrace::pdf {
namespace {

struct LineOfWords {
  double top = 0, bottom = 0;
  std::vector<const Word*> words;
};

std::vector<LineOfWords> Lines(std::vector<const Word*> words) {
  std::sort(words.begin(), words.end(), [](const Word* a, const Word* b) { return a->bbox.top < b->bbox.top; });
  std::vector<LineOfWords> lines;
  for (const Word* w : words) {
    const double mid = (w->bbox.top + w->bbox.bottom) / 2;
    if (!lines.empty() && mid <= lines.back().bottom) {
      lines.back().bottom = std::max(lines.back().bottom, w->bbox.bottom);
      lines.back().words.push_back(w);
      continue;
    }
    lines.push_back({w->bbox.top, w->bbox.bottom, {w}});
  }
  return lines;
}

// Whether a line reads as a row of its own: some column of the grid holds
// words in two or more runs apart by more than an em (columns finer than
// the rules drawn), or two or more columns hold one word each (figures,
// codes: entries that do not wrap).
bool ParallelLine(LineOfWords line, const std::vector<double>& xs) {
  std::sort(line.words.begin(), line.words.end(), [](const Word* a, const Word* b) { return a->bbox.x0 < b->bbox.x0; });
  auto column = [&](const Word* w) {
    const double mx = (w->bbox.x0 + w->bbox.x1) / 2;
    return std::upper_bound(xs.begin(), xs.end(), mx) - xs.begin();
  };
  for (size_t i = 1; i < line.words.size(); ++i) {
    const Word* a = line.words[i - 1];
    const Word* b = line.words[i];
    if (column(a) == column(b) && b->bbox.x0 - a->bbox.x1 > std::max(b->font_size, 1.0)) return true;
  }
  int one_word_columns = 0;
  for (size_t i = 0; i < line.words.size(); ++i) {
    const bool alone = (i == 0 || column(line.words[i - 1]) != column(line.words[i])) &&
                       (i + 1 == line.words.size() || column(line.words[i + 1]) != column(line.words[i]));
    one_word_columns += alone;
  }
  return one_word_columns >= 2;
}

// Runs of text on a line: words closer than an em, not parted by a column
// rule of the grid.
int RunsOnLine(LineOfWords line, const std::vector<double>& xs) {
  std::sort(line.words.begin(), line.words.end(), [](const Word* a, const Word* b) { return a->bbox.x0 < b->bbox.x0; });
  auto column = [&](const Word* w) {
    const double mx = (w->bbox.x0 + w->bbox.x1) / 2;
    return std::upper_bound(xs.begin(), xs.end(), mx) - xs.begin();
  };
  int runs = line.words.empty() ? 0 : 1;
  for (size_t i = 1; i < line.words.size(); ++i) {
    const Word* a = line.words[i - 1];
    const Word* b = line.words[i];
    runs += column(a) != column(b) || b->bbox.x0 - a->bbox.x1 > std::max(b->font_size, 1.0);
  }
  return runs;
}

}  // namespace

bool ColumnsFinerThanRules(const Grid& grid, const std::vector<Word>& words) {
  if (grid.cols() < 1 || grid.rows() < 1) return false;
  std::vector<const Word*> inside;
  const BBox box = grid.bbox();
  for (const Word& w : words) {
    const double mx = (w.bbox.x0 + w.bbox.x1) / 2, my = (w.bbox.top + w.bbox.bottom) / 2;
    if (mx >= box.x0 && mx <= box.x1 && my >= box.top && my <= box.bottom) inside.push_back(&w);
  }
  const std::vector<LineOfWords> lines = Lines(std::move(inside));
  if (lines.size() < 3) return false;
  const int enough = 2 * grid.cols() + 1;
  const auto finer = std::count_if(lines.begin(), lines.end(),
                                   [&](const LineOfWords& l) { return RunsOnLine(l, grid.xs) >= enough; });
  return finer * 4 >= static_cast<long>(lines.size()) * 3;
}

bool RulesLeaveRowsOpen(const Grid& grid, const std::vector<Word>& words) {
  if (grid.rows() < 1) return false;
  std::vector<std::vector<const Word*>> by_row(grid.rows());
  const BBox box = grid.bbox();
  for (const Word& w : words) {
    const double mx = (w.bbox.x0 + w.bbox.x1) / 2, my = (w.bbox.top + w.bbox.bottom) / 2;
    if (mx < box.x0 || mx > box.x1 || my < box.top || my > box.bottom) continue;
    const auto it = std::upper_bound(grid.ys.begin(), grid.ys.end(), my);
    const int r = std::clamp(static_cast<int>(it - grid.ys.begin()) - 1, 0, grid.rows() - 1);
    by_row[r].push_back(&w);
  }
  size_t total = 0, most = 0, most_in_columns = 0;
  for (const auto& row : by_row) {
    const std::vector<LineOfWords> lines = Lines(row);
    total += lines.size();
    if (lines.size() <= most) continue;
    most = lines.size();
    most_in_columns = static_cast<size_t>(std::count_if(lines.begin(), lines.end(), [&](const LineOfWords& l) { return ParallelLine(l, grid.xs); }));
  }
  return most >= 4 && most * 2 >= total && most_in_columns * 4 >= most * 3;
}

namespace {

// Drops row (or column) `k` of the grid: along y when `rows`.
void DropTrack(Grid* g, bool rows, int k) {
  std::vector<double>& bounds = rows ? g->ys : g->xs;
  const double mid = (bounds[k] + bounds[k + 1]) / 2;
  std::vector<GridCell> kept;
  for (GridCell c : g->cells) {
    int& pos = rows ? c.row : c.col;
    int& span = rows ? c.rowspan : c.colspan;
    if (pos == k && span == 1) continue;  // wholly inside the gap
    if (pos <= k && pos + span > k) --span;
    else if (pos > k) --pos;
    kept.push_back(c);
  }
  g->cells = std::move(kept);
  bounds.erase(bounds.begin() + k);
  bounds[k] = mid;
  // The outer lines stay where the table ends.
  if (k == 0) bounds[0] = rows ? g->ys.front() : g->xs.front();
}

}  // namespace

void DropGutterRows(Grid* grid, const std::vector<Word>& words, double font_size) {
  for (bool rows : {true, false}) {
    for (int k = (rows ? grid->rows() : grid->cols()) - 1; k >= 0; --k) {
      const std::vector<double>& b = rows ? grid->ys : grid->xs;
      if ((rows ? grid->rows() : grid->cols()) < 2 || b[k + 1] - b[k] >= 0.75 * font_size) continue;
      const BBox box = grid->bbox();
      bool empty = true;
      for (const Word& w : words) {
        const double mx = (w.bbox.x0 + w.bbox.x1) / 2, my = (w.bbox.top + w.bbox.bottom) / 2;
        if (mx < box.x0 || mx > box.x1 || my < box.top || my > box.bottom) continue;
        const double v = rows ? my : mx;
        if (v > b[k] && v < b[k + 1]) {
          empty = false;
          break;
        }
      }
      if (empty) DropTrack(grid, rows, k);
    }
  }
}

bool AddUnruledLabelColumn(Grid* grid, const std::vector<Word>& words, const std::vector<BBox>& others,
                           double font_size) {
  if (grid->rows() < 3 || grid->cols() < 2) return false;
  const BBox box = grid->bbox();
  std::vector<std::vector<const Word*>> by_row(grid->rows());
  std::vector<bool> has_text(grid->rows(), false);
  for (const Word& w : words) {
    const double mx = (w.bbox.x0 + w.bbox.x1) / 2, my = (w.bbox.top + w.bbox.bottom) / 2;
    if (my <= box.top || my >= box.bottom) continue;
    const int r = static_cast<int>(std::upper_bound(grid->ys.begin(), grid->ys.end(), my) - grid->ys.begin()) - 1;
    if (mx >= box.x0 && mx <= box.x1) {
      has_text[r] = true;
      continue;
    }
    if (w.bbox.x1 > box.x0 || w.bbox.x0 < box.x0 - 15 * font_size) continue;
    bool elsewhere = false;
    for (const BBox& o : others)
      elsewhere = elsewhere || (mx >= o.x0 && mx <= o.x1 && my >= o.top && my <= o.bottom);
    if (elsewhere) continue;
    // Inside its row, not across a row line.
    if (w.bbox.top < grid->ys[r] - 0.2 * font_size || w.bbox.bottom > grid->ys[r + 1] + 0.2 * font_size) return false;
    by_row[r].push_back(&w);
  }
  int labelled = 0, text_rows = 0;
  double left = 1e300, right = -1e300;
  for (int r = 0; r < grid->rows(); ++r) {
    text_rows += has_text[r] || !by_row[r].empty();
    if (by_row[r].empty()) continue;
    ++labelled;
    for (const Word* w : by_row[r]) {
      left = std::min(left, w->bbox.x0);
      right = std::max(right, w->bbox.x1);
    }
  }
  if (labelled < 3 || labelled * 2 < text_rows || box.x0 - right > 3 * font_size) return false;
  int aligned = 0;
  for (const auto& row : by_row) {
    if (row.empty()) continue;
    double x0 = 1e300;
    for (const Word* w : row) x0 = std::min(x0, w->bbox.x0);
    aligned += x0 - left <= font_size;
  }
  if (aligned * 4 < labelled * 3) return false;
  grid->xs.insert(grid->xs.begin(), left - 1);
  for (GridCell& c : grid->cells) ++c.col;
  for (int r = 0; r < grid->rows(); ++r) grid->cells.push_back({r, 0, 1, 1});
  return true;
}

}  // namespace plantrace::pdf

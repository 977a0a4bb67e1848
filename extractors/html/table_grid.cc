#include "extractors/html/table_grid.h"

#include <algorithm>

namespace plantrace {
namespace {

// Returns -1 when `value` holds no number; a leading '-' gives -1 as well.
long ParseNonNegative(std::string_view value) {
  size_t i = 0;
  while (i < value.size() && (value[i] == ' ' || value[i] == '\t' || value[i] == '\n' ||
                              value[i] == '\r' || value[i] == '\f')) {
    ++i;
  }
  if (i < value.size() && value[i] == '+') ++i;
  if (i >= value.size() || value[i] < '0' || value[i] > '9') return -1;
  long n = 0;
  for (; i < value.size() && value[i] >= '0' && value[i] <= '9'; ++i) {
    n = std::min(n * 10 + (value[i] - '0'), 1000000L);  // no overflow on "999…9"
  }
  return n;
}

}  // namespace

int ParseColspan(std::string_view value) {
  const long n = ParseNonNegative(value);
  if (n < 1) return 1;
  return static_cast<int>(std::min<long>(n, kMaxColspan));
}

int ParseRowspan(std::string_view value) {
  const long n = ParseNonNegative(value);
  if (n < 0) return 1;
  return static_cast<int>(std::min<long>(n, kMaxRowspan));
}

bool LayOutGrid(const std::vector<GridGroup>& groups, Grid* grid, size_t max_positions) {
  *grid = Grid();
  size_t total_rows = 0;
  for (const GridGroup& g : groups) total_rows += g.size();
  if (total_rows == 0) return true;

  // busy_until[c]: the first row at which column c is free again. Cells are
  // rectangles placed top to bottom, so one number per column suffices.
  std::vector<int> busy_until;
  int row = 0;
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    const GridGroup& group = groups[gi];
    const int group_end = row + static_cast<int>(group.size());
    busy_until.assign(busy_until.size(), 0);  // spans never cross a row group
    for (size_t ri = 0; ri < group.size(); ++ri, ++row) {
      int col = 0;
      for (size_t ci = 0; ci < group[ri].size(); ++ci) {
        const GridInputCell& in = group[ri][ci];
        while (col < static_cast<int>(busy_until.size()) && busy_until[col] > row) ++col;
        // Shrink the colspan where it would run into a cell spanning down
        // from above (a table model error in HTML; browsers overlap them).
        int colspan = std::max(1, in.colspan);
        for (int k = 1; k < colspan; ++k) {
          if (col + k < static_cast<int>(busy_until.size()) && busy_until[col + k] > row) {
            colspan = k;
            break;
          }
        }
        const int rowspan =
            in.rowspan <= 0 ? group_end - row : std::min(in.rowspan, group_end - row);
        if (static_cast<size_t>(col + colspan) > busy_until.size()) {
          if (static_cast<size_t>(col + colspan) * total_rows > max_positions) return false;
          busy_until.resize(col + colspan, 0);
        }
        for (int k = 0; k < colspan; ++k) busy_until[col + k] = row + rowspan;
        grid->cells.push_back({row, col, rowspan, colspan, static_cast<int>(gi),
                               static_cast<int>(ri), static_cast<int>(ci)});
        col += colspan;
      }
    }
  }
  grid->rows = row;
  grid->cols = static_cast<int>(busy_until.size());
  if (grid->cols == 0) grid->cols = 1;  // rows without cells: one empty column

  // Fill the holes (short rows, rows without cells) with 1x1 empty cells.
  std::vector<char> covered(static_cast<size_t>(grid->rows) * grid->cols, 0);
  for (const GridCell& c : grid->cells) {
    for (int r = c.row; r < c.row + c.rowspan; ++r) {
      std::fill_n(covered.begin() + static_cast<size_t>(r) * grid->cols + c.col, c.colspan, 1);
    }
  }
  for (int r = 0; r < grid->rows; ++r) {
    for (int c = 0; c < grid->cols; ++c) {
      if (!covered[static_cast<size_t>(r) * grid->cols + c]) {
        grid->cells.push_back({r, c, 1, 1, -1, -1, -1});
      }
    }
  }
  std::sort(grid->cells.begin(), grid->cells.end(), [](const GridCell& a, const GridCell& b) {
    return a.row != b.row ? a.row < b.row : a.col < b.col;
  });
  return true;
}

}  // namespace plantrace

#pragma once
// TableGrid: places the cells of an HTML table on a grid, as the HTML table
// model does, but so that every grid position is covered by exactly one cell:
// overlapping spans are shrunk, rowspans are clamped to their row group
// (rowspan=0 runs to the end of it) and holes are filled with empty cells.

#include <cstddef>
#include <string_view>
#include <vector>

namespace plantrace {

constexpr int kMaxColspan = 1000;     // as browsers
constexpr int kMaxRowspan = 65534;    // as browsers; then clamped to the group
// Tables with more grid positions than this are not laid out (a limit on
// memory for hostile input; real tables are far smaller).
constexpr size_t kMaxGridPositions = 500000;

// HTML's "rules for parsing non-negative integers", then the span limits.
// Missing, negative or non-numeric -> 1. colspan 0 -> 1; rowspan 0 -> 0
// (meaning "to the end of the row group").
int ParseColspan(std::string_view value);
int ParseRowspan(std::string_view value);

struct GridInputCell {
  int colspan = 1;
  int rowspan = 1;  // 0: to the end of the row group
};

// A row group (thead, tbody, tfoot): rows of cells in source order.
using GridGroup = std::vector<std::vector<GridInputCell>>;

struct GridCell {
  int row = 0, col = 0, rowspan = 1, colspan = 1;
  int group = -1, group_row = -1, index = -1;  // the source cell; -1: a filler
};

struct Grid {
  int rows = 0, cols = 0;
  std::vector<GridCell> cells;  // sorted by (row, col)
};

// False when the grid would exceed `max_positions`.
bool LayOutGrid(const std::vector<GridGroup>& groups, Grid* grid,
                size_t max_positions = kMaxGridPositions);

}  // namespace plantrace

#pragma once
// Lattice: groups of crossing lines become grids; where an inner line is
// missing, the cells on both sides are one spanning cell.

#include <functional>
#include <vector>

#include "extractors/pdf/tables/rules.h"
#include "extractors/pdf/tables/table_types.h"

namespace plantrace::pdf {

// Sorted positions, those closer than `tol` to the previous one merged into
// their mean.
std::vector<double> ClusterPositions(std::vector<double> v, double tol);

// Cells covering a rows x cols grid once each. has_v(r, c) says a line
// separates (r, c-1) from (r, c), for 1 <= c < cols; has_h(r, c) says a line
// separates (r-1, c) from (r, c), for 1 <= r < rows. A cell grows right while
// no line stops it along its whole height, then down while no line stops it
// along its whole width.
std::vector<GridCell> SpanCells(int rows, int cols, const std::function<bool(int, int)>& has_v,
                                const std::function<bool(int, int)>& has_h);

// Every connected group of crossing horizontal and vertical lines with at
// least two of each, as a grid (rows and columns between the lines). A
// column line drawn only in part of the table (say in the header) still
// separates the cells of a row where the row's words stand on both sides of
// it and none crosses it.
std::vector<Grid> FindRuledGrids(const Segments& segments, const RuleTolerances& tol,
                                 const std::vector<Word>& words);

// Rows drawn without their row lines (only a header rule, say): a ruled row
// whose cells hold several text lines that run in parallel across two or
// more columns, none of them wrapped, is cut into one row per text line.
void SplitUnruledRows(Grid* grid, const std::vector<Word>& words);

}  // namespace plantrace::pdf

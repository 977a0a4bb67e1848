#pragma once
// Extent of unruled tables: parts of one table that a blank line (or a
// sub-heading standing in the first column) cut apart are joined again.

#include <vector>

#include "extractors/pdf/tables/table_types.h"

namespace plantrace::pdf {

// The inner column boundaries two unruled grids with the same number of
// columns share, from their text: for each boundary the middle of the
// gutter that the words of both leave clear (words of spanning cells, which
// cross a boundary of their own grid, aside). Empty when the column counts
// differ or some boundary has no clear gutter in common.
std::vector<double> SharedBoundaries(const Grid& a, const Grid& b, const std::vector<Word>& words);

// Unruled tables one above the other with only blank space between them (no
// more than three lines' worth, sub-headings in the first column aside) and
// columns in common are one table: they are joined, the gap shared out
// between the two rows that meet there. Sorted top to bottom.
std::vector<Grid> JoinAcrossGaps(std::vector<Grid> grids, const PageContent& page);

}  // namespace plantrace::pdf

#pragma once
// Rules as evidence, not as the grid: a table ruled only around its header
// and at its bottom (or boxed in a frame) has rules that do not separate its
// body rows. Such a ruled grid is better laid out from how its text aligns,
// as an unruled table inside the frame.

#include <vector>

#include "extractors/pdf/tables/table_types.h"

namespace plantrace::pdf {

// Whether a ruled grid leaves the rows of its body unseparated: one of its
// rows holds four or more text lines and at least half of the grid's lines,
// and on most of them some ruled column holds text in two or more places
// apart by a gutter (a body of parallel rows, its columns finer than the
// rules; wrapped paragraphs in tall cells have no such gaps).
bool RulesLeaveRowsOpen(const Grid& grid, const std::vector<Word>& words);

}  // namespace plantrace::pdf

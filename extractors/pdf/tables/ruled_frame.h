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
// and most of them read as rows of their own: some ruled column holds text
// in two or more places apart by a gutter (columns finer than the rules),
// or two or more columns hold a single word (figures that do not wrap).
// Wrapped paragraphs in tall cells have neither.
bool RulesLeaveRowsOpen(const Grid& grid, const std::vector<Word>& words);

}  // namespace plantrace::pdf

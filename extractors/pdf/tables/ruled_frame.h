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

// Rows and columns of a ruled grid thinner than 3/4 of the font size with no
// text in them (the white gap between cells drawn as separate boxes, a
// double rule) are no rows or columns: each is dropped, the cells across it
// shrunk, and the lines on both sides become one at its middle.
void DropGutterRows(Grid* grid, const std::vector<Word>& words, double font_size);

// A column of row labels standing unruled left of a ruled grid: words left
// of the grid (none inside another of the page's grids `others`), each
// inside one of its rows, in at least half of the rows that hold text,
// three in four left-aligned within an em, the longest ending within three
// ems of the grid. Added as the grid's first column; true when added.
bool AddUnruledLabelColumn(Grid* grid, const std::vector<Word>& words, const std::vector<BBox>& others,
                           double font_size);

// Whether the text inside a ruled grid stands in many more columns than the
// rules draw: on three lines in four (three lines at least), more than
// twice as many runs of text (apart by more than an em or by a column rule)
// as the grid has columns. Such rules are shading bands or a highlighted
// column, not cell borders: the table is laid out from its text.
bool ColumnsFinerThanRules(const Grid& grid, const std::vector<Word>& words);

}  // namespace plantrace::pdf

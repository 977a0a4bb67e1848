#pragma once
// Column gutters of an unruled table from the whitespace of all its lines (a
// projection profile): a gutter is a run of x that at most a few lines cross
// (spanning heads and banners), at least the minimum gutter wide. Text that
// stands inside such a run on a few lines only (a sparse column, "-"
// placeholders) is a column of its own, so the run is split around it.

#include <utility>
#include <vector>

#include "extractors/pdf/page_content.h"

namespace plantrace::pdf {

// A run of text on one line: words closer than the minimum gutter.
struct TextRun {
  double x0 = 0, x1 = 0;
};

// The narrowest whitespace that separates columns for these words: twice
// their usual word space (the median gap between neighbouring words of one
// line narrower than `size`), within [0.4, 0.9] of the font size `size`.
// `lines` hold each line's words left to right.
double MinimumGutter(const std::vector<std::vector<const Word*>>& lines, double size);

// Each line's words merged into runs wherever they stand closer than `min_gap`.
std::vector<TextRun> Runs(const std::vector<const Word*>& line_words, double min_gap);

// Gutters between columns, left to right, as (start, end) of the whitespace
// the column boundary goes through (its middle is the boundary). At most
// `allowance` lines may cross a gutter; runs of whitespace narrower than
// `min_gap` are no gutters; only whitespace between text counts (not the
// margins).
std::vector<std::pair<double, double>> ColumnGutters(const std::vector<std::vector<TextRun>>& lines,
                                                     double min_gap, int allowance);

// Gutters narrowed to runs of text they were not found from (lines of one
// chunk carrying on a cell, a paragraph set less indented than the list
// above it): a run starting inside a gutter belongs to the column right of
// it, one ending inside to the column left; a run across a whole gutter (a
// banner) leaves it be. Only edges that two runs or more share count
// (aligned text; a lone edge is centred text). A gutter the runs would
// close stays as it was.
void NarrowGutters(std::vector<std::pair<double, double>>* gaps, const std::vector<TextRun>& runs);

}  // namespace plantrace::pdf

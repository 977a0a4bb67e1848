#pragma once
// A banner row drawn without rules over an unruled table: lines of one
// block right above the table ("1. Political Leadership" over the column
// heads), set off from the head by no more than the table's rows are set off
// from each other, in the table's type size, starting where the table
// starts and reaching over a column gutter. Where the table's head
// repeats on every page, stitching finds such banners by the repetition
// (repeated_header.h); this finds them on a table printed once.

#include <vector>

#include "extractors/pdf/tables/table_types.h"

namespace plantrace::pdf {

struct TableSpacing {
  double top = 0;       // where the table's first line starts
  double row_gap = 0;   // the usual whitespace between two rows (median)
  double cell_lead = 0; // whitespace up to this between lines of one cell
  double line_height = 0;  // the usual height of the table's text lines
};

// How many of the grid's lead lines, counted from the bottom, make a banner
// row of it (0: none).
int BannerLeadLines(const Grid& g, const TableSpacing& spacing);

}  // namespace plantrace::pdf

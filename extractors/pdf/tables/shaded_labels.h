#pragma once
// Unruled label/value tables whose labels are shaded: a stack of painted
// boxes of one left edge and one width, one per row, the values standing
// unpainted to their right (a word processor's <th> cells down the left of
// a key/value table). Each box is a row, however its value wraps. The boxes
// stand a few points apart (cell spacing) or edge to edge (browsers and
// ReportLab paint cell backgrounds so, with no rules): edge to edge, a
// stack ends where the next box stands over half an em away (the next
// table), and a box beside values parted by a row band is a label spanning
// rows (no such table).

#include <vector>

#include "extractors/pdf/tables/table_types.h"

namespace plantrace::pdf {

// Two-column grids of such tables on the page, avoiding the `taken` regions.
std::vector<Grid> FindShadedLabelGrids(const PageContent& page, const std::vector<BBox>& taken);

}  // namespace plantrace::pdf

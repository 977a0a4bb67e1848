#pragma once
// Unruled label/value tables whose labels are shaded: a stack of painted
// boxes of one left edge and one width, one per row, the values standing
// unpainted to their right (a word processor's <th> cells down the left of
// a key/value table). Each box is a row, however its value wraps.

#include <vector>

#include "extractors/pdf/tables/table_types.h"

namespace plantrace::pdf {

// Two-column grids of such tables on the page, avoiding the `taken` regions.
std::vector<Grid> FindShadedLabelGrids(const PageContent& page, const std::vector<BBox>& taken);

}  // namespace plantrace::pdf

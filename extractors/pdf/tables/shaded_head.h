#pragma once
// Unruled tables under a shaded head: the column heads are painted on
// background boxes set side by side, a few points apart (a word processor's
// cell or paragraph shading with cell spacing) or edge to edge (a converter
// painting <th> cells without cell spacing), and the body under them has
// no rules at all. Bands of one set of columns stacked row on row are
// stripes through a body, not a head. The boxes' left edges are the columns, exactly: they hold
// where body columns stand closer than a word space. Rows of the body are
// cut at whitespace bands across every column taller than the space between
// paragraphs of one cell (labels centred in tall cells join their row).

#include <vector>

#include "extractors/pdf/tables/table_types.h"

namespace plantrace::pdf {

// Grids of the page's tables under shaded heads, avoiding the `taken`
// regions. A full-width shaded box right above the head is a banner row
// (one cell across the columns).
std::vector<Grid> FindShadedHeadGrids(const PageContent& page, const std::vector<BBox>& taken);

}  // namespace plantrace::pdf

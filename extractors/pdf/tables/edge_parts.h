#pragma once
// Parts of a table too small to be found as a table on their own, standing
// between a found table and the page break on the neighbouring page: the
// table's head rows (and first entries) at the foot of the page before, or
// its last lines (a cut row's rest, a last row) at the head of the page
// after. Lines in that band whose words all stand in the found table's
// columns (its column boundaries, not fixed offsets) are made a part of
// their own in those columns, for stitching to join. Prose (a line across a
// column gutter, or past the table's edges), a heading alone in the first
// column, a gap wider than any inside the table, or another table end the
// band; running headers and footers are stepped over.

#include <vector>

#include "extractors/pdf/tables/cells.h"
#include "extractors/pdf/tables/table_types.h"

namespace plantrace::pdf {

// Inserts such parts into `found` (page tables in page order, top to bottom
// on each page), next to the table they belong to. Only parts that
// stitching will join to that table are inserted.
void AddPartsAtPageEdges(std::vector<PageTable>* found, const std::vector<PageContent>& pages,
                         const CellTextContext& ctx);

}  // namespace plantrace::pdf

#pragma once
// A head row cut off by a page break: an unruled table whose column heads
// are the last line of one page and whose body starts the next. The head
// line alone is no table (one line), so the body part would open without
// its head; the line is made a one-row part of its own on its page, in the
// body's columns, for stitching to join.

#include <map>
#include <vector>

#include "extractors/pdf/tables/cells.h"
#include "extractors/pdf/tables/table_types.h"

namespace plantrace::pdf {

// Inserts such head parts into `found` (page tables in page order, top to
// bottom), right before the body part they head.
void AddHeadsCutByPageBreaks(std::vector<PageTable>* found, const std::vector<PageContent>& pages,
                             const CellTextContext& ctx);

}  // namespace plantrace::pdf

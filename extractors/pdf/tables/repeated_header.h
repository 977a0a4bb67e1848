#pragma once
// Header rows that a table drawn without rules repeats on every page. With no
// rules, where the repeated head ends is not drawn: it is found by comparing
// each page's part with the part on the page before, before stitching.

#include <vector>

#include "extractors/pdf/tables/cells.h"
#include "extractors/pdf/tables/table_types.h"

namespace plantrace::pdf {

// For unruled page tables that continue on the next page (in document order):
// lines standing the same directly above both parts become a banner row on
// top of each (an HTML <thead> banner drawn without rules); and a leading
// row of the later part that holds the earlier part's row text followed by
// more lines (the repeated header run together with the row carried over
// from the page before) is cut after the repeated text. Tentative grids
// (one row) that were not cut so are dropped.
void SeparateRepeatedHeaders(std::vector<PageTable>* tables, const std::vector<PageContent>& pages,
                             const CellTextContext& ctx);

}  // namespace plantrace::pdf

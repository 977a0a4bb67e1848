#pragma once
// A page table made from a grid: the page's words inside it filled into its
// cells (defined in table_finder.cc, used by the passes that re-cut grids).

#include "extractors/pdf/tables/cells.h"
#include "extractors/pdf/tables/table_types.h"

namespace plantrace::pdf {

PageTable MakePageTable(const PageContent& page, Grid grid, const CellTextContext& ctx);

}  // namespace plantrace::pdf

#pragma once
// Unruled tables: text standing in columns without (full) rules. Columns come
// from how words align across lines, rows from line starts in the first
// column; horizontal rules alone (header rule, row rules) help but are not
// needed. Conservative: prose in two columns or a bulleted list is no table.

#include <vector>

#include "extractors/pdf/tables/table_types.h"

namespace plantrace::pdf {

// Grids of the page's unruled tables, avoiding the `taken` regions (ruled
// tables already found).
std::vector<Grid> FindStreamGrids(const PageContent& page, const Segments& segments,
                                  const std::vector<BBox>& taken);

}  // namespace plantrace::pdf

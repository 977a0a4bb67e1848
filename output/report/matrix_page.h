#pragma once
// The report's matrix.html: one row per theme, one column per plan cycle
// (oldest first), each cell the items of that theme in that cycle as chips
// coloured by status and linked to the item. Items without a theme get a
// row of their own.

#include <string>
#include <vector>

#include "output/report/site.h"

namespace plantrace {

// `docs` are in document order.
std::string MatrixPage(const ReportInput& in, const std::vector<DocumentRecord>& docs);

}  // namespace plantrace

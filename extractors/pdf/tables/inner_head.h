#pragma once
// A table's head printed again inside one page's part: some producers
// (ReportLab's platypus, splitting a row taller than the space left) end a
// part at a row boundary, repeat the head rows and start the next part right
// under it, mid-page. The parts are ruled as one grid, so the repeat shows as
// rows equal to the head inside the table.

#include "model/document.h"

namespace plantrace::pdf {

// Drops each run of rows inside `t` that repeats its head (its leading
// banner and bold rows, whole rows only) and joins what follows as a
// continuation, by the rule stitching uses at a page break (a row after the
// repeat whose first cell is empty carries on the row before it). Returns
// how many head rows were repeated (0 when none).
int DropRepeatedHeadsInside(Table* t);

}  // namespace plantrace::pdf

#pragma once
// The sums of a table with a money column ("Years | £ | Comments") inside
// a sub-section read as one unit: its figures, with the financial year
// each row names.

#include <vector>

#include "model/document.h"
#include "pipeline/segment/segment_types.h"

namespace plantrace {

// Each sum of the money column, in its header's unit ("£m") unless it
// prints its own ("105.4m"), for the financial year its row names.
std::vector<RawFigure> TableFigures(const Table& table);

}  // namespace plantrace

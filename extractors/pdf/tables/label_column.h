#pragma once
// Two-column tables drawn with whitespace alone whose first column holds a
// few short labels, each standing beside a run of entries of the second
// column (an HTML `rowspan` label): word processors centre such a label
// vertically beside its group, or set it at the top of the group's part
// after a page break. Its lines then share no baseline with the entries,
// so the line-based stream layout never sees two columns and starts no
// table. Here the two columns come from left edges instead: a column of
// label blocks at one left edge, a gutter, and a column of entries at
// another, each label centred on (or level with the top of) a run of
// whole entries, the runs following one another.

#include <vector>

#include "extractors/pdf/tables/stream_lines.h"
#include "extractors/pdf/tables/table_types.h"

namespace plantrace::pdf {

// Grids of the tables of labelled groups among the page's lines (top to
// bottom), each label one cell spanning the rows of its group's entries.
std::vector<Grid> FindLabelColumnGrids(const std::vector<StreamLine>& lines);

}  // namespace plantrace::pdf

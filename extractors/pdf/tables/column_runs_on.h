#pragma once
// A column of single words is a column of entries (figures, codes, "-",
// "Green") only when its words do not read on from line to line: a narrow
// column of text ("Director of / Strategy, / Equality and / Partnerships")
// also holds one or two words a line, but its lines run on like a sentence.

#include <functional>
#include <vector>

#include "extractors/pdf/tables/stream_lines.h"

namespace plantrace::pdf {

// Whether the text of column `col` runs on across the lines of a table
// (top to bottom; `column_of` gives the column of an x position). Of the
// pairs of neighbouring lines both holding words in it, set no further apart
// than a line's space (0.8 of the font size `size`): one in four (two at
// least) has the upper line's part end in a comma, semicolon or hyphen or
// the lower's begin in lower case; or half (two at least) has the lower's
// first word begin with a letter and be too wide to have stood after the
// upper's last word, within the column's longest line (+0.5 em).
bool ColumnRunsOn(const std::vector<const StreamLine*>& lines, int col, const std::function<int(double)>& column_of,
                  double size);

}  // namespace plantrace::pdf

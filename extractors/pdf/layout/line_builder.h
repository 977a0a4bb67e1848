#pragma once
// Lines from words: words of the same direction whose boxes overlap
// vertically form a row; a row is cut into lines where a horizontal gap is
// too wide for a space (columns, table-like layouts). A lone label ("1.1",
// "(a)", "•") separated from its text by a wide gap stays on the line.

#include <vector>

#include "extractors/pdf/page_content.h"
#include "extractors/pdf/layout/text_line.h"

namespace plantrace::pdf {

// Lines in reading order of rows (top to bottom, left to right within a
// row), superscripts marked, drawn bullets (`marks`) attached to the line they
// stand before. Tolerances scale with the font size.
std::vector<TextLine> BuildLines(std::vector<Word> words, const std::vector<Mark>& marks);

}  // namespace plantrace::pdf

#pragma once
// A recommendations list laid out as a table without a header row: one
// label a row in the first column ("2.2" | "Note the forecast …" | "Please
// refer to Section 3g"), often continuing a list begun as paragraphs on the
// page before. Read as the paragraphs it stands for, so that the prose
// segmenter numbers and kinds them like the rest of the list.

#include <optional>
#include <vector>

#include "model/document.h"

namespace plantrace {

// The table's rows as paragraphs "label text" when the table has no header
// row, its first column holds only labels or nothing (two labels at least)
// and another column holds the text (the one with the most words; other
// columns, such as cross-references, are left out). A row with no label
// before a labelled one is the first line of a wrapped cell whose label is
// printed against its second line: its text opens the next row's. Nullopt
// when the table is not such a list.
std::optional<std::vector<Block>> LabelledRowsAsParagraphs(const Table& table);

}  // namespace plantrace

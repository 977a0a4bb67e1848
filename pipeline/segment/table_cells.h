#pragma once
// A table's rows and cells as the table segmenter reads them: cells by the
// row they start in, banners, a cell's lines, and the small tests of cell
// text (blank, an id code, a line cut off).

#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace plantrace::table_cells {

// `s` without leading and trailing spaces and newlines.
std::string Trimmed(std::string_view s);
bool Blank(const std::string& s);

// A reference code in an id column ("A1", "R-12", "GOV3"): short, one
// word, with a digit. Its id is the code as printed.
bool IsIdCode(std::string_view text);

// Cells by the row they start in, left to right.
std::vector<std::vector<const Cell*>> RowsOf(const Table& t);

// The number of columns, counting the spans of the cells.
int ColsOf(const Table& t);

// One cell across every column, or the only non-empty cell of a row that
// starts in the first column and spans more than half of the table.
bool IsBanner(const std::vector<const Cell*>& row, int cols);

// The lines of a cell: its paragraphs and list items ('\n'-separated text),
// trimmed, empty ones dropped, without footnote references.
std::vector<std::string> Lines(const Cell& c);

// The cell of `row` that covers column `col`, if any.
const Cell* CellAt(const std::vector<const Cell*>& row, int col);

// The words of `text`, cut at white space.
int WordCount(const std::string& text);

// A cut-off line rather than a text: one or two words, or a few that start
// in lower case or end on a word that joins ("and", "of", a comma), with
// no full stop.
bool LooksCutOff(const std::string& text);

}  // namespace plantrace::table_cells

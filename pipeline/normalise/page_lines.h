#pragma once
// A page's text as the metadata finders read it: lines in reading order,
// one per block, "" after each block (a value does not run on across blocks),
// and the rows of a page's tables as "Label:  value" lines (the two-column
// header of a committee report) or, for a row of labels over a row of
// values ("DECISION NO:" over "24/00115"), one "Label: value" line per
// column.

#include <string>
#include <vector>

#include "model/document.h"

namespace plantrace {

std::vector<std::string> PageLines(const Document& doc, int page);

// The blocks of a page in reading order (tables left out).
std::vector<const Block*> PageBlocks(const Document& doc, int page);

// The words of a line as PageLines gives it (white space already
// collapsed): the runs between spaces.
size_t LineWords(const std::string& line);

// Every block's text of the document, blocks and table cells, '\n' between.
std::string AllText(const Document& doc);

}  // namespace plantrace

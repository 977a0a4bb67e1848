#pragma once
// A list inside a table cell, its bullets set as glyphs with a hanging
// indent, leaves a gutter between the bullets and the item text as wide as
// one between columns. A column holding nothing but bullet glyphs, right of
// another column, is the list marks of the next column's cells, not a column
// of its own. (A column of bullets on the table's left is a list beside text:
// the stream layout tells those apart.)

#include <utility>
#include <vector>

#include "extractors/pdf/page_content.h"

namespace plantrace::pdf {

// Drops from `gaps` (column gutters, left to right, as (start, end) x
// positions) the gutter right of every column other than the first that
// holds two bullet glyphs or more, each followed on its line by text past
// that gutter within two ems, and few other words standing apart (at most
// one for every four bullets; the first words of a paragraph that starts
// where the bullets stand and runs on past the gutter do not count).
// `line_words` holds the table's lines, the words of each.
void MergeBulletColumns(std::vector<std::pair<double, double>>* gaps,
                        const std::vector<std::vector<const Word*>>& line_words);

}  // namespace plantrace::pdf

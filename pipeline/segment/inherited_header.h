#pragma once
// A table finder without rules to follow may cut a table's column headers
// from its body: the headers (repeated atop each page) come as a table of
// their own, the rows under them as another table without headers. The
// body takes the headers back, column by column, by where they stand
// across the page.

#include <optional>

#include "model/document.h"

namespace plantrace {

// `body` with a header row made from the header rows of `headed`, each
// header cell given to the body column its box overlaps most. Nullopt
// when `body` has headers of its own, `headed` has none, or fewer than two
// of the body's columns would get one.
std::optional<Table> WithInheritedHeader(const Table& body, const Table& headed);

}  // namespace plantrace

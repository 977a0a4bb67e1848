#pragma once
// Headings of prose as the prose segmenter reads them: whether a heading
// carries a label, and paragraphs that are headings the layout did not mark.

#include <string>

#include "model/document.h"

namespace plantrace {

// Whether a heading carries a label: "6 Conclusions", "2. Recommendations",
// "(d) Strategic financial planning".
bool HeadingLabelled(const std::string& text);

// A paragraph the layout did not mark as a heading but that is one: a
// numbered ("2. Proposed Next Steps", "4 The Panel's findings") title of at
// most twelve words, a bracket-lettered one ("(a) Support services") of at
// most sixteen (a sub-item of an open lead-in is never one), or a bold title
// line of at most eight, none ending in a stop, colon or comma. 0 when it is
// none, else the heading level.
int HeadingLevelOf(const Block& b, const std::string& text);

}  // namespace plantrace

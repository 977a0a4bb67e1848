#pragma once
// Underlines: PDFs have no underlined text, only a thin rule drawn just under
// the baseline of some words. This finds those rules and marks the words.

#include "extractors/pdf/page_content.h"

namespace plantrace::pdf {

// Marks words whose baseline has a horizontal rule just under it, where the
// words on that baseline cover most of the rule's length (so a table border
// under a short word is not taken for an underline).
void MarkUnderlines(PageContent* page);

}  // namespace plantrace::pdf

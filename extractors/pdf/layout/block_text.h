#pragma once
// A block's text and spans from its lines: words joined by spaces where the
// PDF has them, lines joined by a space or repaired at an end-of-line hyphen,
// runs of words with one look merged into spans.
//
// The text is the concatenation of the spans' texts: a space between two
// words ends the span of the first word.

#include <vector>

#include "extractors/pdf/layout/hyphenation.h"
#include "extractors/pdf/layout/text_line.h"
#include "model/document.h"

namespace plantrace::pdf {

// Sets block->text and block->spans. `drop_first_word` leaves out the first
// word (a bullet glyph, kept only as the marker).
void AssembleText(const std::vector<TextLine>& lines, bool drop_first_word, const Vocabulary& vocab,
                  Block* block);

}  // namespace plantrace::pdf

#pragma once
// Superscripts: ordinals ("21st"), footnote references ("CIPFA)³") — a word
// raised above its line's baseline and smaller than the line's main text.

#include "extractors/pdf/layout/text_line.h"

namespace plantrace::pdf {

// Finds the line's main text (the font size that carries most characters,
// and its baseline), sets line->size and line->baseline from it, and marks
// the words that are raised and smaller as superscript.
void MarkSuperscripts(TextLine* line);

}  // namespace plantrace::pdf

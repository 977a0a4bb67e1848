#pragma once
// List markers and paragraph labels at the start of a line: bullet glyphs
// (•, ▪, ◦, -, –, *), item labels ("1.", "a)", "(iii)") and section numbers
// ("1", "1.1", "3.1.1").

#include <string_view>

namespace plantrace::pdf {

// A bullet character standing alone as a word: dropped from the text, kept as
// the block's marker.
bool IsBulletGlyph(std::string_view word);

// An item label that is part of the text: "1.", "12)", "a)", "b.", "(a)",
// "(iii)", "(12)", "iv)". Kept in the text and copied to the marker.
bool IsItemLabel(std::string_view word);

// A section or paragraph number: "1", "12", "1.1", "3.1.1", "2.1." — numbers
// headings and numbered paragraphs, not list items.
bool IsSectionNumber(std::string_view word);

}  // namespace plantrace::pdf

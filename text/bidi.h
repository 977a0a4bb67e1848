#pragma once
// Right-to-left text read off a page: PDF text comes in the order it is
// drawn, left to right on the page (visual order), which for Hebrew or
// Arabic is the reverse of reading order. The Unicode bidirectional
// algorithm (ICU) turns a visual line back into logical order.

#include <string>
#include <string_view>

namespace plantrace {

// Whether the text holds any strong right-to-left character.
bool HasRightToLeft(std::string_view utf8);

// One line of text in visual order (as drawn, left to right) in logical
// (reading) order: right-to-left runs reversed, numbers and left-to-right
// runs inside them kept as they read. Text without right-to-left characters
// comes back unchanged.
std::string VisualToLogical(std::string_view utf8);

}  // namespace plantrace

#pragma once
// List markers: what a browser prints before a list item (ordered numbering
// with `start`, `value` and `type`), and labels authors type into the item
// text themselves ("(a)", "b)", "3.1", "•").

#include <string>
#include <string_view>

namespace plantrace {

// The marker of item number `n` in an ordered list of `type` '1', 'a', 'A',
// 'i' or 'I': "3.", "c.", "iv.". Numbers outside what letters/roman numerals
// can show fall back to decimal.
std::string OrderedMarker(int n, char type);

// The list type that a CSS list-style-type / HTML type value asks for:
// '1', 'a', 'A', 'i', 'I', '*' (a bullet) or '-' (none); 0 when not a type.
char ListStyleType(std::string_view value);

// A label typed at the start of an item's text, or "": "(a)", "a)", "a.",
// "(iii)", "1.", "1)", "3.1.2". It must be followed by white space or end the
// text.
std::string TypedLabel(std::string_view text);

// Length in bytes of a bullet glyph typed at the start of `text` (•, ▪, ◦, ●,
// ‣, ·, -, –) together with the space after it; 0 when there is none.
size_t TypedBulletLength(std::string_view text);

}  // namespace plantrace

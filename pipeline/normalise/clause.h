#pragma once
// Helpers shared by the normalisers for looking at the words around a match:
// the clause that holds it (so that a cue in the previous sentence does not
// colour it) and whole-word search.

#include <cstddef>
#include <string_view>

namespace plantrace {

// True when text[i] ends a clause: ';', a line break, or a sentence-ending
// '.', '!' or '?' followed by a space after a lower-case letter, a digit or
// ')' ("23.07.18", "c. £5m" and "No. 5" do not end one).
bool IsClauseBreak(std::string_view text, size_t i);

// [lo, hi) around text[begin, end): at most `before` bytes before and `after`
// bytes after, cut at clause breaks.
struct Window {
  size_t lo = 0;
  size_t hi = 0;
};
Window ClauseWindow(std::string_view text, size_t begin, size_t end, size_t before, size_t after);

// `phrase` in `hay` at word boundaries (letters, digits, '-' and non-ASCII
// bytes are word bytes); the last occurrence when `last`, else the first.
// npos when absent.
size_t FindWord(std::string_view hay, std::string_view phrase, bool last);

}  // namespace plantrace

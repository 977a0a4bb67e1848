#pragma once
// Words of ASCII text as ICU's word boundaries (UAX #29) cut them, without
// ICU: most council prose is ASCII, and the linker splits every field of
// every item. On ASCII the rules reduce to these:
//   - letters, digits, '_' and '@' (a letter to ICU) hold together ("co2",
//     "x_y", "section151", "@name");
//   - ' or . between two letters joins them ("council's", "e.g");
//   - , ; . or ' between two digits joins them ("1,000", "3.5");
//   - anything else is a boundary.
// Pieces with no letter or digit (a lone "_" or "@") are dropped; letters are
// lower-cased (ASCII case folding). tokenize_test.cc checks the words
// against ICU's on the same texts.

#include <string>
#include <string_view>
#include <vector>

namespace plantrace {

// Appends the folded words of `ascii` (every byte < 0x80) to `out`.
void AppendAsciiWords(std::string_view ascii, std::vector<std::string>& out);

}  // namespace plantrace

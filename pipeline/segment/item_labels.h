#pragma once
// Item labels as printed at the start of a paragraph, list item or id cell:
// "1.", "4.5", "1.10", "3.1.2", "(d)", "a)", "b.", "(iv)", "(1)", "2)".
// The item_id is the label without its trailing dot and, for letters and
// bracketed numbers, without brackets ("(d)" → "d", "a)" → "a"); a sub-item
// under a numbered paragraph is printed under its parent as "2.1(a)".

#include <optional>
#include <string>
#include <string_view>

namespace plantrace {

enum class LabelStyle {
  kNumber,       // "1", "1."
  kDotted,       // "4.5", "1.10", "3.1.2"
  kLetter,       // "a)", "(a)", "a."
  kRoman,        // "(iv)", "iv)"
  kParenNumber,  // "(1)", "1)"
};

struct ItemLabel {
  std::string printed;  // "(d)", "4.5."
  std::string id;       // "d", "4.5"
  LabelStyle style = LabelStyle::kNumber;
  size_t length = 0;    // bytes of `printed` plus the spaces after it
};

// The label that opens `text`, when there is one. A label must be followed
// by a space or end the text; plain numbers need a dot, a bracket or to be
// the whole text, and have at most three digits (so "2022 staff" is no
// label). Roman numerals only in brackets or before ")".
std::optional<ItemLabel> LeadingLabel(std::string_view text);

// True when the whole of `text` (trimmed) is one label.
bool IsLabelOnly(std::string_view text);

// Position in the alphabet of a one-letter id ("a" → 0), -1 otherwise.
int LetterIndex(std::string_view id);

// Position of a list label in its sequence: "c" → 2, "(3)" → 2; -2 for
// other styles of label.
int SequenceIndex(const ItemLabel& l);

// The id of an unlabelled item that follows `prev`: "6.1" → "6.1b",
// "6.1b" → "6.1c".
std::string NextLetteredId(std::string_view prev);

// "2.1" + (a) → "2.1(a)"; an empty parent gives the id itself.
std::string SubItemId(std::string_view parent, const ItemLabel& label);

}  // namespace plantrace

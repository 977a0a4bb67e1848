#pragma once
// Blocks from lines: consecutive lines of one column that share a left edge
// (or a hanging indent after a label, or a first-line indent), a line pitch
// and a font size join into one paragraph; a line that starts with a bullet
// or an item label starts a list item whose later lines align with its text.

#include <optional>
#include <string>
#include <vector>

#include "extractors/pdf/layout/reading_order.h"
#include "extractors/pdf/layout/text_line.h"

namespace plantrace::pdf {

// Lines that make one block, before its kind is decided.
struct LineGroup {
  std::vector<TextLine> lines;  // in reading order
  // List item: the marker as printed ("•" for a drawn bullet, "–", "1.",
  // "(a)"); empty for other blocks.
  std::string marker;
  // The first word is a bullet glyph or a generated counter: dropped from
  // the text.
  bool drop_first_word = false;
  Column column = Column::kFull;
  // Set (and `lines` empty) for a table's place in the reading order: the
  // index of the table box given to OrderPage.
  std::optional<size_t> table;
};

// Groups the page's lines in `order` (from OrderPage). A table item ends the
// current block and is passed through as a group holding only `table`.
std::vector<LineGroup> GroupLines(std::vector<TextLine> lines,
                                  const std::vector<OrderedItem>& order);

// The bullet or label a line starts with, if it starts a list item: a drawn
// bullet, a bullet glyph or an item label followed by more words. `glyph`
// says the first word is not text: a bullet glyph, or a generated list
// counter printed before the author's own label ("1. a) …" gives "a)").
bool StartsListItem(const TextLine& line, std::string* marker, bool* glyph);

}  // namespace plantrace::pdf

#pragma once
// Cell content: a cell's words turned into lines, paragraphs and list items,
// with their bold / italic / underline / superscript runs kept as spans.

#include <string>
#include <unordered_set>
#include <vector>

#include "extractors/pdf/tables/table_types.h"

namespace plantrace::pdf {

struct CellTextContext {
  // The document's words, lower-cased without surrounding punctuation. A
  // line ending "govern-" followed by "ance" loses its hyphen only when the
  // document has "governance" (and not "govern-ance") elsewhere: otherwise
  // the hyphen is a real one that the line break fell after.
  const std::unordered_set<std::string>* words = nullptr;
  // Where the cell's text could reach on the right (its right edge less its
  // padding); 0 if unknown. A line that ends so short that the next line's
  // first word would have fitted was broken on purpose: a new paragraph.
  double right = 0;
  // Small shapes drawn inside the cell (page marks): Chromium paints the
  // bullets of <ul> items as paths, so a mark just left of a line opens a
  // list item as a bullet glyph would.
  std::vector<BBox> marks;
};

// Fills text, lines, list_items and spans of `cell` from its words (any
// order). Leaves row/col/spans-of-grid and parts alone.
void FillCellText(const std::vector<const Word*>& words, const CellTextContext& ctx, Cell* cell);

// Appends the content of `more` (the same cell continued on the next page)
// to `cell`: a paragraph cut by the page break is joined back — `more`
// starts in lower case, or the last paragraph has no closing stop and its
// last line left no room for the first word of `more` (the parts' end_room /
// first_word_width hints that FillCellText sets; room means the paragraph
// ended there). Call it before appending more's parts.
void AppendCellContent(const Cell& more, Cell* cell);

// The bullet glyph a word starts with (its byte length), 0 if none.
size_t BulletPrefix(const std::string& word);
// Whether a word is a list label kept in the text: "1.", "a)", "(iii)".
bool IsListLabel(const std::string& word);

// Lower case, surrounding punctuation removed.
std::string Bare(const std::string& word);
// Every word of the document as Bare() gives it, for CellTextContext.
std::unordered_set<std::string> DocumentWords(const std::vector<PageContent>& pages);

}  // namespace plantrace::pdf

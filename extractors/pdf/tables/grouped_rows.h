#pragma once
// Grouped rows of an unruled table: one entry of the anchoring column (a
// group's label, "Strategic planning") beside several entries of the other
// columns, each a row of its own, the label one cell spanning them. Without
// rules the rows show only as a band of whitespace above each entry, taller
// than the space between the lines of one cell.

#include <cstddef>
#include <functional>
#include <vector>

#include "extractors/pdf/tables/stream_lines.h"

namespace plantrace::pdf {

struct GroupedRowContext {
  // The table's lines, top to bottom, and the column of an x position.
  const std::vector<const StreamLine*>* lines = nullptr;
  std::function<int(double)> column_of;
  int anchor = 0;     // the anchoring column (where each row's entry starts)
  double row_band = 0;  // whitespace taller than this separates rows
  size_t row_start = 0;  // first line of the row the line would continue
};

// Whether line `i`, whose anchoring column starts no entry (it is empty
// there or carries on the label above), starts a new entry in the other
// columns: each of its chunks there begins a sentence (not in lower case,
// not on punctuation), and a band of whitespace taller than the row band
// separates it from the text of those columns above, in the same row.
bool StartsGroupedEntry(const GroupedRowContext& ctx, size_t i);

// Keeps a label's group only where the label is a label: all its lines
// start above the group's second entry (a label of two lines may reach
// beside it). Text of the anchoring column going on under that is a
// paragraph beside paragraphs: the group's rows are taken out of `starts`
// and `grouped` (both sorted line numbers; grouped a subset of starts).
void KeepLabelledGroups(const GroupedRowContext& ctx, std::vector<size_t>* starts, std::vector<size_t>* grouped);

// Whether the table's cells hold paragraphs: in some column other than the
// anchoring one, an entry set off by a row band while text of another such
// column runs on across that band (rows end in every column at once, a
// paragraph inside a cell in one). Such a table has no grouped rows: its
// bands are paragraph breaks.
bool ParagraphsInCells(const GroupedRowContext& ctx);

}  // namespace plantrace::pdf

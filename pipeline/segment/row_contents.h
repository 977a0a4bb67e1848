#pragma once
// What the cells of a table's body row give the item the row belongs to:
// their lines by the role of their column, the figures of exposure columns,
// and where on the page the row was printed.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/document.h"
#include "pipeline/segment/segment_types.h"

namespace plantrace::table_cells {

// Adds the lines of `c` to `item` according to the roles of its column;
// the item's label, when it stands at the start of line `label_line` of a
// text cell, is left out.
void AddCell(const Cell& c, unsigned roles, int label_line, RawItem* item);

// A plain number ("165.0", "1,200") in the column's unit; nullopt for
// anything else (an empty cell, words).
std::optional<RawFigure> FigureOf(const std::string& text, int64_t unit, bool annual);

// Provenance of row `r` of table `table_id`: one entry per page its cells
// touch, the union of their boxes.
void AddProvenance(const std::vector<const Cell*>& row, const std::string& table_id, int r,
                   std::vector<ProvenanceRecord>* out);

}  // namespace plantrace::table_cells

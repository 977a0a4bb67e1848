#pragma once
// Plan tables → RawItems (issue 5). Column roles come from the header text
// (column_roles.h); a header-less column of labels is the id column. Per
// body row:
//   - a section banner (one cell across all columns) sets the section of
//     the rows below it (its first line, as printed);
//   - a row with a label (id cell, or the start of the text cell) starts an
//     item with that id;
//   - a row with an empty id cell but text in the text column starts an
//     unlabelled item: its predecessor's label plus a letter ("6.1b");
//   - any other row continues the item before it.
// A header-area row below the column headers with text only in action or
// deliverable columns is a section-level action / deliverable: it comes
// first in every item of the table. A table without a text column and at
// least one other role is not a plan table and gives no items.

#include <optional>
#include <string>
#include <vector>

#include "model/document.h"
#include "pipeline/segment/column_roles.h"
#include "pipeline/segment/item_kinds.h"
#include "pipeline/segment/segment_types.h"

namespace plantrace {

struct TableContext {
  std::string doc_context;                // case-folded title and first page
  std::optional<std::string> heading_kind;  // kind named by the heading above
  std::optional<std::string> section;       // the heading above, for tables without banners
  bool section_from_heading = false;
  // The last number given to an unlabelled row of a table without an id
  // column, across the document's tables (null: each table from 1, as
  // "1", "1b", …).
  int* row_number = nullptr;
  // The last item of a table of labelled rows just before this one (no
  // prose between): a table that starts without a label carries it on, as
  // an unruled table cut at a page break does. Null when there is none.
  RawItem* continues = nullptr;
};

// Whether a body row of `table` carries an item label (in an id column or at
// the start of a cell): a plan's rows, never a register's.
bool HasLabelledRows(const Table& table);

// The roles of each column of `table` (for tests and diagnostics).
std::vector<unsigned> ColumnRoles(const Table& table, const ColumnRoleLexicon& roles);

std::vector<RawItem> SegmentTable(const Table& table, const ColumnRoleLexicon& roles,
                                  const ItemKindLexicon& kinds, const TableContext& ctx);

}  // namespace plantrace

#pragma once
// How a table is laid out, read from its header rows: the role of each
// column (column_roles.h; a header-less column of labels is the id column,
// and without a named text column the first unnamed one holds the text),
// the headers as printed, which rows hold them, and the unit and period of
// figure columns ("£m", "per annum").

#include <cstdint>
#include <string>
#include <vector>

#include "model/document.h"
#include "pipeline/segment/column_roles.h"

namespace plantrace::table_cells {

struct TableLayout {
  std::vector<unsigned> roles;
  std::vector<std::string> headers;
  // Per column, the header's pieces as the header rows hold them (a header
  // printed on several lines may come as several rows of an unruled table).
  std::vector<std::vector<std::string>> header_pieces;
  std::vector<bool> header_row;  // per row: it holds column headers
  std::vector<int64_t> unit;   // per column: pounds per printed unit ("£m": 1,000,000)
  std::vector<bool> annual;    // per column: the header says the figure is annual
  bool text_unnamed = false;   // no header names the text column
  size_t header_end = 0;      // first body row
  size_t colhead_row = 0;     // the row holding the column headers
  bool has_colhead = false;
};

// The layout of `t`, whose cells by row are `rows` (RowsOf(t)).
TableLayout LayoutOf(const Table& t, const std::vector<std::vector<const Cell*>>& rows,
                     const ColumnRoleLexicon& lex);

// A cell that repeats its column's header, or a piece of it as the header
// rows hold it, or a long enough part of it to be no coincidence.
bool RepeatsHeader(const TableLayout& L, const Cell& c);

}  // namespace plantrace::table_cells

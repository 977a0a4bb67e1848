#pragma once
// Stitching: a table that continues on the next page becomes one table.
// Repeated header rows are dropped, a row cut by the page break is merged
// back, a spanning cell cut by the break is extended; header_rows is set.

#include <vector>

#include "extractors/pdf/tables/table_types.h"

namespace plantrace::pdf {

// Whether `next` (first table on its page) continues `prev` (last table on
// the previous page): same columns, prev ends near its page's bottom and next
// starts near its page's top (only running headers/footers in between), and
// next does not open with a different header of the same kind.
// `check_head` false skips the last test (for parts whose head has not been
// separated from a carried-over row yet).
bool ContinuesOnNextPage(const PageTable& prev, const PageTable& next, const PageContent& prev_page,
                         const PageContent& next_page, bool check_head = true);

// Appends `next` to `into` (a table built from one or more page tables, the
// first of which gives the header rows). Returns nothing; `into` grows.
void AppendContinuation(const Table& next, Table* into);

// Leading rows of `b` whose cell texts equal the same rows of `a`.
int RepeatedLeadingRows(const Table& a, const Table& b);

// Rows whose cells all hold bold text only (empty cells aside), banners
// (one cell across all columns) excluded.
bool RowIsBold(const Table& t, int row);
bool RowIsBanner(const Table& t, int row);
// Whether the table groups rows under labels: a first-column cell with text
// spanning rows.
bool GroupsRows(const Table& t);
// Rows whose non-empty cells all begin with bold text (a head cell may go on
// with a plain note), banners excluded.
bool RowStartsBold(const Table& t, int row);

// The page tables in document order made into the final tables: stitched
// when `stitch`, else one per page region; header_rows and cell.header set.
std::vector<Table> StitchTables(std::vector<PageTable> tables, const std::vector<PageContent>& pages,
                                bool stitch);

}  // namespace plantrace::pdf

#pragma once
// Table finding over the pages of a PDF: ruled tables from the recorded rules,
// unruled ones from how words align, stitched across pages.

#include <vector>

#include "extractors/pdf/page_content.h"
#include "model/document.h"

namespace plantrace::pdf {

struct TableOptions {
  // Join a table that continues on the next page into one table (true);
  // false keeps one table per page region (--no-stitch).
  bool stitch = true;
};

// Tables in document order, ids unset (the extractor numbers them). Each
// table's `regions` give the page and bbox of every page region it covers;
// words inside a region belong to the table, not to the text blocks.
std::vector<Table> FindTables(const std::vector<PageContent>& pages, const TableOptions& options);

}  // namespace plantrace::pdf

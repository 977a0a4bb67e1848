#pragma once
// Page layout for a whole PDF: the words the page reader collected become the
// document model's blocks (lines -> blocks, headings, list items, footnotes,
// running headers and footers), in reading order with the tables placed where
// they stand.

#include <vector>

#include "extractors/pdf/page_content.h"
#include "model/document.h"

namespace plantrace::pdf {

// Fills doc->blocks, doc->tables (ids "t1", … in the given order) and
// doc->reading_order. `tables` come from FindTables; words inside their
// regions belong to them and do not become blocks. doc->pages must already
// list the pages.
void LayOutDocument(const std::vector<PageContent>& pages, std::vector<Table> tables, Document* doc);

}  // namespace plantrace::pdf

#pragma once
// HtmlTable: one <table> element -> a Table of the document model, or the
// verdict that it is a layout table (whose content is then read as blocks).

#include <string>
#include <vector>

#include "extractors/html/flow_walker.h"
#include "extractors/html/html_dom.h"
#include "model/document.h"

namespace plantrace {

struct HtmlTableResult {
  bool is_data = false;
  Table table;                  // id not assigned yet
  std::vector<Block> captions;  // <caption> text, kind caption
  std::vector<std::string> warnings;
};

// A table used for page layout rather than data: role="presentation", a
// single cell, no text at all (a spacer), or cells that are mostly blocks of
// other structure (headings, tables, sections, forms).
bool IsLayoutTable(const HtmlDom& dom, int table_node);

HtmlTableResult BuildHtmlTable(const HtmlDom& dom, int table_node, FlowBudget* budget);

// A cell's fields (text, lines, list_items, spans) from the blocks its
// content produced.
void FillCellContent(const std::vector<Block>& blocks, Cell* cell);

}  // namespace plantrace

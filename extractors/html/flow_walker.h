#pragma once
// FlowWalker: turns the content of one element (the <body>, or a table cell)
// into blocks and tables in document order, without recursion on the tree
// (the walk keeps its own stack, so nesting depth cannot overflow ours).
//
// In document mode a <table> that holds data becomes a Table (html_table.h);
// a layout table is walked like any other container. In cell mode every
// table is a container, so a nested table contributes its text to the cell.

#include <cstddef>
#include <string>
#include <vector>

#include "extractors/html/html_dom.h"
#include "extractors/html/inline_text.h"
#include "model/document.h"

namespace plantrace {

enum class FlowMode { kDocument, kCell };

// How many blocks and table cells one document may produce: a bound on memory
// for hostile input (millions of tiny paragraphs).
struct FlowBudget {
  size_t items_left = 500000;
  bool exhausted = false;
  // Takes `n` items; false (and `exhausted`) when they are not there.
  bool Take(size_t n);
};

struct FlowItem {
  bool is_table = false;
  size_t index = 0;  // into FlowOutput::blocks or ::tables
};

struct FlowOutput {
  std::vector<Block> blocks;  // ids not assigned yet
  std::vector<Table> tables;
  std::vector<FlowItem> order;
  std::vector<std::string> warnings;
};

struct FlowSettings {
  FlowMode mode = FlowMode::kDocument;
  bool find_tables = true;     // document mode: report data tables as tables
  InlineStyle base_style;      // e.g. bold for the content of a <th>
};

// Walks the children of `container` and appends what it finds to `out`.
void WalkFlow(const HtmlDom& dom, int container, const FlowSettings& settings,
              FlowBudget* budget, FlowOutput* out);

}  // namespace plantrace

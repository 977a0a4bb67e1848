#include "extractors/html/html_table.h"

#include <utility>

#include "extractors/html/html_elements.h"
#include "extractors/html/table_grid.h"

namespace plantrace {
namespace {

// Nodes looked at per cell when deciding whether it holds page structure; a
// cell larger than this is a big block of structure by itself.
constexpr size_t kStructureScanLimit = 20000;

struct RowGroup {
  enum class Kind { kHead, kBody, kFoot } kind = Kind::kBody;
  std::vector<int> rows;  // <tr> nodes
};

struct TableParts {
  std::vector<int> captions;
  std::vector<RowGroup> groups;  // in display order: thead, bodies, tfoot
};

std::vector<int> CellsOf(const HtmlDom& dom, int tr) {
  std::vector<int> cells;
  for (int c : dom.nodes[tr].children) {
    if (dom.nodes[c].is("td") || dom.nodes[c].is("th")) cells.push_back(c);
  }
  return cells;
}

TableParts CollectParts(const HtmlDom& dom, int table) {
  TableParts parts;
  std::vector<RowGroup> bodies;
  RowGroup head, foot;
  bool have_head = false, have_foot = false;
  RowGroup* loose = nullptr;  // <tr> straight under <table>: an implied tbody
  for (int child : dom.nodes[table].children) {
    const DomNode& el = dom.nodes[child];
    if (el.is("caption")) {
      parts.captions.push_back(child);
      continue;
    }
    if (el.is("tr")) {
      if (loose == nullptr) {
        bodies.emplace_back();
        loose = &bodies.back();
      }
      loose->rows.push_back(child);
      continue;
    }
    if (!el.is("thead") && !el.is("tbody") && !el.is("tfoot")) continue;
    loose = nullptr;
    RowGroup group;
    for (int r : el.children) {
      if (dom.nodes[r].is("tr")) group.rows.push_back(r);
    }
    // Only the first thead / tfoot moves to the top / bottom, as in browsers.
    if (el.is("thead") && !have_head) {
      group.kind = RowGroup::Kind::kHead;
      head = std::move(group);
      have_head = true;
    } else if (el.is("tfoot") && !have_foot) {
      group.kind = RowGroup::Kind::kFoot;
      foot = std::move(group);
      have_foot = true;
    } else {
      bodies.push_back(std::move(group));
    }
  }
  if (have_head) parts.groups.push_back(std::move(head));
  for (RowGroup& b : bodies) parts.groups.push_back(std::move(b));
  if (have_foot) parts.groups.push_back(std::move(foot));
  return parts;
}

// True when `text` has something other than white space and no-break spaces.
bool HasVisibleText(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f') continue;
    if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
      ++i;
      continue;
    }
    return true;
  }
  return false;
}

bool IsStructureTag(std::string_view tag) {
  return HeadingLevel(tag) > 0 || tag == "table" || tag == "section" || tag == "article" ||
         tag == "main" || tag == "header" || tag == "footer" || tag == "nav" || tag == "form" ||
         tag == "aside";
}

// 1: the cell holds page structure; 0: it has text only; -1: it is empty.
int CellStructure(const HtmlDom& dom, int cell) {
  std::vector<int> stack(dom.nodes[cell].children.rbegin(), dom.nodes[cell].children.rend());
  bool has_text = false;
  size_t seen = 0;
  while (!stack.empty()) {
    if (++seen > kStructureScanLimit) return 1;
    const DomNode& n = dom.nodes[stack.back()];
    stack.pop_back();
    if (!n.is_element()) {
      if (HasVisibleText(n.text)) has_text = true;
      continue;
    }
    if (IsStructureTag(n.name)) return 1;
    if (n.is("img")) has_text = true;
    for (auto it = n.children.rbegin(); it != n.children.rend(); ++it) stack.push_back(*it);
  }
  return has_text ? 0 : -1;
}

bool IsHeaderCell(const HtmlDom& dom, int node) { return node >= 0 && dom.nodes[node].is("th"); }

// Leading rows made only of <th> (not one full-width banner), or the <thead>.
int CountHeaderRows(const HtmlDom& dom, const TableParts& parts, const Grid& grid,
                    const std::vector<int>& source) {
  if (!parts.groups.empty() && parts.groups[0].kind == RowGroup::Kind::kHead) {
    return static_cast<int>(parts.groups[0].rows.size());
  }
  std::vector<int> all_th(grid.rows, 1), count(grid.rows, 0), full_width(grid.rows, 0);
  for (size_t i = 0; i < grid.cells.size(); ++i) {
    const GridCell& c = grid.cells[i];
    const bool th = IsHeaderCell(dom, source[i]);
    for (int r = c.row; r < c.row + c.rowspan; ++r) {
      if (!th) all_th[r] = 0;
      ++count[r];
      if (c.colspan == grid.cols && c.row == r) full_width[r] = 1;
    }
  }
  int rows = 0;
  while (rows < grid.rows && all_th[rows] && !(grid.cols > 1 && count[rows] == 1 && full_width[rows])) {
    ++rows;
  }
  return rows;
}

}  // namespace

void FillCellContent(const std::vector<Block>& blocks, Cell* cell) {
  // Spans are kept so that, joined, they spell `text` exactly: a '\n' closes
  // each block's last span before the next block, and a printed list number
  // gets a plain span of its own.
  for (const Block& b : blocks) {
    if (!cell->spans.empty()) cell->spans.back().text.push_back('\n');
    std::string text = b.text;
    // An ordered list's number is printed, so it is part of the cell's text
    // (a typed label already is; a bullet glyph is not).
    if (b.kind == BlockKind::kListItem && !b.marker.empty() && b.marker != "\u2022" &&
        text.compare(0, b.marker.size(), b.marker) != 0) {
      text = b.marker + " " + text;
      Span number;
      number.text = b.marker + " ";
      cell->spans.push_back(std::move(number));
    }
    cell->spans.insert(cell->spans.end(), b.spans.begin(), b.spans.end());
    size_t start = 0;
    while (start <= text.size()) {
      size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      if (end > start) cell->lines.push_back(text.substr(start, end - start));
      start = end + 1;
    }
    if (b.kind == BlockKind::kListItem) {
      std::string item = text;
      for (char& ch : item) ch = ch == '\n' ? ' ' : ch;
      cell->list_items.push_back(std::move(item));
    }
    if (!cell->text.empty()) cell->text.push_back('\n');
    cell->text += text;
  }
}

bool IsLayoutTable(const HtmlDom& dom, int table_node) {
  const std::string_view role = dom.nodes[table_node].attr("role");
  if (role == "presentation" || role == "none") return true;
  const TableParts parts = CollectParts(dom, table_node);
  int cells = 0, structural = 0, nonempty = 0;
  for (const RowGroup& g : parts.groups) {
    for (int tr : g.rows) {
      for (int cell : CellsOf(dom, tr)) {
        ++cells;
        const int s = CellStructure(dom, cell);
        if (s >= 0) ++nonempty;
        if (s > 0) ++structural;
      }
    }
  }
  if (cells <= 1) return true;     // one cell wrapping content is not a grid
  if (nonempty == 0) return true;  // a spacer: no data to report
  return structural > 0 && structural * 2 >= nonempty;
}

HtmlTableResult BuildHtmlTable(const HtmlDom& dom, int table_node, FlowBudget* budget) {
  HtmlTableResult result;
  if (IsLayoutTable(dom, table_node)) return result;
  const TableParts parts = CollectParts(dom, table_node);

  std::vector<GridGroup> groups;
  std::vector<std::vector<std::vector<int>>> nodes;  // [group][row][index] -> <td>/<th>
  for (const RowGroup& g : parts.groups) {
    GridGroup group;
    std::vector<std::vector<int>> group_nodes;
    for (int tr : g.rows) {
      std::vector<GridInputCell> row;
      std::vector<int> cells = CellsOf(dom, tr);
      for (int cell : cells) {
        row.push_back({ParseColspan(dom.nodes[cell].attr("colspan")),
                       ParseRowspan(dom.nodes[cell].attr("rowspan"))});
      }
      group.push_back(std::move(row));
      group_nodes.push_back(std::move(cells));
    }
    groups.push_back(std::move(group));
    nodes.push_back(std::move(group_nodes));
  }
  Grid grid;
  if (!LayOutGrid(groups, &grid)) {
    result.warnings.push_back("html: a table with more than " +
                              std::to_string(kMaxGridPositions) +
                              " grid positions is read as text, not as a table");
    return result;
  }
  if (!budget->Take(grid.cells.size())) return result;

  std::vector<int> source(grid.cells.size(), -1);
  for (size_t i = 0; i < grid.cells.size(); ++i) {
    const GridCell& g = grid.cells[i];
    if (g.group >= 0) source[i] = nodes[g.group][g.group_row][g.index];
  }
  Table& table = result.table;
  table.rows = grid.rows;
  table.cols = grid.cols;
  table.regions.push_back(PagePart{1, std::nullopt});
  table.header_rows = CountHeaderRows(dom, parts, grid, source);
  table.cells.reserve(grid.cells.size());
  for (size_t i = 0; i < grid.cells.size(); ++i) {
    const GridCell& g = grid.cells[i];
    Cell cell;
    cell.row = g.row;
    cell.col = g.col;
    cell.rowspan = g.rowspan;
    cell.colspan = g.colspan;
    cell.header = g.row < table.header_rows || IsHeaderCell(dom, source[i]);
    cell.parts.push_back(PagePart{1, std::nullopt});
    if (source[i] >= 0) {
      FlowSettings settings;
      settings.mode = FlowMode::kCell;
      settings.base_style = StyleForElement(InlineStyle(), dom.nodes[source[i]].name,
                                            dom.nodes[source[i]].attr("style"));
      FlowOutput content;
      WalkFlow(dom, source[i], settings, budget, &content);
      FillCellContent(content.blocks, &cell);
    }
    table.cells.push_back(std::move(cell));
  }
  for (int caption : parts.captions) {
    FlowSettings settings;
    settings.mode = FlowMode::kCell;
    FlowOutput content;
    WalkFlow(dom, caption, settings, budget, &content);
    for (Block& b : content.blocks) {
      b.kind = BlockKind::kCaption;
      b.level = 0;
      b.marker.clear();
      result.captions.push_back(std::move(b));
    }
  }
  result.is_data = true;
  return result;
}

}  // namespace plantrace

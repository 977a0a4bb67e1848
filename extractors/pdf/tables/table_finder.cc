#include "extractors/pdf/tables/table_finder.h"

#include <algorithm>
#include <cmath>

#include "extractors/pdf/tables/cells.h"
#include "extractors/pdf/tables/cut_head.h"
#include "extractors/pdf/tables/edge_parts.h"
#include "extractors/pdf/tables/grid.h"
#include "extractors/pdf/tables/orientation.h"
#include "extractors/pdf/tables/page_table.h"
#include "extractors/pdf/tables/repeated_header.h"
#include "extractors/pdf/tables/ruled_frame.h"
#include "extractors/pdf/tables/rules.h"
#include "extractors/pdf/tables/shaded_head.h"
#include "extractors/pdf/tables/shaded_labels.h"
#include "extractors/pdf/tables/stitching.h"
#include "extractors/pdf/tables/stream_layout.h"

namespace plantrace::pdf {
namespace {

bool Inside(const Word& w, const BBox& b, double tol) {
  const double mx = (w.bbox.x0 + w.bbox.x1) / 2, my = (w.bbox.top + w.bbox.bottom) / 2;
  return mx >= b.x0 - tol && mx <= b.x1 + tol && my >= b.top - tol && my <= b.bottom + tol;
}

int Slot(const std::vector<double>& bounds, double v) {
  const auto it = std::upper_bound(bounds.begin(), bounds.end(), v);
  int i = static_cast<int>(it - bounds.begin()) - 1;
  return std::clamp(i, 0, static_cast<int>(bounds.size()) - 2);
}

// The text direction of most of a cell's words (0 when they are upright or
// mixed evenly).
int CellDirection(const std::vector<const Word*>& words) {
  int count[4] = {0, 0, 0, 0};
  for (const Word* w : words) ++count[((w->rotation % 4) + 4) % 4];
  const int best = static_cast<int>(std::max_element(count + 1, count + 4) - count);
  return count[best] * 2 > static_cast<int>(words.size()) ? best : 0;
}

}  // namespace

// Fills a page table's cells from the words inside its grid.
PageTable MakePageTable(const PageContent& page, Grid grid, const CellTextContext& ctx) {
  PageTable pt;
  pt.page = page.page;
  pt.page_width = page.width;
  pt.page_height = page.height;
  const int rows = grid.rows(), cols = grid.cols();
  std::vector<int> owner(static_cast<size_t>(rows) * cols, -1);
  for (size_t i = 0; i < grid.cells.size(); ++i) {
    const GridCell& g = grid.cells[i];
    for (int r = g.row; r < g.row + g.rowspan; ++r)
      for (int c = g.col; c < g.col + g.colspan; ++c) owner[static_cast<size_t>(r) * cols + c] = static_cast<int>(i);
  }
  std::vector<std::vector<const Word*>> words(grid.cells.size());
  const BBox box = grid.bbox();
  for (const auto& w : page.words) {
    if (!Inside(w, box, 0.5)) continue;
    const int r = Slot(grid.ys, (w.bbox.top + w.bbox.bottom) / 2);
    const int c = Slot(grid.xs, (w.bbox.x0 + w.bbox.x1) / 2);
    const int o = owner[static_cast<size_t>(r) * cols + c];
    if (o >= 0) words[o].push_back(&w);
  }
  Table& t = pt.table;
  t.rows = rows;
  t.cols = cols;
  t.regions.push_back({page.page, box});
  for (size_t i = 0; i < grid.cells.size(); ++i) {
    const GridCell& g = grid.cells[i];
    Cell cell;
    cell.row = g.row;
    cell.col = g.col;
    cell.rowspan = g.rowspan;
    cell.colspan = g.colspan;
    cell.parts.push_back({page.page, BBox{grid.xs[g.col], grid.ys[g.row], grid.xs[g.col + g.colspan],
                                          grid.ys[g.row + g.rowspan]}});
    CellTextContext here = ctx;
    double pad = 1e300;
    for (const Word* w : words[i]) pad = std::min(pad, w->bbox.x0 - grid.xs[g.col]);
    if (!words[i].empty()) here.right = grid.xs[g.col + g.colspan] - std::clamp(pad, 0.0, 20.0);
    const BBox cell_box = cell.parts.back().bbox.value_or(BBox{});
    for (const Mark& m : page.marks) {
      const double mx = (m.bbox.x0 + m.bbox.x1) / 2, my = (m.bbox.top + m.bbox.bottom) / 2;
      if (mx >= cell_box.x0 && mx <= cell_box.x1 && my >= cell_box.top && my <= cell_box.bottom)
        here.marks.push_back(m.bbox);
    }
    // A cell set sideways in an upright table (a column head running up
    // the page): its text read in its own upright frame.
    std::vector<Word> turned;
    const int r = CellDirection(words[i]);
    if (r != 0) {
      for (const Word* w : words[i]) turned.push_back(w->rotation == r ? UprightWord(*w, page, r) : *w);
      std::vector<const Word*> ptrs;
      for (const Word& w : turned) ptrs.push_back(&w);
      here.right = 0;
      here.marks.clear();
      FillCellText(ptrs, here, &cell);
    } else {
      FillCellText(words[i], here, &cell);
    }
    t.cells.push_back(std::move(cell));
  }
  std::stable_sort(t.cells.begin(), t.cells.end(), [](const Cell& a, const Cell& b) {
    return a.row != b.row ? a.row < b.row : a.col < b.col;
  });
  pt.grid = std::move(grid);
  return pt;
}

namespace {

// A ruled grid reads as a table when it has at least two columns, two cells
// and text in at least two of them, and is not mostly empty or spanning
// (chart grids, diagrams).
bool LooksLikeTable(const PageTable& pt) {
  const Table& t = pt.table;
  if (t.cols < 2 || t.cells.size() < 2) return false;
  int filled = 0, spanning = 0;
  for (const auto& c : t.cells) {
    filled += !c.text.empty();
    spanning += c.rowspan > 1 || c.colspan > 1;
  }
  if (filled < 2) return false;
  // Diagrams (boxes and connectors) leave most cells empty or spanning.
  const int n = static_cast<int>(t.cells.size());
  if (spanning * 2 > n) return false;
  if (filled * 4 < n && spanning * 10 > n * 3) return false;
  return filled * 5 >= n;
}

}  // namespace

namespace {

// The tables of one page (or of one upright view of it), top to bottom.
std::vector<PageTable> FindPageTables(const PageContent& page, const CellTextContext& ctx) {
  const RuleTolerances tol = RuleTolerancesFor(page);
  const Segments segments = CollectSegments(page, tol);
  std::vector<PageTable> here;
  const double em = TypicalFontSize(page.words);
  std::vector<Grid> ruled = FindRuledGrids(segments, tol, page.words);
  std::vector<BBox> ruled_boxes;
  for (const Grid& g : ruled) ruled_boxes.push_back(g.bbox());
  for (Grid& g : ruled) {
    DropGutterRows(&g, page.words, em);
    SplitUnruledRows(&g, page.words);
    // A frame whose rules leave the body rows open: laid out from the text
    // (the stream layout below), its rules then only hints.
    if (RulesLeaveRowsOpen(g, page.words) || ColumnsFinerThanRules(g, page.words)) continue;
    // Row labels standing unruled left of the grid are its first column.
    std::vector<BBox> others;
    for (const BBox& b : ruled_boxes)
      if (b.x0 != g.xs.front() || b.top != g.ys.front()) others.push_back(b);
    AddUnruledLabelColumn(&g, page.words, others, em);
    PageTable pt = MakePageTable(page, std::move(g), ctx);
    if (LooksLikeTable(pt)) here.push_back(std::move(pt));
  }
  // Unruled bodies under shaded heads: their columns from the shading. A
  // grid the shading's own edges made inside such a table is only its head.
  {
    std::vector<BBox> ruled_taken;
    for (const auto& pt : here)
      if (pt.table.rows > 1) ruled_taken.push_back(pt.grid.bbox());
    std::vector<Grid> shaded = FindShadedHeadGrids(page, ruled_taken);
    for (const Grid& g : shaded) ruled_taken.push_back(g.bbox());
    for (Grid& g : FindShadedLabelGrids(page, ruled_taken)) shaded.push_back(std::move(g));
    for (Grid& g : shaded) {
      PageTable pt = MakePageTable(page, std::move(g), ctx);
      if (!LooksLikeTable(pt)) continue;
      const BBox box = pt.grid.bbox();
      here.erase(std::remove_if(here.begin(), here.end(),
                                [&](const PageTable& r) {
                                  const BBox b = r.grid.bbox();
                                  return b.x0 >= box.x0 - 1 && b.x1 <= box.x1 + 1 && b.top >= box.top - 1 &&
                                         b.bottom <= box.bottom + 1;
                                }),
                 here.end());
      here.push_back(std::move(pt));
    }
  }
  std::vector<BBox> taken;
  for (const auto& pt : here) taken.push_back(pt.grid.bbox());
  std::vector<Grid> streams = FindStreamGrids(page, segments, taken);
  // A small ruled piece standing right above an unruled table, its text
  // mostly over the table (rules under a spanning head, say), is part of
  // that table's head:
  // the table is laid out again with the piece's words.
  auto head_piece = [&](const PageTable& r) {
    if (r.table.rows > 4) return false;
    // The piece's text (its rules may reach wider than the table's text).
    const BBox box = r.grid.bbox();
    BBox rb{1e300, box.top, -1e300, box.bottom};
    for (const Word& w : page.words)
      if (Inside(w, box, 0.5)) {
        rb.x0 = std::min(rb.x0, w.bbox.x0);
        rb.x1 = std::max(rb.x1, w.bbox.x1);
      }
    for (const Grid& s : streams) {
      const BBox sb = s.bbox();
      const double overlap = std::min(rb.x1, sb.x1) - std::max(rb.x0, sb.x0);
      if (overlap >= 0.5 * (rb.x1 - rb.x0) && rb.bottom <= sb.top + em && sb.top - rb.bottom <= 2 * em) return true;
    }
    return false;
  };
  if (std::any_of(here.begin(), here.end(), head_piece)) {
    std::vector<PageTable> kept;
    std::vector<BBox> kept_taken;
    for (auto& pt : here)
      if (!head_piece(pt)) {
        kept_taken.push_back(pt.grid.bbox());
        kept.push_back(std::move(pt));
      }
    here = std::move(kept);
    streams = FindStreamGrids(page, segments, kept_taken);
  }
  for (Grid& g : streams) {
    PageTable pt = MakePageTable(page, std::move(g), ctx);
    if (pt.table.cells.size() >= 2) here.push_back(std::move(pt));
  }
  return here;
}

}  // namespace

std::vector<Table> FindTables(const std::vector<PageContent>& pages, const TableOptions& options) {
  const std::unordered_set<std::string> words = DocumentWords(pages);
  CellTextContext ctx;
  ctx.words = &words;
  std::vector<PageTable> found;
  for (const auto& page : pages) {
    std::vector<PageTable> here;
    // Tables set sideways first, read in their upright frame; a region whose
    // words mostly run another way belongs to another pass.
    std::vector<BBox> sideways;
    for (int r : SidewaysDirections(page)) {
      const PageContent view = UprightView(page, r);
      for (PageTable& pt : FindPageTables(view, ctx)) {
        MoveToPage(page, r, &pt);
        const BBox box = pt.table.regions.front().bbox.value_or(BBox{});
        if (DominantDirection(page, box) != r) continue;
        sideways.push_back(box);
        here.push_back(std::move(pt));
      }
    }
    for (PageTable& pt : FindPageTables(page, ctx)) {
      const BBox box = pt.grid.bbox();
      if (!sideways.empty() && DominantDirection(page, box) != 0) continue;
      here.push_back(std::move(pt));
    }
    auto top = [](const PageTable& t) { return t.table.regions.front().bbox.value_or(BBox{}).top; };
    std::stable_sort(here.begin(), here.end(), [&](const PageTable& a, const PageTable& b) { return top(a) < top(b); });
    for (auto& pt : here) found.push_back(std::move(pt));
  }
  // Repeated heads are separated with --no-stitch too: each page's part
  // then has its header row right. Drops tentative grids that repeat none.
  SeparateRepeatedHeaders(&found, pages, ctx);
  if (options.stitch) {
    AddPartsAtPageEdges(&found, pages, ctx);
    AddHeadsCutByPageBreaks(&found, pages, ctx);
  }
  return StitchTables(std::move(found), pages, options.stitch);
}

}  // namespace plantrace::pdf

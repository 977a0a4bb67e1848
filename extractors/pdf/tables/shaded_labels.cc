#include "extractors/pdf/tables/shaded_labels.h"

#include <algorithm>
#include <cmath>

#include "extractors/pdf/tables/line_bands.h"

namespace plantrace::pdf {
namespace {

// A label's box: text inside it, and no word cut by its edges (bands
// shading rows of a table run through its lines).
bool HoldsLabel(const PageContent& page, const BBox& b) {
  bool any = false;
  for (const Word& w : page.words) {
    if (!BoxesOverlap(w.bbox, b)) continue;
    // (A quarter of the word's height: LibreOffice 2024's labels have a word
    // standing out of its box by more than a tenth; none moves up to 0.4.)
    const double tol = 0.25 * (w.bbox.bottom - w.bbox.top);
    if (w.bbox.x0 < b.x0 - tol || w.bbox.x1 > b.x1 + tol || w.bbox.top < b.top - tol || w.bbox.bottom > b.bottom + tol)
      return false;
    any = true;
  }
  return any;
}

}  // namespace

std::vector<Grid> FindShadedLabelGrids(const PageContent& page, const std::vector<BBox>& taken) {
  const double em = TypicalFontSize(page.words);
  std::vector<BBox> boxes;
  for (const FilledBox& f : page.boxes) {
    // (A label box holds a word or two: no output moves from 1.5 to 3 em.)
    if (IsWhiteFill(f.color) || f.bbox.width() < 2 * em) continue;
    bool free = true;
    for (const BBox& t : taken) free = free && !BoxesOverlap(f.bbox, t);
    if (free && HoldsLabel(page, f.bbox)) boxes.push_back(f.bbox);
  }
  std::sort(boxes.begin(), boxes.end(), [](const BBox& a, const BBox& b) { return a.top < b.top; });
  std::vector<Grid> grids;
  std::vector<bool> used(boxes.size(), false);
  for (size_t i = 0; i < boxes.size(); ++i) {
    if (used[i]) continue;
    // The stack: boxes of the same left edge and width, each less than two
    // lines below the last.
    std::vector<BBox> stack = {boxes[i]};
    used[i] = true;
    for (size_t j = i + 1; j < boxes.size(); ++j) {
      const BBox& b = boxes[j];
      const BBox& last = stack.back();
      // (One column's boxes share their edges: no output moves from 0.5 to
      // 2 pt.)
      if (std::fabs(b.x0 - last.x0) > 1 || std::fabs(b.width() - last.width()) > 1) continue;
      // Boxes may touch (cell backgrounds painted edge to edge, as browsers
      // and ReportLab do without cell spacing) or stand apart (a word
      // processor's cell spacing), not overlap. A hairline between them
      // (under half a point) is a border left unpainted in a mosaic of
      // fills: the ruled grid reads those.
      const double gap = b.top - last.bottom;
      // (Knife edges, measured on Kent's EqIA and DPIA forms, one template;
      // see decisions.md: their label boxes stand 0.5 pt apart, on the
      // floor, and next boxes 2.525 em below, not stacked, where a peer-suite
      // table's stand 2.493 em, stacked.)
      if (gap < -0.5 || (gap > 0.1 && gap < 0.5)) continue;
      if (gap > 2.5 * em) break;
      // After touching boxes, one set apart by over half an em is the next
      // table's. (Spaced boxes stand apart by varying gaps: each is only as
      // tall as its text, centred in its row.)
      if (stack.size() >= 2 && stack[1].top - stack[0].bottom <= 0.1 && gap > 0.5 * em) break;
      stack.push_back(b);
      used[j] = true;
    }
    if (stack.size() < 2) continue;
    // Row bands: halfway between boxes; the outer ones half a gap out.
    std::vector<double> gaps;
    for (size_t k = 1; k < stack.size(); ++k) gaps.push_back(stack[k].top - stack[k - 1].bottom);
    std::sort(gaps.begin(), gaps.end());
    const double half = gaps[gaps.size() / 2] / 2;
    std::vector<double> ys = {stack.front().top - half};
    for (size_t k = 1; k < stack.size(); ++k) ys.push_back((stack[k - 1].bottom + stack[k].top) / 2);
    ys.push_back(stack.back().bottom + half);
    // Values: upright words right of the labels within the bands, none
    // reaching back over the labels.
    const double label_right = stack.front().x1;
    double right = -1e300;
    int rows_with_value = 0;
    bool crossing = false, rows_inside = false;
    // Boxes painted edge to edge may be labels spanning several rows (a
    // <th rowspan> beside its group): then the values beside one box stand
    // apart by a row band, not set as the lines of one cell (0.5 em).
    const bool touching = gaps[gaps.size() / 2] <= 0.1;
    // Touching boxes among drawn rules are cells of a ruled table: the
    // ruled grid reads them.
    if (touching) {
      const BBox area{stack.front().x0 - 1, stack.front().top - 1, stack.front().x1 + 1, stack.back().bottom + 1};
      bool ruled = false;
      for (const Rule& r : page.rules) ruled = ruled || BoxesOverlap(r.bbox, area);
      if (ruled) continue;
    }
    for (size_t k = 0; k + 1 < ys.size(); ++k) {
      bool any = false;
      std::vector<const Word*> values;
      for (const Word& w : page.words) {
        const double my = (w.bbox.top + w.bbox.bottom) / 2;
        if (w.rotation != 0 || my < ys[k] || my > ys[k + 1]) continue;
        if (w.bbox.x0 < label_right - 0.5 && w.bbox.x1 > label_right + 0.5) crossing = true;
        // The labels are the table's first column: nothing left of them.
        if (w.bbox.x1 < stack.front().x0 + 0.5) crossing = true;
        if (w.bbox.x0 < label_right - 0.5) continue;
        any = true;
        right = std::max(right, w.bbox.x1);
        values.push_back(&w);
      }
      rows_with_value += any;
      const std::vector<LineBand> lines = LineBands(values);
      for (size_t b = 1; touching && b < lines.size(); ++b)
        rows_inside = rows_inside || lines[b].top - lines[b - 1].bottom > 0.5 * em;
    }
    // Most rows hold a value; nothing runs across the labels' edge or
    // stands left of them.
    if (crossing || rows_inside || rows_with_value * 2 < static_cast<int>(stack.size()) + 1) continue;
    Grid g;
    g.xs = {stack.front().x0, label_right, right + 0.5};
    g.ys = ys;
    for (int r = 0; r < g.rows(); ++r)
      for (int c = 0; c < 2; ++c) g.cells.push_back(GridCell{r, c, 1, 1});
    g.ruled = true;
    grids.push_back(std::move(g));
  }
  return grids;
}

}  // namespace plantrace::pdf

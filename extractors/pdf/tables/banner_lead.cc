#include "extractors/pdf/tables/banner_lead.h"

#include <algorithm>
#include <cmath>

namespace plantrace::pdf {

int BannerLeadLines(const Grid& g, const TableSpacing& spacing) {
  if (g.lead.empty() || g.cols() < 2) return 0;
  // The banner's last line: no further from the table than one row from the
  // next (a title or a paragraph above keeps its margin, wider than that).
  if (spacing.top - g.lead.back().box.bottom > 1.2 * spacing.row_gap) return 0;
  // Its lines: those set as closely as the lines of one cell.
  int k = 1;
  while (k < static_cast<int>(g.lead.size()) &&
         g.lead[g.lead.size() - k].box.top - g.lead[g.lead.size() - 1 - k].box.bottom <= spacing.cell_lead)
    ++k;
  // Its first line starts where the table starts (or ends where it ends,
  // for right-to-left text): a banner is a cell of the table, set as its
  // cells are; a caption is mostly centred over it.
  const BBox first = g.lead[g.lead.size() - k].box;
  const double slack = 0.5 * std::max(first.bottom - first.top, 1.0);
  if (std::fabs(first.x0 - g.xs.front()) > slack && std::fabs(first.x1 - g.xs.back()) > slack) return 0;
  // Set in the table's type size (a caption is often smaller or larger),
  // within the table's width (a paragraph above runs on past it).
  for (size_t i = g.lead.size() - k; i < g.lead.size(); ++i) {
    const BBox& b = g.lead[i].box;
    const double h = b.bottom - b.top;
    if (h < 0.9 * spacing.line_height || h > 1.25 * spacing.line_height) return 0;
    if (b.x0 < g.xs.front() - slack || b.x1 > g.xs.back() + slack) return 0;
  }
  // One of them reaches over a column gutter.
  for (size_t i = g.lead.size() - k; i < g.lead.size(); ++i)
    for (size_t c = 1; c + 1 < g.xs.size(); ++c)
      if (g.lead[i].box.x0 < g.xs[c] && g.lead[i].box.x1 > g.xs[c]) return k;
  return 0;
}

}  // namespace plantrace::pdf

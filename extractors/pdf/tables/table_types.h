#pragma once
// Internal types shared by the table-finding modules (not part of the model).

#include <string>
#include <vector>

#include "extractors/pdf/page_content.h"
#include "model/document.h"

namespace plantrace::pdf {

// An axis-aligned line: horizontal ones have pos = y and lo..hi along x,
// vertical ones pos = x and lo..hi along y.
struct Segment {
  double pos = 0, lo = 0, hi = 0;
  double length() const { return hi - lo; }
};

struct Segments {
  std::vector<Segment> h, v;
};

// A cell of a grid, in grid positions.
struct GridCell {
  int row = 0, col = 0, rowspan = 1, colspan = 1;
};

// A line of text standing directly above an unruled table (a title, a
// caption, or a banner row drawn without rules).
struct LeadLine {
  BBox box;
  std::string text;
};

// A table's geometry on one page: column boundaries xs (cols + 1 of them),
// row boundaries ys (rows + 1), and the cells covering every position once.
struct Grid {
  std::vector<double> xs, ys;
  std::vector<GridCell> cells;
  bool ruled = false;
  // Unruled tables: one-chunk lines directly above, top to bottom. Those
  // repeated above every page's part of a stitched table are header rows.
  std::vector<LeadLine> lead;
  // How many of the lead lines (from the bottom) are a banner row of this
  // table on their own evidence (see banner_lead.h), repeated or not.
  int banner_lead = 0;
  // An unruled one-row grid: a table only if it turns out to repeat the
  // head of the table on the page before (the rest is then a row carried
  // over); dropped otherwise.
  bool tentative = false;
  int rows() const { return ys.empty() ? 0 : static_cast<int>(ys.size()) - 1; }
  int cols() const { return xs.empty() ? 0 : static_cast<int>(xs.size()) - 1; }
  BBox bbox() const {
    if (xs.empty() || ys.empty()) return {};
    return {xs.front(), ys.front(), xs.back(), ys.back()};
  }
};

// One table region on one page, with its content filled in.
struct PageTable {
  int page = 1;
  double page_width = 0, page_height = 0;
  Grid grid;
  Table table;  // rows/cols/cells/regions filled; header_rows set by stitching
  // Text direction the table reads in (Word::rotation): non-zero for a table
  // set sideways, whose grid is in its upright frame (see orientation.h).
  // Such tables are never stitched.
  int rotation = 0;
  // Rows whose non-empty cells are all bold (a header hint).
  std::vector<bool> row_bold;
};

// Median font size of the words (10 when there are none): the unit that
// tolerances scale with.
double TypicalFontSize(const std::vector<Word>& words);

// Whether a filled box is white (or the near-white some producers paint):
// page background, no shading and no cell edge.
bool IsWhiteFill(const std::string& color);

// Whether two boxes share some area (touching edges do not).
inline bool BoxesOverlap(const BBox& a, const BBox& b) {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.top < b.bottom && b.top < a.bottom;
}

}  // namespace plantrace::pdf

#include "extractors/pdf/tables/shaded_head.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "extractors/pdf/tables/body_rows.h"

namespace plantrace::pdf {
namespace {

struct Band {
  std::vector<BBox> boxes;  // left to right
  double top = 0, bottom = 0;
};

// Boxes whose edges meet within this (points) are painted edge to edge.
constexpr double kTouching = 0.1;

double MidY(const BBox& b) { return (b.top + b.bottom) / 2; }
double MidX(const BBox& b) { return (b.x0 + b.x1) / 2; }

int WordsInside(const PageContent& page, const BBox& b) {
  int n = 0;
  for (const Word& w : page.words) {
    const double mx = MidX(w.bbox), my = MidY(w.bbox);
    n += mx >= b.x0 && mx <= b.x1 && my >= b.top && my <= b.bottom;
  }
  return n;
}

// Shaded boxes side by side: centred on one height (cells of one row whose
// shading covers their text block, centred or not, share the middle or the
// top), each a few points from the next, two or more of them with text.
std::vector<Band> ShadedBands(const PageContent& page, double em) {
  std::vector<const FilledBox*> boxes;
  for (const FilledBox& b : page.boxes) {
    // (Taken regions are checked per band: see FindShadedHeadGrids.)
    // (Narrower fills are marks or rules drawn as boxes, not cells; no
    // output moves for a floor from 0.3 to 0.8 em.)
    if (!IsWhiteFill(b.color) && b.bbox.width() >= 0.5 * em) boxes.push_back(&b);
  }
  std::sort(boxes.begin(), boxes.end(), [](const FilledBox* a, const FilledBox* b) { return a->bbox.x0 < b->bbox.x0; });
  std::vector<bool> used(boxes.size(), false);
  std::vector<Band> bands;
  for (size_t i = 0; i < boxes.size(); ++i) {
    if (used[i]) continue;
    Band band;
    band.boxes.push_back(boxes[i]->bbox);
    used[i] = true;
    // Extend to the right with the nearest box on the same middle line.
    for (bool grew = true; grew;) {
      grew = false;
      const BBox& last = band.boxes.back();
      for (size_t j = 0; j < boxes.size(); ++j) {
        const BBox& b = boxes[j]->bbox;
        // (Head boxes measured share their middle to 0.00 em in LibreOffice
        // and ReportLab heads; boxes of neighbouring rows stand 0.35 em and
        // more apart in ICDAR's tables.)
        if (used[j] || std::fabs(MidY(b) - MidY(last)) > 0.2 * em) continue;
        const double gap = b.x0 - last.x1;
        // Touching (cells painted edge to edge, no cell spacing: ReportLab's
        // and Chromium's <th> fills, 0.00 pt) or apart by no more than cell
        // spacing: LibreOffice's heads 2.85 pt (0.26 em) apart, ReportLab's
        // canvas 3 pt. Between: spreadsheet fills in Kent papers, 0.36-0.48
        // pt, a mosaic of fills, not cells (no output moves for a floor from
        // 0.3 to 1.0 pt). Above: 0.8 em is a knife edge in one Kent finance
        // appendix, with boxes 0.793 em (taken) and 0.864 em (not) apart; see
        // decisions.md. (Touching boxes also make rules: a grid of them over
        // a ruled body keeps the table, see FindShadedHeadGrids.)
        const bool touching = std::fabs(gap) <= kTouching;
        if (!touching && (gap < 0.5 || gap > 0.8 * em)) continue;
        band.boxes.push_back(b);
        used[j] = true;
        grew = true;
        break;
      }
    }
    if (band.boxes.size() < 2) continue;
    int with_text = 0;
    band.top = 1e300;
    band.bottom = -1e300;
    for (const BBox& b : band.boxes) {
      with_text += WordsInside(page, b) > 0;
      band.top = std::min(band.top, b.top);
      band.bottom = std::max(band.bottom, b.bottom);
    }
    if (with_text >= 2) bands.push_back(std::move(band));
  }
  std::sort(bands.begin(), bands.end(), [](const Band& a, const Band& b) { return a.top < b.top; });
  return bands;
}

// (Within 1 pt: a repeated head's boxes are drawn at the same edges; no
// output moves from 0.5 to 2 pt.)
bool SameColumns(const Band& a, const Band& b) {
  if (a.boxes.size() != b.boxes.size()) return false;
  for (size_t k = 0; k < a.boxes.size(); ++k)
    if (std::fabs(a.boxes[k].x0 - b.boxes[k].x0) > 1) return false;
  return true;
}

}  // namespace

std::vector<Grid> FindShadedHeadGrids(const PageContent& page, const std::vector<BBox>& taken) {
  std::vector<Grid> grids;
  const double em = TypicalFontSize(page.words);
  const std::vector<Band> bands = ShadedBands(page, em);
  std::vector<BBox> done = taken;
  for (size_t bi = 0; bi < bands.size(); ++bi) {
    const Band& band = bands[bi];
    // Bands of the same columns stacked one against the next are stripes
    // through a body (zebra rows, a highlighted column), not its head.
    bool striped = false;
    for (size_t bj = 0; bj < bands.size(); ++bj)
      striped = striped || (bj != bi && SameColumns(band, bands[bj]) &&
                            std::max(bands[bj].top - band.bottom, band.top - bands[bj].bottom) < 0.5 * em);
    if (striped) continue;
    std::vector<double> xs;
    for (const BBox& b : band.boxes) xs.push_back(b.x0);
    xs.push_back(band.boxes.back().x1);
    const double width = xs.back() - xs.front();
    // A shaded box across the head right above it: a banner row. Measured:
    // LibreOffice's banners 1.05 em above the head (ReportLab's 0.80), every
    // one covering all of it; the nearest box that is no banner 2.87 em
    // above (ICDAR eu-011, half the width). No output moves for a cover of
    // 0.8 to 0.98 or a distance up to 2.5 em; at 1.0 em LibreOffice's go.
    std::optional<BBox> banner;
    for (const FilledBox& f : page.boxes) {
      const BBox& b = f.bbox;
      if (IsWhiteFill(f.color) || b.bottom > band.top + 0.5 || band.top - b.bottom > 1.5 * em) continue;
      if (std::min(b.x1, xs.back()) - std::max(b.x0, xs.front()) < 0.9 * width) continue;
      if (WordsInside(page, b) == 0) continue;
      if (!banner || b.bottom > banner->bottom) banner = b;
    }
    // (A taken region within the band's height, or the banner's and the
    // band's, is a grid its own boxes' edges made: no obstacle.)
    const double head_top = banner ? std::min(band.top, banner->top) : band.top;
    bool free = true;
    for (const BBox& t : done)
      free = free && (!BoxesOverlap(BBox{band.boxes.front().x0, band.top, band.boxes.back().x1, band.bottom}, t) ||
                      (t.top >= head_top - 1 && t.bottom <= band.bottom + 1));
    if (!free) continue;
    // Where the body must end: the next head of other columns, or a shaded
    // box across the columns (the next table's banner).
    double limit = page.height + 1;
    for (size_t bj = bi + 1; bj < bands.size(); ++bj)
      if (!SameColumns(band, bands[bj])) limit = std::min(limit, bands[bj].top);
    for (const FilledBox& f : page.boxes) {
      const BBox& b = f.bbox;
      if (IsWhiteFill(f.color) || b.top <= band.bottom) continue;
      for (size_t k = 1; k + 1 < xs.size(); ++k)
        if (b.x0 < xs[k] - 1 && b.x1 > xs[k] + 1) limit = std::min(limit, b.top);
    }
    for (const BBox& t : done)
      if (t.top > band.bottom && t.x0 < xs.back() && t.x1 > xs.front()) limit = std::min(limit, t.top);
    // Row labels may stand left of the first shaded head (an empty head
    // cell is not always painted): a column of their own, up to the banner's
    // left edge or a few ems out (no output moves from 4 to 9 em).
    std::vector<double> wide = xs;
    wide.insert(wide.begin(), banner ? std::min(banner->x0, xs.front()) - 0.5 : xs.front() - 6 * em);
    const BodyRows body = ReadBodyRows(page, wide, band.bottom, limit, em);
    if (body.cuts.empty()) continue;  // no body: a shaded strip, not a head
    Grid g;
    g.xs = xs;
    // (A banner reaching further left than the first head box has the same
    // column: its head cell is empty and unpainted. LibreOffice 2018's reach
    // 1 to 2 em further: no output moves at 0.5 em, one table's at 2 em.)
    if (body.left < xs.front() - 0.5) g.xs.insert(g.xs.begin(), std::min(body.left, wide.front() + 0.5) - 0.5);
    else if (banner && banner->x0 < xs.front() - em) g.xs.insert(g.xs.begin(), banner->x0);
    g.xs.back() = std::max(g.xs.back(), body.right);
    const int cols = g.cols();
    int row = 0;
    if (banner) {
      g.ys.push_back(banner->top - 0.5);
      g.cells.push_back(GridCell{row++, 0, 1, cols});
    }
    g.ys.push_back(banner ? (banner->bottom + band.top) / 2 : band.top - 0.5);
    for (double y : body.cuts) {
      g.ys.push_back(y);
      for (int c = 0; c < cols; ++c) g.cells.push_back(GridCell{row, c, 1, 1});
      ++row;
    }
    g.ys.push_back(body.bottom + 1);
    for (int c = 0; c < cols; ++c) g.cells.push_back(GridCell{row, c, 1, 1});
    // The boxes are drawn evidence of the columns: as exact as rules.
    g.ruled = true;
    done.push_back(g.bbox());
    grids.push_back(std::move(g));
  }
  return grids;
}

}  // namespace plantrace::pdf

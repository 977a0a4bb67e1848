#include "extractors/pdf/tables/orientation.h"

#include <algorithm>
#include <array>

namespace plantrace::pdf {
namespace {

// A point of the page in the frame where text of `rotation` reads upright.
// Poppler's directions: 1 runs down the page (its glyph tops face +x), 2 runs
// right to left upside down, 3 runs up the page (glyph tops face -x).
void ToUpright(const PageContent& p, int rotation, double x, double y, double* ux, double* uy) {
  switch (rotation) {
    case 1: *ux = y; *uy = p.width - x; return;
    case 2: *ux = p.width - x; *uy = p.height - y; return;
    case 3: *ux = p.height - y; *uy = x; return;
    default: *ux = x; *uy = y;
  }
}

void ToPage(const PageContent& p, int rotation, double ux, double uy, double* x, double* y) {
  switch (rotation) {
    case 1: *x = p.width - uy; *y = ux; return;
    case 2: *x = p.width - ux; *y = p.height - uy; return;
    case 3: *x = uy; *y = p.height - ux; return;
    default: *x = ux; *y = uy;
  }
}

using PointMap = void (*)(const PageContent&, int, double, double, double*, double*);

// A box turned by a quarter-turn map: its two corners turned, reordered.
BBox TurnBox(const BBox& b, PointMap f, const PageContent& p, int rotation) {
  double ax, ay, bx, by;
  f(p, rotation, b.x0, b.top, &ax, &ay);
  f(p, rotation, b.x1, b.bottom, &bx, &by);
  return BBox{std::min(ax, bx), std::min(ay, by), std::max(ax, bx), std::max(ay, by)};
}

BBox Upright(const BBox& b, const PageContent& p, int rotation) { return TurnBox(b, ToUpright, p, rotation); }

}  // namespace

PageContent UprightView(const PageContent& page, int rotation) {
  PageContent out;
  out.page = page.page;
  out.rotation = page.rotation;
  const bool odd = rotation % 2 != 0;
  out.width = odd ? page.height : page.width;
  out.height = odd ? page.width : page.height;
  for (const Word& w : page.words)
    if (w.rotation == rotation) out.words.push_back(UprightWord(w, page, rotation));
  for (const Rule& r : page.rules) out.rules.push_back({Upright(r.bbox, page, rotation)});
  for (const FilledBox& b : page.boxes) out.boxes.push_back({Upright(b.bbox, page, rotation), b.color});
  for (const Mark& m : page.marks) out.marks.push_back({Upright(m.bbox, page, rotation)});
  return out;
}

Word UprightWord(const Word& w, const PageContent& page, int rotation) {
  Word u = w;
  u.rotation = 0;
  u.bbox = Upright(w.bbox, page, rotation);
  // The baseline is an x on the page for vertical text, a y otherwise.
  double ux, uy;
  if (rotation % 2) ToUpright(page, rotation, w.baseline, 0, &ux, &uy);
  else ToUpright(page, rotation, 0, w.baseline, &ux, &uy);
  u.baseline = uy;
  return u;
}

BBox BoxOnPage(const BBox& upright, const PageContent& page, int rotation) {
  return TurnBox(upright, ToPage, page, rotation);
}

std::vector<int> SidewaysDirections(const PageContent& page) {
  std::array<size_t, 4> count{};
  for (const Word& w : page.words) ++count[static_cast<size_t>(w.rotation) & 3];
  std::vector<int> out;
  for (int r = 1; r < 4; ++r)
    if (count[r] >= 12 && count[r] * 5 >= page.words.size()) out.push_back(r);
  return out;
}

int DominantDirection(const PageContent& page, const BBox& box) {
  std::array<size_t, 4> count{};
  for (const Word& w : page.words) {
    const double mx = (w.bbox.x0 + w.bbox.x1) / 2, my = (w.bbox.top + w.bbox.bottom) / 2;
    if (mx >= box.x0 && mx <= box.x1 && my >= box.top && my <= box.bottom) ++count[static_cast<size_t>(w.rotation) & 3];
  }
  return static_cast<int>(std::max_element(count.begin(), count.end()) - count.begin());
}

void MoveToPage(const PageContent& page, int rotation, PageTable* pt) {
  pt->rotation = rotation;
  pt->page_width = page.width;
  pt->page_height = page.height;
  for (auto& r : pt->table.regions)
    if (r.bbox) r.bbox = BoxOnPage(*r.bbox, page, rotation);
  for (auto& c : pt->table.cells)
    for (auto& part : c.parts)
      if (part.bbox) part.bbox = BoxOnPage(*part.bbox, page, rotation);
}

}  // namespace plantrace::pdf

#include "extractors/pdf/tables/rules.h"

#include <algorithm>
#include <cmath>

namespace plantrace::pdf {
namespace {

// More segments than this on one page are cut to the longest ones.
constexpr size_t kMaxSegments = 5000;
// Box adjacency is checked pairwise; beyond this many boxes it is skipped.
constexpr size_t kMaxBoxes = 3000;

void AddBoxEdges(const BBox& b, Segments* out) {
  out->h.push_back({b.top, b.x0, b.x1});
  out->h.push_back({b.bottom, b.x0, b.x1});
  out->v.push_back({b.x0, b.top, b.bottom});
  out->v.push_back({b.x1, b.top, b.bottom});
}

// Two boxes touch along an edge (share a border within `tol`, overlapping
// along it): a table drawn as a mosaic of cell fills.
bool Adjacent(const BBox& a, const BBox& b, double tol) {
  const double ov_y = std::min(a.bottom, b.bottom) - std::max(a.top, b.top);
  const double ov_x = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
  const bool side = (std::fabs(a.x1 - b.x0) <= tol || std::fabs(b.x1 - a.x0) <= tol) &&
                    ov_y > 0.5 * std::min(a.height(), b.height());
  const bool stacked = (std::fabs(a.bottom - b.top) <= tol || std::fabs(b.bottom - a.top) <= tol) &&
                       ov_x > 0.5 * std::min(a.width(), b.width());
  return side || stacked;
}

void Cap(std::vector<Segment>* s) {
  if (s->size() <= kMaxSegments) return;
  std::stable_sort(s->begin(), s->end(),
                   [](const Segment& a, const Segment& b) { return a.length() > b.length(); });
  s->resize(kMaxSegments);
}

}  // namespace

bool IsWhiteFill(const std::string& color) { return color == "#ffffff" || color == "#fefefe"; }

double TypicalFontSize(const std::vector<Word>& words) {
  std::vector<double> sizes;
  for (const auto& w : words)
    if (w.font_size > 0) sizes.push_back(w.font_size);
  if (sizes.empty()) return 10;
  std::nth_element(sizes.begin(), sizes.begin() + sizes.size() / 2, sizes.end());
  return sizes[sizes.size() / 2];
}

RuleTolerances RuleTolerancesFor(const PageContent& page) {
  const double fs = TypicalFontSize(page.words);
  RuleTolerances t;
  t.snap = std::clamp(0.3 * fs, 1.5, 5.0);
  t.gap = std::clamp(0.5 * fs, 2.0, 8.0);
  return t;
}

void MergeSegments(std::vector<Segment>* segments, const RuleTolerances& tol) {
  auto& s = *segments;
  if (s.empty()) return;
  std::sort(s.begin(), s.end(), [](const Segment& a, const Segment& b) {
    if (a.pos != b.pos) return a.pos < b.pos;
    return a.lo < b.lo;
  });
  std::vector<Segment> out;
  size_t i = 0;
  while (i < s.size()) {
    // One cluster of nearly equal positions (bounded span, so no drift).
    size_t j = i + 1;
    while (j < s.size() && s[j].pos - s[j - 1].pos <= tol.snap && s[j].pos - s[i].pos <= 2 * tol.snap) ++j;
    std::vector<Segment> cluster(s.begin() + i, s.begin() + j);
    double wsum = 0, psum = 0;
    for (const auto& c : cluster) {
      const double w = std::max(c.length(), 0.1);
      wsum += w;
      psum += w * c.pos;
    }
    const double pos = psum / wsum;
    std::sort(cluster.begin(), cluster.end(),
              [](const Segment& a, const Segment& b) { return a.lo < b.lo; });
    Segment cur{pos, cluster[0].lo, cluster[0].hi};
    for (size_t k = 1; k < cluster.size(); ++k) {
      if (cluster[k].lo <= cur.hi + tol.gap) {
        cur.hi = std::max(cur.hi, cluster[k].hi);
      } else {
        out.push_back(cur);
        cur = {pos, cluster[k].lo, cluster[k].hi};
      }
    }
    out.push_back(cur);
    i = j;
  }
  s = std::move(out);
}

Segments CollectSegments(const PageContent& page, const RuleTolerances& tol) {
  Segments out;
  const double min_len = tol.snap;
  for (const auto& r : page.rules) {
    if (r.length() < min_len) continue;
    const BBox& b = r.bbox;
    if (r.horizontal())
      out.h.push_back({(b.top + b.bottom) / 2, b.x0, b.x1});
    else
      out.v.push_back({(b.x0 + b.x1) / 2, b.top, b.bottom});
  }
  // Cell fills: only boxes that touch another box, so that a lone shaded
  // paragraph or banner does not read as a table.
  std::vector<const FilledBox*> boxes;
  const double page_area = page.width * page.height;
  for (const auto& b : page.boxes) {
    if (IsWhiteFill(b.color)) continue;
    if (page_area > 0 && b.bbox.width() * b.bbox.height() > 0.5 * page_area) continue;
    boxes.push_back(&b);
  }
  if (boxes.size() <= kMaxBoxes) {
    // A box inside another (a padded inner fill) draws no cell border.
    auto inside = [&](const BBox& a, const BBox& b) {
      return a.x0 >= b.x0 - 0.1 && a.x1 <= b.x1 + 0.1 && a.top >= b.top - 0.1 && a.bottom <= b.bottom + 0.1;
    };
    std::vector<const FilledBox*> outer;
    for (size_t i = 0; i < boxes.size(); ++i) {
      bool nested = false;
      for (size_t j = 0; j < boxes.size() && !nested; ++j)
        nested = j != i && inside(boxes[i]->bbox, boxes[j]->bbox) &&
                 !(inside(boxes[j]->bbox, boxes[i]->bbox) && j > i);
      if (!nested) outer.push_back(boxes[i]);
    }
    boxes.swap(outer);
    // Where rules are drawn, they are the borders: fills there are shading
    // (often inset or overlapping), so only fills away from rules count.
    if (boxes.size() * page.rules.size() > 5000000) boxes.clear();
    std::vector<const FilledBox*> free;
    for (const FilledBox* b : boxes) {
      bool near_rule = false;
      for (const auto& r : page.rules) {
        const BBox& a = r.bbox;
        if (a.x1 >= b->bbox.x0 - tol.snap && a.x0 <= b->bbox.x1 + tol.snap && a.bottom >= b->bbox.top - tol.snap &&
            a.top <= b->bbox.bottom + tol.snap) {
          near_rule = true;
          break;
        }
      }
      if (!near_rule) free.push_back(b);
    }
    boxes.swap(free);
    std::vector<bool> used(boxes.size(), false);
    for (size_t i = 0; i < boxes.size(); ++i)
      for (size_t j = i + 1; j < boxes.size(); ++j)
        if (Adjacent(boxes[i]->bbox, boxes[j]->bbox, tol.snap)) used[i] = used[j] = true;
    for (size_t i = 0; i < boxes.size(); ++i)
      if (used[i]) AddBoxEdges(boxes[i]->bbox, &out);
  }
  Cap(&out.h);
  Cap(&out.v);
  MergeSegments(&out.h, tol);
  MergeSegments(&out.v, tol);
  return out;
}

}  // namespace plantrace::pdf

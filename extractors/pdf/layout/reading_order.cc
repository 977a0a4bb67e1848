#include "extractors/pdf/layout/reading_order.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace plantrace::pdf {
namespace {

// Lines this close to the top or bottom edge (share of the page height) are
// left out of gutter finding: running headers often span the columns.
constexpr double kMarginBand = 0.07;
// A gutter lies within this middle share of the page width.
constexpr double kGutterZone = 0.25;
// Text crossing a gutter may add up to this share of the page's text height
// (a title or a full-width heading).
constexpr double kMaxCrossing = 0.15;
// Each column holds at least this share of the page's text height.
constexpr double kMinColumnShare = 0.25;
// A short right column is enough when the left holds this share.
constexpr double kFullColumnShare = 0.5;
// Half the left column's lines end within this many font sizes of the gutter.
constexpr double kMaxColumnRagged = 4.0;
// Fewer body lines than this never make two columns.
constexpr size_t kMinLines = 6;

double MedianSize(const std::vector<const TextLine*>& lines) {
  std::vector<double> sizes;
  for (const TextLine* l : lines) sizes.push_back(l->size);
  std::nth_element(sizes.begin(), sizes.begin() + static_cast<long>(sizes.size() / 2), sizes.end());
  return std::max(sizes[sizes.size() / 2], 1.0);
}

}  // namespace

std::optional<Gutter> FindGutter(const std::vector<TextLine>& lines, double page_width,
                                 double page_height) {
  std::vector<const TextLine*> body;
  for (const TextLine& l : lines) {
    if (l.rotation != 0) continue;
    if (l.bbox.bottom < page_height * kMarginBand || l.bbox.top > page_height * (1 - kMarginBand)) continue;
    body.push_back(&l);
  }
  if (body.size() < kMinLines || page_width <= 0) return std::nullopt;
  const int bins = static_cast<int>(std::min(std::ceil(page_width), 20000.0));
  // How much text height crosses each 1-pt column of the page (difference array).
  std::vector<double> crossing(static_cast<size_t>(bins) + 1, 0.0);
  double total = 0;
  for (const TextLine* l : body) {
    const int a = std::clamp(static_cast<int>(std::floor(l->bbox.x0)), 0, bins);
    const int b = std::clamp(static_cast<int>(std::ceil(l->bbox.x1)), 0, bins);
    crossing[static_cast<size_t>(a)] += l->bbox.height();
    crossing[static_cast<size_t>(b)] -= l->bbox.height();
    total += l->bbox.height();
  }
  for (int x = 1; x <= bins; ++x) crossing[static_cast<size_t>(x)] += crossing[static_cast<size_t>(x - 1)];
  const double size = MedianSize(body);
  const int lo = static_cast<int>(page_width * kGutterZone);
  const int hi = static_cast<int>(page_width * (1 - kGutterZone));
  std::optional<Gutter> best;
  for (int x = lo; x < hi;) {
    if (crossing[static_cast<size_t>(x)] > kMaxCrossing * total) {
      ++x;
      continue;
    }
    int end = x;
    while (end < bins && crossing[static_cast<size_t>(end)] <= kMaxCrossing * total) ++end;
    Gutter g{static_cast<double>(x), static_cast<double>(end)};
    x = end;
    // The right column begins where the first text starts inside the band
    // (a short right column crosses it too little to end it).
    for (const TextLine* l : body) {
      if (l->bbox.x0 > g.x0 && l->bbox.x0 < g.x1) g.x1 = l->bbox.x0;
    }
    if (g.x1 - g.x0 < 0.5 * size) continue;
    double left = 0, right = 0;
    size_t right_lines = 0;
    std::vector<double> left_ends;
    for (const TextLine* l : body) {
      if (l->bbox.x1 <= g.x0 + 1) {
        left += l->bbox.height();
        left_ends.push_back(l->bbox.x1);
      }
      // The right column is left-aligned at the gutter's right edge.
      if (l->bbox.x0 >= g.x1 - 1 && l->bbox.x0 <= g.x1 + 2 * size) {
        right += l->bbox.height();
        ++right_lines;
      }
    }
    if (left < kMinColumnShare * total || right_lines < 2) continue;
    // A column's lines run up to the gutter; labels of a form do not.
    std::nth_element(left_ends.begin(), left_ends.begin() + static_cast<long>(left_ends.size() / 2),
                     left_ends.end());
    if (left_ends[left_ends.size() / 2] < g.x0 - kMaxColumnRagged * size) continue;
    // The right column may be short (the end of a text) when the left one is
    // full.
    if (right < kMinColumnShare * total && left < kFullColumnShare * total) continue;
    if (!best || g.x1 - g.x0 > best->x1 - best->x0) best = g;
  }
  return best;
}

std::vector<OrderedItem> OrderPage(const std::vector<TextLine>& lines,
                                   const std::vector<BBox>& tables, double page_width,
                                   double page_height) {
  const std::optional<Gutter> gutter = FindGutter(lines, page_width, page_height);
  // Lines cut from one row share the row's top, so they sort side by side.
  std::map<int, double> row_top;
  for (const TextLine& l : lines) {
    auto [it, fresh] = row_top.emplace(l.row, l.bbox.top);
    if (!fresh) it->second = std::min(it->second, l.bbox.top);
  }
  struct Keyed {
    OrderedItem item;
    double top, x0;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(lines.size() + tables.size());
  auto column_of = [&](const BBox& b) {
    if (!gutter) return Column::kFull;
    if (b.x1 <= gutter->x1) return Column::kLeft;
    if (b.x0 >= gutter->x0) return Column::kRight;
    return Column::kFull;
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    keyed.push_back({{false, i, column_of(lines[i].bbox), 0}, row_top[lines[i].row], lines[i].bbox.x0});
  }
  for (size_t i = 0; i < tables.size(); ++i) {
    keyed.push_back({{true, i, column_of(tables[i]), 0}, tables[i].top, tables[i].x0});
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    if (a.top != b.top) return a.top < b.top;
    return a.x0 < b.x0;
  });
  std::vector<OrderedItem> out, left, right;
  out.reserve(keyed.size());
  int band = 0;
  auto flush_columns = [&] {
    if (left.empty() && right.empty()) return;
    for (auto& it : left) out.push_back(it);
    for (auto& it : right) out.push_back(it);
    left.clear();
    right.clear();
    ++band;
  };
  for (Keyed& k : keyed) {
    k.item.band = band;
    switch (k.item.column) {
      case Column::kLeft: left.push_back(k.item); break;
      case Column::kRight: right.push_back(k.item); break;
      case Column::kFull:
        flush_columns();
        k.item.band = band;
        out.push_back(k.item);
        break;
    }
  }
  flush_columns();
  return out;
}

}  // namespace plantrace::pdf

#include "extractors/pdf/tables/side_by_side.h"

#include <algorithm>
#include <vector>

namespace plantrace::pdf {
namespace {

// Rules whose extents along x overlap by half the shorter one: one table's.
struct RuleGroup {
  double lo = 0, hi = 0, top = 1e300, bottom = -1e300;
  int count = 0;
};

}  // namespace

std::optional<SideBySide> FindSideBySide(const PageContent& page, const Segments& segments) {
  const double em = TypicalFontSize(page.words);
  std::vector<RuleGroup> groups;
  for (const Segment& h : segments.h) {
    if (h.length() < 4 * em) continue;
    RuleGroup* home = nullptr;
    for (RuleGroup& g : groups) {
      const double overlap = std::min(g.hi, h.hi) - std::max(g.lo, h.lo);
      if (overlap >= 0.5 * std::min(g.hi - g.lo, h.length())) {
        home = &g;
        break;
      }
    }
    if (!home) {
      groups.push_back({h.lo, h.hi});
      home = &groups.back();
    }
    home->lo = std::min(home->lo, h.lo);
    home->hi = std::max(home->hi, h.hi);
    home->top = std::min(home->top, h.pos);
    home->bottom = std::max(home->bottom, h.pos);
    ++home->count;
  }
  for (const RuleGroup& l : groups)
    for (const RuleGroup& r : groups) {
      if (l.count < 3 || r.count < 3 || l.hi >= r.lo) continue;
      const double shared = std::min(l.bottom, r.bottom) - std::max(l.top, r.top);
      if (shared < 0.5 * std::min(l.bottom - l.top, r.bottom - r.top)) continue;
      SideBySide s{(l.hi + r.lo) / 2, std::min(l.top, r.top), std::max(l.bottom, r.bottom)};
      // No text across the gutter, or running on between the two sides.
      bool clear = true;
      for (const Word& w : page.words) {
        const double my = (w.bbox.top + w.bbox.bottom) / 2;
        if (my < s.top || my > s.bottom) continue;
        if (w.bbox.x1 > l.hi && w.bbox.x0 < r.lo) {
          clear = false;
          break;
        }
      }
      if (clear) return s;
    }
  return std::nullopt;
}

}  // namespace plantrace::pdf

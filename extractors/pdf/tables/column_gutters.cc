#include "extractors/pdf/tables/column_gutters.h"

#include <algorithm>
#include <cmath>

namespace plantrace::pdf {
namespace {

// Lines covering each elementary piece of x between run ends.
struct Profile {
  std::vector<double> xs;   // sorted piece bounds
  std::vector<int> count;   // count[i]: lines covering (xs[i], xs[i+1])
};

Profile Coverage(const std::vector<std::vector<TextRun>>& lines) {
  std::vector<std::pair<double, int>> events;
  for (const auto& l : lines)
    for (const TextRun& r : l) {
      events.push_back({r.x0, +1});
      events.push_back({r.x1, -1});
    }
  std::sort(events.begin(), events.end());
  Profile p;
  int depth = 0;
  size_t i = 0;
  while (i < events.size()) {
    const double x = events[i].first;
    while (i < events.size() && events[i].first == x) depth += events[i++].second;
    p.xs.push_back(x);
    if (i < events.size()) p.count.push_back(depth);
  }
  return p;
}

// The widest sub-range of [a, b] that the fewest lines cover.
std::pair<double, double> ClearestPart(const Profile& p, double a, double b) {
  int least = 1 << 30;
  for (size_t k = 0; k < p.count.size(); ++k)
    if (p.xs[k + 1] > a && p.xs[k] < b) least = std::min(least, p.count[k]);
  std::pair<double, double> best{a, a}, cur{0, 0};
  bool open = false;
  for (size_t k = 0; k < p.count.size(); ++k) {
    const double lo = std::max(p.xs[k], a), hi = std::min(p.xs[k + 1], b);
    if (hi <= lo) continue;
    if (p.count[k] == least) {
      if (!open) cur = {lo, hi};
      cur.second = hi;
      open = true;
      if (cur.second - cur.first > best.second - best.first) best = cur;
    } else {
      open = false;
    }
  }
  return best.second > best.first ? best : std::make_pair(a, b);
}

}  // namespace

double MinimumGutter(const std::vector<std::vector<const Word*>>& lines, double size) {
  std::vector<double> gaps;
  for (const auto& l : lines)
    for (size_t i = 1; i < l.size(); ++i) {
      const double g = l[i]->bbox.x0 - l[i - 1]->bbox.x1;
      if (g > 0 && g < size) gaps.push_back(g);
    }
  double space = 0.28 * size;
  if (gaps.size() >= 3) {
    std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
    space = gaps[gaps.size() / 2];
  }
  return std::clamp(2 * space, 0.4 * size, 0.9 * size);
}

std::vector<TextRun> Runs(const std::vector<const Word*>& words, double min_gap) {
  std::vector<TextRun> out;
  for (const Word* w : words) {
    if (!out.empty() && w->bbox.x0 - out.back().x1 < min_gap) {
      out.back().x1 = std::max(out.back().x1, w->bbox.x1);
      continue;
    }
    out.push_back({w->bbox.x0, w->bbox.x1});
  }
  return out;
}

std::vector<std::pair<double, double>> ColumnGutters(const std::vector<std::vector<TextRun>>& lines,
                                                     double min_gap, int allowance) {
  const Profile p = Coverage(lines);
  std::vector<std::pair<double, double>> out;
  if (p.count.empty()) return out;
  // Candidate runs: pieces covered by no more than `allowance` lines, inside
  // the text (the first and last pieces are covered by definition).
  size_t k = 0;
  while (k < p.count.size()) {
    if (p.count[k] > allowance) {
      ++k;
      continue;
    }
    size_t e = k;
    while (e < p.count.size() && p.count[e] <= allowance) ++e;
    const double a = p.xs[k], b = p.xs[e];
    k = e;
    // A run at the margin holds the text of a sparse outer column (row
    // group labels, say): only its inner side can be a gutter.
    const bool left_edge = a <= p.xs.front(), right_edge = b >= p.xs.back();
    if (b - a < min_gap || (left_edge && right_edge)) continue;
    // Text standing wholly inside the run on a few lines: sparse columns.
    std::vector<std::pair<double, double>> islands;
    for (const auto& l : lines)
      for (const TextRun& r : l)
        if (r.x0 >= a && r.x1 <= b) islands.push_back({r.x0, r.x1});
    std::sort(islands.begin(), islands.end());
    std::vector<std::pair<double, double>> merged;
    for (const auto& is : islands) {
      if (!merged.empty() && is.first < merged.back().second + min_gap) {
        merged.back().second = std::max(merged.back().second, is.second);
        continue;
      }
      merged.push_back(is);
    }
    if ((left_edge || right_edge) && merged.empty()) continue;
    std::vector<std::pair<double, double>> parts;
    double from = a;
    for (const auto& m : merged) {
      parts.push_back({from, m.first});
      from = m.second;
    }
    parts.push_back({from, b});
    if (left_edge) parts.erase(parts.begin());
    if (right_edge) parts.pop_back();
    const bool separable = std::all_of(parts.begin(), parts.end(),
                                       [&](const auto& q) { return q.second - q.first >= min_gap; });
    if (left_edge || right_edge) {
      if (separable)
        for (const auto& q : parts) out.push_back(ClearestPart(p, q.first, q.second));
      continue;
    }
    if (merged.empty() || !separable) {
      out.push_back(ClearestPart(p, a, b));
      continue;
    }
    for (const auto& q : parts) out.push_back(ClearestPart(p, q.first, q.second));
  }
  return out;
}

void NarrowGutters(std::vector<std::pair<double, double>>* gaps, const std::vector<TextRun>& runs) {
  // An edge counts when another run shares it (text aligned on it); a
  // lone edge inside a gutter is centred text (its column's edge is not
  // there).
  auto shared = [&](double x, bool left_edge) {
    int n = 0;
    for (const TextRun& r : runs) n += std::fabs((left_edge ? r.x0 : r.x1) - x) <= 1.0;
    return n >= 2;
  };
  for (auto& [a, b] : *gaps) {
    double left = a, right = b;
    for (const TextRun& r : runs) {
      const bool starts_inside = r.x0 > a && r.x0 < b && shared(r.x0, true);
      const bool ends_inside = r.x1 > a && r.x1 < b && shared(r.x1, false);
      if (starts_inside && !ends_inside) right = std::min(right, r.x0);
      else if (ends_inside && !starts_inside) left = std::max(left, r.x1);
    }
    if (left < right) {
      a = left;
      b = right;
    }
  }
}

}  // namespace plantrace::pdf

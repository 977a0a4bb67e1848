#include "extractors/pdf/tables/stream_lines.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "extractors/pdf/tables/cells.h"

namespace plantrace::pdf {

using Line = StreamLine;
using Chunk = StreamChunk;

// Text lines of the page (upright words outside the taken regions), each cut
// into chunks where words stand further apart than a word space.
std::vector<Line> PageLines(const PageContent& page, const std::vector<BBox>& taken) {
  std::vector<const Word*> words;
  for (const auto& w : page.words) {
    if (w.rotation != 0 || w.text.empty()) continue;
    const double mx = (w.bbox.x0 + w.bbox.x1) / 2, my = (w.bbox.top + w.bbox.bottom) / 2;
    bool inside = false;
    for (const auto& b : taken) inside = inside || (mx >= b.x0 && mx <= b.x1 && my >= b.top && my <= b.bottom);
    if (!inside) words.push_back(&w);
  }
  std::stable_sort(words.begin(), words.end(), [](const Word* a, const Word* b) { return a->baseline < b->baseline; });
  std::vector<Line> lines;
  std::vector<std::vector<const Word*>> groups;
  for (const Word* w : words) {
    const double mid = (w->bbox.top + w->bbox.bottom) / 2;
    if (!groups.empty() && mid >= lines.back().top && mid <= lines.back().bottom) {
      groups.back().push_back(w);
      continue;
    }
    groups.push_back({w});
    lines.push_back({w->bbox.top, w->bbox.bottom, w->font_size, {}});
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    auto& g = groups[i];
    std::stable_sort(g.begin(), g.end(), [](const Word* a, const Word* b) { return a->bbox.x0 < b->bbox.x0; });
    Line& l = lines[i];
    for (const Word* w : g) {
      l.top = std::min(l.top, w->bbox.top);
      l.bottom = std::max(l.bottom, w->bbox.bottom);
      l.size = std::max(l.size, w->font_size);
      const double gap_limit = 0.9 * std::max(w->font_size, 1.0);
      if (l.chunks.empty() || w->bbox.x0 - l.chunks.back().x1 > gap_limit) l.chunks.push_back({w->bbox.x0, w->bbox.x1, {}});
      l.chunks.back().x1 = std::max(l.chunks.back().x1, w->bbox.x1);
      l.chunks.back().words.push_back(w);
    }
  }
  return lines;
}

// Whether a line is body text, which ends a block of table lines: one run of
// text wider than `limit`, alone or after a list mark or paragraph number, or
// so wide that no other column would fit beside it.
bool IsProse(const Line& l, double limit) {
  const Chunk& last = l.chunks.back();
  if (last.x1 - last.x0 <= limit) return false;
  if (l.chunks.size() == 1 || last.x1 - last.x0 > 1.3 * limit) return true;
  return l.chunks.size() == 2 && l.chunks[0].words.size() == 1 && IsLabelText(l.chunks[0].words[0]->text);
}

namespace {

// Blocks of lines with no more than a blank line between them and no prose
// line among them (prose lines are left out).
// A wide line alone is no prose when it starts where a later column of a
// table line just above or below starts (a long cell that wraps).
bool ContinuesColumn(const std::vector<Line>& lines, size_t i, double prose_width) {
  const Line& l = lines[i];
  if (l.chunks.size() != 1) return false;
  // `near`: the line of the same cell next to `o` (the chain walks upwards).
  auto aligned = [&](const Line& o, const Line& near) {
    if (o.chunks.size() < 2 || IsProse(o, prose_width)) return false;
    if (std::max(near.top - o.bottom, o.top - near.bottom) > 0.8 * std::max(l.size, 1.0)) return false;
    for (size_t k = 1; k < o.chunks.size(); ++k)
      if (std::fabs(o.chunks[k].x0 - l.x0()) <= 0.3 * std::max(l.size, 1.0)) return true;
    return false;
  };
  // Upwards through earlier lines of the same cell.
  for (size_t j = i; j-- > 0;) {
    const Line& o = lines[j];
    if (aligned(o, lines[j + 1])) return true;
    if (o.chunks.size() != 1 || std::fabs(o.x0() - l.x0()) > 0.3 * std::max(l.size, 1.0) ||
        lines[j + 1].top - o.bottom > 0.8 * std::max(l.size, 1.0))
      break;
  }
  // Downwards likewise (a cell carried over to the top of a page).
  for (size_t j = i + 1; j < lines.size(); ++j) {
    const Line& o = lines[j];
    if (aligned(o, lines[j - 1])) return true;
    if (o.chunks.size() != 1 || std::fabs(o.x0() - l.x0()) > 0.3 * std::max(l.size, 1.0) ||
        o.top - lines[j - 1].bottom > 0.8 * std::max(l.size, 1.0))
      break;
  }
  return false;
}

}  // namespace

std::vector<std::pair<size_t, size_t>> Blocks(const std::vector<Line>& lines, double prose_width) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t start = 0;
  for (size_t i = 0; i <= lines.size(); ++i) {
    const bool prose =
        i < lines.size() && IsProse(lines[i], prose_width) && !ContinuesColumn(lines, i, prose_width);
    const bool gap = i == lines.size() || prose ||
                     (i > start && lines[i].top - lines[i - 1].bottom >
                                       1.6 * std::max(lines[i - 1].bottom - lines[i - 1].top, 1.0));
    if (gap) {
      if (i > start) out.push_back({start, i});
      start = prose ? i + 1 : i;
    }
  }
  return out;
}

bool IsLabelText(const std::string& t) {
  if (BulletPrefix(t) == t.size()) return true;
  if (IsListLabel(t)) return true;
  // Paragraph numbers: "1.1", "3.1.2", "12".
  bool digit = false;
  for (char c : t) {
    if (std::isdigit(static_cast<unsigned char>(c))) digit = true;
    else if (c != '.' && c != ')' && c != '(') return false;
  }
  return digit && t.size() <= 7;
}

std::vector<std::pair<size_t, size_t>> SplitAtWideGaps(const std::vector<Line>& lines,
                                                       const std::vector<std::pair<size_t, size_t>>& blocks) {
  std::vector<std::pair<size_t, size_t>> out;
  for (const auto& [b0, b1] : blocks) {
    std::vector<double> gaps;
    for (size_t i = b0 + 1; i < b1; ++i) gaps.push_back(lines[i].top - lines[i - 1].bottom);
    // Only blocks of two columns (key and value): in wider tables a wide
    // gap is more often a blank between groups of rows.
    size_t widest = 0;
    for (size_t i = b0; i < b1; ++i) widest = std::max(widest, lines[i].chunks.size());
    if (gaps.size() < 4 || widest > 2) {
      out.push_back({b0, b1});
      continue;
    }
    std::vector<double> sorted = gaps;
    std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
    const double median = std::max(sorted[sorted.size() / 2], 0.0);
    // Each side must hold two lines of several cells (a table of its own):
    // a tall cell's last lines alone above a wide row gap are no table.
    auto tabular = [&](size_t from, size_t to) {
      int n = 0;
      for (size_t k = from; k < to; ++k) n += lines[k].chunks.size() >= 2;
      return n >= 2;
    };
    size_t start = b0;
    for (size_t i = b0 + 1; i < b1; ++i) {
      const double h = std::max(lines[i - 1].bottom - lines[i - 1].top, 1.0);
      const double gap = gaps[i - 1 - b0];
      // (Lines of different columns on their own baselines interleave: the
      // median is then no measure of the spacing, and nothing is cut.)
      if (median > 0.15 * h && gap > 2.2 * median && gap > 1.3 * h && tabular(start, i) && tabular(i, b1)) {
        out.push_back({start, i});
        start = i;
      }
    }
    out.push_back({start, b1});
  }
  return out;
}

}  // namespace plantrace::pdf

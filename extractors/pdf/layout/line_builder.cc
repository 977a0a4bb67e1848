#include "extractors/pdf/layout/line_builder.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "extractors/pdf/layout/list_marker.h"
#include "extractors/pdf/layout/superscript.h"

namespace plantrace::pdf {
namespace {

// Words whose boxes overlap by this share of the smaller height share a row.
constexpr double kMinRowOverlap = 0.5;
// A gap wider than this many font sizes always cuts a row…
constexpr double kMaxWordGap = 3.0;
// …and one wider than this cuts it where the PDF put no space.
constexpr double kMaxUnspacedGap = 1.0;
// A lone label may stand this many font sizes before its text.
constexpr double kMaxLabelGap = 6.0;
// A drawn bullet may stand this many font sizes before the line's text.
constexpr double kMaxBulletGap = 3.0;

// The box in the text's own frame: `x` runs along the text, `y` across it
// (downward = next line), whatever the rotation.
BBox Frame(const BBox& b, int rotation) {
  switch (rotation & 3) {
    case 1: return {b.top, -b.x1, b.bottom, -b.x0};
    case 2: return {-b.x1, -b.bottom, -b.x0, -b.top};
    case 3: return {-b.bottom, b.x0, -b.top, b.x1};
    default: return b;
  }
}

double VerticalOverlap(const BBox& a, const BBox& b) {
  return std::min(a.bottom, b.bottom) - std::max(a.top, b.top);
}

struct Placed {
  size_t index;  // into the words
  BBox frame;
};

bool IsLabel(const std::string& text) {
  return IsBulletGlyph(text) || IsItemLabel(text) || IsSectionNumber(text);
}

TextLine MakeLine(std::vector<Word>& words, const std::vector<Placed>& run, int row) {
  TextLine line;
  line.row = row;
  line.rotation = words[run.front().index].rotation;
  line.bbox = words[run.front().index].bbox;
  line.words.reserve(run.size());
  for (const Placed& p : run) {
    Extend(&line.bbox, words[p.index].bbox);
    line.words.push_back(std::move(words[p.index]));  // each word goes to one line
  }
  MarkSuperscripts(&line);
  line.text_x0 = line.bbox.x0;
  return line;
}

// Cuts one row (sorted along the text) into lines.
void CutRow(std::vector<Word>& words, const std::vector<Placed>& row, int row_index,
            std::vector<TextLine>* out) {
  std::vector<std::vector<Placed>> runs(1);
  for (size_t i = 0; i < row.size(); ++i) {
    if (i > 0) {
      const Word& prev = words[row[i - 1].index];
      const Word& cur = words[row[i].index];
      const double size = std::max({prev.font_size, cur.font_size, 1.0});
      const double gap = row[i].frame.x0 - row[i - 1].frame.x1;
      if (gap > kMaxWordGap * size || (gap > kMaxUnspacedGap * size && !prev.space_after)) {
        runs.emplace_back();
      }
    }
    runs.back().push_back(row[i]);
  }
  // A run that is only a label joins the run after it when that is near.
  for (size_t r = 0; r + 1 < runs.size(); ++r) {
    if (runs[r].size() != 1) continue;
    const Word& label = words[runs[r][0].index];
    const double gap = runs[r + 1].front().frame.x0 - runs[r][0].frame.x1;
    if (IsLabel(label.text) && gap <= kMaxLabelGap * std::max(label.font_size, 1.0)) {
      runs[r].insert(runs[r].end(), runs[r + 1].begin(), runs[r + 1].end());
      runs.erase(runs.begin() + static_cast<long>(r) + 1);
    }
  }
  for (const auto& run : runs) {
    TextLine line = MakeLine(words, run, row_index);
    if (line.words.size() > 1 && IsLabel(line.words[0].text)) line.text_x0 = line.words[1].bbox.x0;
    out->push_back(std::move(line));
  }
}

// A line of only smaller words (a superscript, "st" of "21st") that a row
// cut off from its line — rows of side-by-side columns rarely share
// baselines — rejoins the line it touches: overlapping it vertically and
// standing right after or just before it.
constexpr double kMaxTouchGap = 0.3;

bool IsSmallerThan(const TextLine& small, const TextLine& big) {
  for (const Word& w : small.words) {
    if (w.font_size >= big.size * 0.9) return false;
  }
  return true;
}

void RejoinRaisedFragments(std::vector<TextLine>* lines) {
  constexpr size_t kMaxFragmentWords = 3;
  constexpr int kRowReach = 8;
  for (size_t i = 0; i < lines->size(); ++i) {
    TextLine& frag = (*lines)[i];
    if (frag.words.empty() || frag.words.size() > kMaxFragmentWords || frag.rotation != 0) continue;
    // Lines are in row order: the host is among the rows cut nearby.
    const size_t from = i > kRowReach ? i - kRowReach : 0;
    const size_t to = std::min(lines->size(), i + kRowReach + 1);
    for (size_t j = from; j < to; ++j) {
      TextLine& host = (*lines)[j];
      if (j == i || std::abs(host.row - frag.row) > kRowReach || host.words.empty() || host.rotation != 0 || !IsSmallerThan(frag, host)) continue;
      const double overlap = VerticalOverlap(frag.bbox, host.bbox);
      if (overlap < kMinRowOverlap * frag.bbox.height()) continue;
      const double reach = kMaxTouchGap * host.size;
      bool touches = false;
      for (const Word& w : host.words) {
        touches = touches || std::fabs(frag.bbox.x0 - w.bbox.x1) <= reach ||
                  std::fabs(w.bbox.x0 - frag.bbox.x1) <= reach;
      }
      if (!touches) continue;
      host.words.insert(host.words.end(), frag.words.begin(), frag.words.end());
      std::stable_sort(host.words.begin(), host.words.end(),
                       [](const Word& a, const Word& b) { return a.bbox.x0 < b.bbox.x0; });
      Extend(&host.bbox, frag.bbox);
      MarkSuperscripts(&host);
      host.text_x0 = std::min(host.text_x0, host.bbox.x0);
      frag.words.clear();
      break;
    }
  }
  lines->erase(std::remove_if(lines->begin(), lines->end(),
                              [](const TextLine& l) { return l.words.empty(); }),
               lines->end());
}

void AttachBullets(const std::vector<Mark>& marks, std::vector<TextLine>* lines) {
  if (marks.empty()) return;
  // Marks by the height of their centre, so each line looks only at the
  // marks beside it (a page may hold many small shapes: plots, patterns).
  std::vector<const Mark*> by_y;
  by_y.reserve(marks.size());
  for (const Mark& m : marks) by_y.push_back(&m);
  std::sort(by_y.begin(), by_y.end(),
            [](const Mark* a, const Mark* b) { return CenterY(a->bbox) < CenterY(b->bbox); });
  for (TextLine& line : *lines) {
    if (line.rotation != 0) continue;
    const double reach = kMaxBulletGap * std::max(line.size, 1.0);
    auto it = std::lower_bound(by_y.begin(), by_y.end(), line.bbox.top,
                               [](const Mark* m, double y) { return CenterY(m->bbox) < y; });
    for (; it != by_y.end() && CenterY((*it)->bbox) <= line.bbox.bottom; ++it) {
      const Mark& m = **it;
      if (m.bbox.x1 > line.bbox.x0 || line.bbox.x0 - m.bbox.x1 > reach) continue;
      if (m.bbox.height() > line.size) continue;  // bigger than the text: not a bullet
      line.drawn_bullet = true;
      line.text_x0 = line.bbox.x0;
      Extend(&line.bbox, m.bbox);
      break;
    }
  }
}

}  // namespace

std::vector<TextLine> BuildLines(std::vector<Word> words, const std::vector<Mark>& marks) {
  std::vector<TextLine> lines;
  // One pass per text direction, horizontal first.
  std::map<int, std::vector<Placed>> by_rotation;
  for (size_t i = 0; i < words.size(); ++i) {
    by_rotation[words[i].rotation & 3].push_back({i, Frame(words[i].bbox, words[i].rotation)});
  }
  int row_index = 0;
  for (auto& [rotation, placed] : by_rotation) {
    // Sort once by the bottom of the box (near the baseline), then along.
    std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) {
      if (a.frame.bottom != b.frame.bottom) return a.frame.bottom < b.frame.bottom;
      return a.frame.x0 < b.frame.x0;
    });
    std::vector<Placed> row;
    BBox band{};
    auto flush = [&] {
      if (row.empty()) return;
      std::stable_sort(row.begin(), row.end(),
                       [](const Placed& a, const Placed& b) { return a.frame.x0 < b.frame.x0; });
      CutRow(words, row, row_index++, &lines);
      row.clear();
    };
    for (const Placed& p : placed) {
      if (!row.empty()) {
        const double need =
            kMinRowOverlap * std::min(p.frame.height(), band.height());
        if (VerticalOverlap(p.frame, band) < need || need <= 0) flush();
      }
      // The row's band is the box of its tallest word: small raised or
      // lowered words join it without widening it.
      if (row.empty() || p.frame.height() > band.height()) band = p.frame;
      row.push_back(p);
    }
    flush();
  }
  RejoinRaisedFragments(&lines);
  AttachBullets(marks, &lines);
  return lines;
}

}  // namespace plantrace::pdf

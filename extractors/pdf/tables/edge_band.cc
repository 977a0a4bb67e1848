#include "extractors/pdf/tables/edge_band.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

namespace plantrace::pdf {
namespace {

// A word's text with each run of digits made one '#' (page numbers differ).
std::string DigitsBlurred(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isdigit(c)) {
      if (out.empty() || out.back() != '#') out += '#';
      continue;
    }
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}

// A running header or footer line: each word stands again (digits aside) at
// about the same height on the neighbouring page.
bool Running(const EdgeLine& l, const PageContent& other) {
  for (const Word* w : l.words) {
    const double mid = (w->bbox.top + w->bbox.bottom) / 2, tol = std::max(3.0, 0.5 * w->font_size);
    const std::string key = DigitsBlurred(w->text);
    const bool again = std::any_of(other.words.begin(), other.words.end(), [&](const Word& o) {
      return std::fabs((o.bbox.top + o.bbox.bottom) / 2 - mid) <= tol && DigitsBlurred(o.text) == key;
    });
    if (!again) return false;
  }
  return true;
}

// A line cut by the break that the producer printed on both pages: each
// word stands again in `edge`, the table's side of the break on `other`.
bool PrintedTwice(const EdgeLine& l, const PageContent& other, const BBox& edge) {
  for (const Word* w : l.words) {
    const bool again = std::any_of(other.words.begin(), other.words.end(), [&](const Word& o) {
      const double my = (o.bbox.top + o.bbox.bottom) / 2;
      return o.text == w->text && my >= edge.top && my <= edge.bottom && o.bbox.x0 >= edge.x0 - 2 &&
             o.bbox.x1 <= edge.x1 + 2;
    });
    if (!again) return false;
  }
  return true;
}

}  // namespace

bool WordWithin(const Word& w, const BBox& b) {
  const double mx = (w.bbox.x0 + w.bbox.x1) / 2, my = (w.bbox.top + w.bbox.bottom) / 2;
  return mx >= b.x0 - 1 && mx <= b.x1 + 1 && my >= b.top - 1 && my <= b.bottom + 1;
}

// The page's upright lines outside the `taken` regions, top to bottom.
std::vector<EdgeLine> LinesOutside(const PageContent& page, const std::vector<BBox>& taken) {
  std::vector<const Word*> words;
  for (const Word& w : page.words) {
    if (w.rotation != 0 || w.text.empty()) continue;
    if (std::none_of(taken.begin(), taken.end(), [&](const BBox& b) { return WordWithin(w, b); })) words.push_back(&w);
  }
  std::sort(words.begin(), words.end(), [](const Word* a, const Word* b) { return a->bbox.top < b->bbox.top; });
  std::vector<EdgeLine> lines;
  for (const Word* w : words) {
    const double mid = (w->bbox.top + w->bbox.bottom) / 2;
    if (lines.empty() || mid > lines.back().bottom) lines.push_back({w->bbox.top, w->bbox.bottom, {}});
    lines.back().bottom = std::max(lines.back().bottom, w->bbox.bottom);
    lines.back().words.push_back(w);
  }
  for (auto& l : lines)
    std::sort(l.words.begin(), l.words.end(), [](const Word* a, const Word* b) { return a->bbox.x0 < b->bbox.x0; });
  return lines;
}

// The column of each word of the line in the boundaries `xs`, or nothing when
// a word crosses a boundary or stands outside, or two neighbouring words in
// different columns are no further apart than words of one line of prose.
std::optional<std::vector<int>> Columns(const EdgeLine& l, const std::vector<double>& xs) {
  std::vector<int> cols;
  for (size_t i = 0; i < l.words.size(); ++i) {
    const Word* w = l.words[i];
    const double em = std::max(w->font_size, 1.0), tol = 0.2 * em;
    int col = -1;
    for (size_t c = 0; c + 1 < xs.size() && col < 0; ++c)
      if (w->bbox.x0 >= xs[c] - tol && w->bbox.x1 <= xs[c + 1] + tol) col = static_cast<int>(c);
    if (col < 0) return std::nullopt;
    if (i > 0 && col != cols.back() && (col < cols.back() || w->bbox.x0 - l.words[i - 1]->bbox.x1 < 0.6 * em))
      return std::nullopt;
    cols.push_back(col);
  }
  return cols;
}

// The band of lines between a table and the page break: from the break
// (running lines there stepped over) towards the table while each line
// stands in `xs` and no gap is wider than `widest`. `from_foot`: the band is
// at the page's foot (gathered upwards). `stop` is where another table or
// the page's content before the band starts (the band may not reach it).
// `edge` is the table's side of the break on `other`.
std::vector<EdgeLine> Band(const std::vector<EdgeLine>& lines, const PageContent& other, const BBox& edge,
                           bool from_foot, double stop, const std::vector<double>& xs, double widest) {
  std::vector<EdgeLine> band;
  const int n = static_cast<int>(lines.size());
  for (int k = 0; k < n; ++k) {
    const EdgeLine& l = lines[from_foot ? n - 1 - k : k];
    if (from_foot ? l.top < stop : l.bottom > stop) break;
    if (band.empty() && (Running(l, other) || PrintedTwice(l, other, edge))) continue;
    std::optional<std::vector<int>> cols = Columns(l, xs);
    if (!cols) break;
    if (!band.empty()) {
      const double gap = from_foot ? band.back().top - l.bottom : l.top - band.back().bottom;
      if (gap > widest) break;
    }
    band.push_back(l);
    band.back().cols = std::move(*cols);
  }
  if (from_foot) std::reverse(band.begin(), band.end());
  // A heading or the short last line of a paragraph stands alone in the
  // first column: a part of a table fills two columns on some line, or
  // goes on in later columns only, over two lines at least (one line in one
  // column may be a caption or a title that happens to fit). A table's
  // head part (at a page's foot) opens with a row of two cells or more.
  bool wide = false, first_col = false;
  for (const EdgeLine& l : band) {
    wide = wide || l.cols.front() != l.cols.back();
    first_col = first_col || l.cols.front() == 0;
  }
  if (!wide && (first_col || from_foot || band.size() < 2)) band.clear();
  // Lines right against another table on the page are that table's.
  if (!band.empty()) {
    const double gap = from_foot ? band.front().top - stop : stop - band.back().bottom;
    if (gap <= widest) band.clear();
  }
  return band;
}

ColumnEdges EdgesOf(const PageTable& t, const PageContent& page) {
  const std::vector<double>& xs = t.grid.xs;
  const size_t n = xs.size() - 1;
  ColumnEdges e{std::vector<double>(n, 1e300), std::vector<double>(n, -1e300)};
  const BBox box = t.grid.bbox();
  for (const Word& w : page.words) {
    if (w.rotation != 0 || !WordWithin(w, box)) continue;
    const double mx = (w.bbox.x0 + w.bbox.x1) / 2;
    for (size_t c = 0; c < n; ++c)
      if (mx >= xs[c] && mx <= xs[c + 1]) {
        e.left[c] = std::min(e.left[c], w.bbox.x0);
        e.right[c] = std::max(e.right[c], w.bbox.x1);
        break;
      }
  }
  return e;
}

// Whether the band's text is set as the table's is: in every column it
// fills, some run starts where the table's text there starts (or ends where
// it ends: figures set right). A title or a mark centred over the page
// (a "DRAFT" stamp) is not.
bool AlignedWith(const std::vector<EdgeLine>& band, const std::vector<double>& xs, const ColumnEdges& e) {
  const size_t n = xs.size() - 1;
  std::vector<int> state(n, 0);  // 0 unfilled, 1 filled, 2 aligned
  for (const EdgeLine& l : band) {
    const std::vector<int>& cols = l.cols;
    for (size_t i = 0; i < l.words.size();) {
      size_t j = i;
      while (j + 1 < l.words.size() && cols[j + 1] == cols[i]) ++j;
      const int c = cols[i];
      const double tol = 0.5 * std::max(l.words[i]->font_size, 1.0);
      const bool aligned = std::fabs(l.words[i]->bbox.x0 - e.left[c]) <= tol ||
                           std::fabs(l.words[j]->bbox.x1 - e.right[c]) <= tol;
      state[c] = std::max(state[c], aligned ? 2 : 1);
      i = j + 1;
    }
  }
  return std::none_of(state.begin(), state.end(), [](int v) { return v == 1; });
}

}  // namespace plantrace::pdf

#include "extractors/pdf/tables/body_rows.h"

#include "extractors/pdf/tables/line_bands.h"

#include <algorithm>
#include <cmath>

namespace plantrace::pdf {
namespace {

using Span = LineBand;

// Whether some text in `spans` (sorted by top, merged) covers [a, b] whole.
bool Covered(const std::vector<Span>& spans, double a, double b) {
  for (const Span& s : spans)
    if (s.top <= a + 0.1 && s.bottom >= b - 0.1) return true;
  return false;
}

std::vector<Span> Merge(std::vector<Span> spans) {
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.top < b.top; });
  std::vector<Span> out;
  for (const Span& s : spans) {
    if (!out.empty() && s.top <= out.back().bottom) out.back().bottom = std::max(out.back().bottom, s.bottom);
    else out.push_back(s);
  }
  return out;
}

}  // namespace

BodyRows ReadBodyRows(const PageContent& page, const std::vector<double>& xs, double head_bottom, double limit,
                      double em) {
  BodyRows out;
  const int cols = static_cast<int>(xs.size()) - 1;
  // (Words may reach a fifth of an em below the limit: descenders of a
  // line standing on it; no output moves from 0.1 to 0.4 em.)
  std::vector<const Word*> below;
  for (const Word& w : page.words)
    if (w.rotation == 0 && w.bbox.top > head_bottom - 0.5 && w.bbox.bottom < limit + 0.2 * em && !w.text.empty())
      below.push_back(&w);
  std::sort(below.begin(), below.end(), [](const Word* a, const Word* b) { return a->bbox.top < b->bbox.top; });
  // Down from the head: stop at a word across a column boundary (prose, a
  // heading), a word outside the columns, or a gap of more than two blank
  // lines (measured: gaps inside bodies up to 2.23 em in LibreOffice's, 2.28
  // in ReportLab's; the smallest ending one 3.83 em, in ReportLab's only; no
  // output moves from 2 to 3.5 em).
  std::vector<std::vector<const Word*>> in_col(cols);
  double covered = head_bottom;
  // A line in small print only (a footnote under the table; superscripts
  // share their line with text of the body's size). Measured: footnotes
  // 0.62 em (LibreOffice) and 0.70 em (ReportLab), superscripts 0.80 em; no
  // output moves from 0.75 to 0.95 em.
  auto small_print = [&](const Word* w) {
    if (w->font_size >= 0.85 * em) return false;
    for (const Word* o : below)
      if (o->font_size >= 0.85 * em && o->bbox.top < w->bbox.bottom && o->bbox.bottom > w->bbox.top) return false;
    return true;
  };
  std::vector<const Word*> taken;
  for (const Word* w : below) {
    bool stop = w->bbox.top - covered > 2.5 * em || (w->bbox.top > covered && small_print(w)) ||
                w->bbox.x1 < xs.front() - 0.5 || w->bbox.x0 > xs.back() - 0.5;
    for (int k = 1; k < cols; ++k) stop = stop || (w->bbox.x0 < xs[k] - 0.5 && w->bbox.x1 > xs[k] + 0.5);
    if (stop) {
      // The whole line ends the body, its words taken so far too.
      const double mid = (w->bbox.top + w->bbox.bottom) / 2;
      taken.erase(std::remove_if(taken.begin(), taken.end(),
                                 [&](const Word* o) { return o->bbox.top < mid && o->bbox.bottom > mid; }),
                  taken.end());
      break;
    }
    taken.push_back(w);
    covered = std::max(covered, w->bbox.bottom);
  }
  for (const Word* w : taken) {
    int c = 0;
    while (c + 1 < cols && (w->bbox.x0 + w->bbox.x1) / 2 > xs[c + 1]) ++c;
    in_col[c].push_back(w);
    out.left = std::min(out.left, w->bbox.x0);
    out.right = std::max(out.right, w->bbox.x1);
  }
  std::vector<std::vector<Span>> lines(cols);
  std::vector<Span> all;
  for (int c = 0; c < cols; ++c) {
    lines[c] = LineBands(in_col[c]);
    all.insert(all.end(), lines[c].begin(), lines[c].end());
  }
  if (all.empty()) return out;
  const std::vector<Span> text = Merge(all);
  // The space between lines of one paragraph (the smallest gap in a
  // column), and between paragraphs of one cell: gaps in a column that text
  // in another column covers whole cannot part rows.
  double line_gap = 1e300, para_gap = -1;
  for (int c = 0; c < cols; ++c)
    for (size_t i = 1; i < lines[c].size(); ++i) line_gap = std::min(line_gap, lines[c][i].top - lines[c][i - 1].bottom);
  // (Lines of one paragraph stand closer than a third of an em in any
  // usual leading: a larger smallest gap is between rows of one line each.
  // Measured: 0.19 em in LibreOffice's cells, 0.33 in ReportLab's; rows of
  // one line 0.90 and 1.33 em; no output moves from 0.25 to 0.5 em.)
  line_gap = std::clamp(line_gap, 0.0, 0.35 * em);
  for (int c = 0; c < cols; ++c) {
    std::vector<Span> others;
    for (int k = 0; k < cols; ++k)
      if (k != c) others.insert(others.end(), lines[k].begin(), lines[k].end());
    others = Merge(others);
    for (size_t i = 1; i < lines[c].size(); ++i) {
      const double a = lines[c][i - 1].bottom, b = lines[c][i].top;
      // (A paragraph space is a quarter em more than the line space: no
      // output moves from 0.15 to 0.4 em.)
      if (b - a > line_gap + 0.25 * em && Covered(others, a, b)) para_gap = std::max(para_gap, b - a);
    }
  }
  // Measured with a paragraph space: gaps inside cells up to its value plus
  // 0.055 em, rows from plus 0.20 em (both LibreOffice 2018: a knife edge of
  // 0.045 em, see decisions.md). Without: other gaps up to the line space
  // plus 0.02 em (a Kent appendix), rows from plus 0.45 em (LibreOffice).
  const double row_gap = para_gap > 0 ? para_gap + 0.1 * em : line_gap + 0.3 * em;
  // The anchoring column: the first (the one left of the head boxes when
  // labels stand there).
  const int anchor = lines[0].empty() && cols > 1 ? 1 : 0;
  // Whether the anchoring column and another start a line together at `y`.
  auto rows_start_at = [&](double y) {
    int starting = 0;
    bool anchored = false;
    for (int c = 0; c < cols; ++c)
      for (const Span& l : lines[c])
        if (std::fabs(l.top - y) < 0.1 * em) {
          ++starting;
          anchored = anchored || c == anchor;
          break;
        }
    return anchored && starting >= 2;
  };
  std::vector<double> bands;  // [top, bottom] pairs of the row-parting gaps
  for (size_t i = 1; i < text.size(); ++i) {
    const double gap = text[i].top - text[i - 1].bottom;
    // A gap no taller than the paragraph space parts rows too where cells
    // start together right under it, the anchoring one among them: rows of
    // cells set from the top, spaced like paragraphs (a converter's cell
    // padding equal to its paragraph margins).
    if (gap > row_gap || (gap > line_gap + 0.25 * em && rows_start_at(text[i].top))) {
      bands.push_back(text[i - 1].bottom);
      bands.push_back(text[i].top);
    }
  }
  // The columns holding text between two heights.
  auto columns_in = [&](double a, double b) {
    std::vector<int> out_cols;
    for (int c = 0; c < cols; ++c)
      for (const Span& l : lines[c])
        if (l.top >= a && l.bottom <= b) {
          out_cols.push_back(c);
          break;
        }
    return out_cols;
  };
  out.cuts.push_back((head_bottom + text.front().top) / 2);
  for (size_t k = 0; k < bands.size(); k += 2) {
    // Without a measure of the paragraph space, a gap is a paragraph break
    // in the cells above (not a row) when under it one column alone goes
    // on, the column whose text ends right above it; or when the text under
    // it has no anchoring cell (a new row brings its label).
    if (para_gap <= 0) {
      const double next = k + 2 < bands.size() ? bands[k + 2] : 1e300;
      const std::vector<int> after = columns_in(bands[k + 1] - 0.1, next + 0.1);
      bool continues = false;
      if (after.size() == 1)
        for (const Span& l : lines[after[0]]) continues = continues || std::fabs(l.bottom - bands[k]) < 0.1;
      const bool anchored_below = std::find(after.begin(), after.end(), anchor) != after.end();
      if (continues || (!anchored_below && !after.empty())) continue;
    }
    out.cuts.push_back((bands[k] + bands[k + 1]) / 2);
  }
  out.bottom = text.back().bottom;
  return out;
}

}  // namespace plantrace::pdf

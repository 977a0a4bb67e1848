// Synthetic pages for the table-finder tests: words set as a font would set
// them, lines of words, rules drawn in pieces, full grids, and a cell lookup.
#ifndef PLANTRACE_EXTRACTORS_PDF_TABLES_TABLE_FINDER_TEST_UTIL_H_
#define PLANTRACE_EXTRACTORS_PDF_TABLES_TABLE_FINDER_TEST_UTIL_H_

#include <string>
#include <vector>

#include "extractors/pdf/page_content.h"
#include "model/document.h"

namespace plantrace::pdf::table_testing {

inline Word W(const std::string& text, double x0, double top, double size = 10, bool bold = false) {
  Word w;
  w.text = text;
  w.bbox = {x0, top, x0 + 0.5 * size * static_cast<double>(text.size()), top + 1.15 * size};
  w.baseline = top + 0.9 * size;
  w.font_size = size;
  w.font = bold ? "Helvetica-Bold" : "Helvetica";
  w.bold = bold;
  w.space_after = true;
  return w;
}

// A line of words starting at x (word spacing as a font would set it).
inline void Text(PageContent* p, const std::string& line, double x, double top, bool bold = false) {
  size_t start = 0;
  while (start < line.size()) {
    size_t end = line.find(' ', start);
    if (end == std::string::npos) end = line.size();
    Word w = W(line.substr(start, end - start), x, top, 10, bold);
    x = w.bbox.x1 + 2.8;
    p->words.push_back(w);
    start = end + 1;
  }
}

inline void HRule(PageContent* p, double y, double x0, double x1) { p->rules.push_back({{x0, y - 0.25, x1, y + 0.25}}); }

inline void VRule(PageContent* p, double x, double y0, double y1) { p->rules.push_back({{x - 0.25, y0, x + 0.25, y1}}); }

inline PageContent Page(int n) {
  PageContent p;
  p.page = n;
  p.width = 595;
  p.height = 842;
  return p;
}

// A full grid with columns at xs and rows at ys, drawn as separate pieces per
// cell side (as many producers do).
inline void DrawGrid(PageContent* p, const std::vector<double>& xs, const std::vector<double>& ys) {
  for (size_t r = 0; r + 1 < ys.size(); ++r)
    for (size_t c = 0; c + 1 < xs.size(); ++c) {
      HRule(p, ys[r], xs[c], xs[c + 1]);
      VRule(p, xs[c], ys[r], ys[r + 1]);
    }
  for (size_t c = 0; c + 1 < xs.size(); ++c) HRule(p, ys.back(), xs[c], xs[c + 1]);
  for (size_t r = 0; r + 1 < ys.size(); ++r) VRule(p, xs.back(), ys[r], ys[r + 1]);
}

inline const Cell* At(const Table& t, int row, int col) {
  for (const auto& c : t.cells)
    if (c.row == row && c.col == col) return &c;
  return nullptr;
}

// The text of the cell starting at (row, col), or a note that none does: a
// check on it then fails (naming the place) where `At(...)->text` would
// crash the test binary on a table of another shape.
inline std::string TextAt(const Table& t, int row, int col) {
  const Cell* c = At(t, row, col);
  return c ? c->text : "<no cell starts at " + std::to_string(row) + "," + std::to_string(col) + ">";
}

}  // namespace plantrace::pdf::table_testing

#endif  // PLANTRACE_EXTRACTORS_PDF_TABLES_TABLE_FINDER_TEST_UTIL_H_

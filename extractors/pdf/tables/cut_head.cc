#include "extractors/pdf/tables/cut_head.h"

#include <algorithm>
#include <cmath>

#include "extractors/pdf/tables/page_table.h"
#include "extractors/pdf/tables/stitching.h"

namespace plantrace::pdf {
namespace {

// The words of one text line, left to right.
using LineWords = std::vector<const Word*>;

// The page's lowest lines of text, bottom first (at most `n`).
std::vector<LineWords> LowestLines(const PageContent& page, size_t n) {
  std::vector<const Word*> words;
  for (const Word& w : page.words)
    if (w.rotation == 0 && !w.text.empty()) words.push_back(&w);
  std::sort(words.begin(), words.end(), [](const Word* a, const Word* b) { return a->baseline > b->baseline; });
  std::vector<LineWords> out;
  for (const Word* w : words) {
    const double tol = 0.3 * std::max(w->font_size, 1.0);
    if (out.empty() || std::fabs(out.back().front()->baseline - w->baseline) > tol) {
      if (out.size() == n) break;
      out.push_back({});
    }
    out.back().push_back(w);
  }
  for (auto& l : out)
    std::sort(l.begin(), l.end(), [](const Word* a, const Word* b) { return a->bbox.x0 < b->bbox.x0; });
  return out;
}

// A head line for `grid`: bold words in two columns or more, none across a
// column boundary, neighbours in different columns further apart than a
// word space (a gutter: a line of prose is no head).
bool HeadsColumns(const LineWords& line, const Grid& grid) {
  if (line.empty()) return false;
  std::vector<bool> used(grid.cols(), false);
  int last = -1;
  for (size_t i = 0; i < line.size(); ++i) {
    const Word* w = line[i];
    if (!w->bold) return false;
    const double tol = 0.5 * std::max(w->font_size, 1.0);
    int col = -1;
    for (int c = 0; c < grid.cols(); ++c)
      if (w->bbox.x0 >= grid.xs[c] - tol && w->bbox.x1 <= grid.xs[c + 1] + tol) col = c;
    if (col < 0) return false;
    if (i > 0 && col != last && w->bbox.x0 - line[i - 1]->bbox.x1 < 0.9 * std::max(w->font_size, 1.0)) return false;
    last = col;
    used[col] = true;
  }
  return std::count(used.begin(), used.end(), true) >= 2;
}

}  // namespace

void AddHeadsCutByPageBreaks(std::vector<PageTable>* found, const std::vector<PageContent>& pages,
                             const CellTextContext& ctx) {
  std::map<int, const PageContent*> by_page;
  for (const auto& p : pages) by_page[p.page] = &p;
  std::vector<PageTable> out;
  for (size_t i = 0; i < found->size(); ++i) {
    PageTable& body = (*found)[i];
    const bool first_on_page = i == 0 || (*found)[i - 1].page != body.page;
    const auto prev = by_page.find(body.page - 1);
    // The body part opens its page, unruled, upright, without a bold row
    // of its own on top (else it has its head).
    if (first_on_page && prev != by_page.end() && !body.grid.ruled && body.rotation == 0 &&
        body.table.rows > 1 && !RowIsBold(body.table, 0)) {
      // The page before ends with the head line (a short footer below it
      // aside), under every table of that page.
      double floor = 0;
      for (const PageTable& t : out)
        if (t.page == body.page - 1) floor = std::max(floor, t.grid.bbox().bottom);
      const std::vector<LineWords> lowest = LowestLines(*prev->second, 2);
      for (size_t k = 0; k < lowest.size(); ++k) {
        const LineWords& line = lowest[k];
        if (line.front()->bbox.top < floor) break;
        if (HeadsColumns(line, body.grid)) {
          double top = 1e300, bottom = -1e300;
          for (const Word* w : line) {
            top = std::min(top, w->bbox.top);
            bottom = std::max(bottom, w->bbox.bottom);
          }
          Grid g;
          g.xs = body.grid.xs;
          g.ys = {top - 1, bottom + 1};
          for (int c = 0; c < g.cols(); ++c) g.cells.push_back(GridCell{0, c, 1, 1});
          out.push_back(MakePageTable(*prev->second, std::move(g), ctx));
          break;
        }
        if (line.size() > 3) break;  // not a footer: the head line must be last
      }
    }
    out.push_back(std::move(body));
  }
  *found = std::move(out);
}

}  // namespace plantrace::pdf

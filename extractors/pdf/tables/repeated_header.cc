#include "extractors/pdf/tables/repeated_header.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <string>

#include "extractors/pdf/tables/page_table.h"
#include "extractors/pdf/tables/stitching.h"

namespace plantrace::pdf {
namespace {

// Lines directly above an unruled table that stand, the same, directly above
// its continuation on the next page: a banner or title repeated with the
// header (an HTML <thead> row drawn without rules). Counted from the bottom.
int RepeatedLead(const Grid& a, const Grid& b) {
  int k = 0;
  while (k < static_cast<int>(a.lead.size()) && k < static_cast<int>(b.lead.size()) &&
         a.lead[a.lead.size() - 1 - k].text == b.lead[b.lead.size() - 1 - k].text)
    ++k;
  return k;
}

// The grid with its last `k` lead lines as one banner row on top.
Grid WithBanner(Grid g, int k) {
  const size_t first = g.lead.size() - k;
  double top = g.ys.front();
  for (size_t i = first; i < g.lead.size(); ++i) {
    top = std::min(top, g.lead[i].box.top - 1);
    g.xs.front() = std::min(g.xs.front(), g.lead[i].box.x0);
    g.xs.back() = std::max(g.xs.back(), g.lead[i].box.x1);
  }
  g.ys.insert(g.ys.begin(), top);
  for (auto& c : g.cells) ++c.row;
  g.cells.insert(g.cells.begin(), GridCell{0, 0, 1, g.cols()});
  return g;  // the lead stays: stitching compares it across pages
}

std::string NoSpace(const std::string& s) {
  std::string out;
  for (unsigned char c : s)
    if (!std::isspace(c)) out += static_cast<char>(c);
  return out;
}

// Cuts row `r` of `b` after the text that row `r` of `a` holds, when every
// cell of b's row starts with the same text as a's and some go on below it.
// Returns 1 when cut, 0 when the row equals a's (the next row may be
// repeated too), -1 when the row is not a's.
int CutAfterRepeatedRow(const PageTable& a, int r, const PageContent& page, PageTable* b) {
  Grid& g = b->grid;
  if (r >= g.rows()) return -1;
  double repeated_bottom = -1e300, rest_top = 1e300;
  bool any_text = false;
  for (const Cell& c : a.table.cells) {
    if (c.row > r || c.row + c.rowspan - 1 < r) continue;
    if (c.rowspan != 1 || c.col + c.colspan > g.cols()) return -1;
    std::vector<const Word*> words;
    for (const Word& w : page.words) {
      const double mx = (w.bbox.x0 + w.bbox.x1) / 2, my = (w.bbox.top + w.bbox.bottom) / 2;
      if (my > g.ys[r] && my < g.ys[r + 1] && mx > g.xs[c.col] && mx < g.xs[c.col + c.colspan]) words.push_back(&w);
    }
    std::stable_sort(words.begin(), words.end(), [](const Word* x, const Word* y) {
      if (std::fabs(x->baseline - y->baseline) > 0.3 * x->font_size) return x->baseline < y->baseline;
      return x->bbox.x0 < y->bbox.x0;
    });
    const std::string want = NoSpace(c.text);
    std::string got;
    size_t used = 0;
    while (used < words.size() && got.size() < want.size()) {
      got += NoSpace(words[used]->text);
      if (want.compare(0, got.size(), got) != 0) return -1;
      repeated_bottom = std::max(repeated_bottom, words[used]->bbox.bottom);
      ++used;
    }
    if (got != want) return -1;
    any_text = any_text || !want.empty();
    for (size_t k = used; k < words.size(); ++k) rest_top = std::min(rest_top, words[k]->bbox.top);
  }
  if (!any_text) return -1;
  if (rest_top == 1e300) return 0;
  if (rest_top <= repeated_bottom) return -1;
  // Row r splits into the repeated part and the rest (rows r and r + 1).
  g.ys.insert(g.ys.begin() + r + 1, (repeated_bottom + rest_top) / 2);
  std::vector<GridCell> cells;
  for (GridCell c : g.cells) {
    if (c.row > r) {
      ++c.row;
    } else if (c.row + c.rowspan - 1 >= r) {
      if (c.rowspan == 1) {
        GridCell below = c;
        below.row = r + 1;
        cells.push_back(below);
      } else {
        ++c.rowspan;
      }
    }
    cells.push_back(c);
  }
  g.cells = std::move(cells);
  g.tentative = false;
  return 1;
}

// A part with fewer columns than the part on the page before (a column
// empty on this page: the repeated head's first cell is blank, the carried
// row's too) takes that part's columns when no word crosses one.
bool AdoptColumns(const PageTable& a, const PageContent& page, PageTable* b) {
  Grid& g = b->grid;
  if (g.cols() >= a.grid.cols() || g.cols() < 2) return false;
  // Own boundaries are midpoints of gaps that a's boundaries need not hit
  // (a column's text is shorter here): words not crossing a's suffice, and
  // the repeated head checks the rest.
  std::vector<double> inner(a.grid.xs.begin() + 1, a.grid.xs.end() - 1);
  const BBox box = g.bbox();
  for (const Word& w : page.words) {
    const double my = (w.bbox.top + w.bbox.bottom) / 2;
    if (my < box.top || my > box.bottom || w.bbox.x1 < box.x0 || w.bbox.x0 > box.x1) continue;
    for (double x : inner)
      if (w.bbox.x0 < x && w.bbox.x1 > x) return false;
  }
  std::vector<double> xs = {std::min(g.xs.front(), a.grid.xs.front())};
  xs.insert(xs.end(), inner.begin(), inner.end());
  xs.push_back(std::max(g.xs.back(), a.grid.xs.back()));
  g.xs = std::move(xs);
  std::vector<GridCell> cells;
  for (int r = 0; r < g.rows(); ++r)
    for (int c = 0; c < g.cols(); ++c) cells.push_back(GridCell{r, c, 1, 1});
  g.cells = std::move(cells);
  return true;
}

}  // namespace

void SeparateRepeatedHeaders(std::vector<PageTable>* found, const std::vector<PageContent>& pages,
                             const CellTextContext& ctx) {
  std::map<int, const PageContent*> by_page;
  for (const auto& p : pages) by_page[p.page] = &p;
  auto continues = [&](size_t i) {
    const PageTable& a = (*found)[i - 1];
    PageTable& b = (*found)[i];
    if (a.grid.ruled != b.grid.ruled || b.page != a.page + 1) return false;
    if (a.rotation != 0 || b.rotation != 0) return false;
    const PageContent& page = *by_page[b.page];
    // Columns are adopted on evidence that b goes on from a: a one-row part
    // (checked by the cut below) or the same lines standing above both.
    if (!b.grid.ruled && (b.grid.tentative || RepeatedLead(a.grid, b.grid) > 0) && AdoptColumns(a, page, &b)) {
      Grid g = b.grid;
      b = MakePageTable(page, std::move(g), ctx);
    }
    // The head check waits: the repeated head may still hold a carried row.
    return ContinuesOnNextPage(a, b, *by_page[a.page], page, /*check_head=*/false);
  };
  // Banners first: both parts of a pair must have them before rows compare.
  std::vector<int> banner(found->size(), 0);
  for (size_t i = 1; i < found->size(); ++i) {
    const int k = RepeatedLead((*found)[i - 1].grid, (*found)[i].grid);
    if (k == 0 || (*found)[i].grid.ruled || !continues(i)) continue;
    banner[i - 1] = std::max(banner[i - 1], k);
    banner[i] = std::max(banner[i], k);
  }
  for (size_t i = 0; i < found->size(); ++i) {
    banner[i] = std::max(banner[i], (*found)[i].grid.banner_lead);
    if (banner[i] == 0) continue;
    PageTable& pt = (*found)[i];
    pt = MakePageTable(*by_page[pt.page], WithBanner(pt.grid, banner[i]), ctx);
  }
  // Then the repeated head rows, each part against the (already cut) part
  // on the page before. Ruled parts too: a producer may leave out the rule
  // under the repeated head when the row below is the rest of a row split
  // by the page break (ReportLab's platypus does).
  for (size_t i = 1; i < found->size(); ++i) {
    if (!continues(i)) continue;
    PageTable& b = (*found)[i];
    const PageContent& page = *by_page[b.page];
    for (int r = 0; r < (*found)[i - 1].table.rows; ++r) {
      const int cut = CutAfterRepeatedRow((*found)[i - 1], r, page, &b);
      if (cut < 0) break;
      if (cut > 0) {
        b = MakePageTable(page, b.grid, ctx);
        break;
      }
    }
  }
  found->erase(std::remove_if(found->begin(), found->end(), [](const PageTable& t) { return t.grid.tentative; }),
               found->end());
}

}  // namespace plantrace::pdf

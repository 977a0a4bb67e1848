#include "extractors/pdf/tables/edge_parts.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <deque>
#include <map>
#include <optional>
#include <string>

#include "extractors/pdf/tables/banner_lead.h"
#include "extractors/pdf/tables/edge_band.h"
#include "extractors/pdf/tables/line_bands.h"
#include "extractors/pdf/tables/page_table.h"
#include "extractors/pdf/tables/stitching.h"

namespace plantrace::pdf {
namespace {

bool BeginsSentence(const std::string& t) {
  if (t.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(t[0]);
  return std::isupper(c) || std::isdigit(c) || c >= 0x80;
}

// How a table's lines are set: the whitespace between lines of one cell
// (`lead`), above which a gap parts rows (`row_band`, as the stream layout
// measures it), the usual gap between rows, the widest gap inside the table
// and the usual line height.
struct Spacing {
  double lead = 0, row_band = 0, row_gap = 0, widest = 0, line_height = 0;
};

Spacing SpacingOf(const PageTable& t, const PageContent& page) {
  const BBox box = t.grid.bbox();
  std::vector<const Word*> words;
  for (const Word& w : page.words)
    if (w.rotation == 0 && WordWithin(w, box)) words.push_back(&w);
  const std::vector<LineBand> bands = LineBands(words);
  std::vector<double> gaps, heights;
  for (size_t i = 0; i < bands.size(); ++i) {
    heights.push_back(bands[i].bottom - bands[i].top);
    if (i > 0) gaps.push_back(std::max(0.0, bands[i].top - bands[i - 1].bottom));
  }
  Spacing s;
  const double size = std::max(TypicalFontSize(page.words), 1.0);
  if (!heights.empty()) {
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    s.line_height = heights[heights.size() / 2];
  }
  if (gaps.empty()) return s;
  std::sort(gaps.begin(), gaps.end());
  s.lead = gaps[gaps.size() / 4];
  s.row_band = std::max(2.5 * s.lead, s.lead + 0.3 * size);
  s.widest = gaps.back();
  std::vector<double> rows;
  for (double g : gaps)
    if (g > s.row_band) rows.push_back(g);
  s.row_gap = rows.empty() ? s.row_band : rows[rows.size() / 2];
  return s;
}

// The band as a grid in the table's columns. A line opens a row where the
// first column starts an entry (text not in lower case, which goes on a
// wrapped label, with no first-column text right above it, or set off by a
// gap of rows, or on a line filled like the one above); in a table of
// grouped rows also where, after a gap of rows, every text on it begins a
// sentence. Labels then span the rows of their group.
Grid BandGrid(const std::vector<EdgeLine>& band, const std::vector<double>& xs, const Spacing& s, bool grouped) {
  std::vector<size_t> starts = {0};
  auto has_first = [&](size_t i) { return band[i].cols.front() == 0; };
  for (size_t i = 1; i < band.size(); ++i) {
    const double gap = band[i].top - band[i - 1].bottom;
    bool opens = false;
    if (has_first(i)) {
      // Lines filled in the same columns as the line above, two or more,
      // are rows of one line each.
      std::vector<int> a = band[i - 1].cols, b = band[i].cols;
      a.erase(std::unique(a.begin(), a.end()), a.end());
      b.erase(std::unique(b.begin(), b.end()), b.end());
      const bool parallel = a == b && a.size() >= 2;
      opens = !std::islower(static_cast<unsigned char>(band[i].words.front()->text[0])) &&
              (!has_first(i - 1) || gap > s.row_band || parallel);
    } else if (grouped && gap > s.row_band) {
      opens = true;
      for (size_t k = 0; k < band[i].words.size(); ++k)
        if (k == 0 || band[i].cols[k] != band[i].cols[k - 1]) opens = opens && BeginsSentence(band[i].words[k]->text);
    }
    if (opens) starts.push_back(i);
  }
  Grid g;
  g.xs = xs;
  g.ys.push_back(band.front().top - 1);
  for (size_t r = 1; r < starts.size(); ++r)
    g.ys.push_back((band[starts[r] - 1].bottom + band[starts[r]].top) / 2);
  g.ys.push_back(band.back().bottom + 1);
  const int rows = static_cast<int>(starts.size()), ncols = static_cast<int>(xs.size()) - 1;
  std::vector<bool> labelled(rows, false);
  for (int r = 0; r < rows; ++r) labelled[r] = has_first(starts[r]);
  for (int r = 0; r < rows; ++r) {
    // A label spans the rows after it that have none (grouped rows only).
    if (grouped && labelled[r]) {
      int span = 1;
      while (r + span < rows && !labelled[r + span]) ++span;
      g.cells.push_back(GridCell{r, 0, span, 1});
    } else if (!grouped || !std::any_of(labelled.begin(), labelled.begin() + r, [](bool b) { return b; })) {
      g.cells.push_back(GridCell{r, 0, 1, 1});
    }
    for (int c = 1; c < ncols; ++c) g.cells.push_back(GridCell{r, c, 1, 1});
  }
  std::stable_sort(g.cells.begin(), g.cells.end(), [](const GridCell& a, const GridCell& b) {
    return a.row != b.row ? a.row < b.row : a.col < b.col;
  });
  return g;
}

// Lines right above a head band that make a banner row over it (see
// banner_lead.h): one run each, set closely, the nearest lines first.
int BannerOver(Grid* g, const std::vector<EdgeLine>& lines, const EdgeLine& top, const Spacing& s) {
  std::vector<LeadLine> lead;
  double below = top.top;
  for (auto it = lines.rbegin(); it != lines.rend() && lead.size() < 3; ++it) {
    if (it->bottom > top.top - 0.5) continue;
    const double h = std::max(it->bottom - it->top, 1.0);
    if (below - it->bottom > 1.6 * h) break;
    bool one_run = true;
    for (size_t i = 1; i < it->words.size(); ++i) {
      const double em = std::max(it->words[i]->font_size, 1.0);
      one_run = one_run && it->words[i]->bbox.x0 - it->words[i - 1]->bbox.x1 < 0.6 * em;
    }
    if (!one_run) break;
    LeadLine l{{it->words.front()->bbox.x0, it->top, it->words.back()->bbox.x1, it->bottom}, {}};
    for (const Word* w : it->words) l.text += (l.text.empty() ? "" : " ") + w->text;
    lead.insert(lead.begin(), std::move(l));
    below = it->top;
  }
  g->lead = lead;
  const int k = BannerLeadLines(*g, {top.top, s.row_gap, s.row_band, s.line_height});
  if (k == 0) return 0;
  double banner_top = g->ys.front();
  for (size_t i = lead.size() - k; i < lead.size(); ++i) {
    banner_top = std::min(banner_top, lead[i].box.top - 1);
    g->xs.front() = std::min(g->xs.front(), lead[i].box.x0);
    g->xs.back() = std::max(g->xs.back(), lead[i].box.x1);
  }
  g->ys.insert(g->ys.begin(), banner_top);
  for (auto& c : g->cells) ++c.row;
  g->cells.insert(g->cells.begin(), GridCell{0, 0, 1, g->cols()});
  return k;
}


// The column boundaries a band's words must keep to: the table's, except
// that without rules its right edge is only where its longest line ended
// (a cell of the last column may run further on another page).
std::vector<double> BoundsOf(const PageTable& t) {
  std::vector<double> xs = t.grid.xs;
  if (!t.grid.ruled) xs.back() = 1e300;
  return xs;
}

// The band's grid with the table's boundaries, widened to the band's text.
Grid BandGridIn(const std::vector<EdgeLine>& band, const PageTable& t, const Spacing& s, bool grouped) {
  Grid g = BandGrid(band, BoundsOf(t), s, grouped);
  g.xs.back() = t.grid.xs.back();
  for (const EdgeLine& l : band) g.xs.back() = std::max(g.xs.back(), l.words.back()->bbox.x1 + 1);
  return g;
}

// A table may take a band on a neighbouring page: upright, unruled or
// ruled, two columns or more, its anchoring column on the left.
bool CanTakeBand(const PageTable& t) { return t.rotation == 0 && t.table.cols >= 2 && t.grid.cols() >= 2; }

}  // namespace

void AddPartsAtPageEdges(std::vector<PageTable>* found, const std::vector<PageContent>& pages,
                         const CellTextContext& ctx) {
  std::map<int, const PageContent*> by_page;
  for (const auto& p : pages) by_page[p.page] = &p;
  // Regions and extent of the tables on each page.
  std::map<int, std::vector<BBox>> regions;
  for (const PageTable& t : *found) regions[t.page].push_back(t.grid.bbox());
  auto top_of = [&](int page) {
    double y = 1e300;
    for (const BBox& b : regions[page]) y = std::min(y, b.top);
    return y;
  };
  auto bottom_of = [&](int page) {
    double y = -1e300;
    for (const BBox& b : regions[page]) y = std::max(y, b.bottom);
    return y;
  };
  std::vector<PageTable> out;
  for (size_t i = 0; i < found->size(); ++i) {
    const PageTable& t = (*found)[i];
    const bool first_on_page = i == 0 || (*found)[i - 1].page != t.page;
    const bool last_on_page = i + 1 == found->size() || (*found)[i + 1].page != t.page;
    const auto here = by_page.find(t.page);
    const auto before = by_page.find(t.page - 1), after = by_page.find(t.page + 1);
    std::deque<PageTable> tails;  // parts on the pages after (stable addresses)
    if (CanTakeBand(t) && here != by_page.end()) {
      const Spacing s = SpacingOf(t, *here->second);
      const bool grouped = GroupsRows(t.table);
      const BBox box = t.grid.bbox();
      const ColumnEdges edges = EdgesOf(t, *here->second);
      const std::vector<double> bounds = BoundsOf(t);
      const double size = 1.2 * std::max(TypicalFontSize(here->second->words), 1.0);  // a line's height
      // Tables that stitch already (a line cut by the break may stand on
      // both pages) take no band between them.
      const bool joined_before = first_on_page && i > 0 && before != by_page.end() &&
                                 (*found)[i - 1].page == t.page - 1 &&
                                 ContinuesOnNextPage((*found)[i - 1], t, *before->second, *here->second);
      const bool joined_after = last_on_page && i + 1 < found->size() && after != by_page.end() &&
                                (*found)[i + 1].page == t.page + 1 &&
                                ContinuesOnNextPage(t, (*found)[i + 1], *here->second, *after->second);
      // The table's head at the foot of the page before.
      if (first_on_page && before != by_page.end() && !joined_before) {
        const PageContent& page = *before->second;
        const std::vector<EdgeLine> lines = LinesOutside(page, regions[page.page]);
        const std::vector<EdgeLine> band =
            Band(lines, *here->second, BBox{box.x0, box.top - size, box.x1, box.top + 2 * size}, true,
                 bottom_of(page.page), bounds, std::max(s.widest, s.lead) + 0.5);
        if (!band.empty() && AlignedWith(band, bounds, edges)) {
          Grid g = BandGridIn(band, t, s, grouped);
          // A banner over the table's start: its head (bold) or first entry.
          const EdgeLine& first = band.front();
          const bool head = std::all_of(first.words.begin(), first.words.end(), [](const Word* w) { return w->bold; });
          if (head || first.cols.front() == 0) BannerOver(&g, lines, first, s);
          PageTable part = MakePageTable(page, std::move(g), ctx);
          if (ContinuesOnNextPage(part, t, page, *here->second)) {
            regions[page.page].push_back(part.grid.bbox());
            out.push_back(std::move(part));
          }
        }
      }
      // Its last lines at the head of the page after; a cell running on
      // over whole pages goes on from part to part.
      const PageTable* cur = &t;
      bool more = last_on_page && after != by_page.end() && !joined_after;
      while (more) {
        const auto next = by_page.find(cur->page + 1);
        if (next == by_page.end() || (cur != &t && !regions[cur->page + 1].empty())) break;
        const PageContent& page = *next->second;
        const PageContent& cur_page = *by_page[cur->page];
        const BBox cb = cur->grid.bbox();
        const std::vector<EdgeLine> lines = LinesOutside(page, regions[page.page]);
        const std::vector<EdgeLine> band =
            Band(lines, cur_page, BBox{cb.x0, cb.bottom - 2 * size, cb.x1, cb.bottom + size}, false,
                 top_of(page.page), bounds, std::max(s.widest, s.lead) + 0.5);
        if (band.empty() || !AlignedWith(band, bounds, edges)) break;
        PageTable part = MakePageTable(page, BandGridIn(band, t, s, grouped), ctx);
        if (!ContinuesOnNextPage(*cur, part, cur_page, page)) break;
        regions[page.page].push_back(part.grid.bbox());
        tails.push_back(std::move(part));
        cur = &tails.back();
      }
    }
    out.push_back(t);  // a copy: found[i] is read again as the next one's neighbour
    for (PageTable& part : tails) out.push_back(std::move(part));
  }
  *found = std::move(out);
}

}  // namespace plantrace::pdf

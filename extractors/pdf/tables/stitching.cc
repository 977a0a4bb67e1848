#include "extractors/pdf/tables/stitching.h"

#include "extractors/pdf/tables/cells.h"
#include "extractors/pdf/tables/inner_head.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <map>

namespace plantrace::pdf {
namespace {

std::string Normalised(const std::string& s) {
  std::string out;
  bool space = false;
  for (unsigned char c : s) {
    if (std::isspace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}

// Index of the cell covering (row, col), -1 if none.
int CellAt(const Table& t, int row, int col) {
  for (size_t i = 0; i < t.cells.size(); ++i) {
    const Cell& c = t.cells[i];
    if (row >= c.row && row < c.row + c.rowspan && col >= c.col && col < c.col + c.colspan)
      return static_cast<int>(i);
  }
  return -1;
}

std::vector<const Cell*> RowStarts(const Table& t, int row) {
  std::vector<const Cell*> out;
  for (const auto& c : t.cells)
    if (c.row == row) out.push_back(&c);
  std::sort(out.begin(), out.end(), [](const Cell* a, const Cell* b) { return a->col < b->col; });
  return out;
}

std::string RowKey(const Table& t, int row) {
  std::string key;
  for (const Cell* c : RowStarts(t, row))
    key += std::to_string(c->col) + ":" + std::to_string(c->colspan) + ":" + Normalised(c->text) + "|";
  return key;
}

// Words of the page outside every table region of the page.
bool TextBetween(const PageContent& page, const std::vector<BBox>& regions, double top, double bottom) {
  for (const auto& w : page.words) {
    const double mid = (w.bbox.top + w.bbox.bottom) / 2;
    if (mid < top || mid > bottom) continue;
    bool inside = false;
    for (const auto& r : regions)
      if (mid >= r.top && mid <= r.bottom && w.bbox.x0 >= r.x0 - 2 && w.bbox.x1 <= r.x1 + 2) inside = true;
    if (!inside) return true;
  }
  return false;
}

// A word's text with each run of digits made one '#' (page numbers, dates
// of a running header differ from page to page).
std::string RunningKey(const std::string& text) {
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

// Whether the words of `page` in [top, bottom] outside `skip` are running
// text: each stands again, the same (digits aside), at about the same height
// on `other`, the neighbouring page, or stands in `edge` there (a line cut
// by the page break, printed in part on both pages). A heading or a
// footnote standing in the margin band of one page only is content: a table
// does not run through it.
bool OnlyRunningText(const PageContent& page, const PageContent& other, double top, double bottom,
                     const std::vector<BBox>& skip, const BBox& edge) {
  for (const auto& w : page.words) {
    const double mid = (w.bbox.top + w.bbox.bottom) / 2;
    if (mid < top || mid > bottom) continue;
    bool skipped = false;
    for (const auto& b : skip)
      skipped = skipped || (mid >= b.top - 1 && mid <= b.bottom + 1 && w.bbox.x0 >= b.x0 - 2 && w.bbox.x1 <= b.x1 + 2);
    if (skipped) continue;
    const std::string key = RunningKey(w.text);
    const double tol = std::max(3.0, 0.5 * w.font_size);
    bool again = false;
    for (const auto& o : other.words)
      if (RunningKey(o.text) == key && (std::fabs((o.bbox.top + o.bbox.bottom) / 2 - mid) <= tol ||
                                        ((o.bbox.top + o.bbox.bottom) / 2 >= edge.top &&
                                         (o.bbox.top + o.bbox.bottom) / 2 <= edge.bottom))) {
        again = true;
        break;
      }
    if (!again) return false;
  }
  return true;
}

bool SameColumns(const PageTable& a, const PageTable& b) {
  if (a.grid.cols() != b.grid.cols()) return false;
  const double width = std::max(a.page_width, 1.0);
  const double tol = (a.grid.ruled && b.grid.ruled) ? std::max(4.0, 0.015 * width) : std::max(8.0, 0.04 * width);
  // Inner boundaries must agree; outer ones of unruled tables are loose.
  for (size_t i = 0; i < a.grid.xs.size(); ++i) {
    const bool outer = i == 0 || i + 1 == a.grid.xs.size();
    if (outer && !(a.grid.ruled && b.grid.ruled)) continue;
    if (std::fabs(a.grid.xs[i] - b.grid.xs[i]) > tol) return false;
  }
  return true;
}

}  // namespace

bool RowIsBanner(const Table& t, int row) {
  const auto starts = RowStarts(t, row);
  return t.cols > 1 && starts.size() == 1 && starts[0]->colspan == t.cols;
}

namespace {

// Whether the row's cells are bold: every non-blank span of them, or, with
// `first_span_only`, the first non-blank span of each cell.
bool RowBold(const Table& t, int row, bool first_span_only) {
  if (RowIsBanner(t, row)) return false;
  bool any = false;
  for (const Cell* c : RowStarts(t, row)) {
    for (const auto& s : c->spans) {
      bool blank = true;
      for (unsigned char ch : s.text) blank = blank && std::isspace(ch);
      if (blank) continue;
      if (!s.bold) return false;
      any = true;
      if (first_span_only) break;
    }
  }
  return any;
}

}  // namespace

// Whether the table groups rows under labels: a first-column cell with text
// spanning rows.
bool GroupsRows(const Table& t) {
  return std::any_of(t.cells.begin(), t.cells.end(),
                     [](const Cell& c) { return c.col == 0 && c.colspan == 1 && c.rowspan > 1 && !c.text.empty(); });
}

bool RowIsBold(const Table& t, int row) { return RowBold(t, row, false); }

bool RowStartsBold(const Table& t, int row) { return RowBold(t, row, true); }

namespace {

// A part that opens with a banner over a head row of its own (a new section
// table printed without repeating the head) and repeats nothing of the
// table so far starts a new table.
bool OpensNewTable(const Table& so_far, const Table& next) {
  return next.rows > 1 && RowIsBanner(next, 0) && RowStartsBold(next, 1) &&
         RepeatedLeadingRows(so_far, next) == 0;
}

// Index of the cell of `t` that starts at (row, col), -1 if none.
int StartingAt(const Table& t, int row, int col) {
  for (size_t i = 0; i < t.cells.size(); ++i)
    if (t.cells[i].row == row && t.cells[i].col == col) return static_cast<int>(i);
  return -1;
}

// Adds a page part to a cell, one part per page: a part on a page the cell
// has a part on already widens that part.
void AddPart(const PagePart& p, Cell* cell) {
  for (PagePart& q : cell->parts) {
    if (q.page != p.page) continue;
    if (q.bbox && p.bbox) {
      q.bbox->x0 = std::min(q.bbox->x0, p.bbox->x0);
      q.bbox->top = std::min(q.bbox->top, p.bbox->top);
      q.bbox->x1 = std::max(q.bbox->x1, p.bbox->x1);
      q.bbox->bottom = std::max(q.bbox->bottom, p.bbox->bottom);
    }
    return;
  }
  cell->parts.push_back(p);
}

// How many leading rows of `next` (from row k) have an empty, single first
// cell, when `into` ends under a group's label (a first-column cell with
// text reaching its last row, in a table that groups rows).
int GroupRowsGoingOn(const Table& into, const Table& next, int k, const std::vector<bool>& consumed) {
  const int last = into.rows - 1;
  const int a = CellAt(into, last, 0);
  if (a < 0 || !GroupsRows(into)) return 0;
  const Cell& label = into.cells[a];
  if (label.col != 0 || label.colspan != 1 || label.text.empty() || label.row + label.rowspan - 1 != last) return 0;
  int n = 0;
  for (int r = k; r < next.rows; ++r) {
    const int c = StartingAt(next, r, 0);
    if (c < 0 || consumed[c]) break;
    const Cell& cell = next.cells[c];
    if (!cell.text.empty() || cell.rowspan != 1 || cell.colspan != 1) break;
    ++n;
  }
  return n;
}

// Whether row k of `next` begins a new entry under row `last` of `into`:
// each of its texts begins a sentence, and the text above it in the same
// column is empty or ended one.
bool NewEntryAt(const Table& into, const Table& next, int k, int last) {
  bool any = false;
  for (const Cell* c : RowStarts(next, k)) {
    if (c->col == 0 || c->text.empty()) continue;
    const unsigned char ch = static_cast<unsigned char>(c->text[0]);
    if (!(std::isupper(ch) || std::isdigit(ch) || ch >= 0x80)) return false;
    const int above = CellAt(into, last, c->col);
    if (above >= 0) {
      const std::string& t = into.cells[above].text;
      if (!t.empty() && !std::strchr(".:;!?", t.back())) return false;
    }
    any = true;
  }
  return any;
}

}  // namespace

int RepeatedLeadingRows(const Table& a, const Table& b) {
  int k = 0;
  while (k < a.rows && k < b.rows && RowKey(a, k) == RowKey(b, k)) {
    // Only whole rows: no cell may reach below row k in either table.
    bool whole = true;
    for (const Cell* c : RowStarts(b, k)) whole = whole && c->rowspan == 1;
    for (const Cell* c : RowStarts(a, k)) whole = whole && c->rowspan == 1;
    if (!whole) break;
    ++k;
  }
  return k;
}

bool ContinuesOnNextPage(const PageTable& prev, const PageTable& next, const PageContent& prev_page,
                         const PageContent& next_page, bool check_head) {
  if (next.page != prev.page + 1) return false;
  if (prev.rotation != 0 || next.rotation != 0) return false;
  if (!SameColumns(prev, next)) return false;
  const BBox pb = prev.grid.bbox(), nb = next.grid.bbox();
  // Only a running footer may stand below the previous part, only a running
  // header above the next part.
  const double band_prev = 0.12 * prev_page.height, band_next = 0.12 * next_page.height;
  if (TextBetween(prev_page, {pb}, pb.bottom + 1, prev_page.height - band_prev)) return false;
  if (TextBetween(next_page, {nb}, band_next, nb.top - 1)) return false;
  // Inside the bands, only text that runs on every page: lines repeated
  // above both parts (a banner printed again) aside.
  // A line's height on these pages (for the line cut by the break).
  const double size = 1.2 * std::max(TypicalFontSize(next_page.words), 1.0);
  if (!OnlyRunningText(prev_page, next_page, std::max(pb.bottom + 1, prev_page.height - band_prev), prev_page.height,
                       {pb}, BBox{nb.x0, nb.top - size, nb.x1, nb.top + 2 * size}))
    return false;
  std::vector<BBox> repeated_lead = {nb};
  for (const LeadLine& l : next.grid.lead)
    for (const LeadLine& m : prev.grid.lead)
      if (l.text == m.text) repeated_lead.push_back(l.box);
  if (!OnlyRunningText(next_page, prev_page, 0, std::min(band_next, nb.top - 1), repeated_lead,
                       BBox{pb.x0, pb.bottom - 2 * size, pb.x1, pb.bottom + size}))
    return false;
  // A different header of the same kind opens a new table.
  // Unruled parts with different lines right above them (a section's own
  // title or banner) are different tables; the same lines repeat above the
  // parts of one table.
  if (check_head && !prev.grid.lead.empty() && !next.grid.lead.empty() &&
      prev.grid.lead.back().text != next.grid.lead.back().text)
    return false;
  if (check_head && RepeatedLeadingRows(prev.table, next.table) == 0 && next.table.rows > 0 &&
      prev.table.rows > 0) {
    const bool banners = RowIsBanner(prev.table, 0) && RowIsBanner(next.table, 0);
    // A head fills two cells at least: one bold cell on top of the next
    // part is the rest of a cell cut by the break (a bold update, say).
    int filled = 0;
    for (const Cell* c : RowStarts(next.table, 0)) filled += !c->text.empty();
    const bool bold =
        RowIsBold(prev.table, 0) && RowIsBold(next.table, 0) && !RowIsBold(prev.table, 1) && filled >= 2;
    if (banners || bold) return false;
  }
  return true;
}

void AppendContinuation(const Table& next, Table* into) {
  const int k = RepeatedLeadingRows(*into, next);
  const int last = into->rows - 1;
  std::vector<bool> consumed(next.cells.size(), false);
  for (size_t i = 0; i < next.cells.size(); ++i)
    if (next.cells[i].row < k) consumed[i] = true;
  bool merged_row = false;
  std::vector<int> extended;  // cells of `into` that a spanning cell continued
  if (k < next.rows && last >= 0) {
    // A spanning cell cut by the break: an empty cell spanning rows at the
    // top of the new part, under a cell of the previous part that spans rows
    // too or holds text (the break fell after the span's first row).
    for (size_t i = 0; i < next.cells.size(); ++i) {
      const Cell& c = next.cells[i];
      if (c.row != k || !c.text.empty() || c.rowspan < 2) continue;
      const int above = CellAt(*into, last, c.col);
      if (above < 0) continue;
      Cell& a = into->cells[above];
      if (a.col != c.col || a.colspan != c.colspan || a.row + a.rowspan - 1 != last) continue;
      if (a.rowspan < 2 && a.text.empty()) continue;
      a.rowspan += c.rowspan;
      extended.push_back(above);
      a.parts.insert(a.parts.end(), c.parts.begin(), c.parts.end());
      consumed[i] = true;
    }
    // A group's label cut by the break (grouped rows: a label in the first
    // column spanning its entries' rows): the new part's leading rows with
    // an empty first cell are more rows of the group, the label spanning
    // them. The first of them is a new entry, not the rest of the last one,
    // when every text on it begins a sentence where the text above ended one.
    const int group_rows = GroupRowsGoingOn(*into, next, k, consumed);
    Cell* label = group_rows > 0 ? &into->cells[CellAt(*into, last, 0)] : nullptr;
    auto extend_label = [&](int from, int to) {
      for (int r = from; r < to; ++r) {
        const int c = StartingAt(next, r, 0);
        for (const PagePart& p : next.cells[c].parts) AddPart(p, label);
        consumed[c] = true;
        ++label->rowspan;
      }
    };
    const bool new_entry = label && NewEntryAt(*into, next, k, last);
    if (new_entry) extend_label(k, k + group_rows);
    // A row cut by the break: its first cell is empty (and single-row) and
    // the rest carries on the previous part's last row; or the previous
    // part ends in an empty stub of the row (the row's text all moved on).
    const int first = [&] {
      for (size_t i = 0; i < next.cells.size(); ++i)
        if (next.cells[i].row == k && next.cells[i].col == 0 && !consumed[i]) return static_cast<int>(i);
      return -1;
    }();
    bool stub = false;
    for (const auto& c : into->cells) {
      if (c.row + c.rowspan - 1 != last || c.rowspan != 1) continue;
      if (!c.text.empty()) {
        stub = false;
        break;
      }
      stub = true;
    }
    bool cut = first >= 0 && next.cells[first].rowspan == 1 && next.cells[first].text.empty();
    // ...or the first cell itself goes on mid-sentence: lower case after a
    // text that does not end a sentence.
    if (first >= 0 && next.cells[first].rowspan == 1 && !cut) {
      const std::string& t = next.cells[first].text;
      const int above = CellAt(*into, last, 0);
      if (above >= 0 && !t.empty() && std::islower(static_cast<unsigned char>(t[0]))) {
        const std::string& a = into->cells[above].text;
        cut = !a.empty() && !std::strchr(".:;!?", a.back());
      }
    }
    bool single = true, any_text = false;
    for (size_t i = 0; i < next.cells.size(); ++i)
      if (next.cells[i].row == k && !consumed[i]) {
        single = single && next.cells[i].rowspan == 1;
        any_text = any_text || !next.cells[i].text.empty();
      }
    if ((cut || stub) && single && any_text && !RowIsBanner(next, k)) {
      merged_row = true;
      for (int e : extended) --into->cells[e].rowspan;
      for (size_t i = 0; i < next.cells.size(); ++i) {
        const Cell& c = next.cells[i];
        if (c.row != k || consumed[i]) continue;
        const int above = CellAt(*into, last, c.col);
        if (above < 0) continue;
        Cell& a = into->cells[above];
        AppendCellContent(c, &a);
        for (const PagePart& p : c.parts) AddPart(p, &a);
        consumed[i] = true;
      }
    }
    // The rest of the group after the row cut by the break.
    if (label && !new_entry) extend_label(k + (merged_row ? 1 : 0), k + group_rows);
  }
  const int offset = into->rows - k - (merged_row ? 1 : 0);
  // Cells whose rows were consumed by a spanning cell above are skipped;
  // every other cell moves down by `offset`.
  for (size_t i = 0; i < next.cells.size(); ++i) {
    if (consumed[i]) continue;
    Cell c = next.cells[i];
    c.row += offset;
    into->cells.push_back(std::move(c));
  }
  into->rows = next.rows + offset;
  into->regions.insert(into->regions.end(), next.regions.begin(), next.regions.end());
  std::stable_sort(into->cells.begin(), into->cells.end(), [](const Cell& a, const Cell& b) {
    return a.row != b.row ? a.row < b.row : a.col < b.col;
  });
}

std::vector<Table> StitchTables(std::vector<PageTable> tables, const std::vector<PageContent>& pages,
                                bool stitch) {
  std::map<int, const PageContent*> by_page;
  for (const auto& p : pages) by_page[p.page] = &p;
  std::vector<Table> out;
  std::vector<int> repeated;  // per output table: rows its continuations repeated
  for (size_t i = 0; i < tables.size(); ++i) {
    const PageTable& t = tables[i];
    // tables[i-1] is the last table of its page when t opens a new page.
    const PageTable* prev = i > 0 ? &tables[i - 1] : nullptr;
    if (stitch && prev && prev->page != t.page && !out.empty() && by_page.count(prev->page) &&
        by_page.count(t.page) && !OpensNewTable(out.back(), t.table) &&
        ContinuesOnNextPage(*prev, t, *by_page[prev->page], *by_page[t.page])) {
      repeated.back() = std::max(repeated.back(), RepeatedLeadingRows(out.back(), t.table));
      AppendContinuation(t.table, &out.back());
      continue;
    }
    out.push_back(t.table);
    repeated.push_back(0);
  }
  // The head printed again inside a page's part (a row split mid-page).
  if (stitch)
    for (size_t i = 0; i < out.size(); ++i) repeated[i] = std::max(repeated[i], DropRepeatedHeadsInside(&out[i]));
  // Header rows: the head block that later pages repeated (a banner in it
  // included, as the HTML <thead> has it); else the leading bold rows, a
  // banner ending the count. Never the whole table.
  for (size_t i = 0; i < out.size(); ++i) {
    Table& t = out[i];
    // A banner on top counts when head rows follow it (<thead> with a
    // banner, printed once); head rows are those whose cells all start in
    // bold (a head cell may go on with a plain note).
    int h = RowIsBanner(t, 0) && t.rows > 2 && RowStartsBold(t, 1) ? 1 : 0;
    while (h < t.rows - 1 && !RowIsBanner(t, h) && RowStartsBold(t, h)) ++h;
    h = std::min(std::max(h, repeated[i]), std::max(t.rows - 1, 0));
    t.header_rows = h;
    for (auto& c : t.cells) c.header = c.row < h;
  }
  return out;
}

}  // namespace plantrace::pdf

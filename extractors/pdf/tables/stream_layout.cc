#include "extractors/pdf/tables/stream_layout.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "extractors/pdf/tables/banner_lead.h"
#include "extractors/pdf/tables/bullet_column.h"
#include "extractors/pdf/tables/cells.h"
#include "extractors/pdf/tables/column_gutters.h"
#include "extractors/pdf/tables/column_runs_on.h"
#include "extractors/pdf/tables/grid.h"
#include "extractors/pdf/tables/grouped_rows.h"
#include "extractors/pdf/tables/label_column.h"
#include "extractors/pdf/tables/side_by_side.h"
#include "extractors/pdf/tables/stream_join.h"
#include "extractors/pdf/tables/stream_lines.h"
#include "text/bidi.h"

namespace plantrace::pdf {

using Line = StreamLine;
using Chunk = StreamChunk;
namespace {

std::vector<Grid> StreamGridsOf(const PageContent& page, const Segments& segments, const std::vector<BBox>& taken) {
  std::vector<Grid> grids;
  const std::vector<Line> lines = PageLines(page, taken);
  double left = 1e300, right = -1e300;
  for (const auto& l : lines) {
    left = std::min(left, l.x0());
    right = std::max(right, l.x1());
  }
  const auto blocks = SplitAtWideGaps(lines, Blocks(lines, 0.55 * std::max(right - left, 1.0)));
  for (size_t bi = 0; bi < blocks.size(); ++bi) {
    const auto [b0, b1] = blocks[bi];
    // Trim lines of one chunk from both ends (titles, captions, notes).
    size_t s = b0, e = b1;
    // Numbered paragraphs (a label and its text) leading into a table are
    // no part of it: a column of labels alone makes no table.
    auto labelled = [](const Line& l) {
      return l.chunks.size() == 2 && l.chunks[0].words.size() == 1 && IsLabelText(l.chunks[0].words[0]->text);
    };
    while (s < e && (lines[s].chunks.size() < 2 || (labelled(lines[s]) && s + 1 < e && !labelled(lines[s + 1]))))
      ++s;
    while (e > s && lines[e - 1].chunks.size() < 2) --e;
    if (e - s < 2) continue;
    std::vector<const Line*> multi, all;
    double x0 = 1e300, x1 = -1e300, size = 0;
    for (size_t i = s; i < e; ++i) {
      all.push_back(&lines[i]);
      if (lines[i].chunks.size() >= 2) multi.push_back(&lines[i]);
      x0 = std::min(x0, lines[i].x0());
      x1 = std::max(x1, lines[i].x1());
      size = std::max(size, lines[i].size);
    }
    if (multi.size() < 3 && multi.size() * 2 < all.size()) continue;
    if (multi.size() < 2) continue;
    // Gutters from the whitespace of all lines with two or more chunks; a
    // few of them (a spanning head, a banner) may cross one.
    std::vector<std::vector<const Word*>> line_words;
    std::vector<double> sizes;
    for (const Line* l : multi) {
      line_words.emplace_back();
      for (const auto& c : l->chunks)
        for (const Word* w : c.words) {
          line_words.back().push_back(w);
          sizes.push_back(w->font_size);
        }
    }
    std::nth_element(sizes.begin(), sizes.begin() + sizes.size() / 2, sizes.end());
    const double min_gap = MinimumGutter(line_words, std::max(sizes[sizes.size() / 2], 1.0));
    std::vector<std::vector<TextRun>> runs;
    for (const auto& lw : line_words) runs.push_back(Runs(lw, min_gap));
    // Crossing lines are only allowed in a block long enough for a head to
    // be a small part of it; short blocks need gutters clear on every line.
    const int allowance = multi.size() >= 8 ? static_cast<int>(multi.size()) / 5 : 0;
    auto gaps = ColumnGutters(runs, min_gap, allowance);
    MergeBulletColumns(&gaps, line_words);
    if (gaps.empty()) continue;
    // One-chunk lines at either end that stand inside one column other than
    // the first carry on a cell (a row cut by a page break, a long last
    // cell): they belong to the table.
    // The last column is open to the right for lines under the table (a
    // long last cell wraps wider than the rows above) and for right-to-left
    // headings (they start further right than the labels under them).
    auto inside_later_column = [&](const Line& l, bool below = false) {
      if (l.chunks.size() != 1) return false;
      for (size_t k = 0; k < gaps.size(); ++k) {
        const double left = gaps[k].second - 0.5 * size;
        const double right = k + 1 < gaps.size() ? gaps[k + 1].first + 0.5 * size
                             : below || HasRightToLeft(l.chunks.front().words.front()->text) ? 1e300
                                                                                             : x1 + size;
        if (l.x0() >= left && l.x1() <= right) return true;
      }
      return false;
    };
    // A one-chunk line in the first column under the last line, whose first
    // word could not have stood at the end of that line's first cell: the
    // first cell wrapped (the last row's label runs over two lines).
    auto wraps_first_cell = [&](const Line& l, const Line& above) {
      if (l.chunks.size() != 1) return false;
      const Chunk& p = above.chunks.front();
      if (std::fabs(l.x0() - p.x0) > 0.5 * size || std::fabs(p.x0 - x0) > 0.5 * size) return false;
      if (l.x1() > gaps.front().second || l.top - above.bottom > 0.8 * size) return false;
      return p.x1 + 0.3 * size + l.chunks.front().words.front()->bbox.width() > gaps.front().first + 0.5 * size;
    };
    while (e < b1 && (inside_later_column(lines[e], true) || wraps_first_cell(lines[e], *all.back())))
      all.push_back(&lines[e++]);
    while (s > b0 && inside_later_column(lines[s - 1])) all.insert(all.begin(), &lines[--s]);
    // A column's head set on a line of its own ("2016" over the figures),
    // with lines of the first column between it and the table (a note on
    // units, a section's name): all of them are rows of the table.
    auto in_first_column = [&](const Line& l) { return l.chunks.size() == 1 && l.x1() < gaps.front().first + 0.5 * size; };
    size_t head_from = s;
    for (size_t j = s; j > b0 && (in_first_column(lines[j - 1]) || inside_later_column(lines[j - 1])); --j)
      if (inside_later_column(lines[j - 1])) head_from = j - 1;
    while (s > head_from) all.insert(all.begin(), &lines[--s]);
    // A head line standing apart: a block of one line right above (up to
    // four lines' space between), each of its short chunks over the text of
    // a different column, over two columns in three at least (years over
    // the figures, set off by a blank line or a sub-heading).
    if (s == b0 && bi > 0 && blocks[bi - 1].second == b0 && blocks[bi - 1].first + 1 == b0) {
      const Line& h = lines[b0 - 1];
      std::vector<double> lo(gaps.size() + 1, 1e300), hi(gaps.size() + 1, -1e300);
      auto column = [&](double x) {
        size_t k = 0;
        while (k < gaps.size() && x > (gaps[k].first + gaps[k].second) / 2) ++k;
        return k;
      };
      for (const Line* l : all)
        for (const auto& c : l->chunks) {
          const size_t k = column((c.x0 + c.x1) / 2);
          lo[k] = std::min(lo[k], c.x0);
          hi[k] = std::max(hi[k], c.x1);
        }
      std::vector<bool> over(gaps.size() + 1, false);
      bool fits = h.chunks.size() >= 2 && all.front()->top - h.bottom <= 4 * size;
      for (const auto& c : h.chunks) {
        const size_t k = column((c.x0 + c.x1) / 2);
        fits = fits && c.words.size() <= 3 && !over[k] && c.x1 > lo[k] && c.x0 < hi[k];
        if (k < over.size()) over[k] = true;
      }
      if (fits && 3 * h.chunks.size() >= 2 * (gaps.size() + 1)) all.insert(all.begin(), &lines[--s]);
    }
    for (const Line* l : all) {
      x0 = std::min(x0, l->x0());
      x1 = std::max(x1, l->x1());
    }
    // One-chunk lines inside may continue a cell or span (a banner); they
    // must not break the columns of the multi-chunk lines (else: prose).
    Grid g;
    g.xs.push_back(x0);
    // Boundaries in the whitespace that every line leaves (a cell's
    // paragraph set less indented than its list narrows the gutter).
    std::vector<TextRun> chunk_runs;
    for (const Line* l : all)
      for (const auto& c : l->chunks) chunk_runs.push_back({c.x0, c.x1});
    NarrowGutters(&gaps, chunk_runs);
    for (const auto& [a, b] : gaps) g.xs.push_back((a + b) / 2);
    g.xs.push_back(x1);
    const int cols = g.cols();
    auto col_of = [&](double x) {
      int c = 0;
      while (c + 1 < cols && x > g.xs[c + 1]) ++c;
      return c;
    };
    // Columns made only of labels (bullets, paragraph numbers) next to prose
    // are lists or numbered paragraphs, not tables.
    std::vector<int> filled(cols, 0), label(cols, 0), words_in(cols, 0);
    for (const Line* l : all)
      for (const auto& c : l->chunks) {
        const int k = col_of((c.x0 + c.x1) / 2);
        ++filled[k];
        words_in[k] += static_cast<int>(c.words.size());
        if (c.words.size() == 1 && IsLabelText(c.words[0]->text)) ++label[k];
      }
    int real_cols = 0, prose_cols = 0;
    for (int k = 0; k < cols; ++k) {
      // Only the first column can be a column of list marks.
      if (filled[k] == 0 || (k == 0 && label[k] * 10 >= filled[k] * 8)) continue;
      ++real_cols;
      if (words_in[k] >= 6 * filled[k]) ++prose_cols;
    }
    if (real_cols < 2 || (prose_cols == real_cols && real_cols <= 2)) continue;
    // Rows: a line opens a row where the first column starts a new entry:
    // text in it that does not carry on a wrapped line above.
    // Words per column on each line. A column whose entries are single
    // words on (nearly) every line (figures, codes, "-") never wraps: a
    // second entry in it opens a new row. Not so a narrow column of text
    // wrapping to a word a line: its lines run on (column_runs_on.h).
    std::vector<std::vector<int>> per_col(all.size(), std::vector<int>(cols, 0));
    for (size_t i = 0; i < all.size(); ++i)
      for (const auto& ch : all[i]->chunks)
        for (const Word* w : ch.words) ++per_col[i][col_of((w->bbox.x0 + w->bbox.x1) / 2)];
    // The anchoring column, where each row's entry starts: the first, or
    // the last in a table of right-to-left text (its rows read from the
    // right).
    // Words of letters only count (figures are neutral).
    int rtl_words = 0, letter_words = 0;
    for (const Line* l : all)
      for (const auto& ch : l->chunks)
        for (const Word* w : ch.words) {
          const bool r = HasRightToLeft(w->text);
          rtl_words += r;
          letter_words += r || std::any_of(w->text.begin(), w->text.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
        }
    const bool rtl = letter_words > 0 && rtl_words * 2 > letter_words;
    const int anchor = rtl ? cols - 1 : 0;
    auto anchor_chunk = [rtl](const Line* l) -> const Chunk& { return rtl ? l->chunks.back() : l->chunks.front(); };
    // Its first word in reading order.
    auto lead_word = [rtl](const Chunk& c) { return rtl ? c.words.back() : c.words.front(); };
    std::vector<bool> one_word(cols, false);
    for (int k = 0; k < cols; ++k) {
      if (k == anchor) continue;
      int used = 0, single = 0;
      for (const auto& pc : per_col) {
        used += pc[k] > 0;
        single += pc[k] == 1;
      }
      one_word[k] = used >= 2 && single * 5 >= used * 4 && !ColumnRunsOn(all, k, col_of, size);
    }
    // The space between the lines of one cell: the lower quartile of the
    // gaps between neighbouring lines (the smaller gaps are within cells).
    // A band of whitespace across the table much taller than that
    // separates rows.
    std::vector<double> leads;
    for (size_t i = 1; i < all.size(); ++i) leads.push_back(std::max(0.0, all[i]->top - all[i - 1]->bottom));
    double lead = 0;
    if (!leads.empty()) {
      std::nth_element(leads.begin(), leads.begin() + leads.size() / 4, leads.end());
      lead = leads[leads.size() / 4];
    }
    const double row_band = std::max(2.5 * lead, lead + 0.3 * size);
    const bool paragraphs = ParagraphsInCells({&all, col_of, anchor, row_band, 0});
    std::vector<size_t> starts, grouped_starts;
    const Line* prev_first = nullptr;
    // Where the anchoring column's text ends (its right edge, or its left
    // edge for right-to-left text).
    double col0_end = rtl ? x1 : x0;
    for (const Line* l : all) {
      const Chunk& c = anchor_chunk(l);
      if (col_of((c.x0 + c.x1) / 2) != anchor) continue;
      col0_end = rtl ? std::min(col0_end, c.x0) : std::max(col0_end, c.x1);
    }
    for (size_t i = 0; i < all.size(); ++i) {
      const Line* l = all[i];
      const Chunk& c = anchor_chunk(l);
      const bool in_first = col_of((c.x0 + c.x1) / 2) == anchor;
      bool opens = i == 0;
      if (in_first && !opens) {
        opens = true;
        if (prev_first && l->top - prev_first->bottom < 0.8 * size) {
          const Chunk& p = anchor_chunk(prev_first);
          const double next_word = lead_word(c)->bbox.width();
          const bool wrapped = rtl ? p.x0 - 0.3 * size - next_word < col0_end - 0.5 * size
                                   : p.x1 + 0.3 * size + next_word > col0_end + 0.5 * size;
          const char ch = lead_word(c)->text[0];
          // Lines filled in the same columns as the line above, each column
          // with a short entry, are rows of their own (one line per row).
          // The line above must be a row by itself (not the last line of a
          // taller row whose first cell wraps).
          const bool parallel = prev_first == all[i - 1] && !starts.empty() && starts.back() == i - 1 &&
                                l->chunks.size() >= 2 && l->chunks.size() == prev_first->chunks.size();
          // Text in the other columns that goes on in lower case carries on
          // the cells above: the first cell wrapped too.
          bool others_continue = l->chunks.size() >= 2;
          for (size_t k = rtl ? 0 : 1; k < (rtl ? l->chunks.size() - 1 : l->chunks.size()); ++k)
            others_continue = others_continue &&
                              std::islower(static_cast<unsigned char>(lead_word(l->chunks[k])->text[0]));
          if (std::islower(static_cast<unsigned char>(ch)) || (wrapped && !parallel) || others_continue)
            opens = false;
        }
      }
      // A banner: one chunk across the column gaps.
      // It must reach where a later column's text starts: a line running
      // on into the blank part of a gap stays in its cell.
      auto banner = [&](const Line* x) {
        if (x->chunks.size() != 1) return false;
        for (const auto& [a, b] : gaps)
          if (x->x0() < a && x->x1() > b) return true;
        return false;
      };
      const bool spans = banner(l);
      if (spans || (i > 0 && banner(all[i - 1]))) opens = opens || i > 0;
      // The first line that is not bold under bold header lines, set apart
      // by more than line spacing, opens a row. A head cell may go on with
      // a plain note (a key under "Lead / RAG status"): under a head row
      // whose first line is bold, a plain line under a row band opens a row
      // too.
      auto all_bold = [](const Line* x) {
        for (const auto& ch : x->chunks)
          for (const Word* w : ch.words)
            if (!w->bold) return false;
        return true;
      };
      const double gap = i > 0 ? l->top - all[i - 1]->bottom : 0;
      if (i > 0 && !opens && !all_bold(l) && gap > 0.3 * size) {
        bool head = all_bold(all[i - 1]);
        for (size_t k = starts.back(); k < i && head; ++k) head = all_bold(all[k]);
        // (The head: the part's first row, its first line bold across two
        // columns or more; banners above it are lead lines here.)
        const Line* row_first = all[starts.back()];
        // Its plain lines are notes, each in one head cell, set as closely
        // as the head's own lines (else they are the rest of a row cut by
        // the page break, under a head printed again).
        bool notes = !std::islower(static_cast<unsigned char>(l->chunks.front().words.front()->text[0]));
        const size_t h0 = starts.back();
        const double head_lead = h0 + 1 < i ? all[h0 + 1]->top - all[h0]->bottom : 0;
        for (size_t k = h0 + 1; k < i; ++k)
          notes = notes && (all_bold(all[k]) || all[k]->chunks.size() == 1) &&
                  all[k]->top - all[k - 1]->bottom <= head_lead + 0.1 * size;
        opens = head || (starts.size() == 1 && notes && row_first->chunks.size() >= 2 && all_bold(row_first) &&
                         gap > row_band);
      }
      // A new entry in a one-word column that already has one in this row.
      if (!opens && !starts.empty())
        for (int k = 0; k < cols && !opens; ++k) {
          if (!one_word[k] || per_col[i][k] == 0) continue;
          for (size_t j = starts.back(); j < i && !opens; ++j) opens = per_col[j][k] > 0;
        }
      // A row whose anchoring cell is empty: entries in every other column
      // (two or more) start together, at one height, under a row band, none
      // going on in lower case. (Paragraphs of a few cells may start on one
      // line too: hence every column.)
      if (!opens && !in_first && cols >= 3 && static_cast<int>(l->chunks.size()) == cols - 1 &&
          l->top - all[i - 1]->bottom > row_band) {
        std::vector<bool> seen(cols, false);
        for (const auto& ch : l->chunks) seen[col_of((ch.x0 + ch.x1) / 2)] = true;
        opens = std::count(seen.begin(), seen.end(), true) == cols - 1;
        // Cells of one row start at one height; paragraphs of several
        // cells that happen to start on one line seldom line up so well.
        double top_lo = 1e300, top_hi = -1e300;
        for (const auto& ch : l->chunks) {
          top_lo = std::min(top_lo, ch.words[0]->bbox.top);
          top_hi = std::max(top_hi, ch.words[0]->bbox.top);
        }
        opens = opens && top_hi - top_lo <= 0.1 * size;
        for (const auto& ch : l->chunks)
          opens = opens && !std::islower(static_cast<unsigned char>(lead_word(ch)->text[0]));
      }
      // A new entry in the other columns beside a label that goes on (or
      // none): a row of the label's group (the label spans it).
      bool grouped = false;
      if (!opens && !starts.empty() && !paragraphs) {
        const GroupedRowContext group{&all, col_of, anchor, row_band, starts.back()};
        grouped = opens = StartsGroupedEntry(group, i);
      }
      if (opens) {
        starts.push_back(i);
        if (grouped) grouped_starts.push_back(i);
      }
      if (in_first) prev_first = l;
    }
    KeepLabelledGroups({&all, col_of, anchor, row_band, 0}, &starts, &grouped_starts);
    // Rows start where the first column starts an entry, and at row rules
    // across the table (a table ruled only horizontally) when there are two
    // or more of them between its lines.
    std::vector<double> row_rules;
    for (const auto& h : segments.h) {
      if (h.lo > x0 + 0.05 * (x1 - x0) || h.hi < x1 - 0.05 * (x1 - x0)) continue;
      if (h.pos <= all.front()->top || h.pos >= all.back()->bottom) continue;
      bool between = true;
      for (const Line* l : all) between = between && !(h.pos > l->top + 1 && h.pos < l->bottom - 1);
      if (between) row_rules.push_back(h.pos);
    }
    std::sort(row_rules.begin(), row_rules.end());
    std::vector<double> cuts = row_rules.size() >= 2 ? row_rules : std::vector<double>{};
    // Between two row rules, the rules are the rows when the band's first
    // line has an entry in the anchoring column, the lines under it fill
    // fewer columns, and some one-word column holds a single entry there:
    // lines starting an entry inside are then wrapped text. Other bands (a head of several levels above the body's
    // rules, rules every few rows) keep the rows their lines start.
    std::vector<bool> band_is_row(row_rules.size() + 1, false);
    for (size_t band = 0; row_rules.size() >= 2 && band <= row_rules.size(); ++band) {
      const double top = band == 0 ? -1e300 : row_rules[band - 1];
      const double bottom = band == row_rules.size() ? 1e300 : row_rules[band];
      std::vector<int> entries(cols, 0);
      const Line* first = nullptr;
      bool anchored = false, partial = true;
      for (size_t i = 0; i < all.size(); ++i) {
        const double my = (all[i]->top + all[i]->bottom) / 2;
        if (my < top || my > bottom) continue;
        if (!first) anchored = per_col[i][anchor] > 0;
        // Lines under the first fill fewer columns (wrapped cells).
        else partial = partial && all[i]->chunks.size() < first->chunks.size();
        if (!first) first = all[i];
        for (int k = 0; k < cols; ++k) entries[k] += per_col[i][k] > 0;
      }
      bool single = false;
      for (int k = 0; k < cols; ++k) single = single || (one_word[k] && entries[k] == 1);
      band_is_row[band] = anchored && partial && single;
    }
    for (size_t k = 1; k < starts.size(); ++k) {
      const double y = (all[starts[k] - 1]->bottom + all[starts[k]]->top) / 2;
      const size_t band = static_cast<size_t>(std::upper_bound(row_rules.begin(), row_rules.end(), y) - row_rules.begin());
      if (!band_is_row[band]) cuts.push_back(y);
    }
    std::sort(cuts.begin(), cuts.end());
    g.ys.push_back(all.front()->top - 1);
    for (double y : cuts)
      if (y - g.ys.back() > 0.5 * size) g.ys.push_back(y);
    g.ys.push_back(all.back()->bottom + 1);
    // One row only: perhaps a repeated header run together with a row
    // carried over from the page before; kept as tentative (see Grid).
    if (g.rows() < 1) continue;
    // Rows with two or more filled cells: at least two.
    std::vector<const Word*> words;
    for (const Line* l : all)
      for (const auto& c : l->chunks) words.insert(words.end(), c.words.begin(), c.words.end());
    // Words by row (one pass), then rows with two or more filled cells.
    std::vector<std::vector<const Word*>> by_row(g.rows());
    for (const Word* w : words) {
      const double my = (w->bbox.top + w->bbox.bottom) / 2;
      const auto it = std::upper_bound(g.ys.begin(), g.ys.end(), my);
      const int r = static_cast<int>(it - g.ys.begin()) - 1;
      if (r >= 0 && r < g.rows()) by_row[r].push_back(w);
    }
    int rich_rows = 0;
    for (int r = 0; r < g.rows(); ++r) {
      std::vector<bool> has(cols, false);
      for (const Word* w : by_row[r]) has[col_of((w->bbox.x0 + w->bbox.x1) / 2)] = true;
      rich_rows += std::count(has.begin(), has.end(), true) >= 2;
    }
    if (rich_rows < 2) {
      if (g.rows() > 1 || rich_rows < 1) continue;
      g.tentative = true;
    }
    // Rows of a label's group: the anchoring cell above runs on into them.
    std::vector<bool> in_group(g.rows(), false);
    for (size_t k : grouped_starts) {
      const double y = (all[k - 1]->bottom + all[k]->top) / 2;
      for (int r = 1; r < g.rows(); ++r) in_group[r] = in_group[r] || std::fabs(g.ys[r] - y) < 1e-6;
    }
    g.cells = SpanCells(
        g.rows(), cols,
        [&](int r, int c) {
          for (const Word* w : by_row[r])
            if (w->bbox.x0 < g.xs[c] && w->bbox.x1 > g.xs[c]) return false;
          return true;
        },
        [&](int r, int c) { return !(c == anchor && in_group[r]); });
    // Rules just above or below that run across the table belong to it.
    for (const auto& h : segments.h) {
      if (h.lo > x0 + 0.1 * (x1 - x0) || h.hi < x1 - 0.1 * (x1 - x0)) continue;
      if (h.pos < g.ys.front() && g.ys.front() - h.pos < 1.5 * size) g.ys.front() = h.pos;
      if (h.pos > g.ys.back() && h.pos - g.ys.back() < 1.5 * size) g.ys.back() = h.pos;
    }
    // One-chunk lines of the block above the table: candidates for banner
    // rows (decided by stitching, where they repeat on every page).
    // Upwards from the table through one-chunk lines set as closely as
    // lines of one block, body-text lines too (a banner with a long note).
    size_t lead_from = s;
    while (lead_from > 0 && s - lead_from < 12) {
      const Line& above = lines[lead_from - 1];
      const Line& below = lines[lead_from];
      if (above.chunks.size() != 1 ||
          below.top - above.bottom > 1.6 * std::max(above.bottom - above.top, 1.0))
        break;
      --lead_from;
    }
    for (size_t i = lead_from; i < s; ++i) {
      const Line& l = lines[i];
      LeadLine lead{{l.x0(), l.top, l.x1(), l.bottom}, {}};
      for (const Word* w : l.chunks.front().words) lead.text += (lead.text.empty() ? "" : " ") + w->text;
      g.lead.push_back(std::move(lead));
    }
    std::vector<double> row_gaps;
    for (size_t k = 1; k < starts.size(); ++k) row_gaps.push_back(all[starts[k]]->top - all[starts[k] - 1]->bottom);
    // Only over a table that starts here: its first full row after the
    // first (two cells or more: not a note) has an entry in the anchoring
    // column. A part going on from the page before carries a row over
    // first; its banner, repeated with the head, is stitching's. The same
    // test keeps a note ("All figures in £m") or a caption off a table whose
    // head has two lines and an empty first cell (rl_banner_guards.pdf; a
    // Kent finance report, an ICDAR table in tabula's suite).
    bool starts_here = false;
    for (size_t k = 1; k < starts.size(); ++k) {
      const size_t end = k + 1 < starts.size() ? starts[k + 1] : all.size();
      std::vector<bool> filled_col(cols, false);
      for (size_t i = starts[k]; i < end; ++i)
        for (int c = 0; c < cols; ++c) filled_col[c] = filled_col[c] || per_col[i][c] > 0;
      if (std::count(filled_col.begin(), filled_col.end(), true) < 2) continue;
      starts_here = filled_col[anchor];
      break;
    }
    // (A tentative grid has one row: as a rule one row start, no row gaps.)
    if (!row_gaps.empty() && starts_here) {
      std::nth_element(row_gaps.begin(), row_gaps.begin() + row_gaps.size() / 2, row_gaps.end());
      std::vector<double> heights;
      for (const Line* l : all) heights.push_back(l->bottom - l->top);
      std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
      g.banner_lead = BannerLeadLines(
          g, {all.front()->top, row_gaps[row_gaps.size() / 2], row_band, heights[heights.size() / 2]});
    }
    grids.push_back(std::move(g));
  }
  // Where no table was found: labels beside groups of entries, on no
  // common baseline (label_column.h).
  std::vector<BBox> found = taken;
  for (const Grid& g : grids) found.push_back(g.bbox());
  for (Grid& g : FindLabelColumnGrids(PageLines(page, found))) grids.push_back(std::move(g));
  return JoinAcrossGaps(std::move(grids), page);
}

}  // namespace

std::vector<Grid> FindStreamGrids(const PageContent& page, const Segments& segments,
                                  const std::vector<BBox>& taken) {
  const std::optional<SideBySide> split = FindSideBySide(page, segments);
  if (!split) return StreamGridsOf(page, segments, taken);
  // Each side of the shared band on its own, then the rest of the page.
  std::vector<Grid> out;
  for (int part = 0; part < 3; ++part) {
    PageContent view;
    view.page = page.page;
    view.width = page.width;
    view.height = page.height;
    for (const Word& w : page.words) {
      const double mx = (w.bbox.x0 + w.bbox.x1) / 2, my = (w.bbox.top + w.bbox.bottom) / 2;
      const bool band = my >= split->top && my <= split->bottom;
      if (part == 2 ? !band : band && (part == 0) == (mx < split->x)) view.words.push_back(w);
    }
    Segments side = segments;
    if (part < 2) {
      side.h.clear();
      for (const Segment& h : segments.h)
        if (part == 0 ? h.hi <= split->x : h.lo >= split->x) side.h.push_back(h);
    }
    for (Grid& g : StreamGridsOf(view, side, taken)) out.push_back(std::move(g));
  }
  return out;
}

}  // namespace plantrace::pdf

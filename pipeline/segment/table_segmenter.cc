#include "pipeline/segment/table_segmenter.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>

#include "pipeline/segment/item_labels.h"
#include "pipeline/segment/table_cells.h"
#include "text/normalize.h"

namespace plantrace {

namespace {

using namespace table_cells;  // NOLINT: the segmenter reads cells throughout

// Provenance of one row: one entry per page its cells touch, the union of
// their boxes.
void AddProvenance(const std::vector<const Cell*>& row, const std::string& table_id, int r,
                   std::vector<ProvenanceRecord>* out) {
  std::map<int, std::optional<BBox>> pages;
  for (const Cell* c : row) {
    for (const PagePart& p : c->parts) {
      auto [it, fresh] = pages.emplace(p.page, p.bbox);
      if (fresh || !p.bbox) continue;
      if (!it->second) {
        it->second = p.bbox;
        continue;
      }
      BBox& b = *it->second;
      b.x0 = std::min(b.x0, p.bbox->x0);
      b.top = std::min(b.top, p.bbox->top);
      b.x1 = std::max(b.x1, p.bbox->x1);
      b.bottom = std::max(b.bottom, p.bbox->bottom);
    }
  }
  if (pages.empty()) pages.emplace(1, std::nullopt);
  for (const auto& [page, box] : pages) {
    ProvenanceRecord p;
    p.page = page;
    if (box) p.bbox = std::array<double, 4>{box->x0, box->top, box->x1, box->bottom};
    p.table = table_id;
    p.row = r;
    out->push_back(p);
  }
}

struct Layout {
  std::vector<unsigned> roles;
  std::vector<std::string> headers;
  // Per column, the header's pieces as the header rows hold them (a header
  // printed on several lines may come as several rows of an unruled table).
  std::vector<std::vector<std::string>> header_pieces;
  std::vector<bool> header_row;  // per row: it holds column headers
  std::vector<int64_t> unit;   // per column: pounds per printed unit ("£m": 1,000,000)
  std::vector<bool> annual;    // per column: the header says the figure is annual
  bool text_unnamed = false;   // no header names the text column
  size_t header_end = 0;      // first body row
  size_t colhead_row = 0;     // the row holding the column headers
  bool has_colhead = false;
};

Layout LayoutOf(const Table& t, const std::vector<std::vector<const Cell*>>& rows,
                const ColumnRoleLexicon& lex) {
  Layout L;
  const int cols = ColsOf(t);
  L.roles.assign(static_cast<size_t>(cols), kRoleNone);
  L.headers.assign(static_cast<size_t>(cols), "");
  // The column-header row: the first non-banner row among the header rows,
  // or else the first row when its cells name roles.
  size_t limit = std::min(rows.size(), static_cast<size_t>(std::max(t.header_rows, 1)));
  for (size_t r = 0; r < limit && !L.has_colhead; ++r) {
    if (IsBanner(rows[r], cols)) continue;
    int named = 0;
    for (const Cell* c : rows[r]) named += lex.Classify(c->text) != kRoleNone;
    if (t.header_rows > 0 || named >= 2) {
      L.has_colhead = true;
      L.colhead_row = r;
    }
  }
  L.header_end = static_cast<size_t>(std::max(t.header_rows, 0));
  L.header_pieces.assign(static_cast<size_t>(cols), {});
  if (L.has_colhead) {
    L.header_end = std::min(std::max(L.header_end, L.colhead_row + 1), rows.size());
    // A column's header is its text in the column-header row and the header
    // rows under it, joined: a table finder without rules to follow may cut
    // a multi-line header ("Lead / RAG status" over "(Green – complete …)",
    // "Key Deliverables within 6 months (June" over "2024)") into rows,
    // leaving some columns' headers to the second of them. Each row's text
    // is kept as a piece of the header, to know the header repeated.
    // A header row under the first is one that names a column the rows
    // above left unnamed; other rows of the header area (a section-level
    // output) stay what they are.
    L.header_row.assign(rows.size(), false);
    L.header_row[L.colhead_row] = true;
    for (size_t r = L.colhead_row; r < L.header_end; ++r) {
      if (r > L.colhead_row && IsBanner(rows[r], cols)) continue;
      bool names = r == L.colhead_row;
      for (const Cell* c : rows[r]) {
        if (Blank(c->text)) continue;
        for (int k = c->col; k < c->col + c->colspan && k < cols; ++k) {
          names = names || L.headers[static_cast<size_t>(k)].empty();
        }
      }
      if (!names) continue;
      L.header_row[r] = true;
      for (const Cell* c : rows[r]) {
        if (Blank(c->text)) continue;
        const std::string text = CollapseSpaces(Trimmed(c->text));
        for (int k = c->col; k < c->col + c->colspan && k < cols; ++k) {
          std::string& h = L.headers[static_cast<size_t>(k)];
          h += (h.empty() ? "" : " ") + text;
          L.header_pieces[static_cast<size_t>(k)].push_back(text);
        }
      }
    }
    for (int k = 0; k < cols; ++k) {
      L.roles[static_cast<size_t>(k)] = lex.Classify(L.headers[static_cast<size_t>(k)]);
    }
  }
  L.header_end = std::min(L.header_end, rows.size());
  // The unit and period of figure columns, from every header row.
  L.unit.assign(static_cast<size_t>(cols), 1);
  L.annual.assign(static_cast<size_t>(cols), false);
  for (size_t r = 0; r < L.header_end; ++r) {
    for (const Cell* c : rows[r]) {
      std::string h = CaseFold(CollapseSpaces(c->text));
      for (int k = c->col; k < c->col + c->colspan && k < cols; ++k) {
        if (h.find("£m") != std::string::npos) {
          L.unit[static_cast<size_t>(k)] = 1000000;
        } else if (h.find("£k") != std::string::npos || h.find("£000") != std::string::npos) {
          L.unit[static_cast<size_t>(k)] = 1000;
        }
        if (!FindPhrase(h, "annual").empty() || !FindPhrase(h, "per annum").empty()) {
          L.annual[static_cast<size_t>(k)] = true;
        }
      }
    }
  }
  // A column of labels without a role is the id column.
  for (int k = 0; k < cols; ++k) {
    if (L.roles[static_cast<size_t>(k)] != kRoleNone) continue;
    int filled = 0, labels = 0;
    for (size_t r = L.header_end; r < rows.size(); ++r) {
      if (IsBanner(rows[r], cols)) continue;
      const Cell* c = CellAt(rows[r], k);
      if (!c || c->col != k || Blank(c->text)) continue;
      ++filled;
      labels += IsLabelOnly(c->text) || IsIdCode(c->text);
    }
    if (filled > 0 && labels * 10 >= filled * 6) L.roles[static_cast<size_t>(k)] = kRoleId;
  }
  // Without a named text column, the first unnamed column holds the text.
  bool has_text = std::any_of(L.roles.begin(), L.roles.end(),
                              [](unsigned r) { return r & kRoleText; });
  if (!has_text) {
    for (unsigned& r : L.roles) {
      if (r == kRoleNone) {
        r = kRoleText;
        L.text_unnamed = true;
        break;
      }
    }
  }
  return L;
}

// A cell that repeats its column's header, or a piece of it as the header
// rows hold it, or a long enough part of it to be no coincidence.
bool RepeatsHeader(const Layout& L, const Cell& c) {
  const size_t k = static_cast<size_t>(c.col);
  if (k >= L.headers.size() || L.headers[k].empty()) return false;
  const std::string text = CollapseSpaces(Trimmed(c.text));
  if (text == L.headers[k]) return true;
  std::string whole;  // the pieces as one header
  for (const std::string& piece : L.header_pieces[k]) {
    if (text == piece) return true;
    whole += (whole.empty() ? "" : " ") + piece;
  }
  return text.size() >= 12 && whole.find(text) != std::string::npos;
}

// Two section titles may name one section: equal, or one the first line of
// the other (a banner cell's first line against the heading above the
// table); a section not known contradicts none.
bool SameSection(const std::optional<std::string>& a, const std::optional<std::string>& b) {
  if (!a || !b) return true;
  const std::string x = CollapseSpaces(*a), y = CollapseSpaces(*b);
  if (x.empty() || y.empty()) return x == y;
  return x.rfind(y, 0) == 0 || y.rfind(x, 0) == 0;
}

int Words(const std::string& text) {
  int n = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// A cut-off line rather than a text: one or two words, or a few that start
// in lower case or end on a word that joins ("and", "of", a comma), with
// no full stop.
bool LooksCutOff(const std::string& text) {
  const std::string t = CollapseSpaces(Trimmed(text));
  if (t.empty() || t.back() == '.' || t.back() == '!' || t.back() == '?') return false;
  const int words = Words(t);
  if (words <= 2) return true;
  if (words > 4) return false;
  if (std::islower(static_cast<unsigned char>(t.front()))) return true;
  if (t.back() == ',') return true;
  const std::string last = CaseFold(t.substr(t.rfind(' ') + 1));
  for (const char* joint : {"and", "or", "of", "the", "to", "for", "in", "with", "a"}) {
    if (last == joint) return true;
  }
  return false;
}

// A plain number ("165.0", "1,200") in the column's unit; nullopt for
// anything else (an empty cell, words).
std::optional<RawFigure> FigureOf(const std::string& text, int64_t unit, bool annual) {
  std::string t = Trimmed(text);
  std::string digits;
  int dots = 0;
  for (char c : t) {
    if (c == ',') continue;
    if (c == '.') ++dots;
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.')) return std::nullopt;
    digits += c;
  }
  if (digits.empty() || dots > 1 || digits == ".") return std::nullopt;
  RawFigure f;
  f.raw = t;
  f.value_gbp = static_cast<int64_t>(
      std::llround(std::strtod(digits.c_str(), nullptr) * static_cast<double>(unit)));
  f.annual = annual;
  if (f.value_gbp <= 0) return std::nullopt;
  return f;
}

// Adds the lines of `c` to `item` according to the roles of its column;
// the item's label, when it stands at the start of line `label_line` of a
// text cell, is left out.
void AddCell(const Cell& c, unsigned roles, int label_line, RawItem* item) {
  if (Blank(c.text)) return;
  if (roles & kRoleId) return;
  std::vector<std::string> lines = Lines(c);
  if (roles & kRoleText) {
    if (label_line >= 0 && static_cast<size_t>(label_line) < lines.size()) {
      std::string& line = lines[static_cast<size_t>(label_line)];
      std::optional<ItemLabel> l = LeadingLabel(line);
      if (l) line = Trimmed(std::string_view(line).substr(l->length));
      if (line.empty()) lines.erase(lines.begin() + label_line);
    }
    for (auto& l : lines) item->text_parts.push_back(l);
    return;
  }
  if (roles & kRoleAction) {
    for (auto& l : lines) item->actions.push_back(l);
    return;
  }
  if (roles & kRoleDeliverable) {
    for (auto& l : lines) item->deliverables.push_back(l);
    return;
  }
  if (roles & (kRoleOwner | kRoleStatus | kRoleUpdate)) {
    if (roles & kRoleStatus) item->status_texts.push_back(c.text);
    if ((roles & kRoleUpdate) || ((roles & kRoleOwner) && (roles & kRoleStatus))) {
      for (auto& l : StyledLines(c)) item->lead_lines.push_back(std::move(l));
      if (roles & kRoleOwner) item->lead_has_headings = true;
    } else if (roles & kRoleOwner) {
      item->owner_cells.push_back(c.text);
    }
    return;
  }
  if (roles & kRoleDate) item->date_texts.push_back(c.text);
  if (roles & kRoleDetail) item->detail_texts.push_back(c.text);
}

}  // namespace

bool HasLabelledRows(const Table& table) {
  const auto rows = RowsOf(table);
  for (size_t r = static_cast<size_t>(std::max(table.header_rows, 0)); r < rows.size(); ++r) {
    for (const Cell* c : rows[r]) {
      if (c->row != static_cast<int>(r) || Blank(c->text)) continue;
      if (IsLabelOnly(c->text)) return true;
      std::optional<ItemLabel> l = LeadingLabel(Trimmed(c->text));
      if (l && (l->style == LabelStyle::kDotted || l->style == LabelStyle::kNumber)) return true;
      break;  // only the row's first cell
    }
  }
  return false;
}

std::vector<unsigned> ColumnRoles(const Table& table, const ColumnRoleLexicon& roles) {
  return LayoutOf(table, RowsOf(table), roles).roles;
}

std::vector<RawItem> SegmentTable(const Table& table, const ColumnRoleLexicon& lex,
                                  const ItemKindLexicon& kinds, const TableContext& ctx) {
  std::vector<RawItem> items;
  const auto rows = RowsOf(table);
  const int cols = ColsOf(table);
  const Layout L = LayoutOf(table, rows, lex);
  int text_col = -1, id_col = -1, other_roles = 0;
  for (int k = 0; k < cols; ++k) {
    unsigned r = L.roles[static_cast<size_t>(k)];
    if ((r & kRoleText) && text_col < 0) text_col = k;
    if ((r & kRoleId) && id_col < 0) id_col = k;
    if (r & (kRoleAction | kRoleDeliverable | kRoleOwner | kRoleStatus | kRoleUpdate | kRoleDate |
             kRoleDetail)) {
      ++other_roles;
    }
  }
  if (text_col < 0 || other_roles == 0) return items;
  // A table whose headers name no item text gives items only under a
  // heading that names their kind (a report's contact table is no plan).
  if (L.text_unnamed && !ctx.heading_kind) return items;

  std::string kind;
  if (auto k = kinds.KindOf(L.headers[static_cast<size_t>(text_col)], ctx.doc_context)) {
    kind = *k;
  } else if (ctx.heading_kind) {
    kind = *ctx.heading_kind;
  } else {
    kind = kinds.table_default;
  }
  // Section-level rows in the header area and headers whose date applies.
  RawItem section_level;
  std::optional<std::string> section = ctx.section_from_heading ? ctx.section : std::nullopt;
  for (size_t r = 0; r < L.header_end; ++r) {
    if (IsBanner(rows[r], cols)) {
      std::vector<std::string> lines = Lines(*rows[r].front());
      for (const Cell* c : rows[r]) {
        if (!Blank(c->text)) lines = Lines(*c);
      }
      if (!lines.empty()) section = lines.front();
      continue;
    }
    if (L.has_colhead && (r <= L.colhead_row || L.header_row[r])) continue;
    for (const Cell* c : rows[r]) {
      unsigned roles = L.roles[static_cast<size_t>(c->col)];
      if (roles & (kRoleAction | kRoleDeliverable)) AddCell(*c, roles, -1, &section_level);
    }
  }
  std::vector<std::string> header_dates;
  for (int k = 0; k < cols; ++k) {
    unsigned r = L.roles[static_cast<size_t>(k)];
    const std::string& h = L.headers[static_cast<size_t>(k)];
    if (!h.empty() && (r & (kRoleAction | kRoleDeliverable | kRoleDate)) &&
        std::find(header_dates.begin(), header_dates.end(), h) == header_dates.end()) {
      header_dates.push_back(h);
    }
  }

  size_t section_start = 0;  // first item under the current banner
  auto start_item = [&](std::string id) {
    RawItem item;
    item.item_id = std::move(id);
    item.kind = kind;
    item.section = section;
    item.actions = section_level.actions;
    item.deliverables = section_level.deliverables;
    item.header_dates = header_dates;
    items.push_back(std::move(item));
  };
  // Adds a section-level line first in every item of the section, once.
  auto add_section_level = [&](const RawItem& row_item) {
    auto prepend = [](const std::vector<std::string>& lines, std::vector<std::string>* to) {
      size_t at = 0;
      for (const std::string& l : lines) {
        if (std::find(to->begin(), to->end(), l) != to->end()) continue;
        to->insert(to->begin() + static_cast<std::ptrdiff_t>(at++), l);
      }
    };
    prepend(row_item.actions, &section_level.actions);
    prepend(row_item.deliverables, &section_level.deliverables);
    for (size_t i = section_start; i < items.size(); ++i) {
      prepend(row_item.actions, &items[i].actions);
      prepend(row_item.deliverables, &items[i].deliverables);
    }
  };

  // A row whose only text is a non-label in the id column is a banner that
  // the extractor did not span across the table.
  auto id_banner = [&](const std::vector<const Cell*>& row) {
    if (id_col < 0) return false;
    const Cell* only = nullptr;
    for (const Cell* c : row) {
      if (Blank(c->text)) continue;
      if (only) return false;
      only = c;
    }
    return only && only->col == id_col && !LeadingLabel(only->text).has_value() &&
           only->text.size() > 3;
  };
  // A table carries on the last item of the table before it only in the
  // same section (a banner atop a page repeats it; a new one starts anew).
  RawItem* carry_into = ctx.continues;
  if (carry_into && !SameSection(carry_into->section, section)) carry_into = nullptr;
  // Rows numbered by their labels (even where the id column was not told
  // apart from the text) are a plan's, never a register's to number in print
  // order; nor are those of a table that carries on such a table.
  const bool labelled = HasLabelledRows(table) || ctx.continues != nullptr;
  bool after_header = true;  // the row follows a banner or column headers
  for (size_t r = L.header_end; r < rows.size(); ++r) {
    std::vector<const Cell*> row = rows[r];
    // A row the finder left as one wide cell but that starts with a
    // paragraph number ("7.1 Community engagement …") is an item of a
    // labelled table, not a banner (banners carry section numbers: "7 …").
    const bool numbered_wide_row = labelled && [&] {
      for (const Cell* c : row) {
        if (Blank(c->text)) continue;
        std::optional<ItemLabel> l = LeadingLabel(Trimmed(c->text));
        return l && l->style == LabelStyle::kDotted;
      }
      return false;
    }();
    if (!numbered_wide_row && (IsBanner(row, cols) || id_banner(row))) {
      for (const Cell* c : row) {
        if (!Blank(c->text)) {
          std::vector<std::string> lines = Lines(*c);
          if (!lines.empty() && lines.front() != section) {
            if (!SameSection(section, lines.front())) carry_into = nullptr;
            section = lines.front();
            section_level = RawItem();
            section_start = items.size();
          }
        }
      }
      after_header = true;
      continue;
    }
    bool empty = std::all_of(row.begin(), row.end(), [](const Cell* c) { return Blank(c->text); });
    if (empty) continue;
    // A column-header row repeated at a page break: dropped. Cut by an
    // unruled table's rows, some of its cells may share a row with body
    // text; with two header cells or more, those cells are dropped and the
    // rest of the row read on.
    if (L.has_colhead) {
      int same = 0, filled = 0;
      std::vector<const Cell*> rest;
      for (const Cell* c : row) {
        if (Blank(c->text)) continue;
        ++filled;
        if (RepeatsHeader(L, *c)) {
          ++same;
        } else {
          rest.push_back(c);
        }
      }
      if (filled > 0 && same == filled) {
        after_header = true;
        continue;
      }
      if (same >= 2) {
        after_header = true;
        row = std::move(rest);
      }
    }
    const Cell* id_cell = id_col >= 0 ? CellAt(row, id_col) : nullptr;
    const Cell* text_cell = CellAt(row, text_col);
    if (id_cell && id_cell->row != static_cast<int>(r)) id_cell = nullptr;
    if (text_cell && text_cell->row != static_cast<int>(r)) text_cell = nullptr;
    std::optional<ItemLabel> label;
    int label_line = -1;  // the line of the text cell the label starts
    if (id_cell && IsLabelOnly(id_cell->text)) {
      label = LeadingLabel(id_cell->text);
    } else if (id_cell && IsIdCode(id_cell->text)) {
      std::string code = Trimmed(id_cell->text);
      while (!code.empty() && code.back() == '.') code.pop_back();
      label = ItemLabel{code, code, LabelStyle::kNumber, code.size()};
    }
    if (!label && text_cell && !Blank(text_cell->text)) {
      label = LeadingLabel(text_cell->text);
      if (label) label_line = 0;
    }
    if (!label && labelled && text_cell && !Blank(text_cell->text)) {
      // A paragraph number centred in a tall cell of an unruled table whose
      // label column the finder merged into the text: it starts a later
      // line of the cell ("Children and Young" / "6.2" / "People's
      // Partnership"), and the lines above it are its item's too.
      const std::vector<std::string> lines = Lines(*text_cell);
      for (size_t i = 1; i < lines.size() && !label; ++i) {
        std::optional<ItemLabel> l = LeadingLabel(lines[i]);
        if (l && l->style == LabelStyle::kDotted) {
          label = l;
          label_line = static_cast<int>(i);
        }
      }
    }
    bool has_text = text_cell && !Blank(text_cell->text);
    bool id_blank = !id_cell || Blank(id_cell->text);
    // The rows before the first label of a table that carries on the
    // labelled table before it belong to that table's last item.
    RawItem* carried = items.empty() && !label ? carry_into : nullptr;
    if (!carried && !label && !has_text && id_blank && (after_header || items.empty())) {
      // Under a banner or repeated header, a row with only actions or
      // deliverables belongs to the whole section.
      RawItem row_item;
      bool other = false;
      for (const Cell* c : row) {
        if (c->row != static_cast<int>(r) || Blank(c->text)) continue;
        unsigned roles = L.roles[static_cast<size_t>(std::min(c->col, cols - 1))];
        if (roles & (kRoleAction | kRoleDeliverable)) {
          AddCell(*c, roles, -1, &row_item);
        } else {
          other = true;
        }
      }
      // Before the section's first item it is section-level; later, only
      // when it repeats a section-level line (the same output printed under
      // the header of every page). Otherwise it continues an item split by
      // a page break.
      bool repeat = false;
      for (const std::string& l : row_item.actions) {
        repeat = repeat || std::find(section_level.actions.begin(), section_level.actions.end(),
                                     l) != section_level.actions.end();
      }
      for (const std::string& l : row_item.deliverables) {
        repeat = repeat || std::find(section_level.deliverables.begin(),
                                     section_level.deliverables.end(),
                                     l) != section_level.deliverables.end();
      }
      if (!other && (items.size() == section_start || repeat)) {
        add_section_level(row_item);
        continue;
      }
      if (items.empty()) continue;  // nothing to continue
    }
    const bool numbered_rows = id_col < 0 && ctx.row_number && !labelled;
    // In a register, a cell spanning from the first column over the title
    // column is a group banner even with totals beside it.
    if (numbered_rows && text_cell && text_cell->col < text_col && text_cell->col == 0 &&
        text_cell->colspan > 1) {
      std::vector<std::string> lines = Lines(*text_cell);
      if (!lines.empty()) section = lines.front();
      after_header = true;
      continue;
    }
    if (numbered_rows && !label && !has_text) {
      // In a register, a row without a title is no risk: a group banner
      // with its totals ("Other Risks (under £10m …)" 90.0 45.0) when its
      // first cell has words, else the rest of the row above.
      const Cell* first = CellAt(row, 0);
      if (first && first->row == static_cast<int>(r) && Words(first->text) >= 3) {
        std::vector<std::string> lines = Lines(*first);
        if (!lines.empty()) section = lines.front();
        after_header = true;
        continue;
      }
      if (items.empty()) continue;
    }
    after_header = false;
    if (label) {
      start_item(label->id);
    } else if (carried) {
      // carried on below
    } else if (labelled && !items.empty() && has_text && LooksCutOff(text_cell->text)) {
      // In a table of labelled rows, a line of a cell that a finder without
      // rules cut off ("bodies", "Effective Capital", "A fit-for-purpose
      // and") is no aim of its own: it stays with the item above.
    } else if (has_text || items.empty()) {
      if (numbered_rows) {
        // A table without labels (a register): its rows are numbered in
        // print order, on from the document's tables before it.
        start_item(std::to_string(++*ctx.row_number));
      } else {
        start_item(items.empty() ? std::string("1") : NextLetteredId(items.back().item_id));
      }
    }
    RawItem& item = carried ? *carried : items.back();
    for (const Cell* c : row) {
      if (c->row != static_cast<int>(r)) continue;
      const size_t k = static_cast<size_t>(std::min(c->col, cols - 1));
      unsigned roles = L.roles[k];
      if (roles & kRoleExposure) {
        if (std::optional<RawFigure> f = FigureOf(c->text, L.unit[k], L.annual[k])) {
          item.figures.push_back(std::move(*f));
        }
        continue;
      }
      AddCell(*c, roles, c == text_cell ? label_line : -1, &item);
    }
    AddProvenance(row, table.id, static_cast<int>(r), &item.provenance);
  }
  return items;
}

}  // namespace plantrace

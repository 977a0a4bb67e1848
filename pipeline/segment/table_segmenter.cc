#include "pipeline/segment/table_segmenter.h"

#include <algorithm>
#include <string>

#include "pipeline/segment/item_labels.h"
#include "pipeline/segment/row_contents.h"
#include "pipeline/segment/table_cells.h"
#include "pipeline/segment/table_layout.h"
#include "text/normalize.h"

namespace plantrace {

namespace {

using namespace table_cells;  // NOLINT: the segmenter reads cells throughout

// Two section titles may name one section: equal, or one the first line of
// the other (a banner cell's first line against the heading above the
// table); a section not known contradicts none.
bool SameSection(const std::optional<std::string>& a, const std::optional<std::string>& b) {
  if (!a || !b) return true;
  const std::string x = CollapseSpaces(*a), y = CollapseSpaces(*b);
  if (x.empty() || y.empty()) return x == y;
  return x.rfind(y, 0) == 0 || y.rfind(x, 0) == 0;
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
  const TableLayout L = LayoutOf(table, rows, lex);
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
      if (first && first->row == static_cast<int>(r) && WordCount(first->text) >= 3) {
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

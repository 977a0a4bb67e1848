#include "pipeline/segment/table_layout.h"

#include <algorithm>

#include "pipeline/segment/item_labels.h"
#include "pipeline/segment/table_cells.h"
#include "text/normalize.h"

namespace plantrace::table_cells {

TableLayout LayoutOf(const Table& t, const std::vector<std::vector<const Cell*>>& rows,
                     const ColumnRoleLexicon& lex) {
  TableLayout L;
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

bool RepeatsHeader(const TableLayout& L, const Cell& c) {
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

}  // namespace plantrace::table_cells

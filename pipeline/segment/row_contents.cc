#include "pipeline/segment/row_contents.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>

#include "pipeline/segment/column_roles.h"
#include "pipeline/segment/item_labels.h"
#include "pipeline/segment/table_cells.h"

namespace plantrace::table_cells {

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

}  // namespace plantrace::table_cells

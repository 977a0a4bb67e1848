#include "pipeline/segment/inherited_header.h"

#include <algorithm>
#include <string>
#include <vector>

#include "pipeline/segment/table_cells.h"
#include "text/normalize.h"

namespace plantrace {
namespace {

struct Span1 {
  double x0 = 0, x1 = 0;
  bool set = false;
  void Add(const BBox& b) {
    x0 = set ? std::min(x0, b.x0) : b.x0;
    x1 = set ? std::max(x1, b.x1) : b.x1;
    set = true;
  }
};

double Overlap(const Span1& a, double x0, double x1) {
  return std::max(0.0, std::min(a.x1, x1) - std::max(a.x0, x0));
}

}  // namespace

std::optional<Table> WithInheritedHeader(const Table& body, const Table& headed) {
  using table_cells::Blank;
  using table_cells::Trimmed;
  if (body.header_rows > 0 || headed.header_rows <= 0 || body.cols < 2) return std::nullopt;
  // The body's columns across the page, from its single-column cells.
  std::vector<Span1> cols(static_cast<size_t>(body.cols));
  for (const Cell& c : body.cells) {
    if (c.colspan != 1 || c.col < 0 || c.col >= body.cols) continue;
    for (const PagePart& p : c.parts) {
      if (p.bbox) cols[static_cast<size_t>(c.col)].Add(*p.bbox);
    }
  }
  std::vector<std::string> headers(cols.size());
  for (const Cell& h : headed.cells) {
    if (h.row >= headed.header_rows || Blank(h.text) || h.colspan >= headed.cols) continue;
    if (h.parts.empty() || !h.parts.front().bbox) continue;
    const BBox& b = *h.parts.front().bbox;
    size_t best = cols.size();
    double best_overlap = 0;
    for (size_t k = 0; k < cols.size(); ++k) {
      if (!cols[k].set) continue;
      double o = Overlap(cols[k], b.x0, b.x1);
      if (o > best_overlap) {
        best_overlap = o;
        best = k;
      }
    }
    // Most of the header stands over that column.
    if (best == cols.size() || best_overlap * 2 < b.x1 - b.x0) continue;
    std::string& to = headers[best];
    to += (to.empty() ? "" : " ") + CollapseSpaces(Trimmed(h.text));
  }
  int named = 0;
  for (const std::string& h : headers) named += !h.empty();
  if (named < 2) return std::nullopt;
  Table out = body;
  for (Cell& c : out.cells) ++c.row;
  for (size_t k = 0; k < headers.size(); ++k) {
    Cell h;
    h.row = 0;
    h.col = static_cast<int>(k);
    h.header = true;
    h.text = headers[k];
    if (!h.text.empty()) h.lines.push_back(h.text);
    out.cells.push_back(std::move(h));
  }
  out.rows = body.rows + 1;
  out.header_rows = 1;
  return out;
}

}  // namespace plantrace

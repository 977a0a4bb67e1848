#include "extractors/pdf/tables/inner_head.h"

#include <utility>

#include "extractors/pdf/tables/stitching.h"

namespace plantrace::pdf {
namespace {

// The head: a banner over bold rows, or bold rows (their cells start in
// bold), whole rows each. Never the whole table.
int HeadRows(const Table& t) {
  int h = RowIsBanner(t, 0) && t.rows > 2 && RowStartsBold(t, 1) ? 1 : 0;
  while (h < t.rows - 1 && !RowIsBanner(t, h) && RowStartsBold(t, h)) ++h;
  return h;
}

// Whether no cell reaches across the boundary above row r.
bool CleanBoundary(const Table& t, int r) {
  for (const Cell& c : t.cells)
    if (c.row < r && c.row + c.rowspan > r) return false;
  return true;
}

// First row r > head at which the head rows stand again, -1 if none.
int RepeatAt(const Table& t, int head) {
  for (int r = head + 1; r + head <= t.rows; ++r) {
    if (!CleanBoundary(t, r)) continue;
    Table rest;
    rest.rows = head;
    rest.cols = t.cols;
    for (const Cell& c : t.cells)
      if (c.row >= r && c.row < r + head) {
        Cell moved = c;
        moved.row -= r;
        rest.cells.push_back(std::move(moved));
      }
    if (RepeatedLeadingRows(t, rest) >= head) return r;
  }
  return -1;
}

}  // namespace

int DropRepeatedHeadsInside(Table* t) {
  const int head = HeadRows(*t);
  if (head == 0) return 0;
  int repeated = 0;
  for (int r = RepeatAt(*t, head); r > 0; r = RepeatAt(*t, head)) {
    Table before, after;
    before.id = t->id;
    before.regions = t->regions;
    before.rows = r;
    after.rows = t->rows - r;
    before.cols = after.cols = t->cols;
    for (Cell& c : t->cells) {
      if (c.row < r) {
        before.cells.push_back(std::move(c));
      } else {
        c.row -= r;
        after.cells.push_back(std::move(c));
      }
    }
    AppendContinuation(after, &before);
    before.header_rows = t->header_rows;
    *t = std::move(before);
    repeated = head;
  }
  return repeated;
}

}  // namespace plantrace::pdf

#pragma once
// Reading order of one page: two-column pages are read left column first,
// then right; text that spans both columns (titles, full-width headings,
// tables) separates the page into bands read top to bottom.

#include <optional>
#include <vector>

#include "extractors/pdf/layout/text_line.h"

namespace plantrace::pdf {

// A vertical white band that separates two columns of text.
struct Gutter {
  double x0 = 0, x1 = 0;
};

// The gutter of a two-column page: a band in the middle half of the page that
// almost no text crosses, with a column of lines ending left of it and one
// starting at its right edge, each holding a good share of the page's text.
std::optional<Gutter> FindGutter(const std::vector<TextLine>& lines, double page_width,
                                 double page_height);

enum class Column { kFull, kLeft, kRight };

struct OrderedItem {
  bool is_table = false;
  size_t index = 0;  // into the page's lines, or into the page's table boxes
  Column column = Column::kFull;
  int band = 0;      // increases each time full-width content interrupts the columns
};

// All lines and table boxes of a page in reading order.
std::vector<OrderedItem> OrderPage(const std::vector<TextLine>& lines,
                                   const std::vector<BBox>& tables, double page_width,
                                   double page_height);

}  // namespace plantrace::pdf

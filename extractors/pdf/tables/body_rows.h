#pragma once
// The body of an unruled table whose columns are known (from a shaded head,
// say): how far down it goes and where its rows part. Its rows are cut at
// bands of whitespace across every column taller than the space between the
// paragraphs of one cell, so a label centred in a tall cell joins its row
// however far below the row's first line it stands.

#include <vector>

#include "extractors/pdf/tables/table_types.h"

namespace plantrace::pdf {

struct BodyRows {
  // Row boundaries, top to bottom: the first between the head and the body.
  // Empty when no body line stands under the head.
  std::vector<double> cuts;
  double bottom = 0;             // the body's last text
  double left = 1e300, right = -1e300;  // the body's text, across
};

// The body under `head_bottom` (not below `limit`) in the columns `xs`: lines
// down from the head while their words keep inside one column each, stand
// within the columns, and no taller gap than a blank line or two parts them.
BodyRows ReadBodyRows(const PageContent& page, const std::vector<double>& xs, double head_bottom, double limit,
                      double em);

}  // namespace plantrace::pdf

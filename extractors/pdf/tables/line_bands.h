#pragma once
// The text lines of a set of words as vertical bands: sorted by top, a word
// joins the band its middle falls in, else starts a new one. Shared by the
// row splitting of ruled grids (grid.cc) and the unruled bodies under a
// shaded head (body_rows.cc).

#include <vector>

#include "extractors/pdf/tables/table_types.h"

namespace plantrace::pdf {

struct LineBand {
  double top = 0, bottom = 0;
};

std::vector<LineBand> LineBands(std::vector<const Word*> words);

}  // namespace plantrace::pdf

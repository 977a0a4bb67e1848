#pragma once
// Side-by-side tables: two unruled tables next to each other, each with its
// own row rules, read as one wide table would have the rows of both cut
// together (or none cut at all). Where the horizontal rules fall into two
// groups side by side, with a clear gutter between them, each side is laid
// out on its own.

#include <optional>

#include "extractors/pdf/tables/table_types.h"

namespace plantrace::pdf {

// The split between two tables side by side: the x of the gutter between
// them, and the band of the page (top to bottom) they share.
struct SideBySide {
  double x = 0, top = 0, bottom = 0;
};

// Two groups of horizontal rules (each at least three rules, as a table of
// two rows has, and each rule at least four ems long), the left group's rules all ending before the right group's
// start, their vertical extents overlapping by half the shorter one, and no
// word of the band between them crossing the gutter.
std::optional<SideBySide> FindSideBySide(const PageContent& page, const Segments& segments);

}  // namespace plantrace::pdf

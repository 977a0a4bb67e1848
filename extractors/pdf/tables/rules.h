#pragma once
// Rules as table borders: the page's stroked segments and thin fills, plus
// the edges of adjacent cell-background boxes, merged into clean lines.

#include "extractors/pdf/tables/table_types.h"

namespace plantrace::pdf {

struct RuleTolerances {
  double snap = 2;  // segments whose positions differ less are one line
  double gap = 3;   // collinear pieces closer than this are joined
};

RuleTolerances RuleTolerancesFor(const PageContent& page);

// Horizontal and vertical lines of the page, merged: nearly collinear
// segments snapped to one position, small gaps closed. Capped so that a page
// with many thousands of tiny strokes cannot blow up later stages.
Segments CollectSegments(const PageContent& page, const RuleTolerances& tol);

// Merges one direction's segments in place (exposed for tests).
void MergeSegments(std::vector<Segment>* segments, const RuleTolerances& tol);

}  // namespace plantrace::pdf

#include "extractors/pdf/stream_layout.h"

namespace plantrace::pdf {

std::vector<Grid> FindStreamGrids(const PageContent&, const Segments&, const std::vector<BBox>&) { return {}; }

}  // namespace plantrace::pdf

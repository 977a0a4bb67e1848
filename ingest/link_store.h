#pragma once
// Links the stored items afresh, as `plantrace link` does, and stores the
// links (replacing those computed before) and each item's themes. Run by
// `link`, and by `ingest` and `fetch` after they stored something, so new
// documents are linked to what came before.

#include <cstddef>

#include "common/result.h"
#include "output/store.h"

namespace plantrace {

struct LinkStoreTotals {
  size_t links = 0, lineages = 0, items = 0, documents = 0;
};

Result<LinkStoreTotals> LinkStore(Store& store);

}  // namespace plantrace

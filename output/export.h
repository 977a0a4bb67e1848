#pragma once
// Exports of the stored records (docs/records.md, docs/schema.md):
// deterministic, byte-identical from run to run over the same store.

#include <ostream>

#include "common/status.h"
#include "output/store.h"

namespace plantrace {

// One JSON object a line: every document (by doc_id) followed by its items
// in document order, then every link ordered by (from, to).
Status ExportJsonl(Store& store, std::ostream& out);

// One CSV row per item (header first), lists joined with "; "; columns in
// docs/schema.md.
Status ExportCsv(Store& store, std::ostream& out);

}  // namespace plantrace

#pragma once
// The side-by-side timeline of the report: one column per plan, oldest
// first, each holding that plan's items (wording, owners, due dates,
// status) and the link each was reached by.

#include <string>
#include <vector>

#include "model/records.h"

namespace plantrace {

struct TimelineEntry {
  const ItemRecord* item = nullptr;
  // Links into this item from earlier entries of the same timeline.
  std::vector<const LinkRecord*> incoming;
};

// `entries` in document order. Documents not in `documents` get a column
// headed by their doc_id.
std::string TimelineHtml(const std::vector<TimelineEntry>& entries,
                         const std::vector<DocumentRecord>& documents, bool link_documents);

}  // namespace plantrace

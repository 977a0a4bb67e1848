#pragma once
// The side-by-side timeline of the report: one column per plan, oldest
// first, each holding that plan's items (wording, owners, due dates,
// status) and the link each was reached by.

#include <map>
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
// With `source_files` (doc_id -> its file in the report), pages link into
// the sources.
std::string TimelineHtml(const std::vector<TimelineEntry>& entries,
                         const std::vector<DocumentRecord>& documents, bool link_documents,
                         const std::map<std::string, std::string>* source_files = nullptr);

// A link score as printed: two decimals, any locale ("0.83").
std::string TimelineScore(double score);

}  // namespace plantrace

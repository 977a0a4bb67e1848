#pragma once
// The short report at the end of `tools/demo` (`plantrace summary`): what is
// stored, what the last ingest or fetch brought, who owns the most items,
// and what is due next.

#include <string>

#include "common/result.h"
#include "output/store.h"

namespace plantrace {

struct SummaryOptions {
  // Items due on or after this date (YYYY-MM-DD or YYYY-MM) and not complete
  // are "due next". Empty: the date of the newest stored document, so the
  // answer is "what the latest plan still has ahead of it".
  std::string as_of;
  int due_next = 10;     // how many due items to list
  int top_owners = 8;    // how many owners to list
};

Result<std::string> Summarise(Store& store, const SummaryOptions& options);

}  // namespace plantrace

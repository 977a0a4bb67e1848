#pragma once
// An item's reference across the store, links and reports: "doc_id#item_id".
// Shared by linking, the report and the CLI, so it lives in no single stage.

#include <string>

#include "model/records.h"

namespace plantrace {

std::string ItemRef(const ItemRecord& item);

}  // namespace plantrace

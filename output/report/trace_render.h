#pragma once
// `plantrace trace REF --format text|json|html`: one item's lineage across
// every plan, oldest first, with each link's reasons.

#include <string>
#include <vector>

#include "model/records.h"
#include "pipeline/link/lineage.h"

namespace plantrace {

// Plain text for a terminal: one block per item (plan, date, status,
// wording, owners, dates), then the links into it with score and why.
std::string TraceToText(const Trace& trace, const std::vector<DocumentRecord>& documents);
// {"ref": ..., "items": [item records], "links": [link records]} (records.md).
std::string TraceToJson(const Trace& trace);
// A standalone HTML page: the items side by side, one column per plan.
std::string TraceToHtml(const Trace& trace, const std::vector<DocumentRecord>& documents);

}  // namespace plantrace

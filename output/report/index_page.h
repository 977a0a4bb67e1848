#pragma once
// The report's index.html: every item in one table that the inline script
// (filter_script.h) searches and filters; the documents; the recurring
// recommendations grouped by theme, each titled by its latest wording.

#include <string>
#include <vector>

#include "output/report/site.h"

namespace plantrace {

// `docs` are in document order.
std::string IndexPage(const ReportInput& in, const std::vector<DocumentRecord>& docs);

// The theme a lineage is filed under: the first theme of its latest item
// that has one; "" when none has.
std::string LineageTheme(const ReportInput& in, const Lineage& lineage);

}  // namespace plantrace

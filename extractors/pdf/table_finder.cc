#include "extractors/pdf/table_finder.h"

namespace plantrace::pdf {

// Placeholder until table finding lands (issue 3): no tables.
std::vector<Table> FindTables(const std::vector<PageContent>&, const TableOptions&) { return {}; }

}  // namespace plantrace::pdf

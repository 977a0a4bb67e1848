#pragma once
// `plantrace ingest --title/--publisher/--date/--plan-cycle/--doc-type`:
// metadata the user sets for every file of one call. A value given wins over
// the manifest's and over what the paper says; a field not given is left to
// them.

#include <string>
#include <vector>

#include "ingest/ingest_tasks.h"

namespace plantrace {

struct MetaOptions {
  std::string title;
  std::string publisher;
  std::string date;        // YYYY, YYYY-MM or YYYY-MM-DD, a real day of 1900–2100
  std::string plan_cycle;  // "2018" or "2023-24"
  std::string doc_type;    // one of docs/records.md's doc_type values
};

// One message per invalid value, naming the option and what it must be;
// empty when every given value is valid.
std::vector<std::string> CheckMetaOptions(const MetaOptions& o);

// Sets every given value on every task's metadata.
void ApplyMetaOptions(const MetaOptions& o, std::vector<IngestTask>* tasks);

}  // namespace plantrace

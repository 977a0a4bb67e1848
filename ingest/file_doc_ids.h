#pragma once
// The doc_id of a file no manifest lists (docs/decisions.md, issue 14):
// its file stem (corpus DocIdFromFileName), unless that id already names a
// document read from another path, in the store or earlier in this call;
// then the stem plus its folder's name, then plus a short hash of its path.
// So a file keeps its id across runs (the same path with changed bytes is a
// new version of the same document), ids stored before never change, and
// two files named alike in two folders are two documents.

#include <vector>

#include "common/status.h"
#include "ingest/ingest_tasks.h"
#include "output/store.h"

namespace plantrace {

// Rewrites the doc_id of every task whose id came from its file name.
Status AssignFileDocIds(std::vector<IngestTask>* tasks, Store& store);

}  // namespace plantrace

#pragma once
// docs/metadata.json built into the binary: Datasette's metadata for a
// plantrace SQLite store (titles, descriptions of every table, view and
// column, and which full-text table searches which table). What
// `plantrace datasette-metadata` prints.

namespace plantrace {

const char* DatasetteMetadata();

}  // namespace plantrace

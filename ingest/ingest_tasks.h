#pragma once
// What `plantrace ingest PATH...` is asked to read: files, folders
// (recursively) and manifest.json files -> one task per document
// (docs/cli.md "doc_id"). A manifest entry with a PDF and an HTML rendering
// is ONE task: its primary rendering is read, the other recorded as an
// alternate source. Files a manifest does not list are their own documents,
// named after the file.

#include <string>
#include <vector>

#include "output/store.h"
#include "pipeline/normalise/record_builder.h"

namespace plantrace {

struct IngestTask {
  std::string path;                        // the file to read
  DocumentMeta meta;                       // doc_id always set
  std::vector<AlternateSource> alternates;  // paths and formats; sha256 filled on reading
  // Set by `fetch`: the URL stored as the document's source instead of
  // `path` (a temporary file), and a title for a document with no heading
  // on page 1 (the link's text, else the linking page's title).
  std::string source;
  std::string title_hint;
};

struct CollectedTasks {
  std::vector<IngestTask> tasks;     // in the order given, folders sorted by path
  std::vector<std::string> missing;  // PATHs that do not exist: failures
  std::vector<std::string> notes;    // manifest warnings
};

// A folder's manifest is the file named manifest.json in it or below it
// that reads as a manifest; a PATH given as a file is a manifest when its
// content reads as one.
CollectedTasks CollectIngestTasks(const std::vector<std::string>& paths);

}  // namespace plantrace

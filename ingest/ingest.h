#pragma once
// Batch ingest: read, extract, normalise and store every task, with `jobs`
// extracting in parallel and one writer (the calling thread) storing each
// document in its own transaction. A file whose sha256 is stored is skipped
// before it is extracted; a bad file is reported and skipped; a file that is
// neither PDF nor HTML by content is skipped with a note.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "extractors/extract_options.h"
#include "ingest/ingest_tasks.h"
#include "output/store.h"
#include "pipeline/normalise/record_builder.h"

namespace plantrace {

enum class IngestOutcome {
  kStored,      // first version of a document
  kNewVersion,  // a changed file: a new version, the old one kept
  kSkipped,     // this content is stored already (or another process has it)
  kOdd,         // neither PDF nor HTML: a note, not a failure
  kFailed,      // unreadable, corrupt, encrypted, … or the store refused it
};

struct IngestEvent {
  size_t done = 0, total = 0;  // tasks finished so far (this one included)
  IngestOutcome outcome = IngestOutcome::kFailed;
  std::string path;
  std::string doc_id;
  std::string message;                // the reason (skipped, odd, failed)
  std::vector<std::string> warnings;  // extraction warnings of a stored file
  size_t items = 0;
  int pages = 0;
  // Stored, but not one word was read (every page a scanned image): the
  // batch exits 3 so that it is not taken for a success.
  bool no_text = false;
};

struct IngestOptions {
  int jobs = 1;
  ExtractOptions extract;
};

struct IngestTotals {
  size_t stored = 0, new_versions = 0, skipped = 0, odd = 0, failed = 0;
  size_t no_text = 0;  // stored without any text (IngestEvent::no_text)
  int64_t pages = 0;  // pages of the files extracted
};

// Tasks are stored, and `on_event` called (on the calling thread, once per
// task), in task order whatever `jobs` is: the same tasks give the same store.
IngestTotals Ingest(const std::vector<IngestTask>& tasks, Store& store,
                    const RecordBuilder& builder, const IngestOptions& options,
                    const std::function<void(const IngestEvent&)>& on_event);

}  // namespace plantrace

#pragma once
// What `plantrace ingest` says on stderr: a progress bar redrawn in place on
// a terminal, one line per file otherwise (logs, CI). Failures, notes and
// warnings are always whole lines naming the file.

#include <ostream>

#include "ingest/ingest.h"

namespace plantrace {

class IngestProgress {
 public:
  IngestProgress(std::ostream& out, bool terminal) : out_(out), terminal_(terminal) {}
  void OnEvent(const IngestEvent& e);
  // The closing line: counts of each outcome.
  void Finish(const IngestTotals& t);

 private:
  void ClearBar();
  std::ostream& out_;
  bool terminal_;
  bool bar_shown_ = false;
};

}  // namespace plantrace

#include "ingest/progress.h"

#include <string>

namespace plantrace {

namespace {

const char* Verb(IngestOutcome o) {
  switch (o) {
    case IngestOutcome::kStored: return "stored";
    case IngestOutcome::kNewVersion: return "stored (new version)";
    case IngestOutcome::kUpdated: return "updated";
    case IngestOutcome::kSkipped: return "skipped";
    case IngestOutcome::kOdd: return "note: skipped";
    case IngestOutcome::kFailed: return "failed";
  }
  return "";
}

}  // namespace

void IngestProgress::ClearBar() {
  if (bar_shown_) out_ << "\r\033[K";
  bar_shown_ = false;
}

void IngestProgress::OnEvent(const IngestEvent& e) {
  std::string line;
  if (e.outcome == IngestOutcome::kFailed) {
    line = "plantrace ingest: failed: " + e.message;  // the Status names the file
  } else if (e.outcome == IngestOutcome::kOdd) {
    line = "plantrace ingest: note: " + e.path + ": " + e.message + ", skipped";
  } else if (!terminal_) {
    line = std::string(Verb(e.outcome)) + " " + e.path + " (" + e.doc_id;
    if (e.outcome == IngestOutcome::kSkipped || e.outcome == IngestOutcome::kUpdated) line += ", " + e.message;
    else line += ", " + std::to_string(e.pages) + " pages, " + std::to_string(e.items) + " items";
    line += ")";
  }
  if (!line.empty() || !e.warnings.empty()) ClearBar();
  for (const std::string& w : e.warnings) {
    out_ << "plantrace ingest: warning: " << e.path << ": " << w << "\n";
  }
  if (!line.empty()) out_ << line << "\n";
  if (terminal_) {
    const int width = 30;
    const int filled = e.total ? static_cast<int>(e.done * width / e.total) : width;
    out_ << "\r[" << std::string(filled, '#') << std::string(width - filled, '.') << "] "
         << e.done << "/" << e.total << "  " << e.doc_id.substr(0, 40) << "\033[K";
    bar_shown_ = true;
  }
  out_.flush();
}

void IngestProgress::Finish(const IngestTotals& t) {
  ClearBar();
  out_ << "ingest: " << t.stored << " stored, " << t.new_versions << " new versions, "
       << t.skipped << " already stored, " << t.odd << " not PDF/HTML, " << t.failed
       << " failed";
  // Only said when it happened, so the usual line stays as it was.
  if (t.updated) out_ << ", " << t.updated << " updated in place (metadata)";
  out_ << "\n";
  out_.flush();
}

}  // namespace plantrace

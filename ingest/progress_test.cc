#include <gtest/gtest.h>

#include <sstream>

#include "ingest/progress.h"

namespace plantrace {
namespace {

IngestEvent Event(IngestOutcome o, const std::string& path, const std::string& message) {
  IngestEvent e;
  e.done = 1;
  e.total = 2;
  e.outcome = o;
  e.path = path;
  e.doc_id = "doc";
  e.message = message;
  e.pages = 3;
  e.items = 4;
  return e;
}

TEST(IngestProgress, OneLinePerFileWhenNotATerminal) {
  std::ostringstream out;
  IngestProgress p(out, false);
  p.OnEvent(Event(IngestOutcome::kStored, "a.pdf", ""));
  p.OnEvent(Event(IngestOutcome::kFailed, "b.pdf", "b.pdf: corrupt: no xref"));
  p.OnEvent(Event(IngestOutcome::kOdd, "c.txt", "neither a PDF nor an HTML file by its content"));
  p.Finish(IngestTotals{1, 0, 0, 1, 1, 3});
  EXPECT_EQ(out.str(),
            "stored a.pdf (doc, 3 pages, 4 items)\n"
            "plantrace ingest: failed: b.pdf: corrupt: no xref\n"
            "plantrace ingest: note: c.txt: neither a PDF nor an HTML file by its content, skipped\n"
            "ingest: 1 stored, 0 new versions, 0 already stored, 1 not PDF/HTML, 1 failed\n");
}

TEST(IngestProgress, ABarOnATerminalWithFailuresOnLinesOfTheirOwn) {
  std::ostringstream out;
  IngestProgress p(out, true);
  p.OnEvent(Event(IngestOutcome::kStored, "a.pdf", ""));
  p.OnEvent(Event(IngestOutcome::kFailed, "b.pdf", "b.pdf: corrupt: no xref"));
  const std::string s = out.str();
  EXPECT_EQ(s.find("stored a.pdf"), std::string::npos);  // the bar says it
  EXPECT_NE(s.find("\r[###############...............] 1/2  doc"), std::string::npos) << s;
  EXPECT_NE(s.find("\r\033[Kplantrace ingest: failed: b.pdf: corrupt: no xref\n"), std::string::npos);
}

}  // namespace
}  // namespace plantrace

#pragma once
// The paper's title as printed (docs/decisions.md, issue 14, evidence order):
//   1. its own header field: "Title of Decision:", "Subject:", "EQIA Title"
//      (a report to a body printed as "Report to Cabinet" above its Subject
//      is "Report to Cabinet: <subject>");
//   2. minutes and agendas: their heading as printed, from "MINUTES" /
//      "AGENDA" through the meeting's date (and time);
//   3. a first line that carries an appendix label and a title ("APPENDIX B
//      - CAPITAL INVESTMENT SUMMARY …"): the title, label dropped;
//   4. the cover's title block: the largest heading of the paper's first
//      page with the short lines that continue it ("September Update 2018",
//      "As at November 2024-25 – Quarter 3"), not a line that only names an
//      organisation or a date; an "Appendix X" label alone is skipped;
//   5. the file's own title (PDF info dictionary, HTML <title>), unless it
//      is a template's name ("THE REPORT", "Agenda Template");
//   6. the first line of the page that is not a label.
// Never a field label ("Subject:"), never "" when the page has text.

#include <map>
#include <string>
#include <vector>

#include "model/document.h"
#include "pipeline/normalise/date_parser.h"
#include "pipeline/normalise/document_cues.h"

namespace plantrace {

struct TitleEvidence {
  const Document* doc = nullptr;
  int page = 1;                             // the paper's first page
  const std::vector<std::string>* lines;    // PageLines of that page
  const std::map<HeaderFieldName, std::string>* fields;
  std::string doc_type;
};

std::string FindTitle(const TitleEvidence& e, const DocumentCues& cues, const DateParser& dates);

// "Appendix G", "APPENDIX D -", "Appendix I:" at the start (or "2025-26
// APPENDIX E" at the end) of `title` removed; "" when only the label is left.
std::string DropAppendixLabel(const std::string& title);

}  // namespace plantrace

#pragma once
// A paper that is a letter ("Dear Leaders", "Dear Member" within its first
// lines): its date is the day printed alone above the salutation (or in a
// "Date:" line), its sender the letterhead line that opens with a sender's
// role (data/document_cues.tsv `sender` rows), cut before the address. A
// letter has no title unless it prints a subject line.

#include <optional>
#include <string>
#include <vector>

#include "model/calendar_date.h"
#include "pipeline/normalise/date_parser.h"
#include "pipeline/normalise/document_cues.h"

namespace plantrace {

struct LetterReading {
  bool is_letter = false;
  std::optional<PrintedDate> date;
  std::string sender;  // "" when no letterhead line names one
};

// `lines`: the first page's lines (page_lines.h).
LetterReading ReadLetter(const std::vector<std::string>& lines, const DocumentCues& cues,
                         const DateParser& dates);

}  // namespace plantrace

#pragma once
// The date a paper prints as its own, at the precision printed (docs/
// decisions.md, issue 14, evidence order):
//   1. a signature or issue date: a date alone on its line under a name or
//      role ("John Crabtree / Chair / 13 March 2015");
//   2. its header's date or meeting field ("To: Cabinet, 30 January 2025",
//      "Date: …");
//   3. minutes and agendas: the meeting in their heading;
//   4. a record of decision: the meeting it goes to ("decision by Cabinet on
//      30 January 2025", "presented to Cabinet on …");
//   5. a date in the cover's title block ("November 2023", "4th April 2024",
//      "September Update 2018");
//   6. none: no date ("" in the record, null in JSON). Dates in running
//      sentences are not the paper's date; the file's CreationDate is when
//      somebody saved it, not the paper's date.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/calendar_date.h"
#include "model/document.h"
#include "pipeline/normalise/date_parser.h"
#include "pipeline/normalise/header_fields.h"

namespace plantrace {

std::optional<PrintedDate> FindDocumentDate(const Document& doc,
                                            const std::vector<std::string>& page1_lines,
                                            const std::map<HeaderFieldName, std::string>& fields,
                                            const std::string& doc_type, const DateParser& dates);

// The first day or month date printed in `text` (no year guessed), as a
// PrintedDate; nullopt when none.
std::optional<PrintedDate> FirstPrintedDate(const std::string& text, const DateParser& dates);

}  // namespace plantrace

#pragma once
// The document record: the manifest's metadata (DocumentMeta) when given,
// else read from the document itself: the title is the largest heading of
// page 1, the date the first month or day printed on page 1, the doc_id the
// file name.

#include <string>

#include "model/document.h"
#include "model/records.h"
#include "pipeline/normalise/date_parser.h"
#include "pipeline/normalise/record_builder.h"

namespace plantrace {

DocumentRecord BuildDocumentRecord(const Document& doc, const DocumentMeta& meta,
                                   const DateParser& dates);

// The text of page 1 (blocks and table cells), for the title and date and
// as the context of document-bound lexicon lines.
std::string FirstPageText(const Document& doc);

// The largest heading of page 1; "" when page 1 has no heading.
std::string FirstPageTitle(const Document& doc);

// The date context of a document record ("2018-09" → 2018, month 9).
DateContext DateContextOf(const DocumentRecord& d);

}  // namespace plantrace

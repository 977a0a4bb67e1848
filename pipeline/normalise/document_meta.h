#pragma once
// The document record: what the manifest or the ingest options say
// (DocumentMeta) wins; every field they leave empty is read from the paper
// itself — header fields, cover, the file's own metadata — by the finders
// beside this file (title_finder.h, document_date_finder.h,
// publisher_finder.h, doc_type_classifier.h; evidence order in
// docs/decisions.md, issue 14). The doc_id is the manifest's, else made
// from the file name.

#include <string>

#include "model/document.h"
#include "model/records.h"
#include "pipeline/normalise/date_parser.h"
#include "pipeline/normalise/document_cues.h"
#include "pipeline/normalise/record_builder.h"

namespace plantrace {

DocumentRecord BuildDocumentRecord(const Document& doc, const DocumentMeta& meta,
                                   const DateParser& dates, const DocumentCues& cues);

// The page the paper itself starts on: its first page that prints anything
// (blank and "intentionally left blank" pages are skipped), or, in an agenda
// pack, the next such page after the covering letter.
int PaperFirstPage(const Document& doc, const DocumentCues& cues);

// The text of page 1 (blocks and table cells), for the title and date and
// as the context of document-bound lexicon lines.
std::string FirstPageText(const Document& doc);

// The largest heading of page 1; "" when page 1 has no heading (a fetched
// page's link text is then a better title than the file's own).
std::string FirstPageTitle(const Document& doc);

// The date context of a document record ("2018-09" → 2018, month 9); all 0
// when the record has no date.
DateContext DateContextOf(const DocumentRecord& d);

}  // namespace plantrace

#pragma once
// Building blocks of the static HTML report: escaping, and a page frame
// with inline CSS, so that every page works from file:// with nothing
// fetched from anywhere.

#include <string>
#include <string_view>
#include <vector>

#include "model/records.h"

namespace plantrace {

// &, <, >, " and ' escaped.
std::string HtmlEscape(std::string_view text);

// A whole page: doctype, <head> with the inline stylesheet, <body> holding
// a navigation line back to the index (unless this is it) and `body`.
std::string HtmlPage(std::string_view title, std::string_view body, bool is_index);

// A file name for a document's page: "doc-" + doc_id with anything but
// [a-z0-9-] replaced, + ".html".
std::string DocumentPageName(std::string_view doc_id);

// Where a document's source file sits in the report folder, relative to its
// pages: "sources/<doc_id>.pdf" (or .html), doc_id made file-name safe.
std::string SourceFileName(std::string_view doc_id, std::string_view format);

// One item as an HTML card: its ref, kind, wording, owners, dates, status,
// source pages; `extra` is appended inside the card. With `source_href`
// (SourceFileName) each page links to it: "sources/plan.pdf#page=4".
std::string ItemCard(const ItemRecord& item, std::string_view extra = "",
                     std::string_view source_href = "");

// The pages as links into the source ("sources/plan.pdf#page=4"; an HTML
// source has no pages to jump to), or plain "3, 4" without a source.
std::string PagesHtml(const ItemRecord& item, std::string_view source_href);

// "Monitoring Officer (interim); Section 151 Officer".
std::string OwnersText(const ItemRecord& item);
// "due June 2024; start 2018-07-01" from the raw dates by role.
std::string DatesText(const ItemRecord& item);
// "3, 4" from provenance pages.
std::string PagesText(const ItemRecord& item);

}  // namespace plantrace

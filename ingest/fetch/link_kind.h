#pragma once
// What a link on a council's meeting page points at, judged first from its
// URL (before any request) and then from the answer's headers.

#include <string>

namespace plantrace {

enum class LinkKind {
  kDocument,  // a PDF or HTML document by its name (.pdf, .htm, .html)
  kOther,     // a format we do not read (Word, spreadsheets, …): skipped with a note
  kUnknown,   // no telling from the name (mgConvert2PDF.aspx?ID=…, a meeting page)
};

struct LinkGuess {
  LinkKind kind = LinkKind::kUnknown;
  std::string format;  // "pdf", "html", or the skipped format's name ("Word", …)
};

// From the URL's decoded path (url.h UrlPath).
LinkGuess GuessFromPath(const std::string& path);

// The file name of a Content-Disposition header (filename*=UTF-8''… first,
// else filename=…), without any directory; "" when none.
std::string DispositionFileName(const std::string& header);

// From the answer: "pdf" or "html" when the answer is a document we read
// (Content-Type application/pdf, or a Content-Disposition file name ending
// .pdf/.htm/.html), "" otherwise. An HTML page without such a name is a page,
// not a document: this returns "" for it.
std::string DocumentFormatOfAnswer(const std::string& content_type,
                                   const std::string& disposition_file);

}  // namespace plantrace

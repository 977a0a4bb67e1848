#pragma once
// Telling a PDF from an HTML file by its content, not its name.

#include <string>
#include <string_view>

namespace plantrace {

enum class SourceFormat { kUnknown, kPdf, kHtml };

// "%PDF-" within the first KiB (as readers allow) is a PDF; markup that opens
// with <!doctype html>, <html>, <head>, <body>, <table>, … (after a BOM, white
// space and comments) is HTML. Anything else is unknown.
SourceFormat SniffFormat(std::string_view bytes);

const char* SourceFormatName(SourceFormat f);

// What a file that is neither PDF nor HTML looks like, for the message that
// refuses it: "Word document", "Excel workbook", "ZIP archive", "PNG image",
// "plain text", … ("binary data" when nothing is recognised). By content:
// magic numbers, and the part names inside an Office (ZIP) file.
const char* DescribeContent(std::string_view bytes);

// "not a PDF or HTML file (looks like: Word document)".
std::string NotPdfOrHtmlMessage(std::string_view bytes);

}  // namespace plantrace

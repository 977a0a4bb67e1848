#pragma once
// Telling a PDF from an HTML file by its content, not its name.

#include <string_view>

namespace plantrace {

enum class SourceFormat { kUnknown, kPdf, kHtml };

// "%PDF-" within the first KiB (as readers allow) is a PDF; markup that opens
// with <!doctype html>, <html>, <head>, <body>, <table>, … (after a BOM, white
// space and comments) is HTML. Anything else is unknown.
SourceFormat SniffFormat(std::string_view bytes);

const char* SourceFormatName(SourceFormat f);

}  // namespace plantrace

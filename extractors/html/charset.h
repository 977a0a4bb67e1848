#pragma once
// Which character encoding an HTML file is in, and turning it into UTF-8.
//
// Order of precedence, as browsers do it: a byte-order mark, then a
// <meta charset> or <meta http-equiv="content-type" content="…charset=…">
// in the first bytes of the file, then UTF-8. Legacy Latin labels
// (latin-1, iso-8859-1, us-ascii) mean windows-1252, as in the WHATWG
// Encoding Standard.

#include <string>
#include <string_view>
#include <vector>

namespace plantrace {

struct CharsetGuess {
  std::string name;        // canonical label for ICU ("UTF-8", "windows-1252", …)
  size_t bom_length = 0;   // bytes of byte-order mark to skip
  std::string source;      // "bom", "meta" or "default"
};

// Maps a declared label to the name we decode with ("latin1" -> "windows-1252",
// "utf8" -> "UTF-8"); unknown labels come back trimmed and unchanged.
std::string CanonicalCharset(std::string_view label);

// The charset declared in a <meta> within the first `prescan` bytes, or "".
std::string FindMetaCharset(std::string_view bytes, size_t prescan = 4096);

CharsetGuess DetectCharset(std::string_view bytes);

// The file as UTF-8. Bytes invalid in the charset become U+FFFD, never
// dropped. An unknown declared charset falls back to UTF-8 with a warning.
std::string DecodeHtmlBytes(std::string_view bytes, std::vector<std::string>* warnings);

}  // namespace plantrace

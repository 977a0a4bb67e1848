#pragma once
// Text clean-up that every extractor applies to what it reads, so that the
// document model holds the same text whatever the source format:
// valid UTF-8, NFC, ligatures (ﬁ, ﬂ, …) expanded, soft hyphens removed,
// non-breaking and other exotic spaces turned into plain spaces.
//
// This target is the only one that uses ICU.

#include <string>
#include <string_view>

namespace plantrace {

// Invalid UTF-8 sequences become U+FFFD; nothing is silently dropped.
std::string CleanText(std::string_view utf8);

// Locale-independent full case folding (for matching, not display).
std::string CaseFold(std::string_view utf8);

// Collapses runs of white space into one space and trims both ends.
std::string CollapseSpaces(std::string_view utf8);

// Converts bytes in `charset` (an IANA name such as "windows-1252") to UTF-8.
// Returns false when ICU does not know the charset; invalid bytes become
// U+FFFD.
bool ConvertToUtf8(std::string_view bytes, std::string_view charset, std::string* out);

}  // namespace plantrace

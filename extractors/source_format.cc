#include "extractors/source_format.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace plantrace {
namespace {

std::string LowerPrefix(std::string_view s, size_t n) {
  std::string out(s.substr(0, std::min(n, s.size())));
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool LooksLikeHtml(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  // Skip white space and leading comments / processing instructions.
  for (int guard = 0; guard < 64; ++guard) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    if (s.substr(0, 4) == "<!--") {
      size_t end = s.find("-->");
      if (end == std::string_view::npos) return false;
      s.remove_prefix(end + 3);
    } else if (s.substr(0, 2) == "<?") {
      size_t end = s.find("?>");
      if (end == std::string_view::npos) return false;
      s.remove_prefix(end + 2);
    } else {
      break;
    }
  }
  const std::string head = LowerPrefix(s, 16);
  for (const char* tag : {"<!doctype html", "<html", "<head", "<body", "<meta", "<title",
                          "<table", "<div", "<p>", "<p ", "<h1", "<h2", "<style", "<link"}) {
    if (head.rfind(tag, 0) == 0) return true;
  }
  return false;
}

// UTF-16 text (told by its byte order mark) narrowed to its ASCII code units,
// enough to look for the first tags; anything else becomes '?'.
std::string NarrowUtf16Head(std::string_view s, bool little_endian) {
  std::string out;
  for (size_t i = 2; i + 1 < s.size() && out.size() < 512; i += 2) {
    const unsigned char lo = static_cast<unsigned char>(little_endian ? s[i] : s[i + 1]);
    const unsigned char hi = static_cast<unsigned char>(little_endian ? s[i + 1] : s[i]);
    out += (hi == 0 && lo < 0x80) ? static_cast<char>(lo) : '?';
  }
  return out;
}

}  // namespace

SourceFormat SniffFormat(std::string_view bytes) {
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return SourceFormat::kPdf;
  if (LooksLikeHtml(bytes)) return SourceFormat::kHtml;
  // HTML saved as UTF-16 (the HTML extractor decodes it from the BOM).
  const bool le = bytes.substr(0, 2) == "\xFF\xFE", be = bytes.substr(0, 2) == "\xFE\xFF";
  if ((le || be) && LooksLikeHtml(NarrowUtf16Head(bytes, le))) return SourceFormat::kHtml;
  return SourceFormat::kUnknown;
}

const char* SourceFormatName(SourceFormat f) {
  switch (f) {
    case SourceFormat::kPdf: return "pdf";
    case SourceFormat::kHtml: return "html";
    case SourceFormat::kUnknown: return "unknown";
  }
  return "unknown";
}

}  // namespace plantrace

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

const char* DescribeContent(std::string_view b) {
  auto starts = [&](std::string_view magic) { return b.substr(0, magic.size()) == magic; };
  auto has = [&](std::string_view part) { return b.find(part) != std::string_view::npos; };
  if (b.empty()) return "an empty file";
  if (starts("PK\x03\x04")) {  // ZIP: Office Open XML and OpenDocument are ZIPs
    if (has("word/")) return "Word document";
    if (has("xl/")) return "Excel workbook";
    if (has("ppt/")) return "PowerPoint presentation";
    if (has("application/vnd.oasis.opendocument.text")) return "OpenDocument text";
    if (has("application/vnd.oasis.opendocument.spreadsheet")) return "OpenDocument spreadsheet";
    if (has("application/epub+zip")) return "EPUB e-book";
    return "ZIP archive";
  }
  if (starts("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    return "Word, Excel or PowerPoint document (old .doc/.xls/.ppt format)";
  }
  if (starts("{\\rtf")) return "RTF document";
  if (starts("\x89PNG")) return "PNG image";
  if (starts("\xFF\xD8\xFF")) return "JPEG image";
  if (starts("GIF8")) return "GIF image";
  if (starts("II*\x00") || starts("MM\x00*")) return "TIFF image";
  if (starts("\x1F\x8B")) return "gzip archive";
  if (starts("Rar!")) return "RAR archive";
  if (starts("7z\xBC\xAF")) return "7-Zip archive";
  if (starts("SQLite format 3")) return "SQLite database";
  const std::string head = LowerPrefix(b, 64);
  if (head.rfind("<?xml", 0) == 0) return "XML document";
  if (head.rfind("from:", 0) == 0 || head.rfind("received:", 0) == 0) return "e-mail message";
  // Text: no NUL and few control bytes in the first KiB.
  const std::string_view probe = b.substr(0, 1024);
  size_t control = 0;
  for (char c : probe) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u == 0) return "binary data";
    if (u < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  if (control * 20 > probe.size()) return "binary data";
  const char first = head.empty() ? ' ' : head.find_first_not_of(" \t\r\n") == std::string::npos
                                              ? ' '
                                              : head[head.find_first_not_of(" \t\r\n")];
  if (first == '{' || first == '[') return "JSON or other data text";
  return "plain text";
}

std::string NotPdfOrHtmlMessage(std::string_view bytes) {
  return std::string("not a PDF or HTML file (looks like: ") + DescribeContent(bytes) + ")";
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

#include "ingest/fetch/link_kind.h"

#include <cctype>
#include <utility>

#include "corpus/manifest.h"

namespace plantrace {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string Extension(const std::string& name) {
  const size_t slash = name.find_last_of('/');
  const size_t dot = name.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  return Lower(name.substr(dot + 1));
}

// Formats councils publish that we do not read, by extension.
const std::pair<const char*, const char*> kOtherFormats[] = {
    {"doc", "Word"}, {"docx", "Word"}, {"docm", "Word"}, {"rtf", "Word"}, {"odt", "Word"},
    {"xls", "spreadsheet"}, {"xlsx", "spreadsheet"}, {"xlsm", "spreadsheet"},
    {"ods", "spreadsheet"}, {"csv", "spreadsheet"}, {"ppt", "presentation"},
    {"pptx", "presentation"}, {"odp", "presentation"}, {"zip", "archive"},
    {"jpg", "image"}, {"jpeg", "image"}, {"png", "image"}, {"gif", "image"},
    {"mp3", "audio"}, {"mp4", "video"}, {"txt", "plain text"}, {"xml", "XML"},
};

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

std::string PercentDecode(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && HexValue(s[i + 1]) >= 0 && HexValue(s[i + 2]) >= 0) {
      out += static_cast<char>(HexValue(s[i + 1]) * 16 + HexValue(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// The value of parameter `name` in a header ("attachment; filename=\"a b.pdf\"").
std::string Parameter(const std::string& header, const std::string& name) {
  const std::string lower = Lower(header);
  size_t at = 0;
  while ((at = lower.find(name, at)) != std::string::npos) {
    const bool starts = at == 0 || lower[at - 1] == ';' || lower[at - 1] == ' ';
    size_t p = at + name.size();
    while (p < lower.size() && lower[p] == ' ') ++p;
    if (!starts || p >= lower.size() || lower[p] != '=') {
      at = p;
      continue;
    }
    ++p;
    while (p < header.size() && header[p] == ' ') ++p;
    if (p < header.size() && header[p] == '"') {
      std::string v;
      for (++p; p < header.size() && header[p] != '"'; ++p) {
        if (header[p] == '\\' && p + 1 < header.size()) ++p;
        v += header[p];
      }
      return v;
    }
    const size_t end = header.find(';', p);
    std::string v = header.substr(p, end == std::string::npos ? std::string::npos : end - p);
    while (!v.empty() && v.back() == ' ') v.pop_back();
    return v;
  }
  return "";
}

std::string BaseName(std::string name) {
  const size_t slash = name.find_last_of("/\\");
  return slash == std::string::npos ? name : name.substr(slash + 1);
}

}  // namespace

LinkGuess GuessFromPath(const std::string& path) {
  const std::string ext = Extension(path);
  if (ext == "pdf") return {LinkKind::kDocument, "pdf"};
  if (ext == "htm" || ext == "html") return {LinkKind::kDocument, "html"};
  for (const auto& [e, name] : kOtherFormats) {
    if (ext == e) return {LinkKind::kOther, name};
  }
  return {LinkKind::kUnknown, ""};
}

std::string DispositionFileName(const std::string& header) {
  // RFC 6266: filename* (charset''percent-encoded) wins over filename.
  std::string extended = Parameter(header, "filename*");
  if (!extended.empty()) {
    const size_t quote = extended.find("''");
    if (quote != std::string::npos) return BaseName(PercentDecode(extended.substr(quote + 2)));
  }
  return BaseName(Parameter(header, "filename"));
}

std::string DocumentFormatOfAnswer(const std::string& content_type,
                                   const std::string& disposition_file) {
  if (content_type == "application/pdf" || content_type == "application/x-pdf") return "pdf";
  const LinkGuess named = GuessFromPath(disposition_file);
  if (named.kind == LinkKind::kDocument) return named.format;
  return "";
}

}  // namespace plantrace

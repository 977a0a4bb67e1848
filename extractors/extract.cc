#include "extractors/extract.h"

#include "corpus/file_bytes.h"
#include "extractors/html/html_extractor.h"
#include "extractors/pdf/pdf_extractor.h"
#include "extractors/source_format.h"

namespace plantrace {

Result<Document> ExtractFile(const std::string& path, const ExtractOptions& options) {
  Result<std::string> bytes = ReadFileBytes(path, options.max_bytes);
  if (!bytes.ok()) return bytes.status();
  return ExtractBytes(bytes.value(), path, options);
}

Result<Document> ExtractBytes(std::string_view bytes, const std::string& path,
                              const ExtractOptions& options, std::string_view known_sha256) {
  if (bytes.empty()) return Status::Corruption(path, "file is empty");
  Result<Document> doc = Status::Unsupported(path, NotPdfOrHtmlMessage(bytes));
  const SourceFormat format = SniffFormat(bytes);
  switch (format) {
    case SourceFormat::kPdf: doc = ExtractPdf(bytes, path, options); break;
    case SourceFormat::kHtml: doc = ExtractHtml(bytes, path, options); break;
    case SourceFormat::kUnknown: break;
  }
  if (!doc.ok()) return doc;
  doc->source.path = path;
  doc->source.sha256 = known_sha256.empty() ? Sha256Hex(bytes) : std::string(known_sha256);
  doc->source.format = SourceFormatName(format);
  return doc;
}

}  // namespace plantrace

#include "extractors/pdf/pdf_extractor.h"

namespace plantrace {

// Placeholder until the Poppler extractor lands (issue 2).
Result<Document> ExtractPdf(std::string_view, const std::string& path, const ExtractOptions&) {
  return Status::Unsupported(path, "PDF extraction is not built yet");
}

}  // namespace plantrace

#include "extractors/html/html_extractor.h"

namespace plantrace {

// Placeholder until the libxml2 extractor lands (issue 4).
Result<Document> ExtractHtml(std::string_view, const std::string& path, const ExtractOptions&) {
  return Status::Unsupported(path, "HTML extraction is not built yet");
}

}  // namespace plantrace

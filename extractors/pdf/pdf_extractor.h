#pragma once
// The PDF extractor: Poppler's core API, one pass over each page's content
// stream, into the document model. No Poppler type appears in this header.

#include <string>
#include <string_view>

#include "common/result.h"
#include "extractors/extract_options.h"
#include "model/document.h"

namespace plantrace {

// `bytes` is the whole file; `path` names it in messages.
Result<Document> ExtractPdf(std::string_view bytes, const std::string& path,
                            const ExtractOptions& options);

}  // namespace plantrace

#pragma once
// Reading a PDF's pages with Poppler, one pass over each content stream.
// No Poppler type appears here: callers get PageContent and a Status.

#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "extractors/extract_options.h"
#include "extractors/pdf/page_content.h"
#include "model/document.h"

namespace plantrace::pdf {

struct PdfPages {
  SourceInfo info;  // pages, producer, title (path/sha256 are the caller's)
  std::vector<PageContent> pages;
  // Poppler's diagnostics and repairs, each naming the file.
  std::vector<std::string> warnings;
};

// `bytes` is the whole file and must outlive the call; `path` names it in
// messages. Fails with Unsupported (encrypted), Corruption (damaged beyond
// repair, no pages), ResourceLimit (more pages than options.max_pages, or
// slower than options.max_seconds).
Result<PdfPages> ReadPdfPages(std::string_view bytes, const std::string& path,
                              const ExtractOptions& options);

}  // namespace plantrace::pdf

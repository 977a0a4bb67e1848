#pragma once
// Which pages of a PDF have no usable text layer (scans), and reading those
// by OCR into the same page content born-digital pages have.

#include <string>
#include <string_view>
#include <vector>

#include "extractors/extract_options.h"
#include "extractors/pdf/page_content.h"
#include "model/document.h"

namespace plantrace::pdf {

// True when the page's text layer is unusable: no words on a page that paints
// something (an image, vector outlines of letters), or only a few stray
// glyphs on a page mostly covered by an image.
bool LacksTextLayer(const PageContent& page);

// Per `options.ocr`, renders and OCRs the pages that need it, replacing their
// words; marks them in `page_info` (same order as `pages`) and adds a
// warning naming `path` and the page for each failure or low confidence
// (pages left without words are the caller's to report).
void ReadScannedPages(std::string_view bytes, const std::string& path,
                      const ExtractOptions& options, std::vector<PageContent>* pages,
                      std::vector<PageInfo>* page_info, std::vector<std::string>* warnings);

}  // namespace plantrace::pdf

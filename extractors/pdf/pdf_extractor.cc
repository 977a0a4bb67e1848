#include "extractors/pdf/pdf_extractor.h"

#include <string>

#include "extractors/pdf/layout/page_layout.h"
#include "extractors/pdf/reader/page_reader.h"
#include "extractors/pdf/scanned_pages.h"
#include "extractors/pdf/tables/table_finder.h"

namespace plantrace {

Result<Document> ExtractPdf(std::string_view bytes, const std::string& path,
                            const ExtractOptions& options) {
  Result<pdf::PdfPages> pages = pdf::ReadPdfPages(bytes, path, options);
  if (!pages.ok()) return pages.status();
  Document doc;
  doc.source = pages->info;
  doc.warnings = std::move(pages->warnings);
  for (const auto& p : pages->pages) doc.pages.push_back({p.page, p.width, p.height, p.rotation});
  // Scanned pages are read by OCR (per --ocr); a page nothing could be read
  // from (OCR off or failed, or a blank page) is reported, not silently
  // empty.
  pdf::ReadScannedPages(bytes, path, options, &pages->pages, &doc.pages, &doc.warnings);
  int empty = 0;
  for (const auto& p : pages->pages) {
    if (!p.words.empty()) continue;
    ++empty;
    doc.warnings.push_back(path + ": page " + std::to_string(p.page) +
                           " has no text layer (a scanned image?): nothing was read from it");
  }
  if (empty > 0 && empty == static_cast<int>(pages->pages.size())) {
    doc.warnings.push_back(path + ": no text at all (every page is an image): stored without items");
  }
  std::vector<Table> tables;
  if (options.find_tables) {
    pdf::TableOptions table_options;
    table_options.stitch = options.stitch_tables;
    tables = pdf::FindTables(pages->pages, table_options);
  }
  pdf::LayOutDocument(pages->pages, std::move(tables), &doc);
  return doc;
}

}  // namespace plantrace

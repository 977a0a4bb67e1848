#include "extractors/pdf/pdf_extractor.h"

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
  pdf::ReadScannedPages(bytes, path, options, &pages->pages, &doc.pages, &doc.warnings);
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

#pragma once
// Options shared by every extractor. Plain data; each field says its default.

#include <cstddef>

namespace plantrace {

// When PDF pages are read by OCR (--ocr): kAuto only pages without a usable
// text layer (scans), kAlways every page, kNever none.
enum class OcrMode { kAuto, kAlways, kNever };

struct ExtractOptions {
  // Files larger than this are refused before they are read (256 MiB).
  size_t max_bytes = size_t{256} << 20;
  // Documents with more pages are refused (2,000 pages).
  int max_pages = 2000;
  // A document whose pages take longer than this to read is abandoned, so a
  // hostile file cannot hang a batch (120 s).
  double max_seconds = 120;
  // Find tables (PDF); when false only blocks are produced.
  bool find_tables = true;
  // Join a table that continues on the next page into one table. false keeps
  // one table per page region (--no-stitch).
  bool stitch_tables = true;
  // Scanned pages (PDF): which are OCR'd, at what resolution, and how long
  // one page may take (render and recognise, 60 s). A page whose words'
  // mean confidence is under ocr_min_confidence gets a warning (0.6).
  OcrMode ocr = OcrMode::kAuto;
  double ocr_dpi = 300;
  double ocr_max_seconds_per_page = 60;
  double ocr_min_confidence = 0.6;
  // HTML: deeper element nesting than this is cut off, with a warning (1,000).
  int max_html_depth = 1000;
};

}  // namespace plantrace

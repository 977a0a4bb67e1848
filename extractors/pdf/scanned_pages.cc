#include "extractors/pdf/scanned_pages.h"

#include <algorithm>
#include <cstdio>
#include <memory>

#include "extractors/pdf/ocr_module.h"
#include "extractors/pdf/reader/page_renderer.h"

namespace plantrace::pdf {
namespace {

// A page with no more characters than this is "a few stray glyphs" (a page
// number or a stamp printed on a scan) ...
constexpr size_t kStrayCharacters = 20;
// ... when images cover at least this share of it.
constexpr double kScanCoverage = 0.5;
// A poster-sized page is rendered at a lower resolution rather than into a
// bitmap larger than this (pixels; 300 dpi A3 is 17.4 million).
constexpr double kMaxPixels = 40e6;

double ImageCoverage(const PageContent& page) {
  // Overlapping images are rare on scans; the sum is capped at the page.
  const double area = page.width * page.height;
  if (area <= 0) return 0;
  double covered = 0;
  for (const ImageArea& image : page.images) {
    const double w = std::min(image.bbox.x1, page.width) - std::max(image.bbox.x0, 0.0);
    const double h = std::min(image.bbox.bottom, page.height) - std::max(image.bbox.top, 0.0);
    if (w > 0 && h > 0) covered += w * h;
  }
  return std::min(1.0, covered / area);
}

std::string PageName(const std::string& path, int page) {
  return path + ": page " + std::to_string(page);
}

std::string Fixed2(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

}  // namespace

bool LacksTextLayer(const PageContent& page) {
  size_t chars = 0;
  for (const Word& w : page.words) chars += w.text.size();
  if (chars == 0) {
    return !page.images.empty() || !page.rules.empty() || !page.boxes.empty() ||
           !page.marks.empty();
  }
  return chars <= kStrayCharacters && ImageCoverage(page) >= kScanCoverage;
}

void ReadScannedPages(std::string_view bytes, const std::string& path,
                      const ExtractOptions& options, std::vector<PageContent>* pages,
                      std::vector<PageInfo>* page_info, std::vector<std::string>* warnings) {
  std::vector<size_t> todo;
  for (size_t i = 0; i < pages->size(); ++i) {
    const PageContent& page = (*pages)[i];
    const bool scan = LacksTextLayer(page);
    if (options.ocr == OcrMode::kAlways || (options.ocr == OcrMode::kAuto && scan)) {
      todo.push_back(i);
    }
  }
  if (todo.empty()) return;

  auto fail_all = [&](const Status& why) {
    for (size_t i : todo) {
      warnings->push_back(PageName(path, (*pages)[i].page) + ": not read by OCR: " + why.why());
    }
  };
  if (Status ready = OcrReady(); !ready.ok()) return fail_all(ready);
  Result<std::unique_ptr<PageRenderer>> renderer = PageRenderer::Open(bytes, path);
  if (!renderer.ok()) return fail_all(renderer.status());

  for (size_t i : todo) {
    PageContent& page = (*pages)[i];
    const std::string where = PageName(path, page.page);
    Result<GreyImage> image = renderer.value()->RenderGrey(page.page, options.ocr_dpi, kMaxPixels,
                                                           options.ocr_max_seconds_per_page);
    if (!image.ok()) {
      warnings->push_back(where + ": not read by OCR: " + image.status().why());
      continue;
    }
    Result<OcrPageResult> read = OcrPage(image.value(), where, options.ocr_max_seconds_per_page, &page);
    if (!read.ok()) {
      warnings->push_back(where + ": not read by OCR: " + read.status().why());
      continue;
    }
    PageInfo& info = (*page_info)[i];
    info.ocr = true;
    info.ocr_confidence = read->mean_confidence;
    if (read->words > 0 && read->mean_confidence < options.ocr_min_confidence) {
      warnings->push_back(where + ": OCR mean confidence " + Fixed2(read->mean_confidence) +
                          ", under " + Fixed2(options.ocr_min_confidence) +
                          "; its text may be wrong");
    }
  }
}

}  // namespace plantrace::pdf

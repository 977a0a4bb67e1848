#include "extractors/pdf/ocr/ocr_page.h"

#include <algorithm>
#include <cctype>

#include "extractors/pdf/ocr/ruled_lines.h"
#include "text/normalize.h"

namespace plantrace::pdf {
namespace {

// Below this confidence a word of no letter or digit is taken for a table
// border or speck read as a glyph ("|", "_", "—").
constexpr double kMinConfidenceForSymbols = 60;
// Cap and ascender height as a share of the em: the font size of a line
// whose engine gave none is its ascent over this.
constexpr double kAscentPerEm = 0.72;

bool HasLetterOrDigit(const std::string& text) {
  // Any byte of a multi-byte UTF-8 sequence counts: accented letters.
  return std::any_of(text.begin(), text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || std::isalnum(u);
  });
}

}  // namespace

Result<OcrPageResult> OcrIntoPage(OcrEngine& engine, const GreyImage& image,
                                  const std::string& where, double max_seconds,
                                  PageContent* page) {
  Result<std::vector<OcrWord>> read = engine.Read(image, where, max_seconds);
  if (!read.ok()) return read.status();
  const double to_points = 72.0 / image.dpi;

  page->words.clear();
  OcrPageResult result;
  double confidence_sum = 0;
  for (const OcrWord& ow : read.value()) {
    Word w;
    w.text = CollapseSpaces(CleanText(ow.text));
    if (w.text.empty()) continue;
    if (!HasLetterOrDigit(w.text) && ow.confidence < kMinConfidenceForSymbols) continue;
    w.bbox = BBox{ow.box.x0 * to_points, ow.box.y0 * to_points, ow.box.x1 * to_points,
                  ow.box.y1 * to_points};
    w.baseline = std::clamp(ow.baseline * to_points, w.bbox.top, w.bbox.bottom);
    w.font_size = ow.point_size > 0 ? ow.point_size
                                    : std::max(1.0, (w.baseline - w.bbox.top) / kAscentPerEm);
    w.color = "#000000";
    w.space_after = !ow.last_in_line;
    page->words.push_back(std::move(w));
    confidence_sum += ow.confidence;
    ++result.words;
  }
  if (result.words) result.mean_confidence = confidence_sum / 100.0 / static_cast<double>(result.words);

  // Lines drawn in the image become rules unless the page already has its
  // own (a born-digital page read with --ocr always).
  if (page->rules.empty()) {
    const RuledLines lines = FindRuledLines(image);
    for (const auto* set : {&lines.horizontal, &lines.vertical}) {
      for (const PixelBox& b : *set) {
        page->rules.push_back({BBox{b.x0 * to_points, b.y0 * to_points, b.x1 * to_points,
                                    b.y1 * to_points}});
      }
    }
  }
  return result;
}

}  // namespace plantrace::pdf

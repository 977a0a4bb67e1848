#pragma once
// One scanned page into PageContent: the engine's words (boxes in points,
// grouped into the lines it found) and the ruled lines of the image as
// rules, so layout and table finding read it as a born-digital page.

#include <string>

#include "common/result.h"
#include "extractors/pdf/grey_image.h"
#include "extractors/pdf/ocr/ocr_engine.h"
#include "extractors/pdf/page_content.h"

namespace plantrace::pdf {

struct OcrPageResult {
  size_t words = 0;
  double mean_confidence = 0;  // 0..1, over the words kept; 0 when none
};

// Replaces page->words with the recognised ones and adds the image's ruled
// lines to page->rules. `image` is the page rendered as displayed.
Result<OcrPageResult> OcrIntoPage(OcrEngine& engine, const GreyImage& image,
                                  const std::string& where, double max_seconds,
                                  PageContent* page);

}  // namespace plantrace::pdf

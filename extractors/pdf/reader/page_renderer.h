#pragma once
// Renders PDF pages to greyscale bitmaps in memory (Poppler's Splash
// rasteriser) for OCR. No Poppler type appears here.

#include <memory>
#include <string>
#include <string_view>

#include "common/result.h"
#include "extractors/pdf/grey_image.h"

namespace plantrace::pdf {

class PageRenderer {
 public:
  // `bytes` is the whole file and must outlive the renderer; `path` names
  // it in messages.
  static Result<std::unique_ptr<PageRenderer>> Open(std::string_view bytes, const std::string& path);
  ~PageRenderer();
  PageRenderer(const PageRenderer&) = delete;
  PageRenderer& operator=(const PageRenderer&) = delete;

  // Page `page` (1-based) as displayed (its /Rotate applied, CropBox), at
  // `dpi`, lowered when the bitmap would exceed `max_pixels` (a poster-sized
  // page must not take gigabytes). Stops after `max_seconds`.
  Result<GreyImage> RenderGrey(int page, double dpi, double max_pixels, double max_seconds);

 private:
  struct Impl;
  explicit PageRenderer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace plantrace::pdf

#include "extractors/pdf/reader/page_renderer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>

#include <poppler/GlobalParams.h>
#include <poppler/PDFDoc.h>
#include <poppler/SplashOutputDev.h>
#include <poppler/Stream.h>
#include <poppler/splash/SplashBitmap.h>

#include "extractors/pdf/reader/poppler_init.h"

namespace plantrace::pdf {
namespace {

struct Deadline {
  std::chrono::steady_clock::time_point end;
  bool hit = false;
};

bool AbortWhenLate(void* data) {
  auto* d = static_cast<Deadline*>(data);
  if (std::chrono::steady_clock::now() > d->end) d->hit = true;
  return d->hit;
}

}  // namespace

struct PageRenderer::Impl {
  std::string path;
  std::unique_ptr<PDFDoc> doc;
};

PageRenderer::PageRenderer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PageRenderer::~PageRenderer() = default;

Result<std::unique_ptr<PageRenderer>> PageRenderer::Open(std::string_view bytes,
                                                         const std::string& path) {
  InitPopplerOnce();
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  // PDFDoc owns the stream; the stream only points into `bytes`.
  auto* stream = new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull));
  impl->doc = std::make_unique<PDFDoc>(stream);
  if (!impl->doc->isOk()) return Status::Corruption(path, "cannot open the PDF to render its pages");
  return std::unique_ptr<PageRenderer>(new PageRenderer(std::move(impl)));
}

Result<GreyImage> PageRenderer::RenderGrey(int page, double dpi, double max_pixels,
                                           double max_seconds) {
  PDFDoc& doc = *impl_->doc;
  const std::string where = "page " + std::to_string(page);
  if (page < 1 || page > doc.getNumPages()) {
    return Status::InvalidArgument(impl_->path, where + " does not exist");
  }
  const double w_in = doc.getPageCropWidth(page) / 72.0, h_in = doc.getPageCropHeight(page) / 72.0;
  if (!(w_in > 0) || !(h_in > 0)) return Status::Corruption(impl_->path, where + " has no area");
  dpi = std::min(dpi, std::sqrt(max_pixels / (w_in * h_in)));

  SplashColor paper;
  paper[0] = 255;  // white
  SplashOutputDev out(splashModeMono8, /*bitmapRowPad=*/1, /*reverseVideo=*/false, paper);
  out.startDoc(&doc);
  Deadline deadline{std::chrono::steady_clock::now() +
                    std::chrono::milliseconds(static_cast<long long>(max_seconds * 1000))};
  doc.displayPage(&out, page, dpi, dpi, 0, /*useMediaBox=*/false, /*crop=*/true,
                  /*printing=*/false, AbortWhenLate, &deadline);
  if (deadline.hit) {
    return Status::ResourceLimit(impl_->path, "rendering " + where + " took longer than " +
                                                  std::to_string(static_cast<int>(max_seconds)) + " s");
  }
  SplashBitmap* bitmap = out.getBitmap();
  if (!bitmap || bitmap->getWidth() <= 0 || bitmap->getHeight() <= 0 ||
      bitmap->getMode() != splashModeMono8) {
    return Status::Corruption(impl_->path, where + " could not be rendered");
  }
  GreyImage image;
  image.width = bitmap->getWidth();
  image.height = bitmap->getHeight();
  image.dpi = dpi;
  image.pixels.resize(static_cast<size_t>(image.width) * static_cast<size_t>(image.height));
  const SplashColorConstPtr data = bitmap->getDataPtr();
  for (int y = 0; y < image.height; ++y) {
    std::memcpy(&image.pixels[static_cast<size_t>(y) * static_cast<size_t>(image.width)],
                data + static_cast<ptrdiff_t>(y) * bitmap->getRowSize(),
                static_cast<size_t>(image.width));
  }
  return image;
}

}  // namespace plantrace::pdf

#include "extractors/pdf/ocr/ocr_engine.h"

#include <algorithm>
#include <cmath>

#include <omp.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

namespace plantrace::pdf {
namespace {

constexpr const char* kLanguage = "eng";

std::string TakeText(char* text) {
  std::string s = text ? text : "";
  delete[] text;
  return s;
}

// The baseline of a line, given by two points, at x.
double BaselineAt(int x1, int y1, int x2, int y2, double x) {
  if (x2 == x1) return (y1 + y2) / 2.0;
  return y1 + (y2 - y1) * (x - x1) / static_cast<double>(x2 - x1);
}

}  // namespace

struct OcrEngine::Impl {
  tesseract::TessBaseAPI api;
};

OcrEngine::OcrEngine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
OcrEngine::~OcrEngine() {
  if (impl_) impl_->api.End();
}

Result<std::unique_ptr<OcrEngine>> OcrEngine::Create() {
  auto impl = std::make_unique<Impl>();
  // nullptr: the data path compiled into the library, or TESSDATA_PREFIX.
  if (impl->api.Init(nullptr, kLanguage, tesseract::OEM_LSTM_ONLY) != 0) {
    return Status::NotFound("OCR", "cannot load Tesseract's English model (Debian package "
                                   "tesseract-ocr-eng; or set TESSDATA_PREFIX)");
  }
  // Tesseract's progress and layout diagnostics are not ours to print.
  impl->api.SetVariable("debug_file", "/dev/null");
  impl->api.SetPageSegMode(tesseract::PSM_AUTO);
  return std::unique_ptr<OcrEngine>(new OcrEngine(std::move(impl)));
}

Result<std::vector<OcrWord>> OcrEngine::Read(const GreyImage& image, const std::string& where,
                                             double max_seconds) {
  if (image.width <= 0 || image.height <= 0 ||
      image.pixels.size() != static_cast<size_t>(image.width) * static_cast<size_t>(image.height)) {
    return Status::InvalidArgument(where, "empty or malformed page image");
  }
  // Tesseract asks OpenMP for up to ten threads inside one page; on a busy
  // machine (or beside our own --jobs workers) they spin and cost four times
  // the CPU of one thread for the same page (11.8 s against 2.7 s of CPU for
  // one A4 page). Parallelism comes from one engine per ingest worker
  // instead: no parallel region opens a team on this thread (the setting is
  // per thread in GCC's OpenMP).
  omp_set_max_active_levels(0);
  tesseract::TessBaseAPI& api = impl_->api;
  api.SetImage(image.pixels.data(), image.width, image.height, 1, image.width);
  api.SetSourceResolution(static_cast<int>(std::lround(image.dpi)));
  tesseract::ETEXT_DESC monitor;
  monitor.set_deadline_msecs(static_cast<int32_t>(std::clamp(max_seconds, 0.0, 2e6) * 1000));
  const int failed = api.Recognize(&monitor);
  if (monitor.deadline_exceeded()) {
    api.Clear();
    return Status::ResourceLimit(where, "OCR took longer than " +
                                            std::to_string(static_cast<int>(max_seconds)) + " s");
  }
  if (failed) {
    api.Clear();
    return Status::Corruption(where, "OCR failed");
  }

  std::vector<OcrWord> words;
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  int line = -1;
  int lb[4] = {0, 0, 0, 0};  // this line's baseline end points
  if (it) {
    do {
      if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
        ++line;
        if (!it->Baseline(tesseract::RIL_TEXTLINE, &lb[0], &lb[1], &lb[2], &lb[3])) {
          lb[0] = lb[1] = lb[2] = lb[3] = 0;
        }
      }
      if (it->Empty(tesseract::RIL_WORD)) continue;
      OcrWord w;
      w.text = TakeText(it->GetUTF8Text(tesseract::RIL_WORD));
      if (w.text.empty()) continue;
      it->BoundingBox(tesseract::RIL_WORD, &w.box.x0, &w.box.y0, &w.box.x1, &w.box.y1);
      w.confidence = it->Confidence(tesseract::RIL_WORD);
      const double mid = (w.box.x0 + w.box.x1) / 2.0;
      w.baseline = (lb[0] || lb[2]) ? BaselineAt(lb[0], lb[1], lb[2], lb[3], mid) : w.box.y1;
      bool bold, italic, underlined, mono, serif, smallcaps;
      int points = 0, font_id = 0;
      it->WordFontAttributes(&bold, &italic, &underlined, &mono, &serif, &smallcaps, &points,
                             &font_id);
      w.point_size = points;
      w.line = line;
      w.last_in_line = it->IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_WORD);
      words.push_back(std::move(w));
    } while (it->Next(tesseract::RIL_WORD));
  }
  it.reset();
  api.Clear();
  return words;
}

Result<OcrEngine*> ThreadOcrEngine() {
  thread_local std::unique_ptr<OcrEngine> engine;
  thread_local bool tried = false;
  thread_local Status failure;
  if (!tried) {
    tried = true;
    Result<std::unique_ptr<OcrEngine>> made = OcrEngine::Create();
    if (made.ok()) {
      engine = std::move(made.value());
    } else {
      failure = made.status();
    }
  }
  if (!engine) return failure;
  return engine.get();
}

}  // namespace plantrace::pdf

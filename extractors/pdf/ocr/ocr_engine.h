#pragma once
// Optical character recognition of a rendered page: Tesseract behind a plain
// interface (no Tesseract or Leptonica type appears here).

#include <memory>
#include <string>
#include <vector>

#include "common/result.h"
#include "extractors/pdf/grey_image.h"

namespace plantrace::pdf {

// A box in image pixels, origin top-left, y downward; x1/y1 exclusive.
struct PixelBox {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

struct OcrWord {
  std::string text;  // UTF-8 as recognised
  PixelBox box;
  double baseline = 0;     // y of the baseline under the word, pixels
  double confidence = 0;   // 0..100, the engine's word confidence
  double point_size = 0;   // the engine's estimate for its text line, 0 if none
  int line = 0;            // words of one text line share it, in reading order
  bool last_in_line = false;
};

class OcrEngine {
 public:
  // Loads the English model; fails (naming the Debian package) when missing.
  static Result<std::unique_ptr<OcrEngine>> Create();
  ~OcrEngine();
  OcrEngine(const OcrEngine&) = delete;
  OcrEngine& operator=(const OcrEngine&) = delete;

  // The words of `image`, in the engine's reading order. `where` names the
  // page in messages; recognition stops after `max_seconds`.
  Result<std::vector<OcrWord>> Read(const GreyImage& image, const std::string& where,
                                    double max_seconds);

 private:
  struct Impl;
  explicit OcrEngine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// This thread's engine, created on first use and kept for the thread's life:
// loading the model takes a fraction of a second, so each ingest worker
// loads it once.
Result<OcrEngine*> ThreadOcrEngine();

}  // namespace plantrace::pdf

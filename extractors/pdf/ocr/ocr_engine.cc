#include "extractors/pdf/ocr/ocr_engine.h"

#include <algorithm>
#include <cmath>

#include <omp.h>
#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

namespace plantrace::pdf {
namespace {

constexpr const char* kLanguage = "eng";
// The second pass (RereadMissedText). A word this short read with less
// confidence than this is read again on its own.
constexpr double kDoubtfulConfidence = 40;
constexpr size_t kMaxDoubtfulLength = 4;
// A second reading is kept only when at least this confident.
constexpr double kMinRereadConfidence = 60;
// At most this many second readings a page (a picture's specks are many).
constexpr size_t kMaxRereadsPerPage = 100;
// More unread glyph-sized pieces of ink than this on a page are a picture.
constexpr size_t kMaxUnreadGlyphs = 2000;
// Sizes in inches: ink within this of a read word belongs to it; glyph
// heights from a full stop's to a large heading's; glyphs closer than this
// on a line are one word; margin around a piece read again.
constexpr double kWordPadInches = 0.02;
constexpr double kMinGlyphInches = 0.06;
constexpr double kMaxGlyphInches = 0.6;
constexpr double kGlyphGapInches = 0.1;
constexpr double kRereadPadInches = 0.05;
// A piece is read again with up to this many words after it on its line,
// those starting within this many inches of it.
constexpr size_t kContextWords = 3;
constexpr double kContextGapInches = 1.0;

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

// The words of the last recognition, their lines numbered from `first_line`.
std::vector<OcrWord> CollectWords(tesseract::TessBaseAPI& api, int first_line) {
  std::vector<OcrWord> words;
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  if (!it) return words;
  int line = first_line - 1;
  int lb[4] = {0, 0, 0, 0};  // this line's baseline end points
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
  return words;
}

struct PixDeleter {
  void operator()(Pix* p) const { pixDestroy(&p); }
};

bool Inside(const PixelBox& b, int x, int y, int pad) {
  return x >= b.x0 - pad && x < b.x1 + pad && y >= b.y0 - pad && y < b.y1 + pad;
}

// Ink the page layout pass left unread, grouped into word-like pieces: page
// layout analysis drops or garbles short pieces standing apart, such as the
// "c)" of a list whose labels hang in a margin of their own.
std::vector<PixelBox> UnreadInk(Pix* binary, const std::vector<OcrWord>& words, double dpi) {
  std::vector<PixelBox> pieces;
  BOXA* boxes = pixConnCompBB(binary, 8);
  if (!boxes) return pieces;
  const int pad = static_cast<int>(kWordPadInches * dpi);
  const int min_h = static_cast<int>(kMinGlyphInches * dpi), max_h = static_cast<int>(kMaxGlyphInches * dpi);
  for (l_int32 i = 0; i < boxaGetCount(boxes); ++i) {
    l_int32 x, y, w, h;
    if (boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h) != 0) continue;
    if (h < min_h / 3 || h > max_h || w > max_h) continue;  // specks, rules, pictures
    const int cx = x + w / 2, cy = y + h / 2;
    if (std::any_of(words.begin(), words.end(), [&](const OcrWord& o) { return Inside(o.box, cx, cy, pad); })) {
      continue;
    }
    pieces.push_back({x, y, x + w, y + h});
  }
  boxaDestroy(&boxes);
  // Thousands of unread specks are a picture or halftone, not missed text.
  if (pieces.size() > kMaxUnreadGlyphs) return {};
  // Glyphs side by side on one line join into one piece (left to right,
  // each onto the first piece it touches).
  std::sort(pieces.begin(), pieces.end(), [](const PixelBox& a, const PixelBox& b) { return a.x0 < b.x0; });
  const int gap = static_cast<int>(kGlyphGapInches * dpi);
  std::vector<PixelBox> joined;
  for (const PixelBox& b : pieces) {
    auto near = std::find_if(joined.begin(), joined.end(), [&](const PixelBox& a) {
      return std::min(a.y1, b.y1) > std::max(a.y0, b.y0) && b.x0 - a.x1 <= gap;
    });
    if (near == joined.end()) {
      joined.push_back(b);
    } else {
      *near = {std::min(near->x0, b.x0), std::min(near->y0, b.y0), std::max(near->x1, b.x1),
               std::max(near->y1, b.y1)};
    }
  }
  pieces = std::move(joined);
  pieces.erase(std::remove_if(pieces.begin(), pieces.end(),
                              [&](const PixelBox& p) { return p.y1 - p.y0 < min_h; }),
               pieces.end());
  return pieces;
}

// The piece and the words that follow it on its line (up to a few): a short
// piece is read far better with the text beside it than on its own.
PixelBox WithItsLine(const PixelBox& piece, const std::vector<OcrWord>& words, double dpi,
                     int* line) {
  std::vector<const OcrWord*> after;
  for (const OcrWord& w : words) {
    const int overlap = std::min(piece.y1, w.box.y1) - std::max(piece.y0, w.box.y0);
    if (overlap < (piece.y1 - piece.y0) / 2 || w.box.x0 < piece.x1 - 1) continue;
    if (w.box.x0 - piece.x1 > kContextGapInches * dpi) continue;
    after.push_back(&w);
  }
  std::sort(after.begin(), after.end(), [](const OcrWord* a, const OcrWord* b) { return a->box.x0 < b->box.x0; });
  PixelBox box = piece;
  if (!after.empty()) *line = after.front()->line;
  for (size_t i = 0; i < after.size() && i < kContextWords; ++i) {
    const PixelBox& b = after[i]->box;
    box = {std::min(box.x0, b.x0), std::min(box.y0, b.y0), std::max(box.x1, b.x1), std::max(box.y1, b.y1)};
  }
  return box;
}

// Reads `piece` again, as one line of text with the words after it on its
// line; the confident words found over the piece are returned, on that
// line (or on `line` when the piece stands alone).
std::vector<OcrWord> ReadAgain(tesseract::TessBaseAPI& api, const PixelBox& piece,
                               const std::vector<OcrWord>& words, double dpi, int width,
                               int height, int line, double max_seconds) {
  // Found words join the line of the words read with them, if any.
  const PixelBox box = WithItsLine(piece, words, dpi, &line);
  const int pad = static_cast<int>(kRereadPadInches * dpi);
  const int x0 = std::max(0, box.x0 - pad), y0 = std::max(0, box.y0 - pad);
  const int x1 = std::min(width, box.x1 + pad), y1 = std::min(height, box.y1 + pad);
  api.SetRectangle(x0, y0, x1 - x0, y1 - y0);
  tesseract::ETEXT_DESC monitor;
  monitor.set_deadline_msecs(static_cast<int32_t>(std::clamp(max_seconds, 0.0, 2e6) * 1000));
  if (api.Recognize(&monitor) != 0 || monitor.deadline_exceeded()) return {};
  std::vector<OcrWord> found = CollectWords(api, line);
  const int slack = static_cast<int>(kWordPadInches * dpi);
  found.erase(std::remove_if(found.begin(), found.end(),
                             [&](const OcrWord& w) {
                               return w.confidence < kMinRereadConfidence ||
                                      !Inside(piece, (w.box.x0 + w.box.x1) / 2, (w.box.y0 + w.box.y1) / 2, slack);
                             }),
              found.end());
  for (OcrWord& w : found) w.last_in_line = false;  // words follow it on its line
  return found;
}

// The second pass: short words read with very low confidence, and ink left
// unread, are read again each on its own as a line of text; what comes back
// confident replaces or joins the first pass's words.
void RereadMissedText(tesseract::TessBaseAPI& api, double dpi, double max_seconds,
                      std::vector<OcrWord>* words) {
  std::unique_ptr<Pix, PixDeleter> binary(api.GetThresholdedImage());
  if (!binary) return;
  const int width = static_cast<int>(pixGetWidth(binary.get()));
  const int height = static_cast<int>(pixGetHeight(binary.get()));
  int next_line = 0;
  for (const OcrWord& w : *words) next_line = std::max(next_line, w.line + 1);
  api.SetPageSegMode(tesseract::PSM_SINGLE_LINE);
  size_t budget = kMaxRereadsPerPage;
  // Doubtful short words: the second reading replaces the first when surer.
  for (size_t i = 0; i < words->size() && budget; ++i) {
    OcrWord& w = (*words)[i];
    if (w.confidence >= kDoubtfulConfidence || w.text.size() > kMaxDoubtfulLength) continue;
    --budget;
    std::vector<OcrWord> again = ReadAgain(api, w.box, *words, dpi, width, height, w.line, max_seconds);
    if (again.size() == 1 && again[0].confidence > w.confidence) {
      w.text = again[0].text;
      w.confidence = again[0].confidence;
    }
  }
  for (const PixelBox& piece : UnreadInk(binary.get(), *words, dpi)) {
    if (!budget--) break;
    for (OcrWord& w : ReadAgain(api, piece, *words, dpi, width, height, next_line, max_seconds)) {
      words->push_back(std::move(w));
    }
    ++next_line;
  }
  api.SetPageSegMode(tesseract::PSM_AUTO);
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

  std::vector<OcrWord> words = CollectWords(api, 0);
  RereadMissedText(api, image.dpi, max_seconds, &words);
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

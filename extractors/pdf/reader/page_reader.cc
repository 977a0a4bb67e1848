#include "extractors/pdf/reader/page_reader.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <ctime>
#include <memory>
#include <mutex>

#include <poppler/Error.h>
#include <poppler/ErrorCodes.h>
#include <poppler/GfxState.h>
#include <poppler/GlobalParams.h>
#include <poppler/PDFDoc.h>
#include <poppler/Stream.h>
#include <poppler/TextOutputDev.h>
#include <poppler/goo/GooString.h>

#include "extractors/pdf/reader/font_style.h"
#include "extractors/pdf/reader/overprint.h"
#include "extractors/pdf/reader/poppler_init.h"
#include "extractors/pdf/reader/underline.h"
#include "model/calendar_date.h"
#include "text/normalize.h"

namespace plantrace::pdf {
namespace {

// A filled rectangle whose smaller side is at most this many points is a rule.
constexpr double kMaxRuleThickness = 3.0;
// A drawn shape no larger than this (points, each side) may be a bullet.
constexpr double kMaxMarkSide = 9.0;
// More warnings than this from one document are counted, not kept.
constexpr size_t kMaxWarnings = 50;
// More graphics than this on one page are ignored (hostile or plotted files).
constexpr size_t kMaxGraphicsPerPage = 200000;
// Poppler's word builder is quadratic in characters drawn over one another
// (10,000 overlapping lines of text: 70 s in pdftotext), so a page with more
// characters than this is refused rather than read for minutes. A dense A4
// page of real text holds under 10,000.
constexpr size_t kMaxCharsPerPage = 100000;

// Poppler reports diagnostics through one global callback with no user data,
// so the document being read on this thread is found through a thread-local.
struct DiagnosticSink {
  const std::string* path = nullptr;
  std::vector<std::string>* warnings = nullptr;
  size_t dropped = 0;
};
thread_local DiagnosticSink* t_sink = nullptr;

void OnPopplerError(ErrorCategory category, Goffset pos, const char* msg) {
  if (!t_sink || !t_sink->warnings) return;
  if (t_sink->warnings->size() >= kMaxWarnings) {
    ++t_sink->dropped;
    return;
  }
  std::string w = *t_sink->path + ": ";
  w += category == errSyntaxWarning || category == errSyntaxError ? "syntax" : "poppler";
  if (pos >= 0) w += " at byte " + std::to_string(static_cast<long long>(pos));
  w += ": ";
  w += msg ? msg : "";
  t_sink->warnings->push_back(CleanText(w));
}

// "#rrggbb". Written out by hand: snprintf cost a tenth of reading a word,
// and every word and every filled path has a colour.
std::string Hex(double r, double g, double b) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out = "#000000";
  size_t at = 1;
  for (double v : {r, g, b}) {
    const long byte = std::lround(std::clamp(v, 0.0, 1.0) * 255);
    out[at++] = kDigits[(byte >> 4) & 0xF];
    out[at++] = kDigits[byte & 0xF];
  }
  return out;
}

std::string RgbHex(const GfxRGB& rgb) {
  return Hex(colToDbl(rgb.r), colToDbl(rgb.g), colToDbl(rgb.b));
}

BBox Box(double xa, double ya, double xb, double yb) {
  return BBox{std::min(xa, xb), std::min(ya, yb), std::max(xa, xb), std::max(ya, yb)};
}

bool IsWhite(const std::string& hex) { return hex == "#ffffff"; }

// TextOutputDev groups characters into words exactly as pdftotext does; this
// subclass also records the page's paths as rules and boxes in the same pass.
class ContentCollector : public TextOutputDev {
 public:
  // `sieve` is shared by the pages of a document: one table, emptied per
  // page, rather than one allocated and filled for each page.
  explicit ContentCollector(GlyphSieve* sieve)
      : TextOutputDev(nullptr, nullptr, false, 0, false, false), sieve_(sieve) {}

  void StartCollecting(PageContent* page) {
    page_ = page;
    graphics_ = 0;
    chars_ = 0;
    if (page) sieve_->Clear();
  }

  // True once the page drew more than kMaxCharsPerPage characters; the
  // excess is not passed on, and the abort check stops the page.
  bool TooManyChars() const { return chars_ > kMaxCharsPerPage; }

  void drawChar(GfxState* state, double x, double y, double dx, double dy, double origin_x,
                double origin_y, CharCode c, int n_bytes, const Unicode* u, int u_len) override {
    if (page_ && ++chars_ > kMaxCharsPerPage) return;
    if (page_ && Invisible(state, x, y, dx, dy, u, u_len)) return;
    TextOutputDev::drawChar(state, x, y, dx, dy, origin_x, origin_y, c, n_bytes, u, u_len);
  }

  void stroke(GfxState* state) override {
    TextOutputDev::stroke(state);
    GfxRGB rgb;
    state->getStrokeRGB(&rgb);
    if (IsWhite(RgbHex(rgb))) return;
    const double half = std::max(state->getTransformedLineWidth(), 0.1) / 2;
    const GfxPath* path = state->getPath();
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
      const GfxSubpath* sub = path->getSubpath(s);
      // A small outlined circle (◦) is a bullet candidate; the straight
      // segments of larger curved paths (rounded boxes) are still rules.
      if (IsCurved(sub)) RecordMark(state, sub);
      for (int i = 1; i < sub->getNumPoints(); ++i) {
        if (sub->getCurve(i)) continue;
        AddSegment(state, sub->getX(i - 1), sub->getY(i - 1), sub->getX(i), sub->getY(i), half);
      }
      if (sub->isClosed() && sub->getNumPoints() > 2) {
        AddSegment(state, sub->getLastX(), sub->getLastY(), sub->getX(0), sub->getY(0), half);
      }
    }
  }

  // Images are only noted (where they are painted), never decoded: a page
  // an image covers and no text is drawn on is a scan, to be OCR'd.
  bool needNonText() override { return true; }
  void drawImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                 GfxImageColorMap* color_map, bool interpolate, const int* mask_colors,
                 bool inline_img) override {
    OutputDev::drawImage(state, ref, str, width, height, color_map, interpolate, mask_colors,
                         inline_img);
    RecordImage(state);
  }
  void drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height,
                     bool invert, bool interpolate, bool inline_img) override {
    OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inline_img);
    RecordImage(state);
  }
  // Masked images are only noted, not drawn: their pixels are never read.
  void drawMaskedImage(GfxState* state, Object* /*ref*/, Stream* /*str*/, int /*width*/,
                       int /*height*/, GfxImageColorMap* /*color_map*/, bool /*interpolate*/,
                       Stream* /*mask_str*/, int /*mask_width*/, int /*mask_height*/,
                       bool /*mask_invert*/, bool /*mask_interpolate*/) override {
    RecordImage(state);
  }
  void drawSoftMaskedImage(GfxState* state, Object* /*ref*/, Stream* /*str*/, int /*width*/,
                           int /*height*/, GfxImageColorMap* /*color_map*/,
                           bool /*interpolate*/, Stream* /*mask_str*/, int /*mask_width*/,
                           int /*mask_height*/, GfxImageColorMap* /*mask_color_map*/,
                           bool /*mask_interpolate*/) override {
    RecordImage(state);
  }

  void fill(GfxState* state) override {
    TextOutputDev::fill(state);
    RecordFill(state);
  }
  void eoFill(GfxState* state) override {
    TextOutputDev::eoFill(state);
    RecordFill(state);
  }

 private:
  bool Budget() { return page_ && ++graphics_ <= kMaxGraphicsPerPage; }

  // A glyph drawn where it cannot be seen (outside the clip) or drawn again
  // on itself (fake bold, text repainted per clip strip): left out, so that
  // words are not doubled ("H Heftyft").
  bool Invisible(GfxState* state, double x, double y, double dx, double dy, const Unicode* u, int u_len) {
    double x0, y0, x1, y1;
    state->transform(x, y, &x0, &y0);
    state->transform(x + dx, y + dy, &x1, &y1);
    const double fs = std::max(state->getTransformedFontSize(), 1.0);
    const BBox glyph{std::min(x0, x1) - fs, std::min(y0, y1) - fs, std::max(x0, x1) + fs, std::max(y0, y1) + fs};
    BBox clip;
    state->getClipBBox(&clip.x0, &clip.top, &clip.x1, &clip.bottom);
    if (ClippedAway(glyph, clip)) return true;
    if (u_len < 1 || u[0] == ' ') return false;
    return sieve_->Repeated(u[0], x0, y0, std::hypot(x1 - x0, y1 - y0));
  }

  static bool IsCurved(const GfxSubpath* sub) {
    for (int i = 0; i < sub->getNumPoints(); ++i) {
      if (sub->getCurve(i)) return true;
    }
    return false;
  }

  // An image fills the unit square of its CTM.
  void RecordImage(GfxState* state) {
    if (!Budget()) return;
    double xmin = 1e300, ymin = 1e300, xmax = -1e300, ymax = -1e300;
    for (const auto& [ux, uy] : {std::pair{0.0, 0.0}, {1.0, 0.0}, {0.0, 1.0}, {1.0, 1.0}}) {
      double x, y;
      state->transform(ux, uy, &x, &y);
      xmin = std::min(xmin, x);
      ymin = std::min(ymin, y);
      xmax = std::max(xmax, x);
      ymax = std::max(ymax, y);
    }
    page_->images.push_back({BBox{xmin, ymin, xmax, ymax}});
  }

  // Small, roughly square shapes are kept as marks (possible bullets).
  void RecordMark(GfxState* state, const GfxSubpath* sub) {
    if (sub->getNumPoints() < 3) return;
    double xmin = 1e300, ymin = 1e300, xmax = -1e300, ymax = -1e300;
    for (int i = 0; i < sub->getNumPoints(); ++i) {
      double x, y;
      state->transform(sub->getX(i), sub->getY(i), &x, &y);
      xmin = std::min(xmin, x);
      ymin = std::min(ymin, y);
      xmax = std::max(xmax, x);
      ymax = std::max(ymax, y);
    }
    const double w = xmax - xmin, h = ymax - ymin;
    if (w < 0.5 || h < 0.5 || w > kMaxMarkSide || h > kMaxMarkSide) return;
    if (w > 2 * h || h > 2 * w) return;
    if (Budget()) page_->marks.push_back({BBox{xmin, ymin, xmax, ymax}});
  }

  void AddSegment(GfxState* state, double ux0, double uy0, double ux1, double uy1, double half) {
    double x0, y0, x1, y1;
    state->transform(ux0, uy0, &x0, &y0);
    state->transform(ux1, uy1, &x1, &y1);
    const double dx = std::fabs(x1 - x0), dy = std::fabs(y1 - y0);
    if (dx < 0.01 && dy < 0.01) return;
    // Only axis-aligned segments can be table rules; allow a slight slant.
    if (dy <= std::max(0.5, dx * 0.02)) {
      const double y = (y0 + y1) / 2;
      if (Budget()) page_->rules.push_back({Box(x0, y - half, x1, y + half)});
    } else if (dx <= std::max(0.5, dy * 0.02)) {
      const double x = (x0 + x1) / 2;
      if (Budget()) page_->rules.push_back({Box(x - half, y0, x + half, y1)});
    }
  }

  void RecordFill(GfxState* state) {
    GfxRGB rgb;
    state->getFillRGB(&rgb);
    const std::string color = RgbHex(rgb);
    const GfxPath* path = state->getPath();
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
      const GfxSubpath* sub = path->getSubpath(s);
      if (sub->getNumPoints() < 3) continue;
      double xmin = 1e300, ymin = 1e300, xmax = -1e300, ymax = -1e300;
      bool axis_aligned = true;
      for (int i = 0; i < sub->getNumPoints(); ++i) {
        double x, y;
        state->transform(sub->getX(i), sub->getY(i), &x, &y);
        xmin = std::min(xmin, x);
        ymin = std::min(ymin, y);
        xmax = std::max(xmax, x);
        ymax = std::max(ymax, y);
        if (sub->getCurve(i)) axis_aligned = false;
        if (i > 0) {
          double px, py;
          state->transform(sub->getX(i - 1), sub->getY(i - 1), &px, &py);
          if (std::fabs(px - x) > 0.5 && std::fabs(py - y) > 0.5) axis_aligned = false;
        }
      }
      if (!axis_aligned) {
        if (!IsWhite(color)) RecordMark(state, sub);
        continue;
      }
      if (!Budget()) continue;
      const BBox box{xmin, ymin, xmax, ymax};
      const double thin = std::min(box.width(), box.height());
      if (thin <= kMaxRuleThickness && std::max(box.width(), box.height()) > 2 * thin) {
        if (!IsWhite(color)) page_->rules.push_back({box});
      } else if (thin > 0) {
        page_->boxes.push_back({box, color});
        // A small filled square (▪) is also a bullet candidate.
        if (!IsWhite(color) && box.width() <= kMaxMarkSide && box.height() <= kMaxMarkSide &&
            box.width() <= 2 * box.height() && box.height() <= 2 * box.width()) {
          page_->marks.push_back({box});
        }
      }
    }
  }

  PageContent* page_ = nullptr;
  size_t graphics_ = 0;
  size_t chars_ = 0;
  GlyphSieve* sieve_;
};

std::string StripSubsetPrefix(const std::string& name) {
  // "ABCDEF+Arial-BoldMT": six upper-case letters and a plus.
  if (name.size() > 7 && name[6] == '+' &&
      std::all_of(name.begin(), name.begin() + 6, [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return name.substr(7);
  }
  return name;
}

// A word's font as we report it: the name without subset prefix, and style.
struct WordFont {
  const TextFontInfo* info;
  std::string name;
  FontStyle style;
};

// Working out a font's name and style once per font of a page, not once
// per word (a page has a handful of fonts and hundreds of words).
const WordFont& FontOf(const TextFontInfo* info, std::vector<WordFont>* fonts) {
  for (const WordFont& f : *fonts) {
    if (f.info == info) return f;
  }
  const GooString* name = info->getFontName();
  WordFont f{info, StripSubsetPrefix(name ? name->toStr() : std::string()), {}};
  f.style = StyleOfFont(f.name, info->isBold(), info->isItalic());
  fonts->push_back(std::move(f));
  return fonts->back();
}

// A word of printable ASCII characters only (most words) as its text,
// which is then already what CleanText would make of it; false otherwise.
// Cheaper than TextWord::getText, which maps every character through a
// UnicodeMap into a new GooString.
bool PrintableAsciiText(const TextWord* tw, std::string* out) {
  const int n = tw->getLength();
  out->resize(static_cast<size_t>(std::max(n, 0)));
  for (int k = 0; k < n; ++k) {
    const Unicode c = *tw->getChar(k);
    if (c < 0x20 || c >= 0x7F) return false;
    (*out)[static_cast<size_t>(k)] = static_cast<char>(c);
  }
  return true;
}

void CollectWords(TextPage* text, PageContent* page) {
  TextWordList list(text, /*physLayout=*/true);
  page->words.reserve(static_cast<size_t>(list.getLength()));
  std::vector<WordFont> fonts;
  // Words mostly share one colour: its "#rrggbb" is formatted once.
  double last_r = -1, last_g = -1, last_b = -1;
  std::string last_hex;
  for (int i = 0; i < list.getLength(); ++i) {
    const TextWord* tw = list.get(i);
    Word w;
    if (!PrintableAsciiText(tw, &w.text)) {
      std::unique_ptr<GooString> raw(tw->getText());
      w.text = CleanText(raw ? raw->toStr() : std::string());
    }
    if (w.text.find_first_not_of(" \n\t\r\f\v") == std::string::npos) continue;  // blank
    tw->getBBox(&w.bbox.x0, &w.bbox.top, &w.bbox.x1, &w.bbox.bottom);
    w.baseline = tw->getBaseline();
    w.font_size = tw->getFontSize();
    w.rotation = tw->getRotation();
    w.space_after = tw->getSpaceAfter();
    double r, g, b;
    tw->getColor(&r, &g, &b);
    if (r != last_r || g != last_g || b != last_b) {
      last_r = r;
      last_g = g;
      last_b = b;
      last_hex = Hex(r, g, b);
    }
    w.color = last_hex;
    if (tw->getLength() > 0) {
      if (const TextFontInfo* fi = tw->getFontInfo(0)) {
        const WordFont& font = FontOf(fi, &fonts);
        w.font = font.name;
        w.bold = font.style.bold;
        w.italic = font.style.italic;
      }
    }
    page->words.push_back(std::move(w));
  }
}

// Info-dictionary strings are UTF-16BE with a byte-order mark, or
// PDFDocEncoding, which matches windows-1252 for the characters that matter.
std::string DecodePdfTextString(const std::string& raw) {
  std::string utf8;
  if (raw.size() >= 2 && static_cast<unsigned char>(raw[0]) == 0xFE &&
      static_cast<unsigned char>(raw[1]) == 0xFF) {
    if (!ConvertToUtf8(std::string_view(raw).substr(2), "UTF-16BE", &utf8)) return "";
  } else if (!ConvertToUtf8(raw, "windows-1252", &utf8)) {
    utf8 = raw;
  }
  return CollapseSpaces(CleanText(utf8));
}

// A PDF date string ("D:20241218102200Z", "D:2024121810…") as "YYYY-MM-DD";
// "" when it does not hold a real day.
std::string PdfDateToIso(const std::string& raw) {
  std::string_view s(raw);
  if (s.substr(0, 2) == "D:") s.remove_prefix(2);
  if (s.size() < 8) return "";
  int v[3] = {0, 0, 0};
  const size_t widths[3] = {4, 2, 2};
  size_t pos = 0;
  for (int k = 0; k < 3; ++k) {
    for (size_t i = 0; i < widths[k]; ++i, ++pos) {
      if (!std::isdigit(static_cast<unsigned char>(s[pos]))) return "";
      v[k] = v[k] * 10 + (s[pos] - '0');
    }
  }
  std::optional<CalendarDate> d = CalendarDate::Make(v[0], v[1], v[2]);
  return d ? d->Iso() : "";
}

// Poppler asks whether to stop every few operators, tens of thousands of
// times a page. The coarse monotonic clock (a few milliseconds' resolution,
// ample for a limit in seconds) is read without the cost of the precise one,
// which took 2 % of a run.
double CoarseSeconds() {
  timespec t{};
  clock_gettime(CLOCK_MONOTONIC_COARSE, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

struct Deadline {
  double end = 0;  // CoarseSeconds() at which to stop
  bool hit = false;
  const ContentCollector* page = nullptr;  // its character budget also stops a page
};

bool AbortWhenLate(void* data) {
  auto* d = static_cast<Deadline*>(data);
  if (CoarseSeconds() > d->end) d->hit = true;
  return d->hit || (d->page && d->page->TooManyChars());
}

Status OpenFailure(int code, const std::string& path) {
  switch (code) {
    case errEncrypted: return Status::Unsupported(path, "encrypted PDF (no password given)");
    case errBadCatalog: return Status::Corruption(path, "damaged PDF: no readable page catalog");
    case errDamaged: return Status::Corruption(path, "damaged PDF: cannot be repaired");
    case errOpenFile: return Status::IOError(path, "cannot open the PDF");
    default: return Status::Corruption(path, "not a readable PDF (error " + std::to_string(code) + ")");
  }
}

}  // namespace

void InitPopplerOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (!globalParams) globalParams = std::make_unique<GlobalParams>();
    globalParams->setErrQuiet(false);
    setErrorCallback(OnPopplerError);
  });
}

Result<PdfPages> ReadPdfPages(std::string_view bytes, const std::string& path,
                              const ExtractOptions& options) {
  InitPopplerOnce();
  PdfPages out;
  DiagnosticSink sink{&path, &out.warnings, 0};
  t_sink = &sink;
  struct ResetSink {
    ~ResetSink() { t_sink = nullptr; }
  } reset;

  bool repaired = false;
  // PDFDoc owns the stream; the stream only points into `bytes`.
  auto* stream = new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull));
  PDFDoc doc(stream, std::nullopt, std::nullopt, nullptr, [&repaired] { repaired = true; });
  if (!doc.isOk()) return OpenFailure(doc.getErrorCode(), path);
  if (repaired) out.warnings.insert(out.warnings.begin(), path + ": damaged cross-reference table was repaired");

  const int n = doc.getNumPages();
  // Poppler also answers 0 when /Count is absurd (over the object count).
  if (n <= 0) return Status::Corruption(path, "PDF has no pages (an empty or invalid page tree)");
  if (n > options.max_pages) {
    return Status::ResourceLimit(path, std::to_string(n) + " pages, more than the limit of " +
                                           std::to_string(options.max_pages));
  }
  out.info.pages = n;
  if (auto p = doc.getDocInfoProducer()) out.info.producer = DecodePdfTextString(p->toStr());
  if (auto t = doc.getDocInfoTitle()) out.info.title = DecodePdfTextString(t->toStr());
  if (auto a = doc.getDocInfoAuthor()) out.info.author = DecodePdfTextString(a->toStr());
  if (auto c = doc.getDocInfoCreatDate()) out.info.created = PdfDateToIso(c->toStr());

  Deadline deadline{CoarseSeconds() + options.max_seconds, false};
  out.pages.reserve(static_cast<size_t>(n));
  GlyphSieve sieve;
  for (int i = 1; i <= n; ++i) {
    PageContent page;
    page.page = i;
    page.rotation = doc.getPageRotate(i);
    const bool sideways = page.rotation % 180 != 0;
    page.width = sideways ? doc.getPageCropHeight(i) : doc.getPageCropWidth(i);
    page.height = sideways ? doc.getPageCropWidth(i) : doc.getPageCropHeight(i);
    // A fresh device per page: after takeText() a reused TextOutputDev
    // collects no words from the next page (seen with Poppler 22.12).
    ContentCollector collector(&sieve);
    collector.StartCollecting(&page);
    deadline.page = &collector;
    doc.displayPage(&collector, i, 72, 72, 0, /*useMediaBox=*/false, /*crop=*/true,
                    /*printing=*/false, AbortWhenLate, &deadline);
    deadline.page = nullptr;
    if (collector.TooManyChars()) {
      return Status::ResourceLimit(path, "page " + std::to_string(i) + " draws more than " +
                                             std::to_string(kMaxCharsPerPage) +
                                             " characters, more than a page of text holds");
    }
    collector.StartCollecting(nullptr);
    if (deadline.hit) {
      return Status::ResourceLimit(path, "reading took longer than " +
                                             std::to_string(static_cast<int>(options.max_seconds)) +
                                             " s (stopped at page " + std::to_string(i) + ")");
    }
    std::unique_ptr<TextPage, void (*)(TextPage*)> text(collector.takeText(),
                                                         [](TextPage* t) { if (t) t->decRefCnt(); });
    if (text) CollectWords(text.get(), &page);
    MarkUnderlines(&page);
    out.pages.push_back(std::move(page));
  }
  if (sink.dropped) {
    out.warnings.push_back(path + ": " + std::to_string(sink.dropped) + " more warnings not shown");
  }
  return out;
}

}  // namespace plantrace::pdf

#include "extractors/pdf/ocr/ocr_page.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "extractors/pdf/ocr/ruled_lines.h"
#include "text/normalize.h"

namespace plantrace::pdf {
namespace {

// Below this confidence a word of no letter or digit is taken for a table
// border or speck read as a glyph ("|", "_", "—").
constexpr double kMinConfidenceForSymbols = 60;
// Ascender height (b, d, h, capitals) as a share of the em in common text
// faces (Arial, Helvetica, Times: 0.66-0.73): a line's font size is the rise
// of its tallest ink above the baseline over this.
constexpr double kAscentPerEm = 0.72;
// Born-digital word boxes run from the font's ascent to its descent, not
// around the ink; OCR words get the same extent (Arial's: 0.905, 0.212 em),
// so line and paragraph spacing read as they do on a born-digital page.
constexpr double kBoxAscent = 0.905, kBoxDescent = 0.212;
// Lines whose size is within this share of the page's body size are body
// text: OCR's estimate wobbles by a point from line to line.
constexpr double kSameSizeShare = 0.15;
// A filled disc covers pi/4 of its box; letters under half of theirs. A
// one-glyph word this dark and square at the start of a line is a bullet
// (OCR reads "•" as "e", "o", "®", ...).
constexpr double kMinBulletFill = 0.62;
// Bold: strokes this much wider than the page's usual, for their size; on a
// page of at least this many words.
constexpr double kBoldStrokeRatio = 1.3;
constexpr size_t kMinWordsForBold = 20;

bool HasLetterOrDigit(const std::string& text) {
  // Any byte of a multi-byte UTF-8 sequence counts: accented letters.
  return std::any_of(text.begin(), text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || std::isalnum(u);
  });
}

// The share of dark pixels in `box`.
double InkFill(const GreyImage& image, const PixelBox& box) {
  const int x0 = std::clamp(box.x0, 0, image.width), x1 = std::clamp(box.x1, 0, image.width);
  const int y0 = std::clamp(box.y0, 0, image.height), y1 = std::clamp(box.y1, 0, image.height);
  if (x1 <= x0 || y1 <= y0) return 0;
  size_t dark = 0;
  for (int y = y0; y < y1; ++y) {
    const uint8_t* row = &image.pixels[static_cast<size_t>(y) * static_cast<size_t>(image.width)];
    for (int x = x0; x < x1; ++x) dark += row[x] < 128;
  }
  return static_cast<double>(dark) / (static_cast<double>(x1 - x0) * (y1 - y0));
}

// The mean stroke width of the ink in `box`, in pixels: twice the dark area
// over its outline (a stroke of width w and length l has area w*l and an
// outline of about 2*l). Bold type's strokes are ~1.5 times a regular's.
double StrokeWidth(const GreyImage& image, const PixelBox& box) {
  const int x0 = std::clamp(box.x0, 1, image.width - 1), x1 = std::clamp(box.x1, 1, image.width - 1);
  const int y0 = std::clamp(box.y0, 1, image.height - 1), y1 = std::clamp(box.y1, 1, image.height - 1);
  auto dark = [&](int x, int y) {
    return image.pixels[static_cast<size_t>(y) * static_cast<size_t>(image.width) + static_cast<size_t>(x)] < 128;
  };
  size_t area = 0, outline = 0;
  for (int y = y0; y < y1; ++y) {
    for (int x = x0; x < x1; ++x) {
      if (!dark(x, y)) continue;
      ++area;
      if (!dark(x - 1, y) || !dark(x + 1, y) || !dark(x, y - 1) || !dark(x, y + 1)) ++outline;
    }
  }
  return outline ? 2.0 * static_cast<double>(area) / static_cast<double>(outline) : 0;
}

bool LooksLikeBullet(const GreyImage& image, const OcrWord& w) {
  const int width = w.box.x1 - w.box.x0, height = w.box.y1 - w.box.y0;
  if (width <= 0 || height <= 0 || width > 2 * height || height > 2 * width) return false;
  // One glyph: one code point (a lead byte and its continuation bytes).
  const size_t glyphs = static_cast<size_t>(std::count_if(
      w.text.begin(), w.text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  return glyphs == 1 && InkFill(image, w.box) >= kMinBulletFill;
}

// Words whose strokes are clearly wider, for their size, than usual are
// bold (OCR does not say; head rows, labels and "latest update in bold"
// do). The usual is the median over words of three letters or more of the
// same font size, or of the page when that size has too few; stroke width
// does not scale evenly with size, so sizes are not mixed when they can be
// told apart.
double MedianOf(std::vector<double> v) {
  std::nth_element(v.begin(), v.begin() + static_cast<ptrdiff_t>(v.size() / 2), v.end());
  return v[v.size() / 2];
}

void MarkBold(const std::vector<double>& stroke, std::vector<Word>* words) {
  std::map<long, std::vector<double>> by_size;
  std::vector<double> page;
  for (size_t i = 0; i < words->size(); ++i) {
    if ((*words)[i].text.size() < 3 || stroke[i] <= 0) continue;
    by_size[std::lround((*words)[i].font_size * 2)].push_back(stroke[i]);
    page.push_back(stroke[i]);
  }
  if (page.size() < kMinWordsForBold) return;
  const double page_median = MedianOf(page);
  std::map<long, double> median;
  for (const auto& [size, v] : by_size) {
    median[size] = v.size() >= kMinWordsForBold ? MedianOf(v) : page_median;
  }
  for (size_t i = 0; i < words->size(); ++i) {
    const auto it = median.find(std::lround((*words)[i].font_size * 2));
    const double usual = it == median.end() ? page_median : it->second;
    (*words)[i].bold = stroke[i] >= kBoldStrokeRatio * usual;
  }
}

// Each line's font size in points: its tallest rise of ink above the
// baseline, snapped to the page's body size when close to it.
std::map<int, double> LineSizes(const std::vector<OcrWord>& words, double to_points) {
  std::map<int, double> rise;  // line -> largest (baseline - top), points
  std::map<int, size_t> chars;
  for (const OcrWord& w : words) {
    const double r = (w.baseline - w.box.y0) * to_points;
    rise[w.line] = std::max(rise[w.line], r);
    chars[w.line] += w.text.size();
  }
  std::map<int, double> size;
  std::map<long, size_t> votes;  // size in tenths of a point -> characters
  for (const auto& [line, r] : rise) {
    size[line] = std::max(1.0, r / kAscentPerEm);
    votes[std::lround(size[line] * 2) * 5] += chars[line];
  }
  long body = 0;
  size_t best = 0;
  for (const auto& [tenths, n] : votes) {
    if (n > best) best = n, body = tenths;
  }
  for (auto& [line, s] : size) {
    s = std::fabs(s - body / 10.0) <= kSameSizeShare * (body / 10.0) ? body / 10.0 : std::round(s * 2) / 2;
  }
  return size;
}

}  // namespace

Result<OcrPageResult> OcrIntoPage(OcrEngine& engine, const GreyImage& image,
                                  const std::string& where, double max_seconds,
                                  PageContent* page) {
  Result<std::vector<OcrWord>> read = engine.Read(image, where, max_seconds);
  if (!read.ok()) return read.status();
  const double to_points = 72.0 / image.dpi;
  const std::map<int, double> line_size = LineSizes(read.value(), to_points);

  page->words.clear();
  std::vector<double> stroke;  // per kept word: stroke width over font size
  OcrPageResult result;
  double confidence_sum = 0;
  int prev_line = -1;
  for (const OcrWord& ow : read.value()) {
    const bool first_in_line = ow.line != prev_line;
    prev_line = ow.line;
    Word w;
    w.text = CollapseSpaces(CleanText(ow.text));
    if (w.text.empty()) continue;
    if (first_in_line && !ow.last_in_line && LooksLikeBullet(image, ow)) w.text = "\u2022";
    if (!HasLetterOrDigit(w.text) && w.text != "\u2022" && ow.confidence < kMinConfidenceForSymbols) {
      continue;
    }
    w.font_size = line_size.at(ow.line);
    w.baseline = ow.baseline * to_points;
    w.bbox = BBox{ow.box.x0 * to_points, w.baseline - kBoxAscent * w.font_size,
                  ow.box.x1 * to_points, w.baseline + kBoxDescent * w.font_size};
    w.color = "#000000";
    w.space_after = !ow.last_in_line;
    stroke.push_back(StrokeWidth(image, ow.box) * to_points / w.font_size);
    page->words.push_back(std::move(w));
    confidence_sum += ow.confidence;
    ++result.words;
  }
  MarkBold(stroke, &page->words);
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

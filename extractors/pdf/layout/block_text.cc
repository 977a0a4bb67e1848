#include "extractors/pdf/layout/block_text.h"

#include <algorithm>
#include <cmath>

#include "text/bidi.h"

namespace plantrace::pdf {
namespace {

// Words closer than this share of the font size touch (no space between),
// unless the PDF put a space there.
constexpr double kMinSpaceGap = 0.15;

bool SameLook(const Span& s, const Word& w) {
  return s.bold == w.bold && s.italic == w.italic && s.underline == w.underline &&
         s.superscript == w.superscript && s.font == w.font &&
         std::fabs(s.size - std::round(w.font_size * 10) / 10) < 0.05 && s.color == w.color;
}

Span SpanOf(const Word& w) {
  Span s;
  s.bold = w.bold;
  s.italic = w.italic;
  s.underline = w.underline;
  s.superscript = w.superscript;
  s.font = w.font;
  s.size = std::round(w.font_size * 10) / 10;
  s.color = w.color;
  return s;
}

}  // namespace

void AssembleText(const std::vector<TextLine>& lines, bool drop_first_word, const Vocabulary& vocab,
                  Block* block) {
  block->text.clear();
  block->spans.clear();
  const Word* prev = nullptr;
  bool new_line = false;
  bool skip = drop_first_word;
  for (const TextLine& line : lines) {
    new_line = prev != nullptr;
    // Right-to-left text is drawn in visual order: the line is put back in
    // reading order as a whole (one run, in the look of its first word).
    if (std::any_of(line.words.begin(), line.words.end(), [](const Word& w) { return HasRightToLeft(w.text); })) {
      std::string visual;
      for (size_t i = skip ? 1 : 0; i < line.words.size(); ++i) visual += (visual.empty() ? "" : " ") + line.words[i].text;
      skip = false;
      if (visual.empty()) continue;
      const Word& look = line.words.back();
      if (prev) {
        block->spans.back().text += " ";
        block->text += " ";
      }
      if (block->spans.empty() || !SameLook(block->spans.back(), look)) block->spans.push_back(SpanOf(look));
      const std::string logical = VisualToLogical(visual);
      block->spans.back().text += logical;
      block->text += logical;
      prev = &look;
      continue;
    }
    for (const Word& w : line.words) {
      if (skip) {
        skip = false;
        continue;
      }
      const char* sep = "";
      if (prev && new_line) {
        switch (JoinAcrossLines(prev->text, w.text, vocab)) {
          case LineBreakJoin::kSpace: sep = " "; break;
          case LineBreakJoin::kKeepHyphen: break;
          case LineBreakJoin::kDropHyphen:
            block->spans.back().text.pop_back();
            block->text.pop_back();
            break;
        }
      } else if (prev) {
        const double gap = w.bbox.x0 - prev->bbox.x1;
        if (prev->space_after || gap > kMinSpaceGap * std::max(w.font_size, prev->font_size)) sep = " ";
      }
      new_line = false;
      if (*sep) {
        block->spans.back().text += sep;
        block->text += sep;
      }
      if (block->spans.empty() || !SameLook(block->spans.back(), w)) block->spans.push_back(SpanOf(w));
      block->spans.back().text += w.text;
      block->text += w.text;
      prev = &w;
    }
  }
}

}  // namespace plantrace::pdf

#pragma once
// The text lines of a page for the stream layout (unruled tables): each line
// cut into chunks where words stand further apart than a word space, and the
// blocks of lines that may hold a table (prose lines and tall gaps end
// them).

#include <string>
#include <utility>
#include <vector>

#include "extractors/pdf/page_content.h"

namespace plantrace::pdf {

// A run of words on one line with word-sized gaps: the text of one cell.
struct StreamChunk {
  double x0 = 0, x1 = 0;
  std::vector<const Word*> words;
};

struct StreamLine {
  double top = 0, bottom = 0, size = 0;
  std::vector<StreamChunk> chunks;
  double x0() const { return chunks.front().x0; }
  double x1() const { return chunks.back().x1; }
};

// Text lines of the page (upright words outside the taken regions), each cut
// into chunks where words stand further apart than a word space.
std::vector<StreamLine> PageLines(const PageContent& page, const std::vector<BBox>& taken);

// A list mark or a paragraph number ("1.1", "(a)", a bullet).
bool IsLabelText(const std::string& t);

// Whether a line is body text, which ends a block of table lines.
bool IsProse(const StreamLine& l, double limit);

// Blocks of lines [first, last) with no more than a blank line between them
// and no prose line among them (prose lines are left out); `prose_width` is
// the width above which one run of text is prose.
std::vector<std::pair<size_t, size_t>> Blocks(const std::vector<StreamLine>& lines, double prose_width);

// Blocks of two columns (key and value) cut where the whitespace between
// two lines is far wider than the block's usual space between lines: over
// 2.2 times the median and over 1.3 lines' height, each side two lines of
// both cells at least (the margin between two tables set one under the
// other, narrower than a blank line). A median under 0.15 of a line's
// height (lines of different columns interleaving) measures nothing: not
// cut. Parts of one table cut so are joined again where their columns
// agree (stream_join.h).
std::vector<std::pair<size_t, size_t>> SplitAtWideGaps(const std::vector<StreamLine>& lines,
                                                       const std::vector<std::pair<size_t, size_t>>& blocks);

}  // namespace plantrace::pdf

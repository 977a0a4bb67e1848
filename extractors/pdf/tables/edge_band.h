#pragma once
// The band of text lines between a table and the page break on the
// neighbouring page (edge_parts.h): the page's lines, which of them stand in
// a table's columns, and whether they are set as the table's text is.

#include <optional>
#include <vector>

#include "extractors/pdf/tables/table_types.h"

namespace plantrace::pdf {

// An upright text line, its words left to right.
struct EdgeLine {
  double top = 0, bottom = 0;
  std::vector<const Word*> words;
  // The column of each word, set by Band for the lines it keeps (every word
  // of a band line stands in a column); empty outside a band.
  std::vector<int> cols;
};

// Whether a word's middle lies in the box (1 pt of slack).
bool WordWithin(const Word& w, const BBox& b);

// The page's upright lines outside the `taken` regions, top to bottom.
std::vector<EdgeLine> LinesOutside(const PageContent& page, const std::vector<BBox>& taken);

// The column of each word of the line in the boundaries `xs`, or nothing when
// a word crosses a boundary or stands outside, or two neighbouring words in
// different columns are no further apart than words of one line of prose.
std::optional<std::vector<int>> Columns(const EdgeLine& l, const std::vector<double>& xs);

// The band of lines between a table and the page break: from the break
// (running lines there stepped over) towards the table while each line
// stands in `xs` and no gap is wider than `widest`. `from_foot`: the band is
// at the page's foot (gathered upwards). `stop` is where another table or
// the page's content before the band starts (the band may not reach it).
// `edge` is the table's side of the break on `other`.
std::vector<EdgeLine> Band(const std::vector<EdgeLine>& lines, const PageContent& other, const BBox& edge,
                           bool from_foot, double stop, const std::vector<double>& xs, double widest);

// Where the table's text stands in each column: the leftmost start and the
// rightmost end of its words there.
struct ColumnEdges {
  std::vector<double> left, right;
};

ColumnEdges EdgesOf(const PageTable& t, const PageContent& page);

// Whether the band's text is set as the table's is: in every column it
// fills, some run starts where the table's text there starts (or ends where
// it ends: figures set right). A title or a mark centred over the page
// (a "DRAFT" stamp) is not.
bool AlignedWith(const std::vector<EdgeLine>& band, const std::vector<double>& xs, const ColumnEdges& e);

}  // namespace plantrace::pdf

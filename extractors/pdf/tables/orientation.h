#pragma once
// Tables set sideways: a landscape table printed on a portrait page (text
// running up or down the page) is read in its own upright frame. The page is
// turned so that the text of one direction reads left to right, tables are
// found there as on any page, and their boxes are turned back into
// displayed-page coordinates.

#include <vector>

#include "extractors/pdf/tables/table_types.h"

namespace plantrace::pdf {

// The page as seen with text of direction `rotation` (quarter turns, as
// Word::rotation) turned upright: those words with rotation 0, every rule,
// box and mark turned with them, width and height swapped for odd turns.
// Words of other directions are left out.
PageContent UprightView(const PageContent& page, int rotation);

// One word as UprightView(page, rotation) would have it (for a word of that
// direction: rotation 0, box and baseline in the upright frame).
Word UprightWord(const Word& w, const PageContent& page, int rotation);

// A box of UprightView(page, rotation) in the page's own coordinates.
BBox BoxOnPage(const BBox& upright, const PageContent& page, int rotation);

// Text directions with enough words on the page to hold a table of their
// own (at least 12 words and a fifth of the page's words), besides 0.
std::vector<int> SidewaysDirections(const PageContent& page);

// The text direction most of the words whose middle lies inside `box` have
// (0 when there are none).
int DominantDirection(const PageContent& page, const BBox& box);

// A table found in UprightView(page, rotation) moved back onto the page: its
// regions and its cells' parts in page coordinates. Its grid stays in the
// upright frame.
void MoveToPage(const PageContent& page, int rotation, PageTable* pt);

}  // namespace plantrace::pdf

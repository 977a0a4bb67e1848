#pragma once
// A whole document → RawItems: its tables through the table segmenter, the
// text around them through the prose segmenter, in reading order. A table
// inside a sub-section read as one unit is part of that unit's body; a
// header-less table of label | text under a heading that names a kind is
// read as the paragraphs it stands for; a table cut from the headed table
// before it takes back its headers; and a labelled table's last item is
// carried on by a table that continues it. In minutes, only what the
// meeting resolved are items.

#include <string>
#include <vector>

#include "model/document.h"
#include "pipeline/segment/column_roles.h"
#include "pipeline/segment/item_kinds.h"
#include "pipeline/segment/segment_types.h"

namespace plantrace {

// `doc_context` is the case-folded title and first page (item_kinds.h).
std::vector<RawItem> SegmentDocument(const Document& doc, const ColumnRoleLexicon& roles,
                                     const ItemKindLexicon& kinds,
                                     const std::string& doc_context);

}  // namespace plantrace

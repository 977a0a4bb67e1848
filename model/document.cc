#include "model/document.h"

namespace plantrace {

const char* BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kHeading: return "heading";
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kListItem: return "list_item";
    case BlockKind::kCaption: return "caption";
    case BlockKind::kFootnote: return "footnote";
    case BlockKind::kHeader: return "header";
    case BlockKind::kFooter: return "footer";
  }
  return "paragraph";
}

}  // namespace plantrace

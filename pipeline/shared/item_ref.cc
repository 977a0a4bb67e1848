#include "pipeline/shared/item_ref.h"

namespace plantrace {

std::string ItemRef(const ItemRecord& item) { return item.doc_id + "#" + item.item_id; }

}  // namespace plantrace

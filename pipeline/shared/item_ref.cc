#include "pipeline/shared/item_ref.h"

namespace plantrace {

std::string ItemRef(const ItemRecord& item) {
  // Sized once: called for both ends of every link written.
  std::string ref;
  ref.reserve(item.doc_id.size() + 1 + item.item_id.size());
  ref += item.doc_id;
  ref += '#';
  ref += item.item_id;
  return ref;
}

}  // namespace plantrace

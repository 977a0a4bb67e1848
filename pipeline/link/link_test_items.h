#pragma once
// Items for the link tests, built with only the fields a test sets.

#include <string>
#include <vector>

#include "model/records.h"

namespace plantrace {

// An item of paper `doc` numbered `id`, of `kind`, reading `text`, with its
// actions.
inline ItemRecord Item(std::string doc, std::string id, std::string kind, std::string text,
                       std::vector<std::string> actions = {}) {
  ItemRecord item;
  item.doc_id = std::move(doc);
  item.item_id = std::move(id);
  item.kind = std::move(kind);
  item.text = std::move(text);
  item.actions = std::move(actions);
  return item;
}

// An item of no paper, only its words: for what reads the text alone.
inline ItemRecord TextItem(std::string text, std::vector<std::string> actions = {}) {
  return Item("", "", "", std::move(text), std::move(actions));
}

// `item` with one owner, named as printed.
inline ItemRecord OwnedBy(ItemRecord item, const std::string& owner) {
  item.owners.push_back({owner, owner, false});
  return item;
}

// `item` under a section heading.
inline ItemRecord InSection(ItemRecord item, std::string section) {
  item.section = std::move(section);
  return item;
}

}  // namespace plantrace

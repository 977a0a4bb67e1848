#pragma once
// Hand-overs: an earlier paper that names a later paper as where its work
// goes on ("Scoping further activity for the Improvement and Recovery
// Plan", "include review of the constitution as a workstream of the
// Improvement and Recovery Plan") is continued by that later paper. Its
// items are then each taken up by one item of the later paper (many
// earlier items may gather under one broad later aim) and the links are
// `continues` (docs/decisions.md, issue 16).
//
// A paper is named when an item's text, actions or deliverables contain
// three consecutive content words of its title ("improvement recovery
// plan"), in order, that are not also in the naming paper's own title and
// that the items of fewer than half of the papers (the named one aside)
// contain (so a council's own name, printed everywhere, names nothing).
//
//   std::set<DocumentPair> pairs = FindHandOvers(documents, items, weights, tokenizer, 2);

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "model/records.h"

namespace plantrace {

class TermWeights;
class Tokenizer;

// (naming doc_id, named doc_id).
using DocumentPair = std::pair<std::string, std::string>;

// The pairs where at least `min_items` items of the first paper name the
// second. Which came first is left to the caller.
std::set<DocumentPair> FindHandOvers(const std::vector<DocumentRecord>& documents,
                                     const std::vector<const ItemRecord*>& items,
                                     const TermWeights& weights, Tokenizer& tokenizer,
                                     size_t min_items);

}  // namespace plantrace

#include "pipeline/link/hand_over.h"

#include <map>
#include <unordered_map>
#include <unordered_set>

#include "pipeline/link/term_weights.h"
#include "text/tokenize.h"

namespace plantrace {
namespace {

// Runs of three consecutive content stems, as "a b c".
std::unordered_set<std::string> Trigrams(std::string_view text, const TermWeights& weights,
                                         Tokenizer& tokenizer) {
  std::vector<std::string> stems;
  for (const Token& t : tokenizer.Tokens(text)) {
    if (weights.Of(t.stem) > 0) stems.push_back(t.stem);
  }
  std::unordered_set<std::string> out;
  for (size_t i = 0; i + 2 < stems.size(); ++i) {
    out.insert(stems[i] + ' ' + stems[i + 1] + ' ' + stems[i + 2]);
  }
  return out;
}

std::unordered_set<std::string> ItemTrigrams(const ItemRecord& item, const TermWeights& weights,
                                             Tokenizer& tokenizer) {
  std::unordered_set<std::string> out = Trigrams(item.text, weights, tokenizer);
  for (const auto* list : {&item.actions, &item.deliverables}) {
    for (const std::string& s : *list) out.merge(Trigrams(s, weights, tokenizer));
  }
  return out;
}

}  // namespace

std::set<DocumentPair> FindHandOvers(const std::vector<DocumentRecord>& documents,
                                     const std::vector<const ItemRecord*>& items,
                                     const TermWeights& weights, Tokenizer& tokenizer,
                                     size_t min_items) {
  std::set<DocumentPair> out;
  if (documents.size() < 2) return out;
  // Title trigram -> the papers whose title has it.
  std::unordered_map<std::string, std::vector<const std::string*>> titled;
  std::unordered_map<std::string, std::unordered_set<std::string>> own_title;
  for (const DocumentRecord& d : documents) {
    if (d.title.empty()) continue;
    std::unordered_set<std::string> grams = Trigrams(d.title, weights, tokenizer);
    for (const std::string& g : grams) titled[g].push_back(&d.doc_id);
    own_title[d.doc_id] = std::move(grams);
  }
  if (titled.empty()) return out;
  // For each item, the title trigrams it contains; and in how many papers'
  // items each title trigram occurs.
  std::vector<std::vector<std::string>> found(items.size());
  std::unordered_map<std::string, std::unordered_set<std::string>> papers_with;
  for (size_t i = 0; i < items.size(); ++i) {
    for (const std::string& g : ItemTrigrams(*items[i], weights, tokenizer)) {
      if (!titled.count(g)) continue;
      found[i].push_back(g);
      papers_with[g].insert(items[i]->doc_id);
    }
  }
  // (naming, named) -> items of the naming paper that name it.
  std::map<DocumentPair, size_t> count;
  for (size_t i = 0; i < items.size(); ++i) {
    const std::string& naming = items[i]->doc_id;
    std::set<std::string> named;
    for (const std::string& g : found[i]) {
      auto own = own_title.find(naming);
      if (own != own_title.end() && own->second.count(g)) continue;
      const std::unordered_set<std::string>& with = papers_with[g];
      for (const std::string* d : titled[g]) {
        if (*d == naming) continue;
        // Papers other than the named one whose items print the words.
        const size_t others = with.size() - with.count(*d);
        if (2 * others < documents.size()) named.insert(*d);
      }
    }
    for (const std::string& d : named) ++count[{naming, d}];
  }
  for (const auto& [pair, n] : count) {
    if (n >= min_items) out.insert(pair);
  }
  return out;
}

}  // namespace plantrace

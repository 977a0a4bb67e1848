#pragma once
// The document frequencies a linking weighs terms by (idf), kept so that a
// later, incremental linking weighs every item as the full linking did
// (docs/decisions.md, "Issue 16 — incremental linking").
//
// A term's idf is log((1 + items) / (1 + df)) + 1. Only terms of two items
// or more are listed: any other term (one item's, or one no item had when
// the basis was taken) counts as in one item. The same holds for the theme
// cues (keys made by CueKey). A full linking takes its basis from the
// items it links; an incremental one reads the stored basis, so an item's
// vector, and so every score between two unchanged items, is the same to
// the bit as when the basis was taken. It also keeps how each word reads in
// `why` (the form most items used then), so that a link's reasons do not
// depend on when it was decided.

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>

namespace plantrace {

struct TermBasis {
  struct Term {
    uint32_t df = 0;    // items with the term (>= 2)
    std::string shown;  // a word's display form; empty for phrases and cues
  };
  size_t items = 0;  // the number of items the frequencies were counted over
  std::unordered_map<std::string, Term> terms;  // by key

  uint32_t Df(const std::string& key) const {
    auto it = terms.find(key);
    return it == terms.end() ? 1u : it->second.df;
  }
  // nullptr when the basis has no display form for the key.
  const std::string* Shown(const std::string& key) const {
    auto it = terms.find(key);
    return it == terms.end() || it->second.shown.empty() ? nullptr : &it->second.shown;
  }
};

// A word term's key is its stem; a phrase's is its two stems with a space
// between (stems hold no spaces); a theme cue's is a tab then its number
// (no term holds a tab).
inline std::string PhraseKey(const std::string& a, const std::string& b) { return a + " " + b; }
inline std::string CueKey(size_t cue) { return "\t" + std::to_string(cue); }

}  // namespace plantrace

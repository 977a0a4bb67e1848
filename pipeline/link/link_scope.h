#pragma once
// What one call of Linker::Link links when it links incrementally
// (docs/decisions.md, "Issue 16 — incremental linking"): which term
// weights it uses, which documents changed since the links were stored,
// and which later documents' links it must decide again.
//
// The links into a later document depend only on its items' candidate
// pairs (every selection rule compares pairs that share a later item, or
// an earlier item and the later item's document). So the linker decides
// again the links into:
//   - every changed document (new, or a new version),
//   - every document in `redecide` (the caller's: those a changed
//     document's old version may have reached),
//   - every document one of whose items, matched against the inverted
//     index of earlier items, meets an item of a changed document — as a
//     candidate, or as one that pushed an older candidate out (a posting
//     list holds the heaviest few, a candidate list the best few: whatever
//     changed there, an item of a changed document is in it);
//   - every document later than a changed document that is an edition of
//     the same plan (an edition changes which pairs are scored at all);
//   - every document ranked before a decided one that the dates put after
//     it (an undated paper placed by the dates its items name, papers of
//     one meeting told apart by kind): their pairs are links into it;
//   - every document with an item of more terms than the index matches on
//     (CandidateOptions::query_terms) among whose heaviest is a term it
//     shares with a changed document's item and no unchanged item (the
//     term is new in its vector, so the terms it is matched on changed);
// and hands over only the links into those documents.

#include <string>
#include <unordered_set>
#include <vector>

#include "pipeline/link/term_basis.h"

namespace plantrace {

struct LinkScope {
  // The term weights to use (nullptr: the items' own).
  const TermBasis* held = nullptr;
  // When given, receives the items' own frequencies (for the next runs).
  TermBasis* taken = nullptr;

  // Incremental linking: false links everything.
  bool incremental = false;
  std::unordered_set<std::string> changed;   // doc_ids
  std::unordered_set<std::string> redecide;  // doc_ids

  // Set by Link (incremental only): the documents whose links it decided,
  // in processing order; and whether a pair ran against the processing
  // order into a document not decided (the rule above should leave none:
  // a safety net, on which the caller links in full).
  std::vector<std::string> decided;
  bool order_unsettled = false;
};

}  // namespace plantrace

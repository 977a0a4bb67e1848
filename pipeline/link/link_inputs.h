#pragma once
// The per-item facts Linker::Link gathers before any pair is scored: which
// items take part and their documents' ranks, the incremental scope (which
// items changed, which documents' links are decided), the cues read with
// each item's terms, decision numbers, and what committee papers say.
//
//   LinkInputs in = GatherLinkItems(documents, all_items, order);
//   MarkIncrementalScope(in, order, editions, *scope);   // when incremental
//   ReadDecisionFacts(in);                             // after the cues

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/records.h"
#include "pipeline/editions/edition_links.h"
#include "pipeline/link/committee_papers.h"
#include "pipeline/link/document_order.h"
#include "pipeline/link/link_scope.h"
#include "pipeline/link/link_scorer.h"
#include "pipeline/link/owner_functions.h"
#include "pipeline/link/tfidf.h"
#include "pipeline/link/themes.h"

namespace plantrace {

struct LinkInputs {
  std::unordered_map<std::string, const DocumentRecord*> document_of;
  std::vector<std::string> known_numbers;  // the documents' own, normalised
  // Only items of known documents take part; doc_rank[i] is items[i]'s
  // document's rank (DocumentOrder).
  std::vector<const ItemRecord*> items;
  std::vector<uint32_t> doc_rank;
  // Incremental linking (link_scope.h): the items of changed documents,
  // and the later documents (by rank) whose links are decided.
  bool incremental = false;
  std::vector<uint8_t> changed_item, decide_rank;
  // Theme cues and the continuation cue, read from each item's fields
  // right after its terms, while the tokenizer still holds their tokens.
  std::vector<CueHits> cue_hits;
  std::vector<uint8_t> continues_cue;
  std::vector<std::vector<std::string>> numbers;  // decision numbers of each item
  // Committee papers (committee_papers.h): which items are decisions of
  // one, and the subject each names (a minute: its heading; a report's or
  // record's decision: its paper's title).
  std::vector<uint8_t> committee, decision, filed;
  std::vector<std::vector<std::string>> subject;

  size_t size() const { return items.size(); }
  const DocumentRecord& DocumentOf(uint32_t i) const { return *document_of.at(items[i]->doc_id); }
  // Whether the links into `later` are decided in this call.
  bool Decided(uint32_t later) const { return !incremental || decide_rank[doc_rank[later]]; }
  // Pairs the convention speaks for: a decision of a committee paper with
  // an item of another, or items of two papers filed with a meeting (an
  // appendix's measures, a register's rows). An aim of a report and a
  // finding of an assessment typed as its appendix are left to the scores.
  bool CommitteePair(uint32_t a, uint32_t b) const {
    return committee[a] && committee[b] && (decision[a] || decision[b] || (filed[a] && filed[b]));
  }
  bool SameMeeting(uint32_t a, uint32_t b) const {
    return SameMeetingDate(DocumentOf(a).date, DocumentOf(b).date);
  }
  bool DifferentNumbers(uint32_t a, uint32_t b) const {
    return !numbers[a].empty() && !numbers[b].empty();  // the same number pairs by identity
  }
};

// Identity links other than by number, keyed by (min, max) item: why they
// hold.
using IdentityWhy = std::map<std::pair<uint32_t, uint32_t>, std::string>;
inline std::pair<uint32_t, uint32_t> UnorderedPair(uint32_t a, uint32_t b) {
  return std::make_pair(std::min(a, b), std::max(a, b));
}

// The items of known documents, their ranks, and the documents' numbers.
LinkInputs GatherLinkItems(const std::vector<DocumentRecord>& documents,
                           const std::vector<ItemRecord>& all_items, const DocumentOrder& order);
// Sets incremental, changed_item and decide_rank from `scope`.
void MarkIncrementalScope(LinkInputs& in, const DocumentOrder& order, const EditionLinks& editions,
                          const LinkScope& scope);
// Sizes cue_hits and continues_cue for the model's walk of the items.
void PrepareCueHits(LinkInputs& in);
// Fills numbers, committee, decision, filed and subject.
void ReadDecisionFacts(LinkInputs& in);
// A minute whose heading names a report or record of the same meeting
// resolves its recommendations, however it words them (not two minutes:
// a heading names the paper considered, not another body's minute).
IdentityWhy IdentityBySubject(const LinkInputs& in, const std::vector<SparseVector>& vectors);
// Each item's features for link_scorer.h, with its concept vector: the cues
// found, weighted by field and idf (the scope's held frequencies, when
// given: term_basis.h).
std::vector<ItemFeatures> BuildItemFeatures(const LinkInputs& in, const TfIdfModel& model,
                                            const ThemeLexicon& themes,
                                            const OwnerFunctions& owner_functions,
                                            const LinkOptions& o, LinkScope* scope);

}  // namespace plantrace

#include "pipeline/link/link_inputs.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

#include "pipeline/link/committee_papers.h"
#include "pipeline/link/decision_numbers.h"
#include "pipeline/link/identity_links.h"
#include "pipeline/link/term_basis.h"

namespace plantrace {

LinkInputs GatherLinkItems(const std::vector<DocumentRecord>& documents,
                           const std::vector<ItemRecord>& all_items, const DocumentOrder& order) {
  LinkInputs in;
  for (const DocumentRecord& d : documents) {
    in.document_of.emplace(d.doc_id, &d);
    if (d.decision_number && !d.decision_number->empty()) {
      in.known_numbers.push_back(NormaliseDecisionNumber(*d.decision_number));
    }
  }
  for (const ItemRecord& item : all_items) {
    auto it = in.document_of.find(item.doc_id);
    if (it == in.document_of.end()) continue;
    in.items.push_back(&item);
    in.doc_rank.push_back(order.Rank(item.doc_id));
  }
  return in;
}

void MarkIncrementalScope(LinkInputs& in, const DocumentOrder& order, const EditionLinks& editions,
                          const LinkScope& scope) {
  const size_t n = in.size();
  in.incremental = true;
  in.changed_item.assign(n, 0);
  in.decide_rank.assign(order.Ordered().size(), 0);
  for (size_t i = 0; i < n; ++i) in.changed_item[i] = scope.changed.count(in.items[i]->doc_id) > 0;
  for (const auto* set : {&scope.changed, &scope.redecide}) {
    for (const std::string& d : *set) {
      if (in.document_of.count(d)) in.decide_rank[order.Rank(d)] = 1;
    }
  }
  // A changed edition of a plan changes which pairs of its plan's other
  // editions are scored: every document from the earliest such edition on.
  uint32_t from_rank = UINT32_MAX;
  for (const EditionLinks::ItemLink& l : editions.links()) {
    if (in.changed_item[l.from] || in.changed_item[l.to]) {
      from_rank = std::min({from_rank, in.doc_rank[l.from], in.doc_rank[l.to]});
    }
  }
  for (size_t r = from_rank; r < in.decide_rank.size(); ++r) in.decide_rank[r] = 1;
}

void PrepareCueHits(LinkInputs& in) {
  in.cue_hits.assign(in.size(), CueHits{});
  in.continues_cue.assign(in.size(), 0);
}

void ReadDecisionFacts(LinkInputs& in) {
  const size_t n = in.size();
  in.numbers.assign(n, {});
  for (size_t i = 0; i < n; ++i) {
    in.numbers[i] = DecisionNumbersOf(*in.items[i], in.document_of.at(in.items[i]->doc_id),
                                      in.known_numbers);
  }
  in.committee.assign(n, 0);
  in.decision.assign(n, 0);
  in.filed.assign(n, 0);
  in.subject.assign(n, {});
  for (size_t i = 0; i < n; ++i) {
    const DocumentRecord& d = *in.document_of.at(in.items[i]->doc_id);
    in.committee[i] = IsCommitteePaper(d.doc_type);
    in.decision[i] = in.committee[i] && IsDecisionKind(in.items[i]->kind);
    const bool minutes = d.doc_type == std::optional<std::string>("minutes");
    const bool paper = d.doc_type == std::optional<std::string>("report") ||
                       d.doc_type == std::optional<std::string>("record_of_decision");
    in.filed[i] = in.committee[i] && !minutes && !paper;
    if (!in.decision[i]) continue;
    std::string key = minutes ? SubjectKey(in.items[i]->section.value_or(""))
                              : paper ? SubjectKey(d.title) : std::string();
    if (!key.empty()) in.subject[i].push_back(std::move(key));
  }
}

IdentityWhy IdentityBySubject(const LinkInputs& in, const std::vector<SparseVector>& vectors) {
  IdentityWhy identity_why;
  for (const IdentityPair& p : IdentityPairs(in.subject, in.doc_rank, vectors)) {
    const DocumentRecord& da = in.DocumentOf(p.a);
    const DocumentRecord& db = in.DocumentOf(p.b);
    if (da.doc_type == db.doc_type && da.doc_type == std::optional<std::string>("minutes")) continue;
    if (in.DifferentNumbers(p.a, p.b) || !in.SameMeeting(p.a, p.b)) continue;
    const bool a_minutes = da.doc_type == std::optional<std::string>("minutes");
    const bool b_minutes = db.doc_type == std::optional<std::string>("minutes");
    const DocumentRecord& paper = a_minutes ? db : da;
    identity_why[UnorderedPair(p.a, p.b)] =
        a_minutes || b_minutes ? "the minute's heading names the paper: " + paper.title
                               : "same paper title: " + paper.title;
  }
  return identity_why;
}

std::vector<ItemFeatures> BuildItemFeatures(const LinkInputs& in, const TfIdfModel& model,
                                            const ThemeLexicon& themes,
                                            const OwnerFunctions& owner_functions,
                                            const LinkOptions& o, LinkScope* scope) {
  const size_t n = in.size();
  std::vector<ItemFeatures> features(n);
  std::unordered_map<std::string, uint32_t> function_bit;
  std::set<std::string> weak(o.weak_kinds.begin(), o.weak_kinds.end());
  std::vector<uint32_t> cue_df(themes.num_cues(), 0);
  for (size_t i = 0; i < n; ++i) {
    ItemFeatures& f = features[i];
    f.vector = &model.vectors()[i];
    for (const auto& [cue, w] : in.cue_hits[i]) ++cue_df[cue];
    f.themes = themes.ProfileOf(in.cue_hits[i]);
    f.theme_norm_squared = ThemeNormSquared(f.themes);
    f.top_themes = themes.Top(f.themes);
    for (const OwnerRecord& owner : in.items[i]->owners) {
      if (!owner.title.empty()) f.owners.push_back(owner.title);
    }
    std::sort(f.owners.begin(), f.owners.end());
    f.owners.erase(std::unique(f.owners.begin(), f.owners.end()), f.owners.end());
    f.owner_functions = owner_functions.Of(f.owners);
    for (const std::string& fn : f.owner_functions) {
      auto [it, added] = function_bit.emplace(fn, static_cast<uint32_t>(function_bit.size()));
      if (it->second < 64) f.owner_function_bits |= uint64_t{1} << it->second;
    }
    f.weak_kind = weak.count(in.items[i]->kind) > 0;
    f.continues_cue = in.continues_cue[i] != 0;
  }

  std::vector<double> cue_idf(cue_df.size());
  for (size_t cue = 0; cue < cue_df.size(); ++cue) {
    if (scope && scope->taken && cue_df[cue] > 1) scope->taken->terms[CueKey(cue)].df = cue_df[cue];
    const TermBasis* held = scope ? scope->held : nullptr;
    const double items_counted = held ? static_cast<double>(held->items) : static_cast<double>(n);
    const double df = held ? held->Df(CueKey(cue)) : cue_df[cue];
    cue_idf[cue] = std::log((1.0 + items_counted) / (1.0 + df)) + 1.0;
  }
  for (size_t i = 0; i < n; ++i) {
    SparseVector& v = features[i].concepts;
    double norm = 0;
    for (const auto& [cue, w] : in.cue_hits[i]) {
      double x = w * cue_idf[cue];
      v.emplace_back(cue, static_cast<float>(x));
      norm += x * x;
    }
    norm = std::sqrt(norm);
    for (auto& e : v) e.second = static_cast<float>(e.second / norm);
  }
  return features;
}

}  // namespace plantrace

#include "pipeline/link/link_selection.h"

#include <algorithm>
#include <unordered_map>

#include "pipeline/link/distinct_evidence.h"
#include "pipeline/link/headline_match.h"
#include "pipeline/link/identity_links.h"

namespace plantrace {

namespace {

// Selection within groups of pairs that share one end and the other
// end's document: the best few, each a share of the group's best.
void SelectInGroups(std::vector<ScoredPair>& pairs, bool by_later, size_t max_count,
                    double min_ratio, const LinkInputs& in, const TfIdfModel& model,
                    PairRules& rules, DistinctEvidenceGroup& evidence, const LinkOptions& o) {
  const std::vector<uint32_t>& doc_rank = in.doc_rank;
  auto key = [&](const ScoredPair& x) {
    return by_later ? std::make_pair(x.to, doc_rank[x.from]) : std::make_pair(x.from, doc_rank[x.to]);
  };
  std::sort(pairs.begin(), pairs.end(), [&](const ScoredPair& a, const ScoredPair& b) {
    if (key(a) != key(b)) return key(a) < key(b);
    if (a.score != b.score) return a.score > b.score;
    return by_later ? a.from < b.from : a.to < b.to;
  });
  std::vector<ScoredPair> out;
  for (size_t k = 0; k < pairs.size();) {
    size_t e = k;
    while (e < pairs.size() && key(pairs[e]) == key(pairs[k])) ++e;
    size_t limit = max_count;
    if (by_later && rules.CueApplies(pairs[k].from, pairs[k].to)) {
      limit = std::min(limit, o.continues_max_links);
    }
    // On the earlier side, a partner past the first kept needs evidence
    // of its own against the partners kept so far (asked only where it
    // decides: within the count and the ratio).
    if (!by_later) evidence.Start(&model.vectors()[pairs[k].from]);
    for (size_t j = k, kept = 0; j < e; ++j) {
      const uint32_t partner = by_later ? pairs[j].from : pairs[j].to;
      bool ok = kept < limit && pairs[j].score >= min_ratio * pairs[k].score;
      if (ok && !by_later && kept > 0 && o.min_distinct_evidence > 0) {
        ok = evidence.Of(model.vectors()[partner]) >= o.min_distinct_evidence;
      }
      if (ok || (by_later && rules.FromPassage(pairs[j].from, pairs[j].to, pairs[j].score))) {
        out.push_back(pairs[j]);
        if (!by_later) evidence.Keep(model.vectors()[partner]);
        ++kept;
      }
    }
    k = e;
  }
  pairs = std::move(out);
}

}  // namespace

SelectedLinks SelectLinks(ScoredPairs pairs, const LinkInputs& in,
                          const std::vector<ItemFeatures>& features, const TfIdfModel& model,
                          const EditionLinks& editions, PairDirections& direction,
                          PairRules& rules, IdentityWhy identity_why, const LinkOptions& o) {
  const std::vector<uint32_t>& doc_rank = in.doc_rank;
  std::vector<ScoredPair>& scored = pairs.scored;
  DistinctEvidenceGroup evidence(model.num_terms());
  SelectInGroups(scored, /*by_later=*/true, o.max_links_per_item, o.min_ratio_to_best, in, model,
                 rules, evidence, o);
  // Across earlier documents: a later item's links from one document must
  // hold up against its best link from any document, so a 2023 item that
  // plainly restates a 2018 aim is not also tied to a 2019 measure that
  // merely shares some words with it.
  {
    std::unordered_map<uint32_t, double> best_of_later;
    for (const ScoredPair& s : scored) {
      double& b = best_of_later[s.to];
      b = std::max(b, static_cast<double>(s.score));
    }
    std::erase_if(scored, [&](const ScoredPair& s) {
      return s.score < o.min_ratio_to_best_any_document * best_of_later[s.to] &&
             !rules.FromPassage(s.from, s.to, s.score);
    });
  }
  SelectInGroups(scored, /*by_later=*/false, o.max_links_per_earlier_doc,
                 o.min_ratio_to_best_later, in, model, rules, evidence, o);
  SelectedLinks selected;
  std::vector<ScoredPair>& final_links = selected.links;
  final_links = std::move(scored);
  AddMissingLinks(final_links, std::move(pairs.headline));  // headline matches the selection left out

  // Hand-overs: each earlier item to its one best item of the later paper,
  // a risk or decision only when no other kind reaches the score.
  {
    std::vector<ScoredPair>& handed = pairs.handed;
    std::sort(handed.begin(), handed.end(), [&](const ScoredPair& a, const ScoredPair& b) {
      if (a.from != b.from) return a.from < b.from;
      if (doc_rank[a.to] != doc_rank[b.to]) return doc_rank[a.to] < doc_rank[b.to];
      if (features[a.to].weak_kind != features[b.to].weak_kind) return !features[a.to].weak_kind;
      if (a.score != b.score) return a.score > b.score;
      return a.to < b.to;
    });
    for (size_t k = 0; k < handed.size(); ++k) {
      if (k > 0 && handed[k].from == handed[k - 1].from &&
          doc_rank[handed[k].to] == doc_rank[handed[k - 1].to]) {
        continue;
      }
      if (features[handed[k].to].weak_kind && handed[k].score < o.link_score) continue;
      final_links.push_back(handed[k]);
    }
  }
  // Identity links: the same decision number in two documents.
  for (const IdentityPair& p : IdentityPairs(in.numbers, doc_rank, model.vectors())) {
    uint32_t from = p.a, to = p.b;
    if (direction(p.a, p.b).sign > 0) std::swap(from, to);
    if (!editions.MayScore(from, to) || !in.Decided(to)) continue;
    final_links.push_back({from, to, 1.0f});
    selected.identity_number[{from, to}] = p.number;
    identity_why.erase(UnorderedPair(from, to));
  }
  // Identity by heading or wording: replaces the pair's scored link.
  std::erase_if(final_links, [&](const ScoredPair& x) {
    return selected.identity_number.count({x.from, x.to}) == 0 &&
           identity_why.count(UnorderedPair(x.from, x.to)) > 0;
  });
  for (const auto& [pair, why] : identity_why) {
    uint32_t from = pair.first, to = pair.second;
    if (direction(from, to).sign > 0) std::swap(from, to);
    if (!editions.MayScore(from, to) || !in.Decided(to)) continue;
    final_links.push_back({from, to, 1.0f});
    selected.identity_other[{from, to}] = why;
  }
  // Edition links: an item and its copy in the plan's next edition.
  for (const EditionLinks::ItemLink& l : editions.links()) {
    if (!in.Decided(l.to)) continue;
    final_links.push_back({l.from, l.to, 1.0f});
    selected.edition_link[{l.from, l.to}] = &l;
  }
  std::erase_if(final_links, [&](const ScoredPair& x) { return x.score < o.min_score; });
  std::sort(final_links.begin(), final_links.end(), [&](const ScoredPair& a, const ScoredPair& b) {
    if (doc_rank[a.to] != doc_rank[b.to]) return doc_rank[a.to] < doc_rank[b.to];
    if (a.to != b.to) return a.to < b.to;
    if (a.score != b.score) return a.score > b.score;
    return a.from < b.from;
  });
  return selected;
}

}  // namespace plantrace

#include "pipeline/link/link_emission.h"

#include <utility>

#include "pipeline/shared/item_ref.h"

namespace plantrace {

void EmitLinks(const SelectedLinks& selected, const LinkInputs& in,
               const std::vector<ItemFeatures>& features, const TfIdfModel& model,
               const ThemeLexicon& themes, PairDirections& direction, PairRules& rules,
               const LinkOptions& o, const std::function<void(LinkRecord&&)>& sink) {
  const std::vector<const ItemRecord*>& items = in.items;
  const auto& identity_number = selected.identity_number;
  const auto& identity_other = selected.identity_other;
  DenseVector later_vector(model.num_terms());
  std::vector<uint32_t> top_shared;
  for (const ScoredPair& s : selected.links) {
    if (auto e = selected.edition_link.find({s.from, s.to}); e != selected.edition_link.end()) {
      LinkRecord link{ItemRef(*items[s.from]), ItemRef(*items[s.to]), e->second->relation, 1.0,
                      e->second->why};
      sink(std::move(link));
      continue;
    }
    later_vector.Assign(features[s.to].vector);  // links come grouped by later item
    // The text cosine and the `why` terms from one walk of the earlier
    // vector (TopShared's `dot` is ScorePair's cosine to the bit).
    const ItemFeatures& earlier = features[s.from];
    const ItemFeatures& later = features[s.to];
    top_shared.clear();
    double text = 0;
    if (earlier.vector && later.vector) {
      top_shared = model.TopShared(*earlier.vector, later_vector, WhyTermsLooked(o), &text);
    }
    const PairScore parts = ScorePairWithText(earlier, later, o, text);
    LinkRecord link;
    link.from = ItemRef(*items[s.from]);
    link.to = ItemRef(*items[s.to]);
    const auto number = identity_number.find({s.from, s.to});
    const auto other = identity_other.find({s.from, s.to});
    const bool identity = number != identity_number.end() || other != identity_other.end();
    // Committee papers link the same decision only (committee_papers.h).
    const bool same_decision = identity || in.CommitteePair(s.from, s.to);
    link.score = s.score;
    if (identity) {
      link.relation = "recurs";
      link.score = 1.0;
      link.why.push_back(number != identity_number.end()
                             ? "same decision number " + number->second
                             : other->second);
    } else if (same_decision) {
      link.score = parts.score;
      link.relation = "recurs";
    } else {
      link.score = parts.score;
      link.relation = DecideRelation(
          parts, rules.HandedOver(s.from, s.to) || rules.CueApplies(s.from, s.to), o);
    }
    for (std::string& w : ExplainPair(earlier, later, model, themes, o, top_shared)) {
      link.why.push_back(std::move(w));
    }
    if (!same_decision && rules.HandedOver(s.from, s.to)) {
      link.why.push_back("the earlier paper names the later paper as where its work goes on");
    } else if (!same_decision && rules.CueApplies(s.from, s.to)) {
      link.why.push_back("the later item continues or monitors earlier work");
    }
    if (!same_decision && rules.HeadlineMatch(s.from, s.to)) {
      link.why.push_back("its own text reads most like the later item's, of that paper");
    }
    if (!same_decision && rules.FromPassage(s.from, s.to, parts.score)) {
      link.why.push_back("one action or sentence of the later item matches it best");
    }
    const Direction& d = in.doc_rank[s.from] < in.doc_rank[s.to] ? direction(s.from, s.to)
                                                                 : direction(s.to, s.from);
    if (!d.note.empty()) link.why.push_back(d.note);
    sink(std::move(link));
  }
}

}  // namespace plantrace

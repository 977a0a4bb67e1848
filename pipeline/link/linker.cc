#include "pipeline/link/linker.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "pipeline/shared/data_files.h"
#include "pipeline/link/committee_papers.h"
#include "pipeline/link/decision_numbers.h"
#include "pipeline/link/distinct_evidence.h"
#include "pipeline/link/document_order.h"
#include "pipeline/link/hand_over.h"
#include "pipeline/link/headline_match.h"
#include "pipeline/link/identity_links.h"
#include "pipeline/link/later_item_terms.h"
#include "pipeline/editions/edition_links.h"
#include "pipeline/link/owner_functions.h"
#include "pipeline/link/synonyms.h"
#include "pipeline/link/term_basis.h"
#include "pipeline/link/term_weights.h"
#include "text/tokenize.h"
#include "pipeline/shared/item_ref.h"

namespace plantrace {

namespace {

bool UnlinkedKinds(const ItemRecord& a, const ItemRecord& b, const LinkOptions& o) {
  for (const auto& [x, y] : o.unlinked_kinds) {
    if ((a.kind == x && b.kind == y) || (a.kind == y && b.kind == x)) return true;
  }
  return false;
}

}  // namespace

struct Linker::Impl {
  LinkOptions options;
  TermWeights weights;
  ThemeLexicon themes;
  OwnerFunctions owner_functions;
  Synonyms synonyms;  // data/link_synonyms.tsv; none unless loaded
  std::vector<std::vector<std::string>> cue_stems;

  Impl(LinkOptions o, TermWeights w, ThemeLexicon t)
      : options(std::move(o)), weights(std::move(w)), themes(std::move(t)) {}

  bool HasContinuesCue(const std::string& text, Tokenizer& tokenizer) const {
    const std::vector<Token>& tokens = tokenizer.Tokens(text);
    for (size_t i = 0; i < tokens.size(); ++i) {
      for (const auto& cue : cue_stems) {
        if (i + cue.size() > tokens.size()) continue;
        bool match = true;
        for (size_t k = 0; k < cue.size() && match; ++k) match = tokens[i + k].stem == cue[k];
        if (match) return true;
      }
    }
    return false;
  }
};

Linker::Linker(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Linker::Linker(Linker&&) noexcept = default;
Linker& Linker::operator=(Linker&&) noexcept = default;
Linker::~Linker() = default;

const LinkOptions& Linker::options() const { return impl_->options; }
const ThemeLexicon& Linker::themes() const { return impl_->themes; }

Result<Linker> Linker::FromText(std::string_view stopwords, std::string_view themes,
                                LinkOptions options) {
  return FromText(stopwords, themes, "", std::move(options));
}

Result<Linker> Linker::FromText(std::string_view stopwords, std::string_view themes,
                                std::string_view owner_functions, LinkOptions options) {
  Result<OwnerFunctions> functions = OwnerFunctions::Parse(owner_functions, "owner_functions.tsv");
  if (!functions.ok()) return functions.status();
  Tokenizer tokenizer;
  Result<TermWeights> w = TermWeights::Parse(stopwords, "link_stopwords.txt", tokenizer);
  if (!w.ok()) return w.status();
  Result<ThemeLexicon> t = ThemeLexicon::Parse(themes, "themes.tsv", tokenizer, options.themes);
  if (!t.ok()) return t.status();
  auto impl = std::make_unique<Impl>(std::move(options), std::move(w.value()), std::move(t.value()));
  impl->owner_functions = std::move(functions.value());
  for (const std::string& cue : impl->options.continues_cues) {
    std::vector<std::string> stems;
    for (const Token& tok : tokenizer.Tokenize(cue)) stems.push_back(tok.stem);
    if (!stems.empty()) impl->cue_stems.push_back(std::move(stems));
  }
  return Linker(std::move(impl));
}

Result<Linker> Linker::Load(LinkOptions options) {
  Result<std::string> stop = ReadDataFile("link_stopwords.txt");
  if (!stop.ok()) return stop.status();
  Result<std::string> themes = ReadDataFile("themes.tsv");
  if (!themes.ok()) return themes.status();
  Result<std::string> functions = ReadDataFile("owner_functions.tsv");
  if (!functions.ok()) return functions.status();
  Result<std::string> synonyms = ReadDataFile("link_synonyms.tsv");
  if (!synonyms.ok()) return synonyms.status();
  Result<Linker> linker = FromText(stop.value(), themes.value(), functions.value(), std::move(options));
  if (!linker.ok()) return linker;
  Tokenizer tokenizer;
  Result<Synonyms> parsed = Synonyms::Parse(synonyms.value(), "link_synonyms.tsv", tokenizer);
  if (!parsed.ok()) return parsed.status();
  linker.value().impl_->synonyms = std::move(parsed.value());
  return linker;
}

std::vector<std::string> Linker::ThemesOf(const ItemRecord& item) const {
  return impl_->themes.ThemesOf(item);
}

void Linker::Link(const std::vector<DocumentRecord>& documents,
                  const std::vector<ItemRecord>& all_items, const LinkSink& sink,
                  Stats* stats, LinkScope* scope) const {
  Stats counted;
  const LinkOptions& o = impl_->options;
  Tokenizer tokenizer;
  const DocumentOrder order(documents, all_items);
  std::unordered_map<std::string, const DocumentRecord*> document_of;
  std::vector<std::string> known_numbers;
  for (const DocumentRecord& d : documents) {
    document_of.emplace(d.doc_id, &d);
    if (d.decision_number && !d.decision_number->empty()) {
      known_numbers.push_back(NormaliseDecisionNumber(*d.decision_number));
    }
  }
  // Only items of known documents take part.
  std::vector<const ItemRecord*> items;
  std::vector<uint32_t> doc_rank;
  for (const ItemRecord& item : all_items) {
    auto it = document_of.find(item.doc_id);
    if (it == document_of.end()) continue;
    items.push_back(&item);
    doc_rank.push_back(order.Rank(item.doc_id));
  }
  const size_t n = items.size();
  // Editions of one plan: their items are linked by the pairing, not scored.
  const EditionLinks editions(documents, items, doc_rank);
  // Incremental linking (link_scope.h): the items of changed documents,
  // and the later documents (by rank) whose links are decided.
  const bool incremental = scope && scope->incremental;
  std::vector<uint8_t> changed_item, decide_rank;
  if (incremental) {
    changed_item.assign(n, 0);
    decide_rank.assign(order.Ordered().size(), 0);
    for (size_t i = 0; i < n; ++i) changed_item[i] = scope->changed.count(items[i]->doc_id) > 0;
    for (const auto* set : {&scope->changed, &scope->redecide}) {
      for (const std::string& d : *set) {
        if (document_of.count(d)) decide_rank[order.Rank(d)] = 1;
      }
    }
    // A changed edition of a plan changes which pairs of its plan's other
    // editions are scored: every document from the earliest such edition on.
    uint32_t from_rank = UINT32_MAX;
    for (const EditionLinks::ItemLink& l : editions.links()) {
      if (changed_item[l.from] || changed_item[l.to]) {
        from_rank = std::min({from_rank, doc_rank[l.from], doc_rank[l.to]});
      }
    }
    for (size_t r = from_rank; r < decide_rank.size(); ++r) decide_rank[r] = 1;
  }
  auto decided = [&](uint32_t later) { return !incremental || decide_rank[doc_rank[later]]; };
  // Theme cues and the continuation cue are read from each item's fields
  // right after its terms, while the tokenizer still holds their tokens.
  std::vector<CueHits> cue_hits(n);
  std::vector<uint8_t> continues_cue(n, 0);
  TfIdfOptions tfidf = o.tfidf;
  tfidf.headline_vectors = o.headline_min_cosine > 0;
  TfIdfModel model = TfIdfModel::Build(items, impl_->weights, tokenizer, tfidf, [&](size_t i) {
    cue_hits[i] = impl_->themes.Cues(*items[i], tokenizer);
    continues_cue[i] = impl_->HasContinuesCue(items[i]->text, tokenizer);
  }, &impl_->synonyms, scope ? scope->held : nullptr, scope ? scope->taken : nullptr);
  std::vector<std::vector<std::string>> numbers(n);
  for (size_t i = 0; i < n; ++i) {
    numbers[i] = DecisionNumbersOf(*items[i], document_of.at(items[i]->doc_id), known_numbers);
  }
  // Committee papers (committee_papers.h): which items are decisions of
  // one, and the subject each names (a minute: its heading; a report's or
  // record's decision: its paper's title).
  std::vector<uint8_t> committee(n, 0), decision(n, 0), filed(n, 0);
  std::vector<std::vector<std::string>> subject(n);
  for (size_t i = 0; i < n; ++i) {
    const DocumentRecord& d = *document_of.at(items[i]->doc_id);
    committee[i] = IsCommitteePaper(d.doc_type);
    decision[i] = committee[i] && IsDecisionKind(items[i]->kind);
    const bool minutes = d.doc_type == std::optional<std::string>("minutes");
    const bool paper = d.doc_type == std::optional<std::string>("report") ||
                       d.doc_type == std::optional<std::string>("record_of_decision");
    filed[i] = committee[i] && !minutes && !paper;
    if (!decision[i]) continue;
    std::string key = minutes ? SubjectKey(items[i]->section.value_or(""))
                              : paper ? SubjectKey(d.title) : std::string();
    if (!key.empty()) subject[i].push_back(std::move(key));
  }
  // Pairs the convention speaks for: a decision of a committee paper with
  // an item of another, or items of two papers filed with a meeting (an
  // appendix's measures, a register's rows). An aim of a report and a
  // finding of an assessment typed as its appendix are left to the scores.
  auto committee_pair = [&](uint32_t a, uint32_t b) {
    return committee[a] && committee[b] && (decision[a] || decision[b] || (filed[a] && filed[b]));
  };
  auto same_meeting = [&](uint32_t a, uint32_t b) {
    return SameMeetingDate(document_of.at(items[a]->doc_id)->date,
                           document_of.at(items[b]->doc_id)->date);
  };
  auto different_numbers = [&](uint32_t a, uint32_t b) {
    return !numbers[a].empty() && !numbers[b].empty();  // the same number pairs by identity
  };
  // Identity links other than by number, keyed by (min, max) item:
  // why they hold.
  std::map<std::pair<uint32_t, uint32_t>, std::string> identity_why;
  auto unordered = [](uint32_t a, uint32_t b) { return std::make_pair(std::min(a, b), std::max(a, b)); };
  // A minute whose heading names a report or record of the same meeting
  // resolves its recommendations, however it words them (not two minutes:
  // a heading names the paper considered, not another body's minute).
  for (const IdentityPair& p : IdentityPairs(subject, doc_rank, model.vectors())) {
    const DocumentRecord& da = *document_of.at(items[p.a]->doc_id);
    const DocumentRecord& db = *document_of.at(items[p.b]->doc_id);
    if (da.doc_type == db.doc_type && da.doc_type == std::optional<std::string>("minutes")) continue;
    if (different_numbers(p.a, p.b) || !same_meeting(p.a, p.b)) continue;
    const bool a_minutes = da.doc_type == std::optional<std::string>("minutes");
    const bool b_minutes = db.doc_type == std::optional<std::string>("minutes");
    const DocumentRecord& paper = a_minutes ? db : da;
    identity_why[unordered(p.a, p.b)] =
        a_minutes || b_minutes ? "the minute's heading names the paper: " + paper.title
                               : "same paper title: " + paper.title;
  }

  std::vector<ItemFeatures> features(n);
  std::unordered_map<std::string, uint32_t> function_bit;
  std::set<std::string> weak(o.weak_kinds.begin(), o.weak_kinds.end());
  std::vector<uint32_t> cue_df(impl_->themes.num_cues(), 0);
  for (size_t i = 0; i < n; ++i) {
    ItemFeatures& f = features[i];
    f.vector = &model.vectors()[i];
    for (const auto& [cue, w] : cue_hits[i]) ++cue_df[cue];
    f.themes = impl_->themes.ProfileOf(cue_hits[i]);
    f.theme_norm_squared = ThemeNormSquared(f.themes);
    f.top_themes = impl_->themes.Top(f.themes);
    for (const OwnerRecord& owner : items[i]->owners) {
      if (!owner.title.empty()) f.owners.push_back(owner.title);
    }
    std::sort(f.owners.begin(), f.owners.end());
    f.owners.erase(std::unique(f.owners.begin(), f.owners.end()), f.owners.end());
    f.owner_functions = impl_->owner_functions.Of(f.owners);
    for (const std::string& fn : f.owner_functions) {
      auto [it, added] = function_bit.emplace(fn, static_cast<uint32_t>(function_bit.size()));
      if (it->second < 64) f.owner_function_bits |= uint64_t{1} << it->second;
    }
    f.weak_kind = weak.count(items[i]->kind) > 0;
    f.continues_cue = continues_cue[i] != 0;
  }

  // Concept vectors: the cues found, weighted by field and idf (the
  // scope's held frequencies, when given: term_basis.h).
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
    for (const auto& [cue, w] : cue_hits[i]) {
      double x = w * cue_idf[cue];
      v.emplace_back(cue, static_cast<float>(x));
      norm += x * x;
    }
    norm = std::sqrt(norm);
    for (auto& e : v) e.second = static_cast<float>(e.second / norm);
  }

  // Candidate pairs (c, q), c's document processed before q's, turned
  // earlier -> later by what the documents say (document_order.h).
  std::unordered_map<uint64_t, Direction> directions;
  auto direction = [&](uint32_t first, uint32_t second) -> const Direction& {
    const uint64_t key = (static_cast<uint64_t>(doc_rank[first]) << 32) | doc_rank[second];
    auto it = directions.find(key);
    if (it == directions.end()) {
      it = directions.emplace(key, order.Compare(items[first]->doc_id, items[second]->doc_id)).first;
    }
    return it->second;
  };
  // Incremental: an item's vector keeps only terms of two items or more,
  // and the index matches it on its heaviest few. A term an unchanged item
  // shared with no other unchanged item but shares with a changed one is
  // new in its vector: when it is among the heaviest few, the terms it is
  // matched on differ, and its document is decided again (link_scope.h).
  if (incremental) {
    const size_t query_terms = o.candidates.query_terms;
    std::vector<float> weights;
    std::vector<uint32_t> unchanged_holders(model.num_terms(), 0);
    std::vector<uint8_t> changed_holds(model.num_terms(), 0);
    for (size_t i = 0; i < n; ++i) {
      for (const auto& [term, w] : model.vectors()[i]) {
        if (changed_item[i]) {
          changed_holds[term] = 1;
        } else {
          ++unchanged_holders[term];
        }
      }
    }
    for (size_t i = 0; i < n; ++i) {
      const SparseVector& v = model.vectors()[i];
      if (changed_item[i] || v.size() <= query_terms || decide_rank[doc_rank[i]]) continue;
      weights.clear();
      for (const auto& [term, w] : v) weights.push_back(w);
      std::nth_element(weights.begin(), weights.begin() + query_terms, weights.end(),
                       std::greater<float>());
      const float after_cut = weights[query_terms];  // the heaviest left out
      const float cut = *std::min_element(weights.begin(), weights.begin() + query_terms);
      // Ties at the cut are not followed (see docs/decisions.md, issue 16
      // incremental: what is not exact).
      (void)after_cut;
      bool differs = false;
      for (const auto& [term, w] : v) {
        if (!differs && w >= cut && unchanged_holders[term] == 1 && changed_holds[term]) differs = true;
      }
      if (differs) decide_rank[doc_rank[i]] = 1;
    }
  }
  std::vector<std::vector<uint32_t>> earlier_of(n);
  {
    CandidateScope candidate_scope;
    std::vector<uint8_t> met_changed;
    std::vector<std::vector<uint32_t>> candidates;
    if (!incremental) {
      candidates = FindCandidates(model.vectors(), doc_rank, model.num_terms(), o.candidates);
    }
    // Incremental: documents ranked before every decided one are not
    // matched (their items' candidates are all ranked lower still). A
    // decided document may make another decided (link_scope.h), maybe one
    // ranked lower: then matching starts again from there.
    uint32_t matched_from = UINT32_MAX;
    while (incremental) {
      const uint32_t first = static_cast<uint32_t>(
          std::find(decide_rank.begin(), decide_rank.end(), 1) - decide_rank.begin());
      if (first >= matched_from) break;
      matched_from = first;
      candidate_scope.match_from_rank = first;
      candidate_scope.changed = &changed_item;
      candidate_scope.met_changed = &met_changed;
      candidates = FindCandidates(model.vectors(), doc_rank, model.num_terms(), o.candidates,
                                  &candidate_scope);
      for (uint32_t q = 0; q < n; ++q) {
        if (met_changed[q]) decide_rank[doc_rank[q]] = 1;
      }
      // A pair whose dates run against the processing order (an undated
      // paper placed by its items' dates, papers told apart by kind) is
      // decided as a link into the lower-ranked document: whatever reached
      // a decided document reached those.
      const std::vector<std::string>& ordered = order.Ordered();
      for (size_t r = ordered.size(); r-- > 0;) {
        if (!decide_rank[r]) continue;
        for (size_t lower = 0; lower < r; ++lower) {
          if (!decide_rank[lower] && order.Compare(ordered[lower], ordered[r]).sign > 0) {
            decide_rank[lower] = 1;
          }
        }
      }
    }
    for (uint32_t q = 0; q < n; ++q) {
      counted.candidate_pairs += candidates[q].size();
      for (uint32_t c : candidates[q]) {
        // Different decision numbers: different decisions, however alike
        // their wording; the same number: an identity link (below).
        if (!numbers[c].empty() && !numbers[q].empty()) continue;
        if (decision[c] && decision[q] && same_meeting(c, q) &&
            !ConflictingFigures(*items[c], *items[q]) &&
            SameDecisionWording(items[c]->text, items[q]->text)) {
          identity_why.emplace(unordered(c, q), "same decision wording");
        }
        const bool q_first = direction(c, q).sign > 0;
        const uint32_t earlier = q_first ? q : c, later = q_first ? c : q;
        // Against the processing order, the earlier-ranked item is the
        // later one: its other pairs are not all matched here.
        if (incremental && q_first && decided(q) && !decided(c)) scope->order_unsettled = true;
        if (!decided(later)) continue;
        if (editions.MayScore(earlier, later)) earlier_of[later].push_back(earlier);
      }
    }
    for (auto& list : earlier_of) std::sort(list.begin(), list.end());
  }
  const std::vector<uint64_t> headline_best = HeadlineMatches(
      model.TakeHeadlineVectors(), earlier_of, doc_rank, o.headline_min_cosine);
  // Papers an earlier paper hands its work on to, as (earlier, later) ranks.
  std::set<std::pair<uint32_t, uint32_t>> hand_overs;
  if (o.handover_min_items > 0) {
    for (const auto& [naming, named] :
         FindHandOvers(documents, items, impl_->weights, tokenizer, o.handover_min_items)) {
      // Only forward in time, as dated: papers of one meeting (same date,
      // ordered by kind) are one bundle, not a follow-up of each other.
      const Direction d = order.Compare(naming, named);
      const std::optional<int> months = order.MonthsApart(naming, named);
      if (d.sign < 0 && d.note.empty() && months && *months >= 1 &&
          *months <= o.continues_max_years * 12) {
        hand_overs.emplace(order.Rank(naming), order.Rank(named));
      }
    }
  }
  auto handed_over = [&](uint32_t from, uint32_t to) {
    return hand_overs.count({doc_rank[from], doc_rank[to]}) > 0;
  };
  // A continuation cue counts only between papers close in time.
  std::map<std::pair<uint32_t, uint32_t>, bool> close_papers;
  auto cue_applies = [&](uint32_t from, uint32_t to) {
    if (!features[to].continues_cue) return false;
    auto [it, added] = close_papers.emplace(std::make_pair(doc_rank[from], doc_rank[to]), true);
    if (added) {
      const std::optional<int> months = order.MonthsApart(items[from]->doc_id, items[to]->doc_id);
      it->second = !months || *months <= o.continues_max_years * 12;
    }
    return it->second;
  };
  std::vector<uint64_t> passage_best;  // filled with the scores, below
  // Only at the full link score: a continuation-cue item's lower threshold
  // admits its one best source, not passage sources.
  auto from_passage = [&](uint32_t from, uint32_t to, double score) {
    return score >= o.link_score &&
           std::binary_search(passage_best.begin(), passage_best.end(),
                              static_cast<uint64_t>(from) << 32 | to);
  };
  // 12 bytes a pair: the score parts are computed again for the links kept.
  struct Scored {
    uint32_t from;
    uint32_t to;
    float score;
  };
  // Every candidate pair at or above the thresholds.
  std::vector<Scored> scored;
  std::vector<Scored> handed;  // pairs of papers in a hand-over
  std::vector<Scored> headline;  // headline matches (headline_match.h) at the link score
  // (earlier, later) pairs where the earlier item is the clear best
  // candidate for one passage of the later item (LinkOptions::
  // passage_min_cosine): a later item that takes up several earlier aims,
  // one an action, keeps each. Found in the same walk of each candidate as
  // its score. (earlier << 32 | later), sorted: looked up for every pair kept.
  const bool passage_rule = o.passage_min_cosine > 0;
  struct PassageBest {
    double best = 0, second = 0;
    uint32_t from = 0;
  };
  std::vector<PassageBest> passage_rank;
  DenseVector later_vector(model.num_terms());
  LaterItemTerms later_terms(model.num_terms());
  LaterItemTerms::Sums sums;
  std::vector<uint8_t> phrase(model.num_terms());
  for (size_t t = 0; t < phrase.size(); ++t) phrase[t] = model.IsPhrase(static_cast<uint32_t>(t));
  for (uint32_t later = 0; later < n; ++later) {
    if (!decided(later)) continue;
    const std::vector<SparseVector>& passages = model.passage_vectors()[later];
    later_terms.Assign(features[later].vector, passage_rule ? &passages : nullptr);
    passage_rank.assign(passage_rule ? passages.size() : 0, PassageBest{});
    for (uint32_t earlier : earlier_of[later]) {
      // The cosine, the shared words and the passages' cosines in one
      // walk of the earlier vector.
      later_terms.Walk(*features[earlier].vector, phrase, &sums);
      for (size_t k = 0; k < passage_rank.size(); ++k) {
        PassageBest& r = passage_rank[k];
        const double d = sums.passages[k];
        if (d > r.best || (d == r.best && earlier < r.from)) {
          r.second = r.best;
          r.best = d;
          r.from = earlier;
        } else if (d > r.second) {
          r.second = d;
        }
      }
      if (UnlinkedKinds(*items[earlier], *items[later], o)) continue;
      ++counted.scored_pairs;
      // A pair with too few shared words is dropped before the rest of its
      // score is computed (it would be dropped after).
      if (sums.shared_words < o.min_shared_words) continue;
      PairScore s = ScorePairWithText(features[earlier], features[later], o, sums.text);
      if (committee_pair(earlier, later)) {
        // The same decision seen again, or nothing.
        if (decision[earlier] && decision[later] && s.score >= o.committee_link_score &&
            !ConflictingFigures(*items[earlier], *items[later])) {
          scored.push_back({earlier, later, static_cast<float>(s.score)});
        }
        continue;
      }
      if (handed_over(earlier, later)) {
        if (s.score >= o.handover_link_score) {
          handed.push_back({earlier, later, static_cast<float>(s.score)});
        }
        continue;
      }
      if (s.score >= o.link_score && IsHeadlineMatch(headline_best, earlier, later)) {
        headline.push_back({earlier, later, static_cast<float>(s.score)});
      }
      const double threshold = cue_applies(earlier, later)
                                   ? std::min(o.link_score, o.continues_link_score)
                                   : o.link_score;
      if (s.score >= threshold && s.text >= o.min_text) {
        scored.push_back({earlier, later, static_cast<float>(s.score)});
      }
    }
    // The margin keeps a passage that several earlier items match about
    // equally (a generic action on "performance") from naming one.
    for (const PassageBest& r : passage_rank) {
      if (r.best >= o.passage_min_cosine && r.best >= o.passage_min_margin * r.second) {
        passage_best.push_back(static_cast<uint64_t>(r.from) << 32 | later);
      }
    }
  }
  std::sort(passage_best.begin(), passage_best.end());
  passage_best.erase(std::unique(passage_best.begin(), passage_best.end()), passage_best.end());
  // Selection within groups of pairs that share one end and the other
  // end's document: the best few, each a share of the group's best.
  DistinctEvidenceGroup evidence(model.num_terms());
  auto select = [&](std::vector<Scored>& pairs, bool by_later, size_t max_count,
                    double min_ratio) {
    auto key = [&](const Scored& x) {
      return by_later ? std::make_pair(x.to, doc_rank[x.from]) : std::make_pair(x.from, doc_rank[x.to]);
    };
    std::sort(pairs.begin(), pairs.end(), [&](const Scored& a, const Scored& b) {
      if (key(a) != key(b)) return key(a) < key(b);
      if (a.score != b.score) return a.score > b.score;
      return by_later ? a.from < b.from : a.to < b.to;
    });
    std::vector<Scored> out;
    for (size_t k = 0; k < pairs.size();) {
      size_t e = k;
      while (e < pairs.size() && key(pairs[e]) == key(pairs[k])) ++e;
      size_t limit = max_count;
      if (by_later && cue_applies(pairs[k].from, pairs[k].to)) {
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
        if (ok || (by_later && from_passage(pairs[j].from, pairs[j].to, pairs[j].score))) {
          out.push_back(pairs[j]);
          if (!by_later) evidence.Keep(model.vectors()[partner]);
          ++kept;
        }
      }
      k = e;
    }
    pairs = std::move(out);
  };
  select(scored, /*by_later=*/true, o.max_links_per_item, o.min_ratio_to_best);
  // Across earlier documents: a later item's links from one document must
  // hold up against its best link from any document, so a 2023 item that
  // plainly restates a 2018 aim is not also tied to a 2019 measure that
  // merely shares some words with it.
  {
    std::unordered_map<uint32_t, double> best_of_later;
    for (const Scored& s : scored) {
      double& b = best_of_later[s.to];
      b = std::max(b, static_cast<double>(s.score));
    }
    std::erase_if(scored, [&](const Scored& s) {
      return s.score < o.min_ratio_to_best_any_document * best_of_later[s.to] &&
             !from_passage(s.from, s.to, s.score);
    });
  }
  select(scored, /*by_later=*/false, o.max_links_per_earlier_doc, o.min_ratio_to_best_later);
  std::vector<Scored> final_links = std::move(scored);
  AddMissingLinks(final_links, std::move(headline));  // headline matches the selection left out

  // Hand-overs: each earlier item to its one best item of the later paper,
  // a risk or decision only when no other kind reaches the score.
  {
    std::sort(handed.begin(), handed.end(), [&](const Scored& a, const Scored& b) {
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
  std::map<std::pair<uint32_t, uint32_t>, std::string> identity_number;
  for (const IdentityPair& p : IdentityPairs(numbers, doc_rank, model.vectors())) {
    uint32_t from = p.a, to = p.b;
    if (direction(p.a, p.b).sign > 0) std::swap(from, to);
    if (!editions.MayScore(from, to) || !decided(to)) continue;
    final_links.push_back({from, to, 1.0f});
    identity_number[{from, to}] = p.number;
    identity_why.erase(unordered(from, to));
  }
  // Identity by heading or wording: replaces the pair's scored link.
  std::map<std::pair<uint32_t, uint32_t>, std::string> identity_other;
  std::erase_if(final_links, [&](const Scored& x) {
    return identity_number.count({x.from, x.to}) == 0 &&
           identity_why.count(unordered(x.from, x.to)) > 0;
  });
  for (const auto& [pair, why] : identity_why) {
    uint32_t from = pair.first, to = pair.second;
    if (direction(from, to).sign > 0) std::swap(from, to);
    if (!editions.MayScore(from, to) || !decided(to)) continue;
    final_links.push_back({from, to, 1.0f});
    identity_other[{from, to}] = why;
  }
  // Edition links: an item and its copy in the plan's next edition.
  std::map<std::pair<uint32_t, uint32_t>, const EditionLinks::ItemLink*> edition_link;
  for (const EditionLinks::ItemLink& l : editions.links()) {
    if (!decided(l.to)) continue;
    final_links.push_back({l.from, l.to, 1.0f});
    edition_link[{l.from, l.to}] = &l;
  }
  std::erase_if(final_links, [&](const Scored& x) { return x.score < o.min_score; });
  std::sort(final_links.begin(), final_links.end(), [&](const Scored& a, const Scored& b) {
    if (doc_rank[a.to] != doc_rank[b.to]) return doc_rank[a.to] < doc_rank[b.to];
    if (a.to != b.to) return a.to < b.to;
    if (a.score != b.score) return a.score > b.score;
    return a.from < b.from;
  });

  for (const Scored& s : final_links) {
    if (auto e = edition_link.find({s.from, s.to}); e != edition_link.end()) {
      LinkRecord link{ItemRef(*items[s.from]), ItemRef(*items[s.to]), e->second->relation, 1.0,
                      e->second->why};
      sink(std::move(link));
      continue;
    }
    later_vector.Assign(features[s.to].vector);  // links come grouped by later item
    const PairScore parts = ScorePair(features[s.from], features[s.to], o, &later_vector);
    LinkRecord link;
    link.from = ItemRef(*items[s.from]);
    link.to = ItemRef(*items[s.to]);
    const auto number = identity_number.find({s.from, s.to});
    const auto other = identity_other.find({s.from, s.to});
    const bool identity = number != identity_number.end() || other != identity_other.end();
    // Committee papers link the same decision only (committee_papers.h).
    const bool same_decision = identity || committee_pair(s.from, s.to);
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
      link.relation =
          DecideRelation(parts, handed_over(s.from, s.to) || cue_applies(s.from, s.to), o);
    }
    for (std::string& w : ExplainPair(features[s.from], features[s.to], parts, model,
                                      impl_->themes, o, &later_vector)) {
      link.why.push_back(std::move(w));
    }
    if (!same_decision && handed_over(s.from, s.to)) {
      link.why.push_back("the earlier paper names the later paper as where its work goes on");
    } else if (!same_decision && cue_applies(s.from, s.to)) {
      link.why.push_back("the later item continues or monitors earlier work");
    }
    if (!same_decision && IsHeadlineMatch(headline_best, s.from, s.to)) {
      link.why.push_back("its own text reads most like the later item's, of that paper");
    }
    if (!same_decision && from_passage(s.from, s.to, parts.score)) {
      link.why.push_back("one action or sentence of the later item matches it best");
    }
    const Direction& d = doc_rank[s.from] < doc_rank[s.to] ? direction(s.from, s.to)
                                                           : direction(s.to, s.from);
    if (!d.note.empty()) link.why.push_back(d.note);
    sink(std::move(link));
  }
  if (stats) *stats = counted;
  if (incremental) {
    scope->decided.clear();
    for (size_t r = 0; r < decide_rank.size(); ++r) {
      if (decide_rank[r]) scope->decided.push_back(order.Ordered()[r]);
    }
  }
}

std::vector<LinkRecord> Linker::Link(const std::vector<DocumentRecord>& documents,
                                     const std::vector<ItemRecord>& items) const {
  std::vector<LinkRecord> out;
  Link(documents, items, [&](LinkRecord&& link) { out.push_back(std::move(link)); });
  return out;
}

}  // namespace plantrace

#include "pipeline/link/linker.h"

#include <memory>
#include <string>
#include <utility>

#include "pipeline/editions/edition_links.h"
#include "pipeline/link/headline_match.h"
#include "pipeline/link/link_candidates.h"
#include "pipeline/link/link_emission.h"
#include "pipeline/link/link_inputs.h"
#include "pipeline/link/link_pair_rules.h"
#include "pipeline/link/link_scoring.h"
#include "pipeline/link/link_selection.h"
#include "pipeline/link/owner_functions.h"
#include "pipeline/link/pair_directions.h"
#include "pipeline/link/synonyms.h"
#include "pipeline/link/term_weights.h"
#include "pipeline/shared/data_files.h"
#include "text/tokenize.h"

namespace plantrace {

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

// The stages, in order: the items' facts (link_inputs.h), candidates
// (link_candidates.h), the rules between pairs (link_pair_rules.h),
// scores (link_scoring.h), selection (link_selection.h) and the records
// (link_emission.h).
void Linker::Link(const std::vector<DocumentRecord>& documents,
                  const std::vector<ItemRecord>& all_items, const LinkSink& sink,
                  Stats* stats, LinkScope* scope) const {
  Stats counted;
  const LinkOptions& o = impl_->options;
  Tokenizer tokenizer;
  const DocumentOrder order(documents, all_items);
  LinkInputs in = GatherLinkItems(documents, all_items, order);
  // Editions of one plan: their items are linked by the pairing, not scored.
  const EditionLinks editions(documents, in.items, in.doc_rank);
  if (scope && scope->incremental) MarkIncrementalScope(in, order, editions, *scope);
  PrepareCueHits(in);
  TfIdfOptions tfidf = o.tfidf;
  tfidf.headline_vectors = o.headline_min_cosine > 0;
  TfIdfModel model = TfIdfModel::Build(in.items, impl_->weights, tokenizer, tfidf, [&](size_t i) {
    in.cue_hits[i] = impl_->themes.Cues(*in.items[i], tokenizer);
    in.continues_cue[i] = impl_->HasContinuesCue(in.items[i]->text, tokenizer);
  }, &impl_->synonyms, scope ? scope->held : nullptr, scope ? scope->taken : nullptr);
  ReadDecisionFacts(in);
  IdentityWhy identity_why = IdentityBySubject(in, model.vectors());
  const std::vector<ItemFeatures> features =
      BuildItemFeatures(in, model, impl_->themes, impl_->owner_functions, o, scope);

  PairDirections direction(order, in.items, in.doc_rank);
  const std::vector<std::vector<uint32_t>> earlier_of = FindEarlierItems(
      in, model, order, editions, direction, o, scope, identity_why, counted.candidate_pairs);
  PairRules rules(in, features, order, o);
  rules.SetHeadlineBest(HeadlineMatches(model.TakeHeadlineVectors(), earlier_of, in.doc_rank,
                                        o.headline_min_cosine));
  rules.FindHandOverPapers(documents, impl_->weights, tokenizer);
  ScoredPairs pairs =
      ScoreCandidates(in, features, model, earlier_of, rules, o, counted.scored_pairs);
  const SelectedLinks selected = SelectLinks(std::move(pairs), in, features, model, editions,
                                             direction, rules, std::move(identity_why), o);
  EmitLinks(selected, in, features, model, impl_->themes, direction, rules, o, sink);

  if (stats) *stats = counted;
  if (in.incremental) {
    scope->decided.clear();
    for (size_t r = 0; r < in.decide_rank.size(); ++r) {
      if (in.decide_rank[r]) scope->decided.push_back(order.Ordered()[r]);
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

#pragma once
// The score of one candidate link (an earlier item, a later item) and how
// it reads to a researcher.
//
//   score = kind_factor x (text_weight  x TF-IDF cosine
//                        + theme_weight x cosine of theme profiles
//                        + concept_weight x cosine of theme-cue vectors
//                        + owner_weight x share of owner functions in common)
//                      / (text_weight + theme_weight + concept_weight + owner_weight)
//
// a weighted mean of similarities that each lie in [0, 1], so the score
// does too: 1 is the same text, themes and owner functions (and an
// identity link, the same decision number); 0 nothing in common.
//
// The relation: `continues` when the later item's own text carries a
// continuation cue ("continue", "build on", "monitor", "taken forward",
// "already", "retain", ...) and the later paper came within
// continues_max_years of the earlier, or when the earlier paper hands its
// work on to the later one (hand_over.h); else `recurs` when the score
// reaches recurs_score, else `related`.

#include <string>
#include <vector>

#include "pipeline/link/candidate_index.h"
#include "pipeline/link/tfidf.h"
#include "pipeline/link/themes.h"

namespace plantrace {

// Every threshold and weight of linking, with the defaults tuned on the
// visible answers (tests/gold/links.json) only. See docs/decisions.md.
struct LinkOptions {
  TfIdfOptions tfidf;
  CandidateOptions candidates;
  ThemeOptions themes;

  // Cosines between long council texts are small (0.05-0.3 for true
  // links), hence the large text weight.
  double text_weight = 3.0;
  double theme_weight = 0.3;
  double concept_weight = 0.0;  // cosine of idf-weighted theme cues found
  // Owner titles change with every restructure (City Solicitor ->
  // Monitoring Officer), so owners are compared by the function behind the
  // title (data/owner_functions.tsv): |shared| / min(|functions|).
  double owner_weight = 0.1;
  // Applied when either item is of a kind in `weak_kinds` (a risk or a
  // cabinet decision is rarely the same thing as a plan's recommendation).
  double weak_kind_factor = 0.85;
  std::vector<std::string> weak_kinds = {"risk", "decision"};

  // Thresholds on the score in [0, 1] (the raw sums of the first tuning,
  // 0.45 and 0.37, over the weights' total 3.4).
  // A risk names a threat, a decision an act: neither the BCC answers (2015
  // risks, 2024 Cabinet decisions) nor the Kent ones (a budget risk register
  // beside the Cabinet minutes) ever link the two.
  std::vector<std::pair<std::string, std::string>> unlinked_kinds = {{"risk", "decision"}};
  // One shared word ("capital", "reserves") is no evidence of the same
  // recommendation, however rare the word.
  size_t min_shared_words = 2;

  double link_score = 0.1324;    // a link is kept at or above this score
  // Between two committee papers (committee_papers.h) a scored link is the
  // same decision seen again or nothing: kept from this score, between
  // decisions or recommendations, as `recurs`. Tuned on the Kent Cabinet
  // papers of 30 January 2025 (true pairs 0.46 and up, others 0.29 and
  // below), checked on the County Council papers of 9 January.
  double committee_link_score = 0.35;
  double min_text = 0.0;         // ... and at or above this text cosine
  double recurs_score = 0.15;    // recurs (vs related) at or above this
  // Every link output, identity links included, reaches this (`link
  // --min-score`); 0 leaves the selection above alone.
  double min_score = 0.0;
  // Selection, both ways: a later item keeps its best earlier items of
  // each earlier document, an earlier item its best later items of each
  // later document; "best" is relative, a share of the best score there.
  size_t max_links_per_item = 4;        // links into one later item from one earlier document
  double min_ratio_to_best = 0.8;       // ... each at least this share of its best
  double min_ratio_to_best_any_document = 0.7;  // ... and this share of its best over all earlier documents
  size_t max_links_per_earlier_doc = 4; // links from one item into one later document
  double min_ratio_to_best_later = 0.7; // ... each at least this share of its best
  // One-to-many: each link of an earlier item into a later document past
  // its best needs this share of its text cosine from terms that none of
  // the item's better links there shares (distinct_evidence.h): a short
  // heading tied to four aims through the one word "culture" keeps one.
  // (Many-to-one is left to the passages below.) 0 turns this off.
  double min_distinct_evidence = 0.4;
  // A later item that says it continues earlier work ("already", "retain",
  // "continue", see continues_cues) names one thing it builds on: its best
  // earlier item of each document is a candidate from a lower score, and
  // only that (the ratio over all documents and the earlier side's
  // selection still apply).
  double continues_link_score = 0.1088;
  size_t continues_max_links = 1;
  // A later item whose passages (actions, or the sentences of its text)
  // take up different earlier aims, as a 2023 recommendation on values and
  // behaviours with one action on appraisal: when an earlier item is the
  // clear best match of one passage (TF-IDF cosine of the passage with the
  // earlier item at least passage_min_cosine and passage_min_margin times
  // the passage's second-best candidate), their link is kept whatever the
  // later item's stronger sources: the later side's count and ratios (also
  // continues_max_links and the ratio over all documents) do not apply to
  // it; link_score (not the lower continues_link_score) and the earlier
  // item's own selection do.
  // passage_min_cosine 0 turns this off.
  double passage_min_cosine = 0.08;
  double passage_min_margin = 1.5;

  // Continuation cues, matched on stems in the later item's text.
  std::vector<std::string> continues_cues = {
      "continue", "continuing", "build on", "building on", "monitor", "monitoring of",
      "taken forward", "take forward", "retain", "already", "expand", "follow up",
      "sustain", "maintain", "further embed"};

  // A continuation cue makes a link `continues` (and lowers its threshold)
  // only when the later paper came at most this many years after the
  // earlier one: a plan five years on that "continues" to rebuild
  // partnerships takes up the theme again (`recurs`), it does not follow
  // up that plan. Papers whose dates are both unknown count as close.
  double continues_max_years = 2.0;
  // Hand-overs (hand_over.h): an earlier paper with at least
  // handover_min_items items naming the title of a paper dated one month
  // to continues_max_years later. Each of its
  // items then links to its one best item of that later paper (not a
  // risk or decision while any other kind reaches the score), from this
  // score, as `continues`; 0 items turns this off.
  size_t handover_min_items = 2;
  double handover_link_score = 0.1;

  // Headline matches (headline_match.h): an earlier item and a later item
  // whose own texts match each other best between their two papers, at
  // this cosine or more, are linked from link_score whatever either item's
  // selection. Tuned on the 2018/2019/2023 BCC pairs (their highest false
  // pair 0.20, lowest true 0.24); 0 turns this off.
  double headline_min_cosine = 0.22;

  size_t why_terms = 6;  // shared terms named in `why`
};

// What the scorer needs to know of one item.
struct ItemFeatures {
  const SparseVector* vector = nullptr;
  ThemeProfile themes;
  // ThemeNormSquared(themes), set once by whoever sets `themes`; negative
  // when not set (the scorer then computes it per pair).
  double theme_norm_squared = -1;
  SparseVector concepts;             // theme cues found, idf-weighted, L2-normalised
  std::vector<uint32_t> top_themes;  // ThemeLexicon::Top(themes)
  std::vector<std::string> owners;   // canonical titles, sorted, unique
  std::vector<std::string> owner_functions;  // OwnerFunctions::Of(owners)
  uint64_t owner_function_bits = 0;  // the same as a set of bits (the linker numbers them)
  bool weak_kind = false;
  bool continues_cue = false;
};

struct PairScore {
  double text = 0;   // TF-IDF cosine
  double theme = 0;  // theme-profile cosine
  double concepts = 0;  // cosine of the theme-cue vectors
  double owner = 0;  // |shared owner functions| / min(|owner functions|)
  double score = 0;
};

// `later_vector`, when given, holds later.vector (DenseVector::Assign):
// the same score, found faster for many pairs with one later item.
PairScore ScorePair(const ItemFeatures& earlier, const ItemFeatures& later,
                    const LinkOptions& options, const DenseVector* later_vector = nullptr);
// The same with the text cosine already known (DenseVector::DotAndSharedWords).
PairScore ScorePairWithText(const ItemFeatures& earlier, const ItemFeatures& later,
                            const LinkOptions& options, double text);

// "recurs" | "continues" | "related".
// `continues` when the later item continues the earlier one (its cue
// within continues_max_years, or a hand-over), else by score.
std::string DecideRelation(const PairScore& score, bool continues, const LinkOptions& options);

// The `why` list: "shared terms: budget, mtfs, medium term financial",
// "theme: Financial planning & sustainability", "same owner: Monitoring
// Officer", "continuation cue in the later item". `later_vector`, when it
// holds later.vector, finds the shared terms by lookup (the same terms).
std::vector<std::string> ExplainPair(const ItemFeatures& earlier, const ItemFeatures& later,
                                     const PairScore& score, const TfIdfModel& model,
                                     const ThemeLexicon& lexicon, const LinkOptions& options,
                                     const DenseVector* later_vector = nullptr);
// How many of a pair's strongest shared terms the `why` looks at (phrases
// and words; a word a listed phrase shows is then left out).
size_t WhyTermsLooked(const LinkOptions& options);
// The same `why` with those terms already found
// (TfIdfModel::TopShared(earlier.vector, later.vector, WhyTermsLooked(options))).
std::vector<std::string> ExplainPair(const ItemFeatures& earlier, const ItemFeatures& later,
                                     const TfIdfModel& model, const ThemeLexicon& lexicon,
                                     const LinkOptions& options,
                                     const std::vector<uint32_t>& top_shared);

}  // namespace plantrace

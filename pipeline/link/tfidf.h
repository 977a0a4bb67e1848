#pragma once
// TF-IDF vectors of items for text similarity across plans.
//
// An item's text is its `text`, `section`, `actions`, `deliverables` and
// `updates`, each field with its own weight (a plan's aim counts more than a
// progress note about it). Terms are word stems (text/tokenize.h) and,
// optionally, pairs of adjacent content stems ("medium term", "code
// conduct"), so that shared phrases count more than shared words. A term's
// weight is field-weighted sublinear tf x smoothed idf x its TermWeights
// multiplier; vectors are L2-normalised, so their dot product is the cosine.

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "model/records.h"

namespace plantrace {

class TermWeights;
class Synonyms;
struct TermBasis;
class Tokenizer;

struct TfIdfOptions {
  double text_weight = 1.0;          // the recommendation / aim itself
  double section_weight = 0.3;       // the heading it sits under
  double action_weight = 0.6;        // actions
  double deliverable_weight = 0.5;   // deliverables / outputs
  double update_weight = 0.25;       // progress updates
  double bigram_weight = 0.7;        // adjacent content-stem pairs, relative to words
  // A finding's actions are what an assessor reports being done, in its
  // own narrative words (docs/decisions.md, issue 16 second pass): they
  // stay out of its vector (this weight) and count as its passages only.
  std::vector<std::string> narrated_kinds = {"finding"};
  double narrated_action_weight = 0.0;
  // Also weigh each item's `text` alone (its headline: "Effective
  // Communications and Marketing", a finding's heading), as a passage is
  // weighed (headline_match.h).
  bool headline_vectors = true;
};

// (term id, weight), sorted by term id.
using SparseVector = std::vector<std::pair<uint32_t, float>>;

double Dot(const SparseVector& a, const SparseVector& b);

// One vector spread over every term id, for the dot products of one item
// with each of its candidates: a lookup per term of the other vector
// instead of a merge of the two. The shared terms are met in the same
// order as by Dot(), so the sums are the same to the bit.
class DenseVector {
 public:
  explicit DenseVector(size_t num_terms) : weight_(num_terms, 0.0f) {}
  // Replaces the vector held (nothing to do when it is `v` already).
  void Assign(const SparseVector* v);
  const SparseVector* held() const { return held_; }
  // Dot(other, held()).
  double Dot(const SparseVector& other) const;
  // The held vector's weight of `term` (0 when it lacks the term).
  float Weight(uint32_t term) const { return term < weight_.size() ? weight_[term] : 0.0f; }

 private:
  std::vector<float> weight_;
  const SparseVector* held_ = nullptr;
};

class TfIdfModel {
 public:
  // Builds vectors for `items` (in that order; none null). `after_item(i)`,
  // if given, runs once item i's fields have been read with `tokenizer`:
  // a caller that reads the same fields there finds them in the
  // tokenizer's recent texts (Tokenizer::Tokens) instead of splitting
  // them again.
  // `synonyms`, if given, rewrites each text's tokens (synonyms.h) before
  // they are counted, in items and passages alike.
  // `held`, if given, gives the idf (term_basis.h) instead of the items'
  // own document frequencies; `taken`, if given, receives the items' own.
  static TfIdfModel Build(const std::vector<const ItemRecord*>& items, const TermWeights& weights,
                          Tokenizer& tokenizer, const TfIdfOptions& options,
                          const std::function<void(size_t)>& after_item = {},
                          const Synonyms* synonyms = nullptr, const TermBasis* held = nullptr,
                          TermBasis* taken = nullptr);

  const std::vector<SparseVector>& vectors() const { return vectors_; }
  // One vector per passage (pipeline/passages.h) of each item, weighted as the items'.
  const std::vector<std::vector<SparseVector>>& passage_vectors() const { return passage_vectors_; }
  // Each item's `text` alone, weighted as its passages (none unless
  // TfIdfOptions::headline_vectors), handed over to the caller (the model
  // keeps none: they are needed once, before pairs are scored).
  std::vector<SparseVector> TakeHeadlineVectors() { return std::move(headline_vectors_); }
  // Term ids run from 0 to num_terms() - 1 and name only terms of two items
  // or more (no other term can be shared, so none is kept in a vector).
  size_t num_terms() const { return num_terms_; }
  // How a term reads to a person: the most frequent word (or pair) that
  // gave it ("financial", "medium term").
  const std::string& Display(uint32_t term) const { return display_[term]; }
  bool IsPhrase(uint32_t term) const { return phrase_[term]; }
  // Document frequency (items containing the term).
  uint32_t Df(uint32_t term) const { return df_[term]; }

  // The terms that contribute most to the cosine of a and b, largest first
  // (ties by display text), at most `limit`.
  std::vector<uint32_t> TopShared(const SparseVector& a, const SparseVector& b,
                                  size_t limit) const;
  // The same with b held in a DenseVector: each of a's terms looked up
  // instead of a merge of the two (same terms, same order, same products).
  // `dot`, if given, receives b.Dot(a) from the same walk (the same
  // products added in the same order: the same double to the bit), so a
  // kept link's cosine and its `why` terms cost one walk, not two.
  std::vector<uint32_t> TopShared(const SparseVector& a, const DenseVector& b, size_t limit,
                                  double* dot = nullptr) const;

 private:
  // The `limit` largest (product, term) of `shared`, ties by display text.
  std::vector<uint32_t> Strongest(std::vector<std::pair<double, uint32_t>>& shared,
                                  size_t limit) const;

  size_t num_terms_ = 0;
  std::vector<std::string> display_;
  std::vector<bool> phrase_;
  std::vector<uint32_t> df_;
  std::vector<SparseVector> vectors_;
  std::vector<std::vector<SparseVector>> passage_vectors_;
  std::vector<SparseVector> headline_vectors_;
};

}  // namespace plantrace

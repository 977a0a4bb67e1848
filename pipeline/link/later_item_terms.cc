#include "pipeline/link/later_item_terms.h"

namespace plantrace {

LaterItemTerms::LaterItemTerms(size_t num_terms) : terms_(num_terms) {}

void LaterItemTerms::Assign(const SparseVector* vector, const std::vector<SparseVector>* passages) {
  if (vector == vector_ && passages == passage_vectors_) return;
  if (vector_) {
    for (const auto& [term, w] : *vector_) terms_[term].weight = 0.0f;
  }
  if (passage_vectors_) {
    for (const SparseVector& p : *passage_vectors_) {
      for (const auto& [term, w] : p) terms_[term].passages = kNone;
    }
  }
  entries_.clear();
  vector_ = vector;
  passage_vectors_ = passages;
  if (vector_) {
    for (const auto& [term, w] : *vector_) terms_[term].weight = w;
  }
  if (passage_vectors_) {
    for (uint32_t k = 0; k < passage_vectors_->size(); ++k) {
      for (const auto& [term, w] : (*passage_vectors_)[k]) {
        entries_.push_back({k, w, terms_[term].passages});
        terms_[term].passages = static_cast<uint32_t>(entries_.size() - 1);
      }
    }
  }
}

void LaterItemTerms::Walk(const SparseVector& earlier, const std::vector<uint8_t>& phrase,
                          Sums* sums) const {
  double text = 0;
  size_t words = 0;
  const size_t num_passages = passage_vectors_ ? passage_vectors_->size() : 0;
  sums->passages.assign(num_passages, 0.0);
  for (const auto& [term, w] : earlier) {
    if (term >= terms_.size()) continue;
    const Term& t = terms_[term];
    if (t.weight != 0.0f) {
      text += static_cast<double>(w) * t.weight;
      words += phrase[term] == 0;
    }
    // A passage holds a term once, so each passage's sum takes this
    // term's product once, in the order of the earlier vector's terms.
    for (uint32_t e = t.passages; e != kNone; e = entries_[e].next) {
      sums->passages[entries_[e].passage] += static_cast<double>(w) * entries_[e].weight;
    }
  }
  sums->text = text;
  sums->shared_words = words;
}

}  // namespace plantrace

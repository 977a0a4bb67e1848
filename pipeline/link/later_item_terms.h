#pragma once
// One later item's vector and its passages' vectors spread over the term
// ids, so that each of its earlier candidates is walked once for three
// things the linker needs of the pair: the text cosine, the words shared
// (not phrases), and the cosine of each of the later item's passages with
// the earlier item (the passage rule, linker.cc). Each sum meets its shared
// terms in the order Dot() does (ascending term id) and adds the same
// products, so the sums are Dot()'s to the bit.
//
//   LaterItemTerms later(model.num_terms());
//   later.Assign(&model.vectors()[q], &model.passage_vectors()[q]);
//   LaterItemTerms::Sums s;
//   later.Walk(model.vectors()[e], phrase, &s);  // s.text == Dot(v[e], v[q]) ...

#include <cstdint>
#include <vector>

#include "pipeline/link/tfidf.h"

namespace plantrace {

class LaterItemTerms {
 public:
  explicit LaterItemTerms(size_t num_terms);
  // Replaces the item held (nothing to do when it is `vector` already).
  void Assign(const SparseVector* vector, const std::vector<SparseVector>* passages);
  const SparseVector* held() const { return vector_; }

  struct Sums {
    double text = 0;                 // Dot(earlier, held vector)
    size_t shared_words = 0;         // shared terms with phrase[term] == 0
    std::vector<double> passages;    // Dot(earlier, passage k), one a passage
  };
  void Walk(const SparseVector& earlier, const std::vector<uint8_t>& phrase, Sums* sums) const;

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  struct Term {
    float weight = 0.0f;          // in the item's vector (0: not in it; weights are > 0)
    uint32_t passages = kNone;    // first entry of the passages that have the term
  };
  struct Entry {
    uint32_t passage;
    float weight;
    uint32_t next;
  };
  std::vector<Term> terms_;
  std::vector<Entry> entries_;
  const SparseVector* vector_ = nullptr;
  const std::vector<SparseVector>* passage_vectors_ = nullptr;
};

}  // namespace plantrace

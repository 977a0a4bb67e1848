#include "pipeline/link/tfidf.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_map>

#include "pipeline/link/pair_term_ids.h"
#include "pipeline/link/passages.h"
#include "pipeline/link/synonyms.h"
#include "pipeline/link/term_basis.h"
#include "pipeline/link/term_weights.h"
#include "text/tokenize.h"

namespace plantrace {

double Dot(const SparseVector& a, const SparseVector& b) {
  const SparseVector& small = a.size() <= b.size() ? a : b;
  const SparseVector& large = a.size() <= b.size() ? b : a;
  // A passage (a few terms) against a whole item (hundreds): look each of
  // its terms up rather than walk the item. The shared terms are met in the
  // same order as by the merge below, so the sum is the same to the bit.
  if (small.size() * 8 < large.size()) {
    double s = 0;
    auto from = large.begin();
    for (const auto& [term, weight] : small) {
      from = std::lower_bound(from, large.end(), term,
                              [](const auto& e, uint32_t t) { return e.first < t; });
      if (from == large.end()) break;
      if (from->first == term) {
        s += static_cast<double>(weight) * from->second;
        ++from;
      }
    }
    return s;
  }
  double s = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      s += static_cast<double>(a[i].second) * b[j].second;
      ++i;
      ++j;
    }
  }
  return s;
}

void DenseVector::Assign(const SparseVector* v) {
  if (v == held_) return;
  if (held_) {
    for (const auto& [term, w] : *held_) weight_[term] = 0.0f;
  }
  held_ = v;
  if (held_) {
    for (const auto& [term, w] : *held_) weight_[term] = w;
  }
}

double DenseVector::Dot(const SparseVector& other) const {
  // Weights are > 0 (TfIdfModel keeps no other), so 0 means "not held".
  double s = 0;
  for (const auto& [term, w] : other) {
    const float x = term < weight_.size() ? weight_[term] : 0.0f;
    if (x != 0.0f) s += static_cast<double>(w) * x;
  }
  return s;
}

namespace {

bool AllDigits(const std::string& s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

// The content tokens of a text: a stop word neither counts nor breaks a
// phrase ("code of conduct"); bare numbers (years, paragraph numbers) and
// single letters (list labels "(c)", initials) name no subject.
bool IsContent(const Token& t, const TermWeights& weights) {
  return weights.Of(t.stem) > 0 && !AllDigits(t.folded) && t.folded.size() >= 2;
}

constexpr uint32_t kNoTerm = UINT32_MAX;

// A word as read (case-folded): whether it is content and, if so, its word
// term (both follow from the folded word, whose stem is fixed), and how
// often it was counted, to pick how a term reads. One lookup a token.
struct Form {
  uint32_t term = kNoTerm;  // kNoTerm: not a content word
  uint32_t count = 0;
};

struct Vocabulary {
  std::unordered_map<std::string, uint32_t> word_ids;   // stem -> term
  PairTermIds pair_ids;                                 // (term, term) -> term
  std::vector<std::string> terms;                       // the stem; empty for a pair
  std::vector<bool> phrase;
  std::vector<std::pair<uint32_t, uint32_t>> parts;     // a pair's two word terms
  std::unordered_map<std::string, uint32_t> form_ids;   // folded word -> forms[]
  std::vector<Form> forms;
  std::vector<const std::string*> form_text;            // the keys of form_ids

  uint32_t WordTerm(const std::string& stem) {
    // find first: emplace would build a node (a copy of the stem) only to
    // throw it away when the stem is known.
    auto it = word_ids.find(stem);
    if (it == word_ids.end()) {
      it = word_ids.emplace(stem, static_cast<uint32_t>(terms.size())).first;
      terms.push_back(stem);
      phrase.push_back(false);
      parts.emplace_back(0, 0);
    }
    return it->second;
  }
  // The token's form, added when new: its word term is handed out when
  // the form is first met as content, the moment a term is first needed.
  Form& FormOf(const Token& t, const TermWeights& weights) {
    auto it = form_ids.find(t.folded);
    if (it == form_ids.end()) {
      Form f;
      if (IsContent(t, weights)) f.term = WordTerm(t.stem);
      it = form_ids.emplace(t.folded, static_cast<uint32_t>(forms.size())).first;
      forms.push_back(f);
      form_text.push_back(&it->first);
    }
    return forms[it->second];
  }
  // Lookups that add nothing (a passage's terms are its item's): the
  // token's word term, or kNoTerm for a content word the vocabulary lacks;
  // false when the token is not content.
  bool FindWord(const Token& t, const TermWeights& weights, uint32_t* term) const {
    auto it = form_ids.find(t.folded);
    if (it != form_ids.end()) {
      *term = forms[it->second].term;
      return *term != kNoTerm;
    }
    // A form no item had may still share an item's stem.
    if (!IsContent(t, weights)) return false;
    auto w = word_ids.find(t.stem);
    *term = w == word_ids.end() ? kNoTerm : w->second;
    return true;
  }
  std::optional<uint32_t> FindPair(uint32_t a, uint32_t b) const { return pair_ids.Find(a, b); }
  uint32_t Pair(uint32_t a, uint32_t b) {
    bool added = false;
    const uint32_t id = pair_ids.FindOrAdd(a, b, static_cast<uint32_t>(terms.size()), &added);
    if (added) {
      // A pair is known by its parts; its text is never read (Display is
      // built from the parts' forms).
      terms.emplace_back();
      phrase.push_back(true);
      parts.emplace_back(a, b);
    }
    return id;
  }
};

// Raw term frequencies of one item (or passage), summed over term ids in a
// flat array: the same sums, in the same order, as a map would hold.
class TermCounts {
 public:
  void Add(uint32_t term, double w) {
    if (term >= sum_.size()) sum_.resize(std::max<size_t>(term + 1, 2 * sum_.size()), 0.0);
    if (sum_[term] == 0.0) touched_.push_back(term);  // weights are > 0
    sum_[term] += w;
  }
  // (term, frequency) by term, and the counts emptied for the next text.
  std::vector<std::pair<uint32_t, double>> Take() {
    std::sort(touched_.begin(), touched_.end());
    std::vector<std::pair<uint32_t, double>> out;
    out.reserve(touched_.size());
    for (uint32_t t : touched_) {
      out.emplace_back(t, sum_[t]);
      sum_[t] = 0.0;
    }
    touched_.clear();
    return out;
  }

 private:
  std::vector<double> sum_;
  std::vector<uint32_t> touched_;
};

// Counts one text's content terms and adjacent content pairs into `tf`,
// each at `weight`. `word(t, &id)` is false for a token that is not content
// (skipped: it neither counts nor breaks a pair); else `id` is its term, or
// kNoTerm to leave it out (which also breaks the pair with the next one).
// `pair` gives a pair's term, or nothing to leave it out.
template <typename WordId, typename PairId>
void CountTerms(const std::string& text, double weight, const TfIdfOptions& options,
                Tokenizer& tokenizer, const Synonyms* synonyms, WordId word, PairId pair,
                TermCounts& tf) {
  if (weight <= 0 || text.empty()) return;
  uint32_t prev = kNoTerm;
  std::vector<Token> rewritten;
  const std::vector<Token>& tokens =
      synonyms ? synonyms->Rewrite(tokenizer.Tokens(text), rewritten) : tokenizer.Tokens(text);
  for (const Token& t : tokens) {
    uint32_t id = kNoTerm;
    if (!word(t, &id)) continue;
    if (id != kNoTerm) {
      tf.Add(id, weight);
      if (prev != kNoTerm && options.bigram_weight > 0) {
        if (std::optional<uint32_t> p = pair(prev, id)) tf.Add(*p, weight * options.bigram_weight);
      }
    }
    prev = id;
  }
}

// Adds one field's terms to the item's raw term frequencies (and to the
// vocabulary).
void AddField(const std::string& text, double field_weight, const TermWeights& weights,
              const TfIdfOptions& options, Tokenizer& tokenizer, const Synonyms* synonyms,
              Vocabulary& vocab, TermCounts& tf) {
  CountTerms(
      text, field_weight, options, tokenizer, synonyms,
      [&](const Token& t, uint32_t* id) {
        Form& f = vocab.FormOf(t, weights);
        if (f.term == kNoTerm) return false;
        ++f.count;
        *id = f.term;
        return true;
      },
      [&](uint32_t a, uint32_t b) -> std::optional<uint32_t> { return vocab.Pair(a, b); }, tf);
}

// A passage's term frequencies over terms the vocabulary already has
// (its item's, read first): the vocabulary, and so term ids and how terms
// read in `why`, do not depend on passages. A term no item has (its field
// weighs 0) is left out.
std::vector<std::pair<uint32_t, double>> PassageTerms(const std::string& text,
                                                      const TermWeights& weights,
                                                      const TfIdfOptions& options,
                                                      Tokenizer& tokenizer,
                                                      const Synonyms* synonyms,
                                                      const Vocabulary& vocab,
                                                      uint32_t known_terms, TermCounts& tf) {
  // Only terms numbered below `known_terms` (those the vocabulary had when
  // the item was read): ids are handed out in order, so this is the
  // vocabulary as it stood then, whatever later items added.
  CountTerms(
      text, 1.0, options, tokenizer, synonyms,
      [&](const Token& t, uint32_t* id) {
        if (!vocab.FindWord(t, weights, id)) return false;
        if (*id != kNoTerm && *id >= known_terms) *id = kNoTerm;
        return true;
      },
      [&](uint32_t a, uint32_t b) -> std::optional<uint32_t> {
        std::optional<uint32_t> id = vocab.FindPair(a, b);
        if (id && *id < known_terms) return id;
        return std::nullopt;
      },
      tf);
  return tf.Take();
}

}  // namespace

TfIdfModel TfIdfModel::Build(const std::vector<const ItemRecord*>& items, const TermWeights& weights,
                             Tokenizer& tokenizer, const TfIdfOptions& options,
                             const std::function<void(size_t)>& after_item,
                             const Synonyms* synonyms, const TermBasis* held,
                             TermBasis* taken) {
  Vocabulary vocab;
  TermCounts tf;
  std::vector<std::vector<std::pair<uint32_t, double>>> raw(items.size());
  // How many terms the vocabulary had once each item was read (its
  // passages are counted later, over the vocabulary as it stood then).
  std::vector<uint32_t> known_terms(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    const ItemRecord& item = *items[i];
    AddField(item.text, options.text_weight, weights, options, tokenizer, synonyms, vocab, tf);
    if (item.section) {
      AddField(*item.section, options.section_weight, weights, options, tokenizer, synonyms, vocab, tf);
    }
    const bool narrated = std::find(options.narrated_kinds.begin(), options.narrated_kinds.end(),
                                    item.kind) != options.narrated_kinds.end();
    for (const std::string& a : item.actions) {
      AddField(a, narrated ? options.narrated_action_weight : options.action_weight, weights, options, tokenizer, synonyms, vocab, tf);
    }
    for (const std::string& d : item.deliverables) {
      AddField(d, options.deliverable_weight, weights, options, tokenizer, synonyms, vocab, tf);
    }
    for (const UpdateRecord& u : item.updates) {
      AddField(u.text, options.update_weight, weights, options, tokenizer, synonyms, vocab, tf);
    }
    raw[i] = tf.Take();
    known_terms[i] = static_cast<uint32_t>(vocab.terms.size());
    if (after_item) after_item(i);
  }

  TfIdfModel m;
  const size_t n_terms = vocab.terms.size();
  std::vector<uint32_t> df(n_terms, 0);
  for (const auto& r : raw) {
    for (const auto& [id, f] : r) ++df[id];
  }
  // Only terms of two items or more reach a vector (below): they are
  // numbered again from 0 in the same order, so the tables spread over the
  // term ids (DenseVector, the inverted index) are as small as they can be
  // while every vector keeps its order and every sum its terms' order.
  std::vector<uint32_t> shared_id(n_terms, kNoTerm);
  uint32_t num_shared = 0;
  for (size_t t = 0; t < n_terms; ++t) {
    if (df[t] > 1) shared_id[t] = num_shared++;
  }
  // Term multipliers: a phrase weighs as its lighter word.
  std::vector<double> mult(n_terms, 1.0);
  for (size_t t = 0; t < n_terms; ++t) {
    if (!vocab.phrase[t]) mult[t] = weights.Of(vocab.terms[t]);
  }
  for (size_t t = 0; t < n_terms; ++t) {
    if (vocab.phrase[t]) mult[t] = std::min(mult[vocab.parts[t].first], mult[vocab.parts[t].second]);
  }
  // A term's idf, once per term rather than once per item that has it:
  // from these items' frequencies, or from a held basis (term_basis.h).
  auto key = [&](size_t t) {
    return vocab.phrase[t] ? PhraseKey(vocab.terms[vocab.parts[t].first], vocab.terms[vocab.parts[t].second])
                           : vocab.terms[t];
  };
  std::vector<double> idf(n_terms);
  if (taken) {
    taken->items = items.size();
    taken->terms.clear();
    for (size_t t = 0; t < n_terms; ++t) {
      if (df[t] > 1) taken->terms.emplace(key(t), TermBasis::Term{df[t], {}});
    }
  }
  if (held) {
    const double n = static_cast<double>(held->items);
    for (size_t t = 0; t < n_terms; ++t) idf[t] = std::log((1.0 + n) / (1.0 + held->Df(key(t)))) + 1.0;
  } else {
    const double n = static_cast<double>(items.size());
    for (size_t t = 0; t < n_terms; ++t) idf[t] = std::log((1.0 + n) / (1.0 + df[t])) + 1.0;
  }
  // Items and their passages are weighted alike.
  auto weigh = [&](const std::vector<std::pair<uint32_t, double>>& r) {
    SparseVector v;
    double norm = 0;
    for (const auto& [id, f] : r) {
      // Sublinear tf, continuous at 1: a light field's single mention counts
      // its field weight, repeated mentions grow with the log.
      double tf = f <= 1 ? f : 1.0 + std::log(f);
      double w = tf * idf[id] * mult[id];
      if (w <= 0) continue;
      v.emplace_back(id, static_cast<float>(w));
      norm += w * w;
    }
    norm = std::sqrt(norm);
    if (norm > 0) {
      for (auto& [id, w] : v) w = static_cast<float>(w / norm);
    }
    // A term of one item only can add to no dot product with another item:
    // it counts in the norm above, then leaves the vector (at scale most
    // pairs of words are such terms).
    std::erase_if(v, [&](const auto& e) { return df[e.first] <= 1; });
    for (auto& e : v) e.first = shared_id[e.first];
    v.shrink_to_fit();
    return v;
  };
  m.vectors_.resize(items.size());
  m.passage_vectors_.resize(items.size());
  if (options.headline_vectors) m.headline_vectors_.resize(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    m.vectors_[i] = weigh(raw[i]);
    std::vector<std::pair<uint32_t, double>>().swap(raw[i]);
    // Each passage on its own, over the terms the vocabulary had once the
    // item was read (PassageTerms), not counted in df. Counted here, item
    // by item, rather than held for every item until the df are known (the
    // peak of linking 100,000 items).
    for (const std::string& a : Passages(*items[i])) {
      m.passage_vectors_[i].push_back(
          weigh(PassageTerms(a, weights, options, tokenizer, synonyms, vocab, known_terms[i], tf)));
    }
    if (options.headline_vectors) {
      m.headline_vectors_[i] = weigh(
          PassageTerms(items[i]->text, weights, options, tokenizer, synonyms, vocab, known_terms[i], tf));
    }
  }
  // How each shared term reads, then the tables by the new numbers.
  std::vector<std::string> display(n_terms);
  // Each shared word reads as its most frequent form; ties go to the
  // alphabetically first (deterministic, whatever order forms are met in).
  std::vector<uint32_t> best(n_terms, 0);
  for (size_t f = 0; f < vocab.forms.size(); ++f) {
    const Form& form = vocab.forms[f];
    if (form.term == kNoTerm || df[form.term] <= 1) continue;  // only shared terms are ever shown
    const std::string& text = *vocab.form_text[f];
    std::string& shown = display[form.term];
    if (form.count > best[form.term] || (form.count == best[form.term] && text < shown)) {
      best[form.term] = form.count;
      shown = text;
    }
  }
  // A held basis says how its words read (term_basis.h); the basis taken
  // keeps how they read now.
  for (size_t t = 0; t < n_terms; ++t) {
    if (vocab.phrase[t] || df[t] <= 1) continue;
    if (held) {
      if (const std::string* shown = held->Shown(vocab.terms[t])) display[t] = *shown;
    }
    if (taken) taken->terms[vocab.terms[t]].shown = display[t];
  }
  for (size_t t = 0; t < n_terms; ++t) {
    if (vocab.phrase[t] && df[t] > 1) {
      display[t] = display[vocab.parts[t].first] + " " + display[vocab.parts[t].second];
    }
  }
  m.num_terms_ = num_shared;
  m.phrase_.assign(num_shared, false);
  m.df_.assign(num_shared, 0);
  m.display_.resize(num_shared);
  for (size_t t = 0; t < n_terms; ++t) {
    if (shared_id[t] == kNoTerm) continue;
    m.phrase_[shared_id[t]] = vocab.phrase[t];
    m.df_[shared_id[t]] = df[t];
    m.display_[shared_id[t]] = std::move(display[t]);
  }
  return m;
}

std::vector<uint32_t> TfIdfModel::TopShared(const SparseVector& a, const SparseVector& b,
                                            size_t limit) const {
  // At most the shorter vector's terms: one allocation, not one per doubling.
  std::vector<std::pair<double, uint32_t>> shared;
  shared.reserve(std::min(a.size(), b.size()));
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      shared.emplace_back(static_cast<double>(a[i].second) * b[j].second, a[i].first);
      ++i;
      ++j;
    }
  }
  return Strongest(shared, limit);
}

std::vector<uint32_t> TfIdfModel::TopShared(const SparseVector& a, const DenseVector& b,
                                            size_t limit, double* dot) const {
  // Weights are > 0, so 0 means "not in b" (as in DenseVector::Dot).
  std::vector<std::pair<double, uint32_t>> shared;
  shared.reserve(b.held() ? std::min(a.size(), b.held()->size()) : a.size());
  double s = 0;
  for (const auto& [term, w] : a) {
    const float x = b.Weight(term);
    if (x == 0.0f) continue;
    const double product = static_cast<double>(w) * x;
    s += product;
    shared.emplace_back(product, term);
  }
  if (dot) *dot = s;
  return Strongest(shared, limit);
}

std::vector<uint32_t> TfIdfModel::Strongest(std::vector<std::pair<double, uint32_t>>& shared,
                                            size_t limit) const {
  const size_t keep = std::min(limit, shared.size());
  if (keep == 0) return {};
  if (shared.size() > keep) {
    // Only a product at or above the keep-th largest can be among the
    // strongest: the others leave before the sort, which then compares
    // display texts (on equal products) among far fewer terms. Displays of
    // shared terms differ, so the order is total and the result the same.
    std::nth_element(shared.begin(), shared.begin() + (keep - 1), shared.end(),
                     [](const auto& x, const auto& y) { return x.first > y.first; });
    const double floor = shared[keep - 1].first;
    std::erase_if(shared, [floor](const auto& x) { return x.first < floor; });
  }
  std::partial_sort(shared.begin(), shared.begin() + keep, shared.end(),
                    [this](const auto& x, const auto& y) {
                      if (x.first != y.first) return x.first > y.first;
                      return display_[x.second] < display_[y.second];
                    });
  std::vector<uint32_t> out(keep);
  for (size_t k = 0; k < keep; ++k) out[k] = shared[k].second;
  return out;
}

}  // namespace plantrace

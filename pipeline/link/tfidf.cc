#include "pipeline/link/tfidf.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_map>

#include "pipeline/link/passages.h"
#include "pipeline/link/synonyms.h"
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

struct Vocabulary {
  std::unordered_map<std::string, uint32_t> word_ids;   // stem -> term
  std::unordered_map<uint64_t, uint32_t> pair_ids;      // (term, term) -> term
  std::vector<std::string> terms;                       // the stem; empty for a pair
  std::vector<bool> phrase;
  std::vector<std::pair<uint32_t, uint32_t>> parts;     // a pair's two word terms
  // word term -> folded form -> count, to pick how the word reads.
  std::vector<std::unordered_map<std::string, uint32_t>> forms;

  uint32_t Word(const Token& t) {
    // find first: emplace would build a node (a copy of the stem) for
    // every token only to throw it away when the stem is known.
    auto it = word_ids.find(t.stem);
    if (it == word_ids.end()) {
      it = word_ids.emplace(t.stem, static_cast<uint32_t>(terms.size())).first;
      terms.push_back(t.stem);
      phrase.push_back(false);
      parts.emplace_back(0, 0);
      forms.emplace_back();
    }
    ++forms[it->second][t.folded];
    return it->second;
  }
  // Lookups that add nothing: a passage's terms are its item's.
  std::optional<uint32_t> FindWord(const std::string& stem) const {
    auto it = word_ids.find(stem);
    if (it == word_ids.end()) return std::nullopt;
    return it->second;
  }
  std::optional<uint32_t> FindPair(uint32_t a, uint32_t b) const {
    auto it = pair_ids.find((static_cast<uint64_t>(a) << 32) | b);
    if (it == pair_ids.end()) return std::nullopt;
    return it->second;
  }
  uint32_t Pair(uint32_t a, uint32_t b) {
    uint64_t key = (static_cast<uint64_t>(a) << 32) | b;
    auto it = pair_ids.find(key);
    if (it == pair_ids.end()) {
      it = pair_ids.emplace(key, static_cast<uint32_t>(terms.size())).first;
      // A pair is known by its parts; its text is never read (Display is
      // built from the parts' forms).
      terms.emplace_back();
      phrase.push_back(true);
      parts.emplace_back(a, b);
      forms.emplace_back();
    }
    return it->second;
  }
};

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

// Counts one text's content terms and adjacent content pairs into `tf`,
// each at `weight`. `word` and `pair` give a term's id, or nothing to skip
// it (a skipped word also breaks the pair with the next one).
template <typename WordId, typename PairId>
void CountTerms(const std::string& text, double weight, const TermWeights& weights,
                const TfIdfOptions& options, Tokenizer& tokenizer, const Synonyms* synonyms,
                WordId word, PairId pair, std::unordered_map<uint32_t, double>& tf) {
  if (weight <= 0 || text.empty()) return;
  std::optional<uint32_t> prev;
  std::vector<Token> rewritten;
  const std::vector<Token>& tokens =
      synonyms ? synonyms->Rewrite(tokenizer.Tokens(text), rewritten) : tokenizer.Tokens(text);
  for (const Token& t : tokens) {
    if (!IsContent(t, weights)) continue;
    std::optional<uint32_t> id = word(t);
    if (id) {
      tf[*id] += weight;
      if (prev && options.bigram_weight > 0) {
        if (std::optional<uint32_t> p = pair(*prev, *id)) tf[*p] += weight * options.bigram_weight;
      }
    }
    prev = id;
  }
}

// Adds one field's terms to the item's raw term frequencies (and to the
// vocabulary).
void AddField(const std::string& text, double field_weight, const TermWeights& weights,
              const TfIdfOptions& options, Tokenizer& tokenizer, const Synonyms* synonyms,
              Vocabulary& vocab, std::unordered_map<uint32_t, double>& tf) {
  CountTerms(
      text, field_weight, weights, options, tokenizer, synonyms,
      [&](const Token& t) -> std::optional<uint32_t> { return vocab.Word(t); },
      [&](uint32_t a, uint32_t b) -> std::optional<uint32_t> { return vocab.Pair(a, b); }, tf);
}

// A passage's term frequencies over terms the vocabulary already has
// (its item's, read first): the vocabulary, and so term ids and how terms
// read in `why`, do not depend on passages. A term no item has (its field
// weighs 0) is left out.
std::unordered_map<uint32_t, double> PassageTerms(const std::string& text,
                                                  const TermWeights& weights,
                                                  const TfIdfOptions& options,
                                                  Tokenizer& tokenizer, const Synonyms* synonyms,
                                                  const Vocabulary& vocab, uint32_t known_terms) {
  // Only terms numbered below `known_terms` (those the vocabulary had when
  // the item was read): ids are handed out in order, so this is the
  // vocabulary as it stood then, whatever later items added.
  auto known = [&](std::optional<uint32_t> id) -> std::optional<uint32_t> {
    if (id && *id < known_terms) return id;
    return std::nullopt;
  };
  std::unordered_map<uint32_t, double> tf;
  CountTerms(text, 1.0, weights, options, tokenizer, synonyms,
             [&](const Token& t) { return known(vocab.FindWord(t.stem)); },
             [&](uint32_t a, uint32_t b) { return known(vocab.FindPair(a, b)); }, tf);
  return tf;
}

}  // namespace

TfIdfModel TfIdfModel::Build(const std::vector<const ItemRecord*>& items, const TermWeights& weights,
                             Tokenizer& tokenizer, const TfIdfOptions& options,
                             const std::function<void(size_t)>& after_item,
                             const Synonyms* synonyms) {
  Vocabulary vocab;
  std::vector<std::vector<std::pair<uint32_t, double>>> raw(items.size());
  // How many terms the vocabulary had once each item was read (its
  // passages are counted later, over the vocabulary as it stood then).
  std::vector<uint32_t> known_terms(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    const ItemRecord& item = *items[i];
    std::unordered_map<uint32_t, double> tf;
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
    raw[i].assign(tf.begin(), tf.end());
    std::sort(raw[i].begin(), raw[i].end());
    known_terms[i] = static_cast<uint32_t>(vocab.terms.size());
    if (after_item) after_item(i);
  }

  TfIdfModel m;
  const size_t n_terms = vocab.terms.size();
  m.df_.assign(n_terms, 0);
  for (const auto& r : raw) {
    for (const auto& [id, f] : r) ++m.df_[id];
  }
  // Term multipliers: a phrase weighs as its lighter word.
  std::vector<double> mult(n_terms, 1.0);
  for (size_t t = 0; t < n_terms; ++t) {
    if (!vocab.phrase[t]) mult[t] = weights.Of(vocab.terms[t]);
  }
  for (size_t t = 0; t < n_terms; ++t) {
    if (vocab.phrase[t]) mult[t] = std::min(mult[vocab.parts[t].first], mult[vocab.parts[t].second]);
  }
  const double n = static_cast<double>(items.size());
  // Items and their passages are weighted alike.
  auto weigh = [&](const std::vector<std::pair<uint32_t, double>>& r) {
    SparseVector v;
    double norm = 0;
    for (const auto& [id, f] : r) {
      double idf = std::log((1.0 + n) / (1.0 + m.df_[id])) + 1.0;
      // Sublinear tf, continuous at 1: a light field's single mention counts
      // its field weight, repeated mentions grow with the log.
      double tf = f <= 1 ? f : 1.0 + std::log(f);
      double w = tf * idf * mult[id];
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
    std::erase_if(v, [&](const auto& e) { return m.df_[e.first] <= 1; });
    v.shrink_to_fit();
    return v;
  };
  m.vectors_.resize(items.size());
  m.passage_vectors_.resize(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    m.vectors_[i] = weigh(raw[i]);
    std::vector<std::pair<uint32_t, double>>().swap(raw[i]);
    // Each passage on its own, over the terms the vocabulary had once the
    // item was read (PassageTerms), not counted in df. Counted here, item
    // by item, rather than held for every item until the df are known (the
    // peak of linking 100,000 items).
    for (const std::string& a : Passages(*items[i])) {
      std::unordered_map<uint32_t, double> atf =
          PassageTerms(a, weights, options, tokenizer, synonyms, vocab, known_terms[i]);
      std::vector<std::pair<uint32_t, double>> r(atf.begin(), atf.end());
      std::sort(r.begin(), r.end());
      m.passage_vectors_[i].push_back(weigh(r));
    }
  }
  m.num_terms_ = n_terms;
  m.phrase_ = std::move(vocab.phrase);
  m.display_.resize(n_terms);
  for (size_t t = 0; t < n_terms; ++t) {
    if (m.phrase_[t] || m.df_[t] <= 1) continue;  // only shared terms are ever shown
    // Most frequent form; ties go to the alphabetically first (deterministic).
    uint32_t best = 0;
    for (const auto& [form, count] : vocab.forms[t]) {
      if (count > best || (count == best && form < m.display_[t])) {
        best = count;
        m.display_[t] = form;
      }
    }
  }
  for (size_t t = 0; t < n_terms; ++t) {
    if (m.phrase_[t] && m.df_[t] > 1) {
      m.display_[t] = m.display_[vocab.parts[t].first] + " " + m.display_[vocab.parts[t].second];
    }
  }
  return m;
}

std::vector<uint32_t> TfIdfModel::TopShared(const SparseVector& a, const SparseVector& b,
                                            size_t limit) const {
  std::vector<std::pair<double, uint32_t>> shared;
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
                                            size_t limit) const {
  // Weights are > 0, so 0 means "not in b" (as in DenseVector::Dot).
  std::vector<std::pair<double, uint32_t>> shared;
  for (const auto& [term, w] : a) {
    const float x = b.Weight(term);
    if (x != 0.0f) shared.emplace_back(static_cast<double>(w) * x, term);
  }
  return Strongest(shared, limit);
}

std::vector<uint32_t> TfIdfModel::Strongest(std::vector<std::pair<double, uint32_t>>& shared,
                                            size_t limit) const {
  const size_t keep = std::min(limit, shared.size());
  std::partial_sort(shared.begin(), shared.begin() + keep, shared.end(),
                    [this](const auto& x, const auto& y) {
                      if (x.first != y.first) return x.first > y.first;
                      return display_[x.second] < display_[y.second];
                    });
  std::vector<uint32_t> out;
  for (size_t k = 0; k < keep; ++k) out.push_back(shared[k].second);
  return out;
}

}  // namespace plantrace

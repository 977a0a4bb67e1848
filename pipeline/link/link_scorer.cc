#include "pipeline/link/link_scorer.h"

#include <algorithm>
#include <bit>
#include <set>

namespace plantrace {
namespace {

std::vector<std::string> Shared(const std::vector<std::string>& a,
                                const std::vector<std::string>& b) {
  std::vector<std::string> out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

std::string Join(const std::vector<std::string>& parts) {
  std::string s;
  for (const std::string& p : parts) {
    if (!s.empty()) s += ", ";
    s += p;
  }
  return s;
}

}  // namespace

PairScore ScorePair(const ItemFeatures& earlier, const ItemFeatures& later,
                    const LinkOptions& options, const DenseVector* later_vector) {
  double text = 0;
  if (earlier.vector && later.vector) {
    text = later_vector && later_vector->held() == later.vector ? later_vector->Dot(*earlier.vector)
                                                                : Dot(*earlier.vector, *later.vector);
  }
  return ScorePairWithText(earlier, later, options, text);
}

PairScore ScorePairWithText(const ItemFeatures& earlier, const ItemFeatures& later,
                            const LinkOptions& options, double text) {
  PairScore s;
  s.text = text;
  auto norm = [](const ItemFeatures& f) {
    return f.theme_norm_squared >= 0 ? f.theme_norm_squared : ThemeNormSquared(f.themes);
  };
  s.theme = ThemeSimilarity(earlier.themes, norm(earlier), later.themes, norm(later));
  // Weighed 0 (the default), the concepts add exactly 0 to the score:
  // their cosine is then not computed.
  if (options.concept_weight != 0) s.concepts = Dot(earlier.concepts, later.concepts);
  if (earlier.owner_function_bits != 0 && later.owner_function_bits != 0) {
    // Bits (set by the linker): no string compares per pair.
    const int fewer = std::min(std::popcount(earlier.owner_function_bits),
                               std::popcount(later.owner_function_bits));
    s.owner = static_cast<double>(
                  std::popcount(earlier.owner_function_bits & later.owner_function_bits)) /
              fewer;
  } else if (earlier.owner_function_bits == 0 && later.owner_function_bits == 0 &&
             !earlier.owner_functions.empty() && !later.owner_functions.empty()) {
    const size_t fewer = std::min(earlier.owner_functions.size(), later.owner_functions.size());
    s.owner = static_cast<double>(Shared(earlier.owner_functions, later.owner_functions).size()) /
              static_cast<double>(fewer);
  }
  const double total = options.text_weight + options.theme_weight + options.concept_weight +
                       options.owner_weight;
  s.score = options.text_weight * s.text + options.theme_weight * s.theme +
            options.concept_weight * s.concepts + options.owner_weight * s.owner;
  if (total > 0) s.score /= total;
  s.score = std::clamp(s.score, 0.0, 1.0);  // float rounding of a cosine may pass 1
  if (earlier.weak_kind || later.weak_kind) s.score *= options.weak_kind_factor;
  return s;
}

std::string DecideRelation(const PairScore& score, bool continues, const LinkOptions& options) {
  if (continues) return "continues";
  if (score.score >= options.recurs_score) return "recurs";
  return "related";
}

size_t WhyTermsLooked(const LinkOptions& options) { return 4 * options.why_terms; }

std::vector<std::string> ExplainPair(const ItemFeatures& earlier, const ItemFeatures& later,
                                     const PairScore& score, const TfIdfModel& model,
                                     const ThemeLexicon& lexicon, const LinkOptions& options,
                                     const DenseVector* later_vector) {
  (void)score;
  std::vector<uint32_t> top;
  if (earlier.vector && later.vector) {
    const size_t limit = WhyTermsLooked(options);
    top = later_vector && later_vector->held() == later.vector
              ? model.TopShared(*earlier.vector, *later_vector, limit)
              : model.TopShared(*earlier.vector, *later.vector, limit);
  }
  return ExplainPair(earlier, later, model, lexicon, options, top);
}

std::vector<std::string> ExplainPair(const ItemFeatures& earlier, const ItemFeatures& later,
                                     const TfIdfModel& model, const ThemeLexicon& lexicon,
                                     const LinkOptions& options,
                                     const std::vector<uint32_t>& top) {
  std::vector<std::string> why;
  if (earlier.vector && later.vector) {
    // Phrases first (they are the stronger evidence), then single words
    // that no listed phrase already shows.
    // Pointers to the model's display texts: nothing copied until the
    // line is joined.
    std::vector<const std::string*> phrases, words;
    phrases.reserve(top.size());
    words.reserve(top.size());
    for (uint32_t t : top) {
      if (model.IsPhrase(t)) phrases.push_back(&model.Display(t));
    }
    for (uint32_t t : top) {
      if (model.IsPhrase(t)) continue;
      const std::string& w = model.Display(t);
      bool shown = false;
      for (const std::string* phrase : phrases) {
        const std::string& p = *phrase;
        // The phrase starts with "w " or ends with " w". The space is
        // looked at first: most phrases have none where w would end or
        // start, and need no compare of the texts.
        if (p.size() <= w.size()) continue;
        const bool head = p[w.size()] == ' ' && p.compare(0, w.size(), w) == 0;
        const bool tail = p[p.size() - w.size() - 1] == ' ' &&
                          p.compare(p.size() - w.size(), std::string::npos, w) == 0;
        if (head || tail) {
          shown = true;
          break;
        }
      }
      if (!shown) words.push_back(&w);
    }
    std::string terms;
    size_t listed = 0;
    for (const auto* list : {&words, &phrases}) {
      for (const std::string* t : *list) {
        if (listed == options.why_terms) break;
        if (listed++ > 0) terms += ", ";
        terms += *t;
      }
    }
    if (listed > 0) why.push_back("shared terms: " + terms);
  }
  {
    std::vector<std::string> shared;
    for (size_t i = 0, j = 0; i < earlier.concepts.size() && j < later.concepts.size();) {
      if (earlier.concepts[i].first < later.concepts[j].first) {
        ++i;
      } else if (later.concepts[j].first < earlier.concepts[i].first) {
        ++j;
      } else {
        if (shared.size() < options.why_terms) shared.push_back(lexicon.CueText(earlier.concepts[i].first));
        ++i;
        ++j;
      }
    }
    if (!shared.empty()) why.push_back("shared concepts: " + Join(shared));
  }
  for (uint32_t t : earlier.top_themes) {
    if (std::find(later.top_themes.begin(), later.top_themes.end(), t) != later.top_themes.end()) {
      why.push_back("theme: " + lexicon.themes()[t].label);
    }
  }
  std::vector<std::string> owners = Shared(earlier.owners, later.owners);
  if (!owners.empty()) why.push_back("same owner: " + Join(owners));
  std::vector<std::string> functions = Shared(earlier.owner_functions, later.owner_functions);
  if (!functions.empty()) why.push_back("owners of the same function: " + Join(functions));
  return why;
}

}  // namespace plantrace

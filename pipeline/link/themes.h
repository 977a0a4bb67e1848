#pragma once
// Themes of items: a lexicon of cue words and phrases per theme
// (data/themes.tsv), matched on stems, gives each item a profile of theme
// strengths; its themes are the strongest ones. Used by the linker (shared
// themes count toward a link and are named in its `why`) and by
// `query --theme`.
//
//   Result<ThemeLexicon> lex = ThemeLexicon::Load(DataDir());
//   std::vector<std::string> ids = lex->ThemesOf(item);   // {"financial_planning", ...}

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/result.h"
#include "model/records.h"

namespace plantrace {

class Tokenizer;

struct Theme {
  std::string id;     // "financial_planning"
  std::string label;  // "Financial planning & sustainability"
};

struct ThemeOptions {
  // Field weights of a cue found in: the item's text or section / actions or
  // deliverables / updates. A theme's strength is the sum, over its distinct
  // cues found, of the best field weight each was found in.
  double text_weight = 2.0;
  double body_weight = 1.0;
  double update_weight = 0.5;
  size_t max_themes = 3;         // ThemesOf returns at most this many
  double min_strength = 1.0;     // ... each at least this strong
  double min_ratio = 0.3;        // ... and at least this share of the strongest
};

// Theme index -> strength, strongest first (ties: earlier theme in the file).
using ThemeProfile = std::vector<std::pair<uint32_t, double>>;
// Cue index -> the best field weight it was found in, by cue index.
using CueHits = std::vector<std::pair<uint32_t, double>>;

class ThemeLexicon {
 public:
  static Result<ThemeLexicon> Parse(std::string_view text, std::string_view where,
                                    Tokenizer& tokenizer, ThemeOptions options = {});
  // DataDir()/themes.tsv.
  static Result<ThemeLexicon> Load(ThemeOptions options = {});

  ThemeLexicon(ThemeLexicon&&) noexcept;
  ThemeLexicon& operator=(ThemeLexicon&&) noexcept;
  ~ThemeLexicon();

  const std::vector<Theme>& themes() const;
  const ThemeOptions& options() const;

  // All themes with any cue in the item.
  ThemeProfile Profile(const ItemRecord& item, Tokenizer& tokenizer) const;
  // The cues found in the item: concepts such as "code of conduct" or
  // "risk management", finer than themes.
  CueHits Cues(const ItemRecord& item, Tokenizer& tokenizer) const;
  ThemeProfile ProfileOf(const CueHits& cues) const;
  size_t num_cues() const;
  // The cue as written in the lexicon.
  const std::string& CueText(uint32_t cue) const;
  // The item's themes (ids), strongest first, per ThemeOptions.
  std::vector<std::string> ThemesOf(const ItemRecord& item, Tokenizer& tokenizer) const;
  // Same, making its own Tokenizer (convenient, slower for many items).
  std::vector<std::string> ThemesOf(const ItemRecord& item) const;
  // The theme indexes ThemesOf would return for a profile.
  std::vector<uint32_t> Top(const ThemeProfile& profile) const;

 private:
  struct Impl;
  explicit ThemeLexicon(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Cosine of two profiles, in [0, 1].
double ThemeSimilarity(const ThemeProfile& a, const ThemeProfile& b);
// The sum of a profile's squared strengths.
double ThemeNormSquared(const ThemeProfile& p);
// The same cosine with each profile's ThemeNormSquared() given, computed
// once per item rather than once per pair (the same result to the bit).
double ThemeSimilarity(const ThemeProfile& a, double a_norm_squared, const ThemeProfile& b,
                       double b_norm_squared);

}  // namespace plantrace

#include "pipeline/link/themes.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "pipeline/shared/data_files.h"
#include "text/tokenize.h"

namespace plantrace {
namespace {

struct Cue {
  std::string text;
  std::vector<std::string> stems;
  uint32_t theme = 0;
};

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t b = 0;
  while (b <= s.size()) {
    size_t e = s.find(sep, b);
    if (e == std::string::npos) e = s.size();
    out.push_back(s.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

}  // namespace

struct ThemeLexicon::Impl {
  ThemeOptions options;
  std::vector<Theme> themes;
  std::vector<Cue> cues;
  // First stem of a cue -> indexes of the cues starting with it.
  std::unordered_map<std::string, std::vector<uint32_t>> by_first;

  // For each cue found in `text`, raises best[cue] to `weight`.
  void Scan(const std::string& text, double weight, Tokenizer& tokenizer,
            std::map<uint32_t, double>& best) const {
    if (text.empty()) return;
    const std::vector<Token>& tokens = tokenizer.Tokens(text);
    for (size_t i = 0; i < tokens.size(); ++i) {
      auto it = by_first.find(tokens[i].stem);
      if (it == by_first.end()) continue;
      for (uint32_t c : it->second) {
        const std::vector<std::string>& stems = cues[c].stems;
        if (i + stems.size() > tokens.size()) continue;
        bool match = true;
        for (size_t k = 1; k < stems.size() && match; ++k) match = tokens[i + k].stem == stems[k];
        if (!match) continue;
        double& b = best[c];
        b = std::max(b, weight);
      }
    }
  }
};

ThemeLexicon::ThemeLexicon(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ThemeLexicon::ThemeLexicon(ThemeLexicon&&) noexcept = default;
ThemeLexicon& ThemeLexicon::operator=(ThemeLexicon&&) noexcept = default;
ThemeLexicon::~ThemeLexicon() = default;

const std::vector<Theme>& ThemeLexicon::themes() const { return impl_->themes; }
const ThemeOptions& ThemeLexicon::options() const { return impl_->options; }

Result<ThemeLexicon> ThemeLexicon::Parse(std::string_view text, std::string_view where,
                                         Tokenizer& tokenizer, ThemeOptions options) {
  Result<std::vector<TsvRow>> rows = ParseTsv(text, where, 3, 3);
  if (!rows.ok()) return rows.status();
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  std::set<std::vector<std::string>> seen;
  for (const TsvRow& row : rows.value()) {
    for (const Theme& t : impl->themes) {
      if (t.id == row.fields[0]) {
        return Status::Corruption(RowWhere(where, row), "theme listed twice: " + t.id);
      }
    }
    const uint32_t theme = static_cast<uint32_t>(impl->themes.size());
    impl->themes.push_back({row.fields[0], row.fields[1]});
    for (const std::string& raw : Split(row.fields[2], ';')) {
      Cue cue;
      cue.theme = theme;
      cue.text = raw;
      while (!cue.text.empty() && cue.text.front() == ' ') cue.text.erase(0, 1);
      while (!cue.text.empty() && cue.text.back() == ' ') cue.text.pop_back();
      for (const Token& t : tokenizer.Tokenize(raw)) cue.stems.push_back(t.stem);
      if (cue.stems.empty()) continue;  // "a; ; b": an empty cue is harmless
      // "auditor; auditors" stem alike: one cue, counted once.
      if (!seen.insert(cue.stems).second) continue;
      impl->by_first[cue.stems.front()].push_back(static_cast<uint32_t>(impl->cues.size()));
      impl->cues.push_back(std::move(cue));
    }
  }
  if (impl->themes.empty()) return Status::Corruption(where, "no themes");
  return ThemeLexicon(std::move(impl));
}

Result<ThemeLexicon> ThemeLexicon::Load(ThemeOptions options) {
  Result<std::string> text = ReadDataFile("themes.tsv");
  if (!text.ok()) return text.status();
  Tokenizer tokenizer;
  return Parse(text.value(), DataDir() + "/themes.tsv", tokenizer, options);
}

size_t ThemeLexicon::num_cues() const { return impl_->cues.size(); }
const std::string& ThemeLexicon::CueText(uint32_t cue) const { return impl_->cues[cue].text; }

CueHits ThemeLexicon::Cues(const ItemRecord& item, Tokenizer& tokenizer) const {
  const ThemeOptions& o = impl_->options;
  std::map<uint32_t, double> best;  // cue -> best field weight
  impl_->Scan(item.text, o.text_weight, tokenizer, best);
  if (item.section) impl_->Scan(*item.section, o.text_weight, tokenizer, best);
  for (const auto& a : item.actions) impl_->Scan(a, o.body_weight, tokenizer, best);
  for (const auto& d : item.deliverables) impl_->Scan(d, o.body_weight, tokenizer, best);
  for (const auto& u : item.updates) impl_->Scan(u.text, o.update_weight, tokenizer, best);
  return CueHits(best.begin(), best.end());
}

ThemeProfile ThemeLexicon::ProfileOf(const CueHits& cues) const {
  // Strength per theme; ties go to the theme listed earlier in the file.
  std::map<uint32_t, double> strength;
  for (const auto& [cue, w] : cues) strength[impl_->cues[cue].theme] += w;
  ThemeProfile out(strength.begin(), strength.end());
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    if (a.second != b.second) return a.second > b.second;
    return a.first < b.first;
  });
  return out;
}

ThemeProfile ThemeLexicon::Profile(const ItemRecord& item, Tokenizer& tokenizer) const {
  return ProfileOf(Cues(item, tokenizer));
}

std::vector<uint32_t> ThemeLexicon::Top(const ThemeProfile& profile) const {
  const ThemeOptions& o = impl_->options;
  std::vector<uint32_t> out;
  if (profile.empty()) return out;
  const double top = profile.front().second;
  for (const auto& [theme, s] : profile) {
    if (out.size() >= o.max_themes) break;
    if (s < o.min_strength || s < o.min_ratio * top) break;
    out.push_back(theme);
  }
  return out;
}

std::vector<std::string> ThemeLexicon::ThemesOf(const ItemRecord& item,
                                                Tokenizer& tokenizer) const {
  std::vector<std::string> out;
  for (uint32_t t : Top(Profile(item, tokenizer))) out.push_back(impl_->themes[t].id);
  return out;
}

std::vector<std::string> ThemeLexicon::ThemesOf(const ItemRecord& item) const {
  Tokenizer tokenizer;
  return ThemesOf(item, tokenizer);
}

double ThemeNormSquared(const ThemeProfile& p) {
  double n = 0;
  for (const auto& [t, s] : p) n += s * s;
  return n;
}

double ThemeSimilarity(const ThemeProfile& a, const ThemeProfile& b) {
  return ThemeSimilarity(a, ThemeNormSquared(a), b, ThemeNormSquared(b));
}

double ThemeSimilarity(const ThemeProfile& a, double na, const ThemeProfile& b, double nb) {
  if (na <= 0 || nb <= 0) return 0;
  double dot = 0;
  for (const auto& [t, s] : a) {
    for (const auto& [u, r] : b) {
      if (u == t) {
        dot += s * r;
        break;  // a theme is in a profile once
      }
    }
  }
  return dot / std::sqrt(na * nb);
}

}  // namespace plantrace

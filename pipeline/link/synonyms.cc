#include "pipeline/link/synonyms.h"

#include <algorithm>
#include <set>

#include "pipeline/shared/data_files.h"
#include "text/tokenize.h"

namespace plantrace {

Result<Synonyms> Synonyms::Parse(std::string_view text, std::string_view where,
                                 Tokenizer& tokenizer) {
  Result<std::vector<TsvRow>> rows = ParseTsv(text, where, 2, 3);
  if (!rows.ok()) return rows.status();
  Synonyms out;
  std::set<std::vector<std::string>> seen;
  for (const TsvRow& row : rows.value()) {
    Rule rule;
    for (const Token& t : tokenizer.Tokenize(row.fields[0])) rule.variant.push_back(t.stem);
    rule.canonical = tokenizer.Tokenize(row.fields[1]);
    if (rule.variant.empty() || rule.canonical.empty()) {
      return Status::Corruption(RowWhere(where, row), "variant and canonical need a word each");
    }
    if (!seen.insert(rule.variant).second) {
      return Status::Corruption(RowWhere(where, row), "variant listed twice: " + row.fields[0]);
    }
    out.rules_.push_back(std::move(rule));
  }
  std::stable_sort(out.rules_.begin(), out.rules_.end(), [](const Rule& a, const Rule& b) {
    return a.variant.size() > b.variant.size();
  });
  for (size_t i = 0; i < out.rules_.size(); ++i) {
    out.by_first_[out.rules_[i].variant.front()].push_back(i);
  }
  return out;
}

const std::vector<Token>& Synonyms::Rewrite(const std::vector<Token>& tokens,
                                            std::vector<Token>& scratch) const {
  if (rules_.empty()) return tokens;
  bool changed = false;
  scratch.clear();
  for (size_t i = 0; i < tokens.size();) {
    const Rule* match = nullptr;
    if (auto it = by_first_.find(tokens[i].stem); it != by_first_.end()) {
      for (size_t r : it->second) {
        const std::vector<std::string>& v = rules_[r].variant;
        if (i + v.size() > tokens.size()) continue;
        bool all = true;
        for (size_t k = 1; k < v.size() && all; ++k) all = tokens[i + k].stem == v[k];
        if (all) {
          match = &rules_[r];
          break;
        }
      }
    }
    if (!match) {
      if (changed) scratch.push_back(tokens[i]);
      ++i;
      continue;
    }
    // Tokens are copied from the first rewrite on only: most texts have
    // none, and are handed back as they are.
    if (!changed) scratch.assign(tokens.begin(), tokens.begin() + i);
    scratch.insert(scratch.end(), match->canonical.begin(), match->canonical.end());
    i += match->variant.size();
    changed = true;
  }
  return changed ? scratch : tokens;
}

}  // namespace plantrace

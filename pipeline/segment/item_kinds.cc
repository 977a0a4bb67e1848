#include "pipeline/segment/item_kinds.h"

#include <algorithm>
#include <cctype>

#include "pipeline/segment/column_roles.h"
#include "pipeline/shared/data_files.h"
#include "text/normalize.h"

namespace plantrace {

bool IsItemKind(std::string_view kind) {
  for (const char* k : {"recommendation", "improvement_aim", "measure", "finding", "risk",
                        "decision", "aim"}) {
    if (kind == k) return true;
  }
  return false;
}

Result<ItemKindLexicon> ItemKindLexicon::Parse(std::string_view text, std::string_view where) {
  Result<std::vector<TsvRow>> rows = ParseTsv(text, where, 2, 4);
  if (!rows.ok()) return rows.status();
  ItemKindLexicon lex;
  for (const TsvRow& row : rows.value()) {
    const auto& f = row.fields;
    if (f[0] == "ignore") {
      lex.ignore.push_back(CaseFold(f[1]));
      continue;
    }
    if (f[0] == "resolution") {
      lex.resolution_openers.push_back(CaseFold(f[1]));
      continue;
    }
    if (f[0] == "default") {
      if (f.size() < 3 || f[1] != "table" || !IsItemKind(f[2])) {
        return Status::InvalidArgument(RowWhere(where, row), "bad default line");
      }
      lex.table_default = f[2];
      continue;
    }
    if (f[0] != "kind" || f.size() < 3) {
      return Status::InvalidArgument(RowWhere(where, row), "unknown line type '" + f[0] + "'");
    }
    if (!IsItemKind(f[2])) {
      return Status::InvalidArgument(RowWhere(where, row), "unknown kind '" + f[2] + "'");
    }
    lex.entries.push_back({CaseFold(f[1]), f[2], f.size() > 3 ? CaseFold(f[3]) : std::string()});
  }
  return lex;
}

size_t ResolutionOpener(const ItemKindLexicon& kinds, std::string_view text) {
  size_t best = 0;
  for (const std::string& o : kinds.resolution_openers) {
    if (text.size() < o.size()) continue;
    if (CaseFold(text.substr(0, o.size())) != o) continue;
    // The opener ends at a word boundary.
    if (text.size() > o.size() && std::isalnum(static_cast<unsigned char>(text[o.size()])) &&
        std::isalnum(static_cast<unsigned char>(o.back()))) {
      continue;
    }
    best = std::max(best, o.size());
  }
  if (best == 0) return 0;
  while (best < text.size() && text[best] == ' ') ++best;
  return best;
}

Result<ItemKindLexicon> ItemKindLexicon::LoadDefault() {
  Result<std::string> text = ReadDataFile("item_kinds.tsv");
  if (!text.ok()) return text.status();
  return Parse(text.value(), "data/item_kinds.tsv");
}

std::optional<std::string> ItemKindLexicon::KindOf(std::string_view text,
                                                   std::string_view doc_context) const {
  std::string folded = CaseFold(text);
  for (const std::string& p : ignore) {
    if (!FindPhrase(folded, p).empty()) return std::nullopt;
  }
  const Entry* best = nullptr;
  for (const Entry& e : entries) {
    if (!e.doc_phrase.empty() && FindPhrase(doc_context, e.doc_phrase).empty()) continue;
    if (FindPhrase(folded, e.phrase).empty()) continue;
    if (!best || e.phrase.size() > best->phrase.size() ||
        (e.phrase.size() == best->phrase.size() && best->doc_phrase.empty() &&
         !e.doc_phrase.empty())) {
      best = &e;
    }
  }
  if (!best) return std::nullopt;
  return best->kind;
}

}  // namespace plantrace

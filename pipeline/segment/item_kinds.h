#pragma once
// Item kinds from the words of the heading, lead-in paragraph or column an
// item sits under (data/item_kinds.tsv): "Improvement Aim" → improvement_aim,
// "Recommendations" → recommendation (decision in a report to Cabinet),
// "Additional measures proposed ... are:" → measure, "Conclusions" → risk.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace plantrace {

struct ItemKindLexicon {
  struct Entry {
    std::string phrase;        // case-folded
    std::string kind;
    std::string doc_phrase;    // case-folded; empty: any document
  };
  std::vector<Entry> entries;
  std::vector<std::string> ignore;  // case-folded: text holding one names no kind
  std::string table_default = "recommendation";
  // Case-folded words that open a resolution in minutes ("resolved that").
  std::vector<std::string> resolution_openers;

  static Result<ItemKindLexicon> Parse(std::string_view text, std::string_view where);
  static Result<ItemKindLexicon> LoadDefault();  // DataDir()/item_kinds.tsv

  // The kind named in `text`; `doc_context` is the case-folded title and
  // first-page text of the document. The longest matching phrase wins; at
  // equal length an entry bound to the document beats a general one.
  std::optional<std::string> KindOf(std::string_view text, std::string_view doc_context) const;
};

bool IsItemKind(std::string_view kind);

// The length of the resolution opener that starts `text` ("RESOLVED that
// the minutes …" → the length of "RESOLVED that "), 0 when it opens none.
size_t ResolutionOpener(const ItemKindLexicon& kinds, std::string_view text);

}  // namespace plantrace

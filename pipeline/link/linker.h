#pragma once
// Linker: the same recommendation across plans written years apart.
//
// For items of different documents, earlier document to later document
// (document_order.h: by date, then by kind of paper, then for an undated
// paper by the dates its items name; a `why` note says when the dates alone
// did not decide), candidates come from an inverted index
// (candidate_index.h), are scored by link_scorer.h, and the best are kept
// as LinkRecords. Items that carry the same decision number are linked as
// `recurs` with score 1 (identity_links.h); items that carry different
// numbers are never linked. Items of two editions of one plan are linked
// by pipeline/editions/edition_links.h instead of being scored.
//
//   Result<Linker> linker = Linker::Load();            // data/ lexicons
//   std::vector<LinkRecord> links = linker->Link(documents, items);

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "model/records.h"
#include "pipeline/link/document_order.h"
#include "pipeline/link/link_scorer.h"
#include "pipeline/link/link_scope.h"

namespace plantrace {

class Linker {
 public:
  // Reads data/link_stopwords.txt, data/themes.tsv and
  // data/owner_functions.tsv from DataDir().
  static Result<Linker> Load(LinkOptions options = {});
  // From the texts of the first two files (for tests); owners are then
  // compared by title only.
  static Result<Linker> FromText(std::string_view stopwords, std::string_view themes,
                                 LinkOptions options = {});
  // ... and of the owner functions.
  static Result<Linker> FromText(std::string_view stopwords, std::string_view themes,
                                 std::string_view owner_functions, LinkOptions options);

  Linker(Linker&&) noexcept;
  Linker& operator=(Linker&&) noexcept;
  ~Linker();

  const LinkOptions& options() const;
  const ThemeLexicon& themes() const;

  // Links among `items`. Items whose document is not in `documents` are not
  // linked. Output order: by later item (document order, then input
  // order), then score descending, then `from`. Deterministic. Safe to call
  // from several threads at once.
  std::vector<LinkRecord> Link(const std::vector<DocumentRecord>& documents,
                               const std::vector<ItemRecord>& items) const;
  // The same links, handed to `sink` one at a time in that order: memory
  // does not grow with the links written.
  using LinkSink = std::function<void(LinkRecord&&)>;
  // What one call did, for `link` to report (and tests to check that a
  // store with nothing new is not linked again).
  struct Stats {
    size_t candidate_pairs = 0;  // pairs the inverted index proposed
    size_t scored_pairs = 0;     // of those, scored in full
  };
  // `scope`, when given, sets the term weights and may restrict the links
  // decided to those into some documents (link_scope.h).
  void Link(const std::vector<DocumentRecord>& documents, const std::vector<ItemRecord>& items,
            const LinkSink& sink, Stats* stats = nullptr, LinkScope* scope = nullptr) const;

  // The themes of one item (ids, strongest first), for `query --theme`.
  std::vector<std::string> ThemesOf(const ItemRecord& item) const;

 private:
  struct Impl;
  explicit Linker(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace plantrace

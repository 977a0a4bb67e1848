#pragma once
// Linker: the same recommendation across plans written years apart.
//
// For items of different documents, earlier document to later document
// (documents ordered by date, then doc_id: 2015 -> 2018 -> 2019 -> 2023 ->
// 2024, so the 2023 plan precedes the 2024 report of the same cycle),
// candidates come from an inverted index (candidate_index.h), are scored by
// link_scorer.h, and the best are kept as LinkRecords.
//
//   Result<Linker> linker = Linker::Load();            // data/ lexicons
//   std::vector<LinkRecord> links = linker->Link(documents, items);

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "model/records.h"
#include "pipeline/link/link_scorer.h"

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

  // The themes of one item (ids, strongest first), for `query --theme`.
  std::vector<std::string> ThemesOf(const ItemRecord& item) const;

 private:
  struct Impl;
  explicit Linker(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Documents in link order: date, then doc_id.
std::vector<DocumentRecord> InDocumentOrder(std::vector<DocumentRecord> documents);

}  // namespace plantrace

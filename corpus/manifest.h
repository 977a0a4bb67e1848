#pragma once
// manifest.json: the list of documents of a corpus, with their metadata and
// renderings (spec/cli.md "doc_id"; corpus/README.md for the fields).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace plantrace {

struct ManifestEntry {
  std::string doc_id;
  std::string title;
  std::string publisher;
  std::string date;        // ISO, month or year precision allowed
  std::string plan_cycle;  // "2015", "2023-24", …
  std::string html;        // path as resolved against the manifest's folder, or ""
  std::string pdf;         // likewise
  std::string primary;     // "pdf" or "html": the rendering to read
  int pages = 0;
};

struct Manifest {
  std::string path;  // the manifest file itself
  std::vector<ManifestEntry> documents;

  // The entry that lists `file` as one of its renderings, compared as
  // canonical paths; nullptr when none does.
  const ManifestEntry* FindByFile(const std::string& file) const;
};

// Reads and checks a manifest. An entry without doc_id is skipped with a
// warning in `warnings` (when given), not a failure of the whole file.
Result<Manifest> ReadManifest(const std::string& path,
                              std::vector<std::string>* warnings = nullptr);

// The same from text already read; `path` names it in messages and its
// folder resolves the renderings' relative paths.
Result<Manifest> ParseManifest(std::string_view text, const std::string& path,
                               std::vector<std::string>* warnings = nullptr);

// doc_id of a file that no manifest lists: its name without extension,
// lower-cased, runs of other characters than [a-z0-9] turned into "-".
std::string DocIdFromFileName(const std::string& path);

}  // namespace plantrace

#include "ingest/file_doc_ids.h"

#include <filesystem>
#include <map>
#include <string>
#include <system_error>

#include "corpus/file_bytes.h"
#include "corpus/manifest.h"

namespace fs = std::filesystem;

namespace plantrace {

namespace {

// The ids to try for a file, most readable first.
std::vector<std::string> Candidates(const std::string& stem, const std::string& canonical) {
  std::vector<std::string> out{stem};
  const std::string folder = fs::path(canonical).parent_path().filename().string();
  // DocIdFromFileName slugs a name the same way the stem was slugged.
  const std::string folder_slug = folder.empty() ? "" : DocIdFromFileName(folder + ".x");
  std::string with_folder = stem;
  if (!folder_slug.empty()) {
    with_folder += "-" + folder_slug;
    out.push_back(with_folder);
  }
  out.push_back(with_folder + "-" + Sha256Hex(canonical).substr(0, 6));
  return out;
}

}  // namespace

Status AssignFileDocIds(std::vector<IngestTask>* tasks, Store& store) {
  std::map<std::string, std::string> taken;  // id -> canonical path, this call
  for (IngestTask& t : *tasks) {
    if (!t.id_from_file_name) continue;
    const std::string path = CanonicalPath(t.path);
    const std::vector<std::string> ids = Candidates(t.meta.doc_id, path);
    std::string chosen;
    for (const std::string& id : ids) {
      auto in_call = taken.find(id);
      if (in_call != taken.end()) {
        if (in_call->second == path) { chosen = id; break; }
        continue;
      }
      Result<std::vector<VersionInfo>> versions = store.Versions(id);
      if (!versions.ok()) return versions.status();
      bool same_file = versions->empty();
      for (const VersionInfo& v : versions.value()) {
        const std::string& source = v.document.source;
        if (source == t.path || CanonicalPath(source) == path) same_file = true;
      }
      if (same_file) { chosen = id; break; }
    }
    // The last candidate hashes the full path: taken by another path only
    // if a manifest chose that very id; then it is a new version of it.
    if (chosen.empty()) chosen = ids.back();
    taken[chosen] = path;
    t.meta.doc_id = chosen;
  }
  return Status::Ok();
}

}  // namespace plantrace

#include "ingest/ingest_tasks.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

#include "corpus/file_bytes.h"
#include "corpus/manifest.h"

namespace fs = std::filesystem;

namespace plantrace {

namespace {

// A file that reads as a manifest: JSON text opening with '{' that
// ReadManifest accepts and that lists at least one document.
bool ReadAsManifest(const std::string& path, Manifest* out, std::vector<std::string>* notes) {
  Result<std::string> bytes = ReadFileBytes(path, size_t{16} << 20);
  if (!bytes.ok()) return false;
  const size_t first = bytes->find_first_not_of(" \t\r\n");
  if (first == std::string::npos || bytes.value()[first] != '{') return false;
  Result<Manifest> m = ParseManifest(bytes.value(), path, notes);
  if (!m.ok() || m->documents.empty()) return false;
  *out = std::move(m.value());
  return true;
}

IngestTask TaskOfEntry(const ManifestEntry& e) {
  IngestTask t;
  const bool html_first = e.primary == "html" ? !e.html.empty() : e.pdf.empty();
  t.path = html_first ? e.html : e.pdf;
  const std::string other = html_first ? e.pdf : e.html;
  if (!other.empty()) t.alternates.push_back(AlternateSource{html_first ? "pdf" : "html", other, ""});
  t.meta.doc_id = e.doc_id;
  t.meta.title = e.title;
  t.meta.publisher = e.publisher;
  t.meta.date = e.date;
  t.meta.plan_cycle = e.plan_cycle;
  return t;
}

IngestTask TaskOfFile(const std::string& path) {
  IngestTask t;
  t.path = path;
  t.meta.doc_id = DocIdFromFileName(path);
  t.id_from_file_name = true;
  return t;
}

class Collector {
 public:
  void AddTask(IngestTask t) {
    if (t.path.empty()) return;
    if (seen_.insert(CanonicalPath(t.path)).second) out_.tasks.push_back(std::move(t));
  }

  void AddManifest(const Manifest& m) {
    for (const ManifestEntry& e : m.documents) {
      if (!e.pdf.empty()) covered_.insert(CanonicalPath(e.pdf));
      if (!e.html.empty()) covered_.insert(CanonicalPath(e.html));
      AddTask(TaskOfEntry(e));
    }
  }

  void AddFolder(const std::string& folder) {
    std::vector<std::string> files;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
      std::error_code fec;
      if (it->is_regular_file(fec)) files.push_back(it->path().string());
    }
    std::sort(files.begin(), files.end());
    std::vector<std::string> rest;
    for (const std::string& f : files) {
      Manifest m;
      if (fs::path(f).filename() == "manifest.json" && ReadAsManifest(f, &m, &out_.notes)) {
        covered_.insert(CanonicalPath(f));
        AddManifest(m);
      } else {
        rest.push_back(f);
      }
    }
    for (const std::string& f : rest) {
      if (!covered_.count(CanonicalPath(f))) AddTask(TaskOfFile(f));
    }
  }

  void AddPath(const std::string& path) {
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      out_.missing.push_back(path);
    } else if (fs::is_directory(st)) {
      AddFolder(path);
    } else {
      Manifest m;
      if (ReadAsManifest(path, &m, &out_.notes)) AddManifest(m);
      else AddTask(TaskOfFile(path));
    }
  }

  CollectedTasks Take() { return std::move(out_); }

 private:
  CollectedTasks out_;
  std::set<std::string> seen_;     // canonical paths of tasks
  std::set<std::string> covered_;  // canonical paths a manifest lists
};

}  // namespace

CollectedTasks CollectIngestTasks(const std::vector<std::string>& paths) {
  Collector c;
  for (const std::string& p : paths) c.AddPath(p);
  return c.Take();
}

}  // namespace plantrace

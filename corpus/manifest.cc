#include "corpus/manifest.h"

#include <filesystem>

#include "corpus/file_bytes.h"
#include "json/json_value.h"

namespace plantrace {
namespace fs = std::filesystem;

namespace {

constexpr size_t kMaxManifestBytes = 64u << 20;

std::string Resolve(const fs::path& base, const std::string& rel) {
  if (rel.empty()) return "";
  fs::path p(rel);
  return (p.is_absolute() ? p : base / p).lexically_normal().string();
}

std::string Canonical(const std::string& path) {
  std::error_code ec;
  fs::path c = fs::weakly_canonical(path, ec);
  return ec ? fs::path(path).lexically_normal().string() : c.string();
}

}  // namespace

const ManifestEntry* Manifest::FindByFile(const std::string& file) const {
  const std::string want = Canonical(file);
  for (const auto& e : documents) {
    if ((!e.pdf.empty() && Canonical(e.pdf) == want) ||
        (!e.html.empty() && Canonical(e.html) == want)) {
      return &e;
    }
  }
  return nullptr;
}

Result<Manifest> ReadManifest(const std::string& path, std::vector<std::string>* warnings) {
  Result<std::string> bytes = ReadFileBytes(path, kMaxManifestBytes);
  if (!bytes.ok()) return bytes.status();
  return ParseManifest(bytes.value(), path, warnings);
}

Result<Manifest> ParseManifest(std::string_view text, const std::string& path,
                               std::vector<std::string>* warnings) {
  Result<JsonValue> json = JsonValue::Parse(text, path);
  if (!json.ok()) return json.status();
  if (!json->Get("documents").IsArray()) {
    return Status::Corruption(path, "no \"documents\" list");
  }
  const fs::path base = fs::path(path).parent_path();
  Manifest m;
  m.path = path;
  int index = 0;
  for (const JsonValue& d : json->Get("documents").Items()) {
    ++index;
    ManifestEntry e;
    e.doc_id = d.Get("doc_id").AsString();
    if (e.doc_id.empty()) {
      if (warnings) {
        warnings->push_back(path + ": document " + std::to_string(index) +
                            " has no doc_id; skipped");
      }
      continue;
    }
    e.title = d.Get("title").AsString();
    e.publisher = d.Get("publisher").AsString();
    e.date = d.Get("date").AsString();
    e.plan_cycle = d.Get("plan_cycle").AsString();
    e.html = Resolve(base, d.Get("html").AsString());
    e.pdf = Resolve(base, d.Get("pdf").AsString());
    e.primary = d.Get("primary").AsString(e.pdf.empty() ? "html" : "pdf");
    e.pages = static_cast<int>(d.Get("pages").AsInt(0));
    m.documents.push_back(std::move(e));
  }
  return m;
}

std::string DocIdFromFileName(const std::string& path) {
  std::string stem = fs::path(path).stem().string();
  std::string out;
  bool dash = false;
  for (unsigned char c : stem) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (dash && !out.empty()) out.push_back('-');
      dash = false;
      out.push_back(static_cast<char>(c));
    } else if (c >= 'A' && c <= 'Z') {
      if (dash && !out.empty()) out.push_back('-');
      dash = false;
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else {
      dash = true;
    }
  }
  return out.empty() ? "document" : out;
}

}  // namespace plantrace

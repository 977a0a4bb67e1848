#include "pipeline/shared/data_files.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace plantrace {
namespace {

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

}  // namespace

std::string DataDir() {
  if (const char* env = std::getenv("PLANTRACE_DATA_DIR"); env && *env) return env;
  std::error_code ec;
#ifdef PLANTRACE_DATA_DEFAULT_DIR
  if (std::filesystem::is_directory(PLANTRACE_DATA_DEFAULT_DIR, ec)) {
    return PLANTRACE_DATA_DEFAULT_DIR;
  }
#endif
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) return (exe.parent_path() / "data").string();
  return "data";
}

Result<std::string> ReadDataFile(std::string_view name) {
  std::string path = DataDir() + "/" + std::string(name);
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path, "cannot open data file (set PLANTRACE_DATA_DIR?)");
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IOError(path, "read failed");
  return ss.str();
}

std::string RowWhere(std::string_view where, const TsvRow& row) {
  return std::string(where) + ":" + std::to_string(row.line);
}

Result<std::vector<TsvRow>> ParseTsv(std::string_view text, std::string_view where,
                                     size_t min_fields, size_t max_fields) {
  std::vector<TsvRow> rows;
  int line_no = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    std::string trimmed = Trim(line);
    if (trimmed.empty() || trimmed[0] == '#') {
      if (nl == text.size()) break;
      continue;
    }
    TsvRow row;
    row.line = line_no;
    size_t f = 0;
    while (true) {
      size_t tab = line.find('\t', f);
      row.fields.push_back(Trim(line.substr(f, tab == std::string_view::npos ? tab : tab - f)));
      if (tab == std::string_view::npos) break;
      f = tab + 1;
    }
    std::string here = RowWhere(where, row);
    if (row.fields.size() < min_fields || row.fields.size() > max_fields) {
      return Status::Corruption(here, "expected " + std::to_string(min_fields) + ".." +
                                          std::to_string(max_fields) + " tab-separated fields, got " +
                                          std::to_string(row.fields.size()));
    }
    for (size_t i = 0; i < row.fields.size(); ++i) {
      if (row.fields[i].empty()) {
        return Status::Corruption(here, "field " + std::to_string(i + 1) + " is empty");
      }
    }
    rows.push_back(std::move(row));
    if (nl == text.size()) break;
  }
  return rows;
}

}  // namespace plantrace

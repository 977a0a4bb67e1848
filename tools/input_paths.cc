#include "tools/input_paths.h"

#include <filesystem>
#include <system_error>

namespace plantrace::cli {

bool IsUrl(const std::string& path) {
  for (const char* scheme : {"http://", "https://", "ftp://"}) {
    if (path.rfind(scheme, 0) == 0) return true;
  }
  return false;
}

std::vector<std::string> PathProblems(const std::vector<std::string>& paths) {
  std::vector<std::string> problems;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (IsUrl(p)) {
      problems.push_back(p + ": is a URL: plantrace reads local files; `plantrace fetch " + p +
                         "` downloads papers and ingests them");
    } else if (!std::filesystem::exists(p, ec)) {
      problems.push_back(p + ": no such file or folder");
    }
  }
  return problems;
}

void RemoveSqliteFiles(const std::string& path) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    std::filesystem::remove(path + suffix, ec);
  }
}

}  // namespace plantrace::cli

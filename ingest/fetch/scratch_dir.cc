#include "ingest/fetch/scratch_dir.h"

#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <string>

namespace fs = std::filesystem;

namespace plantrace {
namespace {

constexpr char kPrefix[] = "plantrace-fetch-";

// Whether the folder `name` (after the prefix) belongs to no running process.
bool Abandoned(const fs::directory_entry& entry, const std::string& rest) {
  const size_t dash = rest.find('-');
  if (dash != std::string::npos && dash > 0 &&
      rest.find_first_not_of("0123456789") == dash && dash <= 10) {
    const pid_t pid = static_cast<pid_t>(std::stol(rest.substr(0, dash)));
    return pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH;
  }
  // The older name without a pid: abandoned when untouched for a day.
  std::error_code ec;
  const auto written = fs::last_write_time(entry.path(), ec);
  return !ec && fs::file_time_type::clock::now() - written > std::chrono::hours(24);
}

}  // namespace

Result<fs::path> MakeFetchScratchDir(const fs::path& base) {
  std::error_code ec;
  for (fs::directory_iterator it(base, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.rfind(kPrefix, 0) != 0 || !it->is_directory(ec)) continue;
    std::error_code rm;
    if (Abandoned(*it, name.substr(sizeof kPrefix - 1))) fs::remove_all(it->path(), rm);
  }
  std::string tmpl = (base / (kPrefix + std::to_string(::getpid()) + "-XXXXXX")).string();
  if (!::mkdtemp(tmpl.data())) {
    return Status::IOError(tmpl, "cannot make a scratch folder");
  }
  return fs::path(tmpl);
}

}  // namespace plantrace

#include "common/plugin.h"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace plantrace {
namespace {

std::filesystem::path PluginPath(const std::string& file_name) {
  if (const char* dir = std::getenv("PLANTRACE_PLUGIN_DIR"); dir && *dir) {
    return std::filesystem::path(dir) / file_name;
  }
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  const std::filesystem::path beside = (ec ? std::filesystem::path(".") : exe.parent_path()) / file_name;
  // A test binary deep in the build tree: the modules are in its top.
  const std::filesystem::path built = std::filesystem::path(PLANTRACE_MODULE_BUILD_DIR) / file_name;
  if (!std::filesystem::exists(beside, ec) && std::filesystem::exists(built, ec)) return built;
  return beside;
}

}  // namespace

Result<void*> PluginEntry(const std::string& file_name, const char* entry, const std::string& what) {
  const std::string path = PluginPath(file_name).string();
  // dlopen counts references: opening again returns the same module, which
  // is never closed (its code may run until the process ends).
  void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (module == nullptr) {
    const char* why = dlerror();
    return Status::Unsupported(what, what + " support is not available (" + (why ? why : path) + ")");
  }
  void* address = dlsym(module, entry);
  if (address == nullptr) return Status::Unsupported(what, path + " has no " + entry);
  return address;
}

}  // namespace plantrace

#include "output/open_store.h"

#include <dlfcn.h>
#include <unistd.h>

#include <filesystem>
#include <system_error>

#include "output/postgres/postgres_plugin.h"
#include "output/sqlite/sqlite_store.h"

namespace plantrace {

namespace {

// The directory of the running binary: the plugin is built beside it.
std::filesystem::path ExecutableDir() {
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path(".") : exe.parent_path();
}

// libpq is loaded only for a postgresql:// store (see postgres_plugin.cc).
// Messages name "--db", never the URI: it may hold a password.
Result<std::unique_ptr<Store>> OpenPostgresViaPlugin(const std::string& uri) {
  const std::string path = (ExecutableDir() / PLANTRACE_POSTGRES_PLUGIN).string();
  // Kept loaded for the life of the process: the store's code lives there.
  void* plugin = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (plugin == nullptr) {
    const char* why = dlerror();
    return Status::Unsupported("--db", std::string("PostgreSQL support is not available (") +
                                        (why ? why : path) + ")");
  }
  using Entry = void (*)(const std::string*, Result<std::unique_ptr<Store>>*);
  auto entry = reinterpret_cast<Entry>(dlsym(plugin, PLANTRACE_POSTGRES_ENTRY));
  if (entry == nullptr) {
    return Status::Unsupported("--db", path + " has no " PLANTRACE_POSTGRES_ENTRY);
  }
  Result<std::unique_ptr<Store>> out = Status::Unsupported("--db", "not opened");
  entry(&uri, &out);
  return out;
}

}  // namespace

bool IsPostgresUri(const std::string& db) {
  return db.rfind("postgresql://", 0) == 0 || db.rfind("postgres://", 0) == 0;
}

Result<std::unique_ptr<Store>> OpenStore(const std::string& db) {
  if (db.empty()) return Status::InvalidArgument("--db", "empty database name");
  if (IsPostgresUri(db)) return OpenPostgresViaPlugin(db);
  return OpenSqliteStore(db);
}

}  // namespace plantrace

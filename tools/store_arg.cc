// Opening the --db of a command that reads the store.
#include <filesystem>
#include <iostream>

#include "output/open_store.h"
#include "tools/commands.h"

namespace plantrace::cli {

Result<std::unique_ptr<Store>> OpenExistingStore(const std::string& db, const char* command) {
  std::error_code ec;
  if (!IsPostgresUri(db) && !std::filesystem::exists(db, ec)) {
    std::cerr << "plantrace " << command << ": " << db
              << ": not found (run `plantrace ingest` first, or give --db)\n";
    return Status::NotFound(db, "no such database");
  }
  Result<std::unique_ptr<Store>> store = OpenStore(db);
  if (!store.ok()) std::cerr << "plantrace " << command << ": " << store.status().ToString() << "\n";
  return store;
}

}  // namespace plantrace::cli

#pragma once
// The subcommands of `plantrace`. Each parses its own options from `args`
// (the words after the command name) and returns the process exit code.

#include <memory>
#include <string>
#include <vector>

#include "common/result.h"
#include "output/store.h"

namespace plantrace::cli {

// Exit codes of spec/cli.md.
constexpr int kExitOk = 0;
constexpr int kExitUsage = 1;
constexpr int kExitBadInput = 2;
constexpr int kExitSomeFailed = 3;

// --db when not given (docs/cli.md).
constexpr const char* kDefaultDb = "plantrace.db";

int RunExtract(const std::vector<std::string>& args);
int RunIngest(const std::vector<std::string>& args);
int RunExport(const std::vector<std::string>& args);
int RunQuery(const std::vector<std::string>& args);
int RunSummary(const std::vector<std::string>& args);

// Opens the store of a command that reads it; a SQLite file that does not
// exist is an error (printed), not a new empty store.
Result<std::unique_ptr<Store>> OpenExistingStore(const std::string& db, const char* command);
int RunLink(const std::vector<std::string>& args);
int RunTrace(const std::vector<std::string>& args);
int RunReport(const std::vector<std::string>& args);
int RunFetch(const std::vector<std::string>& args);
int RunDiff(const std::vector<std::string>& args);
int RunSchema(const std::vector<std::string>& args);
int RunDatasetteMetadata(const std::vector<std::string>& args);
int RunThemes(const std::vector<std::string>& args);

}  // namespace plantrace::cli

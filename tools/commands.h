#pragma once
// The subcommands of `plantrace`. Each parses its own options from `args`
// (the words after the command name) and returns the process exit code.

#include <string>
#include <vector>

namespace plantrace::cli {

// Exit codes of spec/cli.md.
constexpr int kExitOk = 0;
constexpr int kExitUsage = 1;
constexpr int kExitBadInput = 2;
constexpr int kExitSomeFailed = 3;

int RunExtract(const std::vector<std::string>& args);
int RunLink(const std::vector<std::string>& args);
int RunTrace(const std::vector<std::string>& args);
int RunReport(const std::vector<std::string>& args);

}  // namespace plantrace::cli

#pragma once
// One way for every subcommand to parse its options: a usage error prints
// the reason and the options (exit 1), --help prints the options (exit 0).
// Boost.Program_options types stay inside tools/, the only target using them.

#include <optional>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

namespace plantrace::cli {

struct PositionalOption {
  const char* name = nullptr;  // the hidden option that collects them
  int max_count = 0;           // -1: any number
};

// Parses `args` into `vm` with the `visible` options (shown in help) plus a
// hidden positional one when `positional.name` is set (its value must have
// been declared by the caller in `hidden`). Returns an exit code when the
// command must stop now (help shown, or a usage error), nothing to go on.
std::optional<int> ParseOptions(const char* command, const std::vector<std::string>& args,
                                const boost::program_options::options_description& visible,
                                const boost::program_options::options_description* hidden,
                                PositionalOption positional,
                                boost::program_options::variables_map* vm);

}  // namespace plantrace::cli

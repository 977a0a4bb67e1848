#include "tools/parse_options.h"

#include <iostream>

#include "tools/commands.h"

namespace plantrace::cli {

namespace po = boost::program_options;

std::optional<int> ParseOptions(const char* command, const std::vector<std::string>& args,
                                const po::options_description& visible,
                                const po::options_description* hidden, PositionalOption positional,
                                po::variables_map* vm) {
  po::options_description all;
  all.add(visible);
  if (hidden != nullptr) all.add(*hidden);
  po::positional_options_description pos;
  if (positional.name != nullptr) pos.add(positional.name, positional.max_count);
  try {
    po::store(po::command_line_parser(args).options(all).positional(pos).run(), *vm);
    po::notify(*vm);
  } catch (const po::error& e) {
    std::cerr << "plantrace " << command << ": " << e.what() << "\n" << visible << "\n";
    return kExitUsage;
  }
  if (vm->count("help")) {
    std::cout << visible << "\n";
    return kExitOk;
  }
  return std::nullopt;
}

}  // namespace plantrace::cli

// plantrace summary [--db DB] [--as-of DATE] [--due N]
#include <iostream>

#include <boost/program_options.hpp>

#include "output/open_store.h"
#include "output/summary.h"
#include "tools/commands.h"
#include "tools/option_values.h"
#include "tools/parse_options.h"

namespace po = boost::program_options;

namespace plantrace::cli {

int RunSummary(const std::vector<std::string>& args) {
  std::string db;
  SummaryOptions options;
  po::options_description visible(
      "Usage: plantrace summary [options]\n\n"
      "What the store holds: documents and their items, the owners with the\n"
      "most items, and the items due next that are not complete.\n\nOptions");
  visible.add_options()
      ("db", po::value(&db)->default_value(kDefaultDb), "SQLite file, or a postgresql:// URI")
      ("as-of", po::value(&options.as_of),
       "list items due on or after DATE (default: the newest document's date)")
      ("due", po::value(&options.due_next)->default_value(10), "how many due items to list")
      ("help,h", "show this help");
  po::variables_map vm;
  if (auto done = ParseOptions("summary", args, visible, nullptr, {}, &vm)) return *done;
  if (options.due_next < 0) {
    std::cerr << "plantrace summary: --due must be 0 or more\n";
    return kExitUsage;
  }
  if (!options.as_of.empty()) {
    const std::string problem = CheckDateOption("as-of", options.as_of);
    if (!problem.empty()) {
      std::cerr << "plantrace summary: " << problem << "\n";
      return kExitUsage;
    }
  }
  Result<std::unique_ptr<Store>> store = OpenExistingStore(db, "summary");
  if (!store.ok()) return kExitBadInput;
  Result<std::string> text = Summarise(*store.value(), options);
  if (!text.ok()) {
    std::cerr << "plantrace summary: " << text.status().ToString() << "\n";
    return kExitBadInput;
  }
  std::cout << text.value();
  return kExitOk;
}

}  // namespace plantrace::cli

// plantrace: a thin entry point. Finds the subcommand, hands it the rest of
// the arguments, and returns its exit code. The work lives in the libraries.
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "common/allocator_tuning.h"
#include "tools/commands.h"

namespace {

struct Command {
  const char* name;
  const char* summary;
  int (*run)(const std::vector<std::string>&);
};

// Only commands that work are listed.
const Command kCommands[] = {
    {"extract", "one PDF or HTML file -> its document model (json, text, markdown)",
     plantrace::cli::RunExtract},
    {"ingest", "files, folders or a manifest.json -> records in the store (--db)",
     plantrace::cli::RunIngest},
    {"fetch", "documents a council's meeting pages link to: downloaded, ingested, linked",
     plantrace::cli::RunFetch},
    {"export", "the stored records as JSONL or CSV", plantrace::cli::RunExport},
    {"query", "find stored items by text, owner, due date, status, document",
     plantrace::cli::RunQuery},
    {"summary", "documents, items, owners and what is due next", plantrace::cli::RunSummary},
    {"link", "cross-year links between items (records from --from files)",
     plantrace::cli::RunLink},
    {"trace", "one item's lineage across plans, oldest first (text, json, html)",
     plantrace::cli::RunTrace},
    {"diff", "what changed between two versions or editions of a plan (text, json, html)",
     plantrace::cli::RunDiff},
    {"report", "a static HTML site: documents, items, recurring recommendations",
     plantrace::cli::RunReport},
    {"schema", "the JSON Schema (2020-12) of the exported records", plantrace::cli::RunSchema},
    {"themes", "the theme ids and labels that query --theme takes", plantrace::cli::RunThemes},
    {"datasette-metadata", "Datasette's metadata.json for a SQLite store",
     plantrace::cli::RunDatasetteMetadata},
};

void PrintUsage(std::ostream& out) {
  out << "Usage: plantrace COMMAND [options]\n\n"
         "Reads council reports (PDF and HTML), extracts their text and tables,\n"
         "and normalises their recommendations into linked records.\n\nCommands:\n";
  for (const auto& c : kCommands) {
    const size_t name = std::string(c.name).size();
    out << "  " << c.name << std::string(name < 10 ? 10 - name : 1, ' ') << c.summary << "\n";
  }
  out << "\n'plantrace COMMAND --help' describes a command's options.\n";
}

}  // namespace

int main(int argc, char** argv) {
  plantrace::KeepFreedMemory();  // fewer page faults page after page (allocator_tuning.h)
  if (argc < 2) {
    PrintUsage(std::cerr);
    return plantrace::cli::kExitUsage;
  }
  const std::string name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    PrintUsage(std::cout);
    return plantrace::cli::kExitOk;
  }
  if (name == "--version") {
    std::cout << "plantrace 0.1.0\n";
    return plantrace::cli::kExitOk;
  }
  std::vector<std::string> args(argv + 2, argv + argc);
  for (const auto& c : kCommands) {
    if (name == c.name) {
      try {
        return c.run(args);
      } catch (const std::exception& e) {
        // Last line of defence: a bug, not bad input, but never a raw abort.
        std::cerr << "plantrace " << name << ": internal error: " << e.what() << "\n";
        return plantrace::cli::kExitBadInput;
      }
    }
  }
  std::cerr << "plantrace: unknown command '" << name << "'\n\n";
  PrintUsage(std::cerr);
  return plantrace::cli::kExitUsage;
}

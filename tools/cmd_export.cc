// plantrace export [--db DB] --format jsonl|csv [--out FILE]
#include <fstream>
#include <iostream>

#include <boost/program_options.hpp>

#include "output/export.h"
#include "output/open_store.h"
#include "tools/commands.h"
#include "tools/parse_options.h"

namespace po = boost::program_options;

namespace plantrace::cli {

int RunExport(const std::vector<std::string>& args) {
  std::string db, format, out_path;
  po::options_description visible(
      "Usage: plantrace export --format jsonl|csv [options]\n\n"
      "Writes the stored records (docs/records.md): JSONL is every document\n"
      "followed by its items, then the links; CSV is one row per item. The\n"
      "output is the same byte for byte on every run over the same store.\n\nOptions");
  visible.add_options()
      ("db", po::value(&db)->default_value(kDefaultDb), "SQLite file, or a postgresql:// URI")
      ("format", po::value(&format), "jsonl | csv (required)")
      ("out,o", po::value(&out_path), "write to FILE instead of stdout")
      ("help,h", "show this help");
  po::variables_map vm;
  if (auto done = ParseOptions("export", args, visible, nullptr, {}, &vm)) return *done;
  if (format != "jsonl" && format != "csv") {
    std::cerr << "plantrace export: --format must be jsonl or csv\n";
    return kExitUsage;
  }
  Result<std::unique_ptr<Store>> store = OpenExistingStore(db, "export");
  if (!store.ok()) return kExitBadInput;
  std::ofstream file;
  if (!out_path.empty()) {
    file.open(out_path, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "plantrace export: " << out_path << ": cannot write\n";
      return kExitBadInput;
    }
  }
  std::ostream& out = out_path.empty() ? std::cout : file;
  Status s = format == "jsonl" ? ExportJsonl(*store.value(), out) : ExportCsv(*store.value(), out);
  if (s.ok()) out.flush();
  if (!s.ok() || !out) {
    std::cerr << "plantrace export: " << (s.ok() ? "cannot write the output" : s.ToString())
              << "\n";
    return kExitBadInput;
  }
  return kExitOk;
}

}  // namespace plantrace::cli

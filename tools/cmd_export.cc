// plantrace export [--db DB] --format jsonl|csv [--out FILE|DIR] [--excel]
#include <filesystem>
#include <fstream>
#include <iostream>

#include <boost/program_options.hpp>

#include "output/csv_writer.h"
#include "output/export.h"
#include "output/open_store.h"
#include "output/tidy_export.h"
#include "tools/commands.h"
#include "tools/parse_options.h"

namespace po = boost::program_options;

namespace plantrace::cli {

namespace {

// --out names a folder when it is one already, ends with '/', or has no
// extension ("exports", "out/"); a file otherwise ("items.csv").
bool IsFolderOut(const std::string& out) {
  if (out.empty()) return false;
  if (out.back() == '/') return true;
  std::error_code ec;
  if (std::filesystem::is_directory(out, ec)) return true;
  return std::filesystem::path(out).extension().empty();
}

}  // namespace

int RunExport(const std::vector<std::string>& args) {
  std::string db, format, out_path;
  po::options_description visible(
      "Usage: plantrace export --format jsonl|csv [options]\n\n"
      "Writes the stored records (docs/records.md). To stdout or a FILE: JSONL\n"
      "is every document followed by its items, then the links; CSV is one row\n"
      "per item. To a folder (--out DIR): one file per record kind — CSV\n"
      "documents.csv, items.csv, owners.csv, dates.csv, amounts.csv,\n"
      "updates.csv, links.csv … keyed by doc_id,item_id; JSONL documents.jsonl,\n"
      "items.jsonl, links.jsonl (docs/schema.md). The output is the same byte\n"
      "for byte on every run over the same store.\n\nOptions");
  visible.add_options()
      ("db", po::value(&db)->default_value(kDefaultDb), "SQLite file, or a postgresql:// URI")
      ("format", po::value(&format), "jsonl | csv (required)")
      ("out,o", po::value(&out_path),
       "write to FILE, or to the folder DIR (an existing folder, a path ending in '/' or "
       "without extension)")
      ("excel", po::bool_switch(), "CSV: start each file with the UTF-8 byte order mark, so "
       "that spreadsheets read '£' and '–' right")
      ("help,h", "show this help");
  po::variables_map vm;
  if (auto done = ParseOptions("export", args, visible, nullptr, {}, &vm)) return *done;
  if (format != "jsonl" && format != "csv") {
    std::cerr << "plantrace export: --format must be jsonl or csv\n";
    return kExitUsage;
  }
  const bool excel = vm["excel"].as<bool>();
  if (excel && format != "csv") {
    std::cerr << "plantrace export: --excel is for --format csv\n";
    return kExitUsage;
  }
  Result<std::unique_ptr<Store>> store = OpenExistingStore(db, "export");
  if (!store.ok()) return kExitBadInput;
  if (IsFolderOut(out_path)) {
    Status s = format == "csv" ? ExportCsvFolder(*store.value(), out_path, excel)
                               : ExportJsonlFolder(*store.value(), out_path);
    if (!s.ok()) {
      std::cerr << "plantrace export: " << s.ToString() << "\n";
      return kExitBadInput;
    }
    return kExitOk;
  }
  std::ofstream file;
  if (!out_path.empty()) {
    file.open(out_path, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "plantrace export: " << out_path << ": cannot write\n";
      return kExitBadInput;
    }
  }
  std::ostream& out = out_path.empty() ? std::cout : file;
  if (excel) out << kUtf8Bom;
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

// What the records and the store look like, for other tools:
//   plantrace schema               the JSON Schema (2020-12) of the exported records
//   plantrace datasette-metadata   Datasette's metadata.json for a SQLite store
//   plantrace themes               the theme ids and labels `query --theme` takes
#include <algorithm>
#include <filesystem>
#include <iostream>

#include <boost/program_options.hpp>

#include "json/json_value.h"
#include "output/datasette_metadata.h"
#include "output/records_schema.h"
#include "pipeline/link/themes.h"
#include "tools/commands.h"
#include "tools/parse_options.h"

namespace po = boost::program_options;

namespace plantrace::cli {

namespace {

// A command with no options but --help that prints one text.
int PrintText(const char* command, const std::vector<std::string>& args, const char* usage,
              const char* text) {
  po::options_description visible(usage);
  visible.add_options()("help,h", "show this help");
  po::variables_map vm;
  if (auto done = ParseOptions(command, args, visible, nullptr, {}, &vm)) return *done;
  std::cout << text;
  return kExitOk;
}

}  // namespace

int RunSchema(const std::vector<std::string>& args) {
  return PrintText("schema", args,
                   "Usage: plantrace schema\n\n"
                   "Prints the JSON Schema (draft 2020-12) of the records that\n"
                   "`plantrace export --format jsonl` writes (docs/records.md).\n\nOptions",
                   RecordsJsonSchema());
}

int RunDatasetteMetadata(const std::vector<std::string>& args) {
  std::string db;
  po::options_description visible(
      "Usage: plantrace datasette-metadata [--db FILE] > metadata.json\n\n"
      "Prints Datasette's metadata for a plantrace SQLite store: every table,\n"
      "view and column described, items searchable through items_fts. Then:\n"
      "  datasette plantrace.db --metadata metadata.json\n\nOptions");
  visible.add_options()
      ("db", po::value(&db)->default_value(kDefaultDb),
       "the SQLite file it is for: Datasette names the database after the file")
      ("help,h", "show this help");
  po::variables_map vm;
  if (auto done = ParseOptions("datasette-metadata", args, visible, nullptr, {}, &vm)) return *done;
  // docs/metadata.json describes "plantrace" (plantrace.db); Datasette keys
  // a database by its file name without the extension.
  std::string text = DatasetteMetadata();
  const std::string key = "\"plantrace\": {";
  const size_t at = text.find(key, text.find("\"databases\""));
  const std::string stem = std::filesystem::path(db).stem().string();
  if (at != std::string::npos && !stem.empty()) {
    JsonValue name(stem);
    text.replace(at, key.size(), name.Dump() + ": {");
  }
  std::cout << text;
  return kExitOk;
}

int RunThemes(const std::vector<std::string>& args) {
  po::options_description visible(
      "Usage: plantrace themes\n\n"
      "Lists the theme ids that `query --theme` and the report take, with\n"
      "their labels (data/themes.tsv).\n\nOptions");
  visible.add_options()("help,h", "show this help");
  po::variables_map vm;
  if (auto done = ParseOptions("themes", args, visible, nullptr, {}, &vm)) return *done;
  Result<ThemeLexicon> lexicon = ThemeLexicon::Load();
  if (!lexicon.ok()) {
    std::cerr << "plantrace themes: " << lexicon.status().ToString() << "\n";
    return kExitBadInput;
  }
  size_t width = 0;
  for (const Theme& t : lexicon->themes()) width = std::max(width, t.id.size());
  for (const Theme& t : lexicon->themes()) {
    std::cout << t.id << std::string(width + 2 - t.id.size(), ' ') << t.label << "\n";
  }
  return kExitOk;
}

}  // namespace plantrace::cli

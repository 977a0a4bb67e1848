// plantrace diff OLD NEW [--db DB] [--format text|json|html]
//
// OLD and NEW are "doc_id@N" (N the 1-based stored version) or "doc_id"
// (its newest version): two versions of one document, or two editions of a
// plan stored as two documents.
#include <iostream>

#include <boost/program_options.hpp>

#include "output/diff/item_diff.h"
#include "output/report/diff_render.h"
#include "tools/commands.h"
#include "tools/parse_options.h"

namespace po = boost::program_options;

namespace plantrace::cli {
namespace {

struct Side {
  std::string ref;  // as printed: "doc_id@N"
  DocumentRecord document;
  std::vector<ItemRecord> items;
};

// Reads one side; prints the reason and returns an error when it cannot.
Result<Side> LoadSide(Store& store, const std::string& arg) {
  std::string doc_id = arg;
  int version = 0;  // 0: the newest
  const size_t at = arg.rfind('@');
  if (at != std::string::npos) {
    doc_id = arg.substr(0, at);
    const std::string n = arg.substr(at + 1);
    if (n.empty() || n.size() > 6 || n.find_first_not_of("0123456789") != std::string::npos ||
        std::stoi(n) < 1) {
      return Status::InvalidArgument(arg, "the version after '@' must be a number from 1");
    }
    version = std::stoi(n);
  }
  Result<std::vector<VersionInfo>> versions = store.Versions(doc_id);
  if (!versions.ok()) return versions.status();
  if (versions->empty()) return Status::NotFound(arg, "no document '" + doc_id + "' is stored");
  if (version == 0) version = versions->back().version;
  const VersionInfo* found = nullptr;
  for (const VersionInfo& v : versions.value()) {
    if (v.version == version) found = &v;
  }
  if (!found) {
    return Status::NotFound(arg, "'" + doc_id + "' has " + std::to_string(versions->size()) +
                                     " stored version(s)");
  }
  Result<std::vector<ItemRecord>> items = store.VersionItems(doc_id, version);
  if (!items.ok()) return items.status();
  return Side{doc_id + "@" + std::to_string(version), found->document, std::move(items.value())};
}

}  // namespace

int RunDiff(const std::vector<std::string>& args) {
  std::vector<std::string> refs;
  std::string db, format = "text";
  po::options_description visible(
      "Usage: plantrace diff OLD NEW [--db DB] [--format text|json|html]\n\n"
      "What changed between two editions of a plan: items added, removed and\n"
      "changed (status, updates, dates, owners, text, …). OLD and NEW are\n"
      "doc_id@N (N the 1-based stored version) or doc_id (its newest version).\n"
      "Items are paired by item_id, then by their text.\n\nOptions");
  visible.add_options()
      ("db", po::value(&db)->default_value(kDefaultDb), "SQLite file, or a postgresql:// URI")
      ("format", po::value(&format)->default_value("text"), "text | json | html")
      ("help,h", "show this help");
  po::options_description hidden;
  hidden.add_options()("ref", po::value(&refs));
  po::variables_map vm;
  if (auto done = ParseOptions("diff", args, visible, &hidden, {"ref", 2}, &vm)) return *done;
  if (refs.size() != 2) {
    std::cerr << "plantrace diff: give OLD and NEW\n" << visible << "\n";
    return kExitUsage;
  }
  if (format != "text" && format != "json" && format != "html") {
    std::cerr << "plantrace diff: --format must be text, json or html\n";
    return kExitUsage;
  }
  Result<std::unique_ptr<Store>> store = OpenExistingStore(db, "diff");
  if (!store.ok()) return kExitBadInput;
  Result<Side> old_side = LoadSide(*store.value(), refs[0]);
  Result<Side> new_side = old_side.ok() ? LoadSide(*store.value(), refs[1]) : old_side;
  if (!new_side.ok()) {
    std::cerr << "plantrace diff: " << new_side.status().ToString() << "\n";
    return kExitBadInput;
  }
  const ItemDiff diff = DiffItems(old_side->items, new_side->items);
  const DiffSides sides{old_side->ref, new_side->ref, old_side->document, new_side->document};
  if (format == "json") std::cout << DiffToJson(sides, diff);
  else if (format == "html") std::cout << DiffToHtml(sides, diff);
  else std::cout << DiffToText(sides, diff);
  return kExitOk;
}

}  // namespace plantrace::cli

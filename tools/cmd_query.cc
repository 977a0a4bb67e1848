// plantrace query [--db DB] [--text WORDS] [--owner TITLE] [--theme T]
//   [--due-before DATE] [--status S] [--doc DOC] [--format table|json|csv]
#include <iostream>

#include <boost/program_options.hpp>

#include "output/item_formats.h"
#include "output/open_store.h"
#include "tools/commands.h"
#include "tools/option_values.h"
#include "tools/parse_options.h"

namespace po = boost::program_options;

namespace plantrace::cli {

int RunQuery(const std::vector<std::string>& args) {
  std::string db, format;
  ItemQuery q;
  po::options_description visible(
      "Usage: plantrace query [options]\n\n"
      "Finds stored items (the newest version of each document). Every filter\n"
      "given must hold. With --text the items are ranked by relevance (FTS5\n"
      "bm25 on SQLite); otherwise by doc_id and document order.\n\nOptions");
  visible.add_options()
      ("db", po::value(&db)->default_value(kDefaultDb), "SQLite file, or a postgresql:// URI")
      ("text", po::value(&q.text), "words that must all occur in the text, actions, "
       "deliverables or updates (English stems: 'reviewing' finds 'review')")
      ("owner", po::value(&q.owner), "part of an owner's canonical title, any case")
      ("theme", po::value(&q.theme), "a theme id (`plantrace themes` lists them; effective "
       "once `link` stores themes)")
      ("due-before", po::value(&q.due_before), "a due date ending before DATE (YYYY-MM-DD or YYYY-MM)")
      ("status", po::value(&q.status), "complete | on_track | in_progress | off_track | not_started")
      ("doc", po::value(&q.doc_id), "only this doc_id")
      ("limit", po::value(&q.limit)->default_value(0), "at most N items (0: all)")
      ("format", po::value(&format)->default_value("table"), "table | json | csv")
      ("help,h", "show this help");
  po::variables_map vm;
  if (auto done = ParseOptions("query", args, visible, nullptr, {}, &vm)) return *done;
  if (format != "table" && format != "json" && format != "csv") {
    std::cerr << "plantrace query: --format must be table, json or csv\n";
    return kExitUsage;
  }
  if (q.limit < 0) {
    std::cerr << "plantrace query: --limit must be 0 or more\n";
    return kExitUsage;
  }
  std::string problem;
  if (!q.status.empty()) problem = CheckStatusOption(q.status);
  if (problem.empty() && !q.theme.empty()) problem = CheckThemeOption(q.theme);
  if (problem.empty() && !q.due_before.empty()) problem = CheckDateOption("due-before", q.due_before);
  if (!problem.empty()) {
    std::cerr << "plantrace query: " << problem << "\n";
    return kExitUsage;
  }
  Result<std::unique_ptr<Store>> store = OpenExistingStore(db, "query");
  if (!store.ok()) return kExitBadInput;
  Result<std::vector<ItemRecord>> items = store.value()->FindItems(q);
  if (!items.ok()) {
    std::cerr << "plantrace query: " << items.status().ToString() << "\n";
    return items.status().code() == Status::Code::kInvalidArgument ? kExitUsage : kExitBadInput;
  }
  if (format == "json") {
    std::cout << ItemsJsonArray(items.value());
  } else if (format == "csv") {
    std::cout << ItemsCsvHeader();
    for (const ItemRecord& it : items.value()) std::cout << ItemCsvRow(it);
  } else {
    std::cout << ItemsTable(items.value());
    std::cerr << items->size() << " items\n";
  }
  return kExitOk;
}

}  // namespace plantrace::cli

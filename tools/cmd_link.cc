// plantrace link | trace REF | report --out DIR
//
// Until these read the store (--db), they read records from files given with
// --from: JSONL exports or gold answer files (tools/records_input.h). When
// the input holds no link records, trace and report compute the links.
#include <iostream>

#include <boost/program_options.hpp>

#include "output/report/site.h"
#include "output/report/trace_render.h"
#include "pipeline/lineage.h"
#include "pipeline/linker.h"
#include "tools/commands.h"
#include "tools/records_input.h"

namespace po = boost::program_options;

namespace plantrace::cli {
namespace {

// Parses `args`; returns -1 to go on, else the exit code.
int Parse(const char* cmd, const std::vector<std::string>& args, po::options_description& visible,
          const po::positional_options_description& pos, po::options_description& hidden,
          po::variables_map& vm) {
  po::options_description all;
  all.add(visible).add(hidden);
  try {
    po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "plantrace " << cmd << ": " << e.what() << "\n" << visible << "\n";
    return kExitUsage;
  }
  if (vm.count("help")) {
    std::cout << visible << "\n";
    return kExitOk;
  }
  return -1;
}

void AddInputOptions(po::options_description& d, std::vector<std::string>* from, std::string* db) {
  d.add_options()
      ("from", po::value(from)->composing(),
       "records to read: a JSONL export or a gold answer file (repeatable)")
      ("db", po::value(db), "the store (not available in this build: use --from)")
      ("help,h", "show this help");
}

// Reads the inputs; returns -1 to go on, else the exit code.
int Load(const char* cmd, const std::vector<std::string>& from, const std::string& db,
         RecordSet& set) {
  if (!db.empty() || from.empty()) {
    std::cerr << "plantrace " << cmd
              << ": this build does not read the store yet; give the records with --from FILE "
                 "(a JSONL export or gold answer file)\n";
    return kExitUsage;
  }
  for (const std::string& f : from) {
    Status s = ReadRecordsFile(f, set);
    if (!s.ok()) {
      std::cerr << "plantrace: " << s.ToString() << "\n";
      return kExitBadInput;
    }
  }
  return -1;
}

// Computes the links when the input has none.
int EnsureLinks(RecordSet& set) {
  if (!set.links.empty()) return -1;
  Result<Linker> linker = Linker::Load();
  if (!linker.ok()) {
    std::cerr << "plantrace: " << linker.status().ToString() << "\n";
    return kExitBadInput;
  }
  set.links = linker->Link(set.documents, set.items);
  return -1;
}

}  // namespace

int RunLink(const std::vector<std::string>& args) {
  std::vector<std::string> from;
  std::string db;
  po::options_description visible(
      "Usage: plantrace link --from FILE... \n\n"
      "Links the same recommendation across plans (earlier document -> later\n"
      "document) and prints the link records as JSONL (docs/records.md).\n\nOptions");
  AddInputOptions(visible, &from, &db);
  po::options_description hidden;
  po::positional_options_description pos;
  po::variables_map vm;
  if (int rc = Parse("link", args, visible, pos, hidden, vm); rc >= 0) return rc;
  RecordSet set;
  if (int rc = Load("link", from, db, set); rc >= 0) return rc;
  set.links.clear();
  if (int rc = EnsureLinks(set); rc >= 0) return rc;
  RecordSet only_links;
  only_links.links = std::move(set.links);
  std::cout << RecordsToJsonl(only_links);
  return kExitOk;
}

int RunTrace(const std::vector<std::string>& args) {
  std::vector<std::string> from;
  std::string db, ref, format = "text";
  po::options_description visible(
      "Usage: plantrace trace REF --from FILE... [--format text|json|html]\n\n"
      "The lineage of one item (REF = doc_id#item_id) across every plan,\n"
      "oldest first, with each link's reasons.\n\nOptions");
  visible.add_options()("format", po::value(&format)->default_value("text"), "text | json | html");
  AddInputOptions(visible, &from, &db);
  po::options_description hidden;
  hidden.add_options()("ref", po::value(&ref));
  po::positional_options_description pos;
  pos.add("ref", 1);
  po::variables_map vm;
  if (int rc = Parse("trace", args, visible, pos, hidden, vm); rc >= 0) return rc;
  if (ref.empty()) {
    std::cerr << "plantrace trace: no REF given (doc_id#item_id)\n" << visible << "\n";
    return kExitUsage;
  }
  if (format != "text" && format != "json" && format != "html") {
    std::cerr << "plantrace trace: --format must be text, json or html, not '" << format << "'\n";
    return kExitUsage;
  }
  RecordSet set;
  if (int rc = Load("trace", from, db, set); rc >= 0) return rc;
  if (int rc = EnsureLinks(set); rc >= 0) return rc;
  Result<Trace> trace = TraceItem(ref, set.documents, set.items, set.links);
  if (!trace.ok()) {
    std::cerr << "plantrace trace: " << trace.status().ToString() << "\n";
    return kExitUsage;
  }
  if (format == "json") {
    std::cout << TraceToJson(trace.value());
  } else if (format == "html") {
    std::cout << TraceToHtml(trace.value(), set.documents);
  } else {
    std::cout << TraceToText(trace.value(), set.documents);
  }
  return kExitOk;
}

int RunReport(const std::vector<std::string>& args) {
  std::vector<std::string> from;
  std::string db, out;
  po::options_description visible(
      "Usage: plantrace report --from FILE... --out DIR\n\n"
      "Writes a static HTML site into DIR that works from file://: an index of\n"
      "documents, a page per document with its items, and one timeline per\n"
      "recurring recommendation.\n\nOptions");
  visible.add_options()("out", po::value(&out), "the folder to write (created when missing)");
  AddInputOptions(visible, &from, &db);
  po::options_description hidden;
  po::positional_options_description pos;
  po::variables_map vm;
  if (int rc = Parse("report", args, visible, pos, hidden, vm); rc >= 0) return rc;
  if (out.empty()) {
    std::cerr << "plantrace report: --out DIR is required\n" << visible << "\n";
    return kExitUsage;
  }
  RecordSet set;
  if (int rc = Load("report", from, db, set); rc >= 0) return rc;
  if (int rc = EnsureLinks(set); rc >= 0) return rc;
  ReportInput input;
  input.lineages = BuildLineages(set.documents, set.items, set.links);
  input.documents = std::move(set.documents);
  input.items = std::move(set.items);
  input.links = std::move(set.links);
  Status s = WriteReport(input, out);
  if (!s.ok()) {
    std::cerr << "plantrace: " << s.ToString() << "\n";
    return kExitBadInput;
  }
  std::cerr << "plantrace report: " << input.documents.size() << " documents, "
            << input.lineages.size() << " timelines written to " << out << "\n";
  return kExitOk;
}

}  // namespace plantrace::cli

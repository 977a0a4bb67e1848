// plantrace link | trace REF | report --out DIR
//
// They read the store (--db, default plantrace.db); --from FILE reads
// records from JSONL exports or gold answer files instead
// (tools/records_input.h). When the input holds no link records, trace and
// report compute the links for that run (and say so).
#include <unistd.h>

#include <algorithm>
#include <iostream>

#include <boost/program_options.hpp>

#include "ingest/link_store.h"
#include "model/records_json.h"
#include "output/open_store.h"
#include "output/report/site.h"
#include "output/report/trace_render.h"
#include "pipeline/link/lineage.h"
#include "pipeline/link/linker.h"
#include "pipeline/link/themes.h"
#include "tools/commands.h"
#include "tools/parse_options.h"
#include "tools/records_input.h"
#include "pipeline/shared/item_ref.h"

namespace po = boost::program_options;

namespace plantrace::cli {
namespace {

void AddInputOptions(po::options_description& d, std::vector<std::string>* from, std::string* db) {
  d.add_options()
      ("db", po::value(db)->default_value(kDefaultDb), "SQLite file, or a postgresql:// URI")
      ("from", po::value(from)->composing(),
       "read records from FILE instead of the store: a JSONL export or a gold answer file "
       "(repeatable)")
      ("help,h", "show this help");
}

// Reads the records of the newest version of every stored document, and
// the stored links.
Status LoadStore(Store& store, RecordSet& set) {
  Result<std::vector<DocumentRecord>> docs = store.Documents();
  if (!docs.ok()) return docs.status();
  set.documents = std::move(docs.value());
  for (const DocumentRecord& d : set.documents) {
    Result<std::vector<ItemRecord>> items = store.Items(d.doc_id);
    if (!items.ok()) return items.status();
    for (ItemRecord& item : items.value()) set.items.push_back(std::move(item));
  }
  Result<std::vector<LinkRecord>> links = store.Links();
  if (!links.ok()) return links.status();
  set.links = std::move(links.value());
  return Status::Ok();
}

// Reads the inputs: the --from files when given, else the store. Returns
// -1 to go on, else the exit code. `store` is left open for writing back.
int Load(const char* cmd, const std::vector<std::string>& from, const std::string& db,
         RecordSet& set, std::unique_ptr<Store>* store) {
  if (!from.empty()) {
    for (const std::string& f : from) {
      Status s = ReadRecordsFile(f, set);
      if (!s.ok()) {
        std::cerr << "plantrace " << cmd << ": " << s.ToString() << "\n";
        return kExitBadInput;
      }
    }
    return -1;
  }
  Result<std::unique_ptr<Store>> opened = OpenExistingStore(db, cmd);
  if (!opened.ok()) return kExitBadInput;
  Status s = LoadStore(*opened.value(), set);
  if (!s.ok()) {
    std::cerr << "plantrace " << cmd << ": " << s.ToString() << "\n";
    return kExitBadInput;
  }
  if (store) *store = std::move(opened.value());
  return -1;
}

// Computes the links when the input has none (a store where `plantrace
// link` has not run, or files without link records).
// A page counter redrawn in place on a terminal; nothing per page
// otherwise (the closing line says what was written).
class ReportProgress {
 public:
  ReportProgress(std::ostream& out, bool terminal) : out_(out), terminal_(terminal) {}
  void Page(size_t done, size_t total) {
    if (!terminal_) return;
    out_ << "\rplantrace report: page " << done << " of " << total << std::flush;
    shown_ = true;
  }
  void Done() {
    if (shown_) out_ << "\r\033[K" << std::flush;
  }

 private:
  std::ostream& out_;
  bool terminal_;
  bool shown_ = false;
};

int EnsureLinks(const char* cmd, RecordSet& set, bool from_store) {
  if (!set.links.empty()) return -1;
  if (from_store && !set.items.empty()) {
    std::cerr << "plantrace " << cmd
              << ": no links stored (run `plantrace link`); computing them for this run\n";
  }
  Result<Linker> linker = Linker::Load();
  if (!linker.ok()) {
    std::cerr << "plantrace: " << linker.status().ToString() << "\n";
    return kExitBadInput;
  }
  set.links = linker->Link(set.documents, set.items);
  return -1;
}

// Links the stored items and stores the links and themes (the same code
// as `ingest` and `fetch` run after storing: ingest/link_store.h).
int LinkTheStore(Store& store, const LinkRequest& request, const std::string& db) {
  Result<LinkStoreTotals> linked = LinkStore(store, request, [](const std::string& stage) {
    std::cerr << "plantrace link: " << stage << "\n";
  });
  if (!linked.ok()) {
    std::cerr << "plantrace link: " << linked.status().ToString() << "\n";
    return kExitBadInput;
  }
  if (linked->unchanged) {
    std::cerr << "plantrace link: " << linked->links
              << " links stand: nothing changed since the last linking (documents, items, "
                 "--min-score); 0 pairs scored; "
              << linked->lineages << " lineages among " << linked->items << " items of "
              << linked->documents << " documents stored in " << db << "\n";
    return kExitOk;
  }
  if (!linked->full) {
    std::cerr << "plantrace link: " << linked->links << " links among " << linked->items
              << " items of " << linked->documents << " documents stored in " << db
              << "; incremental: " << linked->changed_documents
              << " changed documents, the links into " << linked->decided_documents
              << " documents decided again (" << linked->kept << " unchanged, " << linked->added
              << " new, " << linked->removed << " removed), the others kept; "
              << linked->scored_pairs
              << " pairs scored with the term weights of the last full relink (`link --full` "
                 "takes them afresh)\n";
    return kExitOk;
  }
  std::cerr << "plantrace link: " << linked->links << " links (" << linked->kept
            << " unchanged, " << linked->added << " new, " << linked->removed << " removed), "
            << linked->lineages << " lineages among " << linked->items << " items of "
            << linked->documents << " documents stored in " << db << "; "
            << linked->scored_pairs << " pairs scored (a full relink: " << linked->full_reason
            << ")\n";
  return kExitOk;
}

}  // namespace

int RunLink(const std::vector<std::string>& args) {
  std::vector<std::string> from;
  std::string db;
  LinkOptions options;
  double min_score = options.link_score;
  po::options_description visible(
      "Usage: plantrace link [--db DB] [--min-score X] [--full]\n\n"
      "Links the same recommendation across plans (earlier document -> later\n"
      "document) among the stored items and stores the links, replacing those\n"
      "computed before (an unchanged link keeps its row), with each item's\n"
      "themes (for `query --theme`). `ingest` and `fetch` link with the\n"
      "--min-score given to the last `link`.\n"
      "Incremental: after documents were stored or re-versioned, only the links\n"
      "into the documents they can reach are decided again, with the term\n"
      "weights (document frequencies) of the last full relink; the other links\n"
      "stay. A full relink takes the weights afresh: with --full, on the first\n"
      "linking, after another --min-score, and once the items changed since the\n"
      "weights were taken pass 10% of those they were taken from.\n"
      "With --from FILE the records are read from files and the links printed\n"
      "as JSONL instead (docs/records.md).\n\n"
      "A link's score is in [0, 1]: a weighted mean of the similarity of the\n"
      "two texts (weight 3), of their themes (0.3) and of their owners'\n"
      "functions (0.1), times 0.85 for a risk or a decision; 1 for the same\n"
      "decision number in both papers (docs/decisions.md, issue 16).\n\nOptions");
  visible.add_options()
      ("min-score", po::value(&min_score),
       "keep only links whose score reaches X (0 to 1); below the default it also "
       "lowers the threshold candidates are kept at. Default: 0.1324; 0.1088 for "
       "a later item that says it continues an earlier one of at most two years "
       "before; 0.1 into a later paper that the earlier paper's items name");
  visible.add_options()("full",
                        "decide every link again with term weights taken afresh from every "
                        "stored item (a full relink), rather than only the links changed "
                        "documents reach");
  AddInputOptions(visible, &from, &db);
  po::variables_map vm;
  if (auto done = ParseOptions("link", args, visible, nullptr, {}, &vm)) return *done;
  if (!(min_score >= 0 && min_score <= 1)) {
    std::cerr << "plantrace link: --min-score must be between 0 and 1, not " << min_score << "\n";
    return kExitUsage;
  }
  // Without --min-score: the linker's own thresholds, as `ingest` and
  // `fetch` link (a continuation is kept from a lower score).
  if (vm.count("min-score")) options = LinkOptionsForMinScore(min_score);
  if (from.empty()) {
    Result<std::unique_ptr<Store>> store = OpenExistingStore(db, "link");
    if (!store.ok()) return kExitBadInput;
    LinkRequest request;
    if (vm.count("min-score")) request.min_score = min_score;
    request.full = vm.count("full") > 0;
    return LinkTheStore(*store.value(), request, db);
  }
  RecordSet set;
  if (int rc = Load("link", from, db, set, nullptr); rc >= 0) return rc;
  Result<Linker> linker = Linker::Load(options);
  if (!linker.ok()) {
    std::cerr << "plantrace: " << linker.status().ToString() << "\n";
    return kExitBadInput;
  }
  std::cerr << "plantrace link: linking " << set.items.size() << " items of "
            << set.documents.size() << " documents\n";
  // Streamed: each link is written as it is made.
  Linker::Stats stats;
  size_t written = 0;
  std::string line;
  linker->Link(
      set.documents, set.items,
      [&](LinkRecord&& link) {
        line.clear();
        AppendLinkRecordJson(link, line);
        line += '\n';
        std::cout.write(line.data(), static_cast<std::streamsize>(line.size()));
        ++written;
      },
      &stats);
  std::cout.flush();
  std::cerr << "plantrace link: " << written << " links; " << stats.scored_pairs << " of "
            << stats.candidate_pairs << " candidate pairs scored\n";
  return kExitOk;
}

int RunTrace(const std::vector<std::string>& args) {
  std::vector<std::string> from;
  std::string db, ref, format = "text";
  po::options_description visible(
      "Usage: plantrace trace REF [--db DB] [--format text|json|html]\n\n"
      "The lineage of one item (REF = doc_id#item_id) across every plan,\n"
      "oldest first, with each link's reasons.\n\nOptions");
  visible.add_options()("format", po::value(&format)->default_value("text"), "text | json | html");
  AddInputOptions(visible, &from, &db);
  po::options_description hidden;
  hidden.add_options()("ref", po::value(&ref));
  po::variables_map vm;
  if (auto done = ParseOptions("trace", args, visible, &hidden, {"ref", 1}, &vm)) return *done;
  if (ref.empty()) {
    std::cerr << "plantrace trace: no REF given (doc_id#item_id)\n" << visible << "\n";
    return kExitUsage;
  }
  if (format != "text" && format != "json" && format != "html") {
    std::cerr << "plantrace trace: --format must be text, json or html, not '" << format << "'\n";
    return kExitUsage;
  }
  RecordSet set;
  if (int rc = Load("trace", from, db, set, nullptr); rc >= 0) return rc;
  if (int rc = EnsureLinks("trace", set, from.empty()); rc >= 0) return rc;
  Result<Trace> trace = TraceItem(ref, set.documents, set.items, set.links);
  if (!trace.ok()) {
    std::cerr << "plantrace trace: " << trace.status().ToString() << "\n";
    // An item that is not there is input that cannot be read (exit 2); a
    // REF without '#' is a usage error.
    return trace.status().code() == Status::Code::kInvalidArgument ? kExitUsage : kExitBadInput;
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
      "Usage: plantrace report [--db DB] --out DIR\n\n"
      "Writes a static HTML site into DIR that works from file://: an index of\n"
      "documents, a page per document with its items, and one timeline per\n"
      "recurring recommendation.\n\nOptions");
  visible.add_options()("out", po::value(&out), "the folder to write (created when missing)");
  AddInputOptions(visible, &from, &db);
  po::variables_map vm;
  if (auto done = ParseOptions("report", args, visible, nullptr, {}, &vm)) return *done;
  if (out.empty()) {
    std::cerr << "plantrace report: --out DIR is required\n" << visible << "\n";
    return kExitUsage;
  }
  RecordSet set;
  if (int rc = Load("report", from, db, set, nullptr); rc >= 0) return rc;
  if (int rc = EnsureLinks("report", set, from.empty()); rc >= 0) return rc;
  Result<ThemeLexicon> lexicon = ThemeLexicon::Load();
  if (!lexicon.ok()) {
    std::cerr << "plantrace report: " << lexicon.status().ToString() << "\n";
    return kExitBadInput;
  }
  ReportInput input;
  input.themes = lexicon->themes();
  for (const ItemRecord& item : set.items) input.item_themes[ItemRef(item)] = lexicon->ThemesOf(item);
  input.lineages = BuildLineages(set.documents, set.items, set.links);
  input.documents = std::move(set.documents);
  input.items = std::move(set.items);
  input.links = std::move(set.links);
  std::cerr << "plantrace report: writing the pages of " << input.documents.size()
            << " documents and " << input.lineages.size() << " timelines\n";
  ReportProgress progress(std::cerr, isatty(STDERR_FILENO) != 0);
  const size_t documents = input.documents.size(), timelines = input.lineages.size();
  std::vector<std::string> warnings;
  Status s = WriteReport(std::move(input), out,
                         [&](size_t done, size_t total) { progress.Page(done, total); }, &warnings);
  progress.Done();
  for (const std::string& w : warnings) std::cerr << "plantrace report: warning: " << w << "\n";
  if (!s.ok()) {
    std::cerr << "plantrace: " << s.ToString() << "\n";
    return kExitBadInput;
  }
  std::cerr << "plantrace report: " << documents << " documents, " << timelines
            << " timelines written to " << out << " (open " << out << "/index.html)\n";
  return kExitOk;
}

}  // namespace plantrace::cli

// plantrace ingest PATH... [--db DB] [--jobs N] [--ocr auto|always|never]
//   [--title T] [--publisher P] [--date D] [--plan-cycle C] [--doc-type T]
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <thread>

#include <boost/program_options.hpp>

#include "common/utc_now.h"
#include "ingest/file_doc_ids.h"
#include "ingest/ingest.h"
#include "ingest/link_store.h"
#include "ingest/meta_options.h"
#include "ingest/progress.h"
#include "output/open_store.h"
#include "pipeline/shared/data_files.h"
#include "tools/commands.h"
#include "tools/input_paths.h"
#include "tools/ocr_arg.h"
#include "tools/parse_options.h"

namespace po = boost::program_options;

namespace plantrace::cli {

int RunIngest(const std::vector<std::string>& args) {
  std::vector<std::string> paths;
  std::string db;
  int jobs = 1;
  std::string ocr = "auto";
  MetaOptions meta;
  po::options_description visible(
      "Usage: plantrace ingest PATH... [options]\n\n"
      "Reads files, folders (recursively) or a manifest.json, extracts and\n"
      "normalises every PDF and HTML document, and stores its records. A file\n"
      "whose content (sha256) is stored already is not read again: the metadata\n"
      "a manifest or the options below set updates its record in place, else it\n"
      "is skipped; a changed file is stored as a new version. Files that are\n"
      "neither PDF nor HTML are skipped with a note. The new documents are then\n"
      "linked to those stored before (as `plantrace link` does). Exit 2 when a\n"
      "PATH does not exist (nothing is read); exit 3 when some files failed\n"
      "(each is named on stderr) or nothing was stored.\n\nOptions");
  visible.add_options()
      ("db", po::value(&db)->default_value(kDefaultDb),
       "SQLite file, or a postgresql:// URI")
      ("jobs,j", po::value(&jobs)->default_value(1),
       "files extracted in parallel (one writer stores them)")
      ("ocr", po::value(&ocr)->default_value("auto"), kOcrHelp)
      ("title", po::value(&meta.title), "the title of every file of this call")
      ("publisher", po::value(&meta.publisher), "their publisher")
      ("date", po::value(&meta.date), "their date: YYYY, YYYY-MM or YYYY-MM-DD")
      ("plan-cycle", po::value(&meta.plan_cycle), "their plan cycle: 2018, 2023-24")
      ("doc-type", po::value(&meta.doc_type),
       "their type: report | record_of_decision | minutes | agenda | appendix | "
       "impact_assessment | amendment | register | plan | assessment | other")
      ("help,h", "show this help");
  po::options_description hidden;
  hidden.add_options()("path", po::value(&paths));
  po::variables_map vm;
  if (auto done = ParseOptions("ingest", args, visible, &hidden, {"path", -1}, &vm)) {
    return *done;
  }
  if (paths.empty()) {
    std::cerr << "plantrace ingest: no PATH given\n" << visible << "\n";
    return kExitUsage;
  }
  if (jobs < 1 || jobs > 256) {
    std::cerr << "plantrace ingest: --jobs must be between 1 and 256\n";
    return kExitUsage;
  }
  const std::optional<OcrMode> ocr_mode = ParseOcrMode(ocr);
  if (!ocr_mode) {
    std::cerr << "plantrace ingest: --ocr must be auto, always or never, not '" << ocr << "'\n";
    return kExitUsage;
  }
  const std::vector<std::string> bad_meta = CheckMetaOptions(meta);
  for (const std::string& m : bad_meta) std::cerr << "plantrace ingest: " << m << "\n";
  if (!bad_meta.empty()) return kExitUsage;

  const std::vector<std::string> problems = PathProblems(paths);
  for (const std::string& p : problems) std::cerr << "plantrace ingest: " << p << "\n";
  if (!problems.empty()) return kExitBadInput;

  Result<RecordBuilder> builder = RecordBuilder::Load(DataDir());
  if (!builder.ok()) {
    std::cerr << "plantrace ingest: " << builder.status().ToString() << "\n";
    return kExitBadInput;
  }
  std::error_code ec;
  const bool new_sqlite_store = !IsPostgresUri(db) && !std::filesystem::exists(db, ec);
  Result<std::unique_ptr<Store>> store = OpenStore(db);
  if (!store.ok()) {
    std::cerr << "plantrace ingest: " << store.status().ToString() << "\n";
    return kExitBadInput;
  }
  CollectedTasks collected = CollectIngestTasks(paths);
  ApplyMetaOptions(meta, &collected.tasks);
  if (Status s = AssignFileDocIds(&collected.tasks, *store.value()); !s.ok()) {
    std::cerr << "plantrace ingest: " << s.ToString() << "\n";
    return kExitBadInput;
  }
  for (const std::string& n : collected.notes) std::cerr << "plantrace ingest: warning: " << n << "\n";
  for (const std::string& m : collected.missing) {
    std::cerr << "plantrace ingest: failed: " << m << ": not found\n";
  }
  const std::string started = UtcNow();
  IngestOptions options;
  options.jobs = jobs;
  options.extract.ocr = *ocr_mode;
  IngestProgress progress(std::cerr, isatty(STDERR_FILENO) != 0);
  IngestTotals totals = Ingest(collected.tasks, *store.value(), builder.value(), options,
                               [&](const IngestEvent& e) { progress.OnEvent(e); });
  totals.failed += collected.missing.size();
  progress.Finish(totals);
  // New documents are linked to those stored before, and the run recorded
  // for `summary`; also after a killed run that stored without linking.
  Result<std::optional<LinkStoreTotals>> linked = LinkAndRecordRun(*store.value(), "ingest", started);
  if (!linked.ok()) {
    std::cerr << "plantrace ingest: failed: linking: " << linked.status().ToString() << "\n";
    return kExitSomeFailed;
  }
  // A corrected date changes the links' direction and matching: relink,
  // unless new versions were linked just now.
  if (!linked->has_value() && totals.dates_changed) {
    // With the min score of the last linking, as after new versions.
    LinkRequest request;
    request.command = "ingest";
    if (Result<LinkState> state = store.value()->LinkStatus(); state.ok() && state->last) {
      request.min_score = state->last->min_score;
    }
    Result<LinkStoreTotals> relinked = LinkStore(*store.value(), request);
    if (!relinked.ok()) {
      std::cerr << "plantrace ingest: failed: linking: " << relinked.status().ToString() << "\n";
      return kExitSomeFailed;
    }
    linked.value() = relinked.value();
  }
  if (linked->has_value()) {
    const LinkStoreTotals& l = *linked.value();
    std::cerr << "plantrace ingest: linked: " << l.links << " links among " << l.items
              << " items of " << l.documents << " documents\n";
  }
  const bool stored_any = totals.stored + totals.new_versions > 0;
  if (new_sqlite_store && !stored_any) {
    // Leave no empty store behind: the next command would find it and say
    // "0 documents" instead of "run ingest first".
    store.value().reset();
    RemoveSqliteFiles(db);
  }
  if (!stored_any && totals.updated == 0 && totals.skipped == 0 && totals.failed == 0) {
    std::cerr << "plantrace ingest: nothing stored: "
              << (totals.odd ? std::to_string(totals.odd) + " file(s) found, none a PDF or HTML file"
                             : std::string("no files found"))
              << (new_sqlite_store ? "; no store created" : "") << "\n";
    return kExitSomeFailed;
  }
  if (totals.no_text) {
    std::cerr << "plantrace ingest: " << totals.no_text
              << " document(s) stored without any text (scanned pages; no OCR)\n";
  }
  return totals.failed || totals.no_text ? kExitSomeFailed : kExitOk;
}

}  // namespace plantrace::cli

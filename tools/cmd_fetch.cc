// plantrace fetch URL... [--db DB] [--depth N] [--match REGEX] [--since DATE]
//                        [--rate SECONDS] [--any-host] [--timeout SECONDS]
#include <filesystem>
#include <iostream>

#include <boost/program_options.hpp>

#include "common/utc_now.h"
#include "ingest/fetch/fetch.h"
#include "ingest/link_store.h"
#include "output/open_store.h"
#include "pipeline/shared/data_files.h"
#include "tools/commands.h"
#include "tools/input_paths.h"
#include "tools/parse_options.h"

namespace po = boost::program_options;

namespace plantrace::cli {
namespace {

bool IsIsoDay(const std::string& s) {
  auto digits = [&](size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i) {
      if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    }
    return true;
  };
  if (s.size() == 7) return digits(0, 4) && s[4] == '-' && digits(5, 2);
  return s.size() == 10 && digits(0, 4) && s[4] == '-' && digits(5, 2) && s[7] == '-' &&
         digits(8, 2);
}

void PrintEvent(const FetchEvent& e) {
  std::ostream& err = std::cerr;
  switch (e.outcome) {
    case FetchOutcome::kPage:
      err << "plantrace fetch: page " << e.url << ": " << e.message << "\n";
      break;
    case FetchOutcome::kStored:
    case FetchOutcome::kNewVersion:
      err << "plantrace fetch: " << (e.outcome == FetchOutcome::kStored ? "stored " : "new version ")
          << e.url << " -> " << e.doc_id << " (" << e.items << " items)\n";
      for (const std::string& w : e.warnings) err << "plantrace fetch: warning: " << w << "\n";
      break;
    case FetchOutcome::kUnchanged:
      err << "plantrace fetch: unchanged " << e.url << (e.message.empty() ? "" : ": ")
          << e.message << "\n";
      break;
    case FetchOutcome::kSkipped:
      err << "plantrace fetch: note: skipped " << e.url << ": " << e.message << "\n";
      break;
    case FetchOutcome::kFailed:
      err << "plantrace fetch: failed: " << e.url << (e.url.empty() ? "" : ": ") << e.message
          << "\n";
      break;
  }
}

}  // namespace

int RunFetch(const std::vector<std::string>& args) {
  std::vector<std::string> urls;
  std::string db;
  FetchOptions options;
  double rate = 1.0, timeout = 60;
  po::options_description visible(
      "Usage: plantrace fetch URL... [options]\n\n"
      "Reads council pages (a ModernGov meeting page, a committee's list of\n"
      "papers), finds the PDF and HTML documents they link to (by name, or by\n"
      "what the server answers: application/pdf, a Content-Disposition file\n"
      "name), downloads those that are new or changed and ingests them with\n"
      "their URL as source; then links the new documents to those stored.\n"
      "Polite: robots.txt, a delay between requests to one host, conditional\n"
      "requests (ETag / Last-Modified remembered in the store), retries on 5xx.\n"
      "Stays on each page's host. Word files and spreadsheets are skipped with a\n"
      "note. Exit 3 when some URL failed (each named on stderr); run again to\n"
      "resume.\n\nOptions");
  visible.add_options()
      ("db", po::value(&db)->default_value(kDefaultDb), "SQLite file, or a postgresql:// URI")
      ("depth", po::value(&options.depth)->default_value(1),
       "link levels to request from the pages given (1: the pages and what they link to)")
      ("match", po::value(&options.match),
       "only documents whose URL, link text or file name matches this regex (any case)")
      ("since", po::value(&options.since),
       "only documents modified on or after DATE (YYYY-MM-DD or YYYY-MM)")
      ("rate", po::value(&rate)->default_value(1.0), "seconds between two requests to one host")
      ("any-host", po::bool_switch(&options.any_host), "also follow links to other hosts")
      ("timeout", po::value(&timeout)->default_value(60), "seconds one request may take")
      ("help,h", "show this help");
  po::options_description hidden;
  hidden.add_options()("url", po::value(&urls));
  po::variables_map vm;
  if (auto done = ParseOptions("fetch", args, visible, &hidden, {"url", -1}, &vm)) return *done;
  if (urls.empty()) {
    std::cerr << "plantrace fetch: no URL given\n" << visible << "\n";
    return kExitUsage;
  }
  if (options.depth < 0 || options.depth > 10) {
    std::cerr << "plantrace fetch: --depth must be between 0 and 10\n";
    return kExitUsage;
  }
  if (!(rate >= 0 && rate <= 3600) || !(timeout > 0 && timeout <= 3600)) {
    std::cerr << "plantrace fetch: --rate must be 0 to 3600 seconds, --timeout above 0\n";
    return kExitUsage;
  }
  if (!options.since.empty() && !IsIsoDay(options.since)) {
    std::cerr << "plantrace fetch: --since must be YYYY-MM-DD or YYYY-MM\n";
    return kExitUsage;
  }
  if (!options.match.empty() && !IsValidFetchMatch(options.match)) {
    std::cerr << "plantrace fetch: --match: not a valid regular expression\n";
    return kExitUsage;
  }
  options.polite.delay_seconds = rate;
  options.http.timeout_seconds = timeout;
  options.http.connect_timeout_seconds = std::min(timeout, 15.0);

  Result<RecordBuilder> builder = RecordBuilder::Load(DataDir());
  if (!builder.ok()) {
    std::cerr << "plantrace fetch: " << builder.status().ToString() << "\n";
    return kExitBadInput;
  }
  std::error_code ec;
  const bool new_sqlite_store = !IsPostgresUri(db) && !std::filesystem::exists(db, ec);
  Result<std::unique_ptr<Store>> store = OpenStore(db);
  if (!store.ok()) {
    std::cerr << "plantrace fetch: " << store.status().ToString() << "\n";
    return kExitBadInput;
  }
  const std::string started = UtcNow();
  std::unique_ptr<Http> http = MakeCurlHttp(options.http);
  FetchTotals t = Fetch(urls, *http, *store.value(), builder.value(), options, PrintEvent);
  std::cerr << "plantrace fetch: " << t.pages << " page(s) read, " << t.stored << " stored, "
            << t.new_versions << " new version(s), " << t.unchanged << " unchanged, " << t.skipped
            << " skipped, " << t.failed << " failed; " << t.requests << " request(s), "
            << t.conditional << " conditional\n";
  // New documents are linked to those stored before, and the run recorded
  // for `summary`; also after a killed run that stored without linking.
  Result<std::optional<LinkStoreTotals>> linked = LinkAndRecordRun(*store.value(), "fetch", started);
  if (!linked.ok()) {
    std::cerr << "plantrace fetch: failed: linking: " << linked.status().ToString() << "\n";
    return kExitSomeFailed;
  }
  if (linked->has_value()) {
    const LinkStoreTotals& l = *linked.value();
    std::cerr << "plantrace fetch: linked: " << l.links << " links among " << l.items
              << " items of " << l.documents << " documents\n";
  }
  if (new_sqlite_store && t.stored + t.new_versions == 0) {
    // Leave no empty store behind (as ingest does): the next command would
    // find it and say "0 documents" instead of "run ingest first".
    store.value().reset();
    RemoveSqliteFiles(db);
    std::cerr << "plantrace fetch: nothing stored; no store created\n";
  }
  return t.failed ? kExitSomeFailed : kExitOk;
}

}  // namespace plantrace::cli

// Fetch(): the crawl. Breadth-first from the pages given, one request at a
// time, each document ingested (its own transaction) and its URL's
// validators remembered as soon as it is stored, so an interrupted run
// loses nothing and the next run resumes where it stopped.
#include <stdlib.h>

#include <cstdio>
#include <ctime>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <utility>
#include <vector>

#include "common/utc_now.h"
#include "corpus/file_bytes.h"
#include "corpus/manifest.h"
#include "extractors/html/html_links.h"
#include "ingest/fetch/fetch.h"
#include "ingest/fetch/link_kind.h"
#include "ingest/fetch/scratch_dir.h"
#include "ingest/fetch/url.h"

namespace fs = std::filesystem;

namespace plantrace {

bool IsValidFetchMatch(const std::string& regex) {
  try {
    std::regex re(regex, std::regex::ECMAScript | std::regex::icase);
    return true;
  } catch (const std::regex_error&) {
    return false;
  }
}

namespace {

std::string ReplaceAll(std::string s, const std::string& from, const std::string& to) {
  if (from.empty()) return s;
  for (size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size()) {
    s.replace(at, from.size(), to);
  }
  return s;
}

struct Visit {
  std::string url;
  int level = 0;
  std::string link_text;   // the anchor's text on the page that linked here
  std::string page_title;  // that page's title
};

class Crawl {
 public:
  Crawl(Http& http, Store& store, const RecordBuilder& builder, const FetchOptions& options,
        const std::function<void(const FetchEvent&)>& on_event)
      : polite_(http, options.polite),
        store_(store),
        builder_(builder),
        options_(options),
        on_event_(on_event) {
    if (!options.match.empty()) {
      match_ = std::regex(options.match, std::regex::ECMAScript | std::regex::icase);
    }
    since_http_ = HttpDateOfIsoDay(options.since);
    if (!since_http_.empty()) since_ = ParseHttpDate(since_http_);
  }

  FetchTotals Run(const std::vector<std::string>& urls);

 private:
  void Emit(FetchOutcome outcome, const std::string& url, std::string message,
            const std::string& doc_id = "");
  void VisitOne(const Visit& v);
  void ReadPage(const Visit& v, const HttpResponse& r);
  void TakeDocument(const Visit& v, const HttpResponse& r, const std::string& format,
                    const std::string& file_name);
  bool Matches(const Visit& v, const std::string& file_name) const;
  std::string NewDocId(const std::string& name, const std::string& sha);

  PoliteHttp polite_;
  Store& store_;
  const RecordBuilder& builder_;
  const FetchOptions& options_;
  const std::function<void(const FetchEvent&)>& on_event_;
  std::optional<std::regex> match_;
  std::string since_http_;
  std::optional<int64_t> since_;

  FetchTotals totals_;
  std::deque<Visit> queue_;
  std::set<std::string> seen_;                 // URLs queued or requested
  std::map<std::string, FetchedUrl> known_;    // remembered from earlier runs
  std::set<std::string> taken_ids_;            // doc_ids in use
  std::map<std::string, std::string> id_of_sha_;  // newest stored sha256 -> doc_id
  fs::path scratch_;
};

void Crawl::Emit(FetchOutcome outcome, const std::string& url, std::string message,
                 const std::string& doc_id) {
  switch (outcome) {
    case FetchOutcome::kPage: ++totals_.pages; break;
    case FetchOutcome::kStored: ++totals_.stored; break;
    case FetchOutcome::kNewVersion: ++totals_.new_versions; break;
    case FetchOutcome::kUnchanged: ++totals_.unchanged; break;
    case FetchOutcome::kSkipped: ++totals_.skipped; break;
    case FetchOutcome::kFailed: ++totals_.failed; break;
  }
  FetchEvent e;
  e.outcome = outcome;
  e.url = url;
  e.doc_id = doc_id;
  e.message = std::move(message);
  if (on_event_) on_event_(e);
}

FetchTotals Crawl::Run(const std::vector<std::string>& urls) {
  Result<std::vector<FetchedUrl>> known = store_.FetchedUrls();
  Result<std::vector<DocumentRecord>> docs = store_.Documents();
  if (!known.ok() || !docs.ok()) {
    Emit(FetchOutcome::kFailed, "", (known.ok() ? docs.status() : known.status()).ToString());
    return totals_;
  }
  for (FetchedUrl& u : known.value()) {
    taken_ids_.insert(u.doc_id);
    known_.emplace(u.url, std::move(u));
  }
  for (const DocumentRecord& d : docs.value()) {
    taken_ids_.insert(d.doc_id);
    id_of_sha_.emplace(d.sha256, d.doc_id);
  }
  std::error_code tmp_ec;
  const fs::path tmp = fs::temp_directory_path(tmp_ec);
  Result<fs::path> scratch = MakeFetchScratchDir(tmp_ec ? fs::path("/tmp") : tmp);
  if (!scratch.ok()) {
    Emit(FetchOutcome::kFailed, "", scratch.status().ToString());
    return totals_;
  }
  scratch_ = scratch.value();
  for (const std::string& u : urls) {
    Result<std::string> url = ResolveUrl(u, u);
    if (!url.ok()) {
      Emit(FetchOutcome::kFailed, u, url.status().ToString());
      continue;
    }
    if (seen_.insert(url.value()).second) queue_.push_back(Visit{url.value(), 0, "", ""});
  }
  while (!queue_.empty()) {
    Visit v = std::move(queue_.front());
    queue_.pop_front();
    VisitOne(v);
  }
  std::error_code ec;
  fs::remove_all(scratch_, ec);
  totals_.requests = polite_.requests();
  return totals_;
}

bool Crawl::Matches(const Visit& v, const std::string& file_name) const {
  if (!match_) return true;
  return std::regex_search(v.url, *match_) || std::regex_search(v.link_text, *match_) ||
         (!file_name.empty() && std::regex_search(file_name, *match_));
}

void Crawl::VisitOne(const Visit& v) {
  const LinkGuess guess = GuessFromPath(UrlPath(v.url));
  if (v.level > 0 && guess.kind == LinkKind::kDocument && !Matches(v, "")) {
    Emit(FetchOutcome::kSkipped, v.url, "does not match --match");
    return;
  }
  if (!polite_.Allowed(v.url)) {
    Emit(FetchOutcome::kSkipped, v.url, "disallowed by robots.txt");
    return;
  }
  HttpRequest request{v.url, "", ""};
  auto known = known_.find(v.url);
  if (known != known_.end()) {
    request.if_none_match = known->second.etag;
    request.if_modified_since = known->second.last_modified;
  } else if (v.level > 0 && !since_http_.empty()) {
    request.if_modified_since = since_http_;
  }
  if (!request.if_none_match.empty() || !request.if_modified_since.empty()) ++totals_.conditional;
  Result<HttpResponse> r = polite_.Get(request);
  if (!r.ok()) {
    Emit(FetchOutcome::kFailed, v.url, r.status().why());
    return;
  }
  if (r->status == 304) {
    Emit(known != known_.end() ? FetchOutcome::kUnchanged : FetchOutcome::kSkipped, v.url,
         known != known_.end() ? "not modified" : "not modified since " + options_.since,
         known != known_.end() ? known->second.doc_id : "");
    return;
  }
  if (r->status < 200 || r->status >= 300) {
    Emit(FetchOutcome::kFailed, v.url, "HTTP " + std::to_string(r->status));
    return;
  }
  const std::string file_name = DispositionFileName(r->content_disposition);
  std::string format = DocumentFormatOfAnswer(r->content_type, file_name);
  const bool html_answer = r->content_type == "text/html" ||
                           r->content_type == "application/xhtml+xml";
  // A page given on the command line is read for its links even when its
  // name ends .html; a linked .htm(l) file is a document.
  if (format.empty() && v.level > 0 && guess.kind == LinkKind::kDocument) {
    if (r->body.rfind("%PDF", 0) == 0) format = "pdf";
    else if (html_answer) format = "html";
  }
  if (!format.empty() && !(v.level == 0 && format == "html" && file_name.empty())) {
    TakeDocument(v, r.value(), format, file_name);
    return;
  }
  if (html_answer) {
    ReadPage(v, r.value());
    return;
  }
  const LinkGuess named = GuessFromPath(file_name);
  Emit(FetchOutcome::kSkipped, v.url,
       named.kind == LinkKind::kOther
           ? "a " + named.format + " file, not read"
           : "neither a PDF nor an HTML document (" +
                 (r->content_type.empty() ? std::string("no content type") : r->content_type) +
                 ")");
}

void Crawl::ReadPage(const Visit& v, const HttpResponse& r) {
  if (v.level >= options_.depth) {
    Emit(FetchOutcome::kSkipped, v.url, "a page beyond --depth " + std::to_string(options_.depth));
    return;
  }
  Result<HtmlPageLinks> page = FindHtmlLinks(r.body, v.url);
  if (!page.ok()) {
    Emit(FetchOutcome::kFailed, v.url, page.status().why());
    return;
  }
  // Links resolve against where the page came from (after redirects), or
  // its <base href>.
  std::string base = r.url;
  if (!page->base.empty()) {
    Result<std::string> b = ResolveUrl(r.url, page->base);
    if (b.ok()) base = b.value();
  }
  const std::string host = UrlHost(r.url);
  size_t off_site = 0, found = 0;
  std::vector<std::pair<std::string, std::string>> notes;  // (url, why): after the page's line
  for (const HtmlLink& link : page->links) {
    Result<std::string> url = ResolveUrl(base, link.href);
    if (!url.ok()) continue;  // mailto:, javascript:, …
    if (!options_.any_host && UrlHost(url.value()) != host) {
      off_site += seen_.insert(url.value()).second;
      continue;
    }
    if (!seen_.insert(url.value()).second) continue;
    ++found;
    const LinkGuess guess = GuessFromPath(UrlPath(url.value()));
    if (guess.kind == LinkKind::kOther) {
      notes.emplace_back(url.value(), "a " + guess.format + " file, not read");
      continue;
    }
    queue_.push_back(Visit{url.value(), v.level + 1, link.text, page->title});
  }
  std::string msg = std::to_string(found) + " new link(s)";
  if (off_site) msg += ", " + std::to_string(off_site) + " to other hosts not followed";
  if (!page->title.empty()) msg += " (" + page->title + ")";
  Emit(FetchOutcome::kPage, v.url, msg);
  for (const auto& [url, why] : notes) Emit(FetchOutcome::kSkipped, url, why);
}

std::string Crawl::NewDocId(const std::string& name, const std::string& sha) {
  // The same bytes stored before (a run interrupted between storing and
  // remembering the URL): that document.
  auto same = id_of_sha_.find(sha);
  if (same != id_of_sha_.end()) return same->second;
  const std::string base = DocIdFromFileName(name);
  std::string id = base;
  for (int n = 2; taken_ids_.count(id); ++n) id = base + "-" + std::to_string(n);
  taken_ids_.insert(id);
  return id;
}

void Crawl::TakeDocument(const Visit& v, const HttpResponse& r, const std::string& format,
                         const std::string& file_name) {
  if (!Matches(v, file_name)) {
    Emit(FetchOutcome::kSkipped, v.url, "does not match --match");
    return;
  }
  if (since_ && !r.last_modified.empty()) {
    std::optional<int64_t> modified = ParseHttpDate(r.last_modified);
    if (modified && *modified < *since_) {
      Emit(FetchOutcome::kSkipped, v.url, "last modified before " + options_.since);
      return;
    }
  }
  const std::string sha = Sha256Hex(r.body);
  FetchedUrl remembered{v.url, "", r.etag, r.last_modified, sha, UtcNow()};
  auto known = known_.find(v.url);
  if (known != known_.end()) {
    remembered.doc_id = known->second.doc_id;
    if (known->second.sha256 == sha) {  // the server ignored the validators
      Status s = store_.RememberUrl(remembered);
      Emit(FetchOutcome::kUnchanged, v.url, s.ok() ? "same bytes as before" : s.ToString(),
           remembered.doc_id);
      return;
    }
  } else {
    std::string name = file_name.empty() ? UrlPath(r.url) : file_name;
    remembered.doc_id = NewDocId(name, sha);
  }
  const fs::path file = scratch_ / (remembered.doc_id + "." + format);
  {
    std::ofstream out(file, std::ios::binary);
    out.write(r.body.data(), static_cast<std::streamsize>(r.body.size()));
    if (!out) {
      Emit(FetchOutcome::kFailed, v.url, Status::IOError(file.string(), "cannot write").ToString());
      return;
    }
  }
  IngestTask task;
  task.path = file.string();
  task.meta.doc_id = remembered.doc_id;
  task.source = v.url;
  task.title_hint = !v.link_text.empty() ? v.link_text : v.page_title;
  IngestOptions ingest;
  ingest.extract = options_.extract;
  IngestEvent done;
  Ingest({task}, store_, builder_, ingest, [&](const IngestEvent& e) { done = e; });
  std::error_code ec;
  fs::remove(file, ec);
  FetchEvent e;
  e.url = v.url;
  e.doc_id = remembered.doc_id;
  e.items = done.items;
  // Ingest's messages name the file: here that is the URL, printed already.
  e.message = ReplaceAll(done.message, task.path, v.url);
  if (e.message.rfind(v.url + ": ", 0) == 0) e.message.erase(0, v.url.size() + 2);
  for (const std::string& w : done.warnings) e.warnings.push_back(ReplaceAll(w, task.path, v.url));
  switch (done.outcome) {
    case IngestOutcome::kStored: e.outcome = FetchOutcome::kStored; ++totals_.stored; break;
    case IngestOutcome::kNewVersion: e.outcome = FetchOutcome::kNewVersion; ++totals_.new_versions; break;
    case IngestOutcome::kUpdated:  // a fetch sets no metadata: cannot happen
    case IngestOutcome::kSkipped: e.outcome = FetchOutcome::kUnchanged; ++totals_.unchanged; break;
    case IngestOutcome::kOdd: e.outcome = FetchOutcome::kSkipped; ++totals_.skipped; break;
    case IngestOutcome::kFailed: e.outcome = FetchOutcome::kFailed; ++totals_.failed; break;
  }
  if (done.outcome != IngestOutcome::kFailed) {
    Status s = store_.RememberUrl(remembered);
    if (!s.ok()) {
      e.outcome = FetchOutcome::kFailed;
      e.message = s.ToString();
      ++totals_.failed;
    } else {
      known_[v.url] = remembered;
      id_of_sha_[sha] = remembered.doc_id;
    }
  }
  if (on_event_) on_event_(e);
}

}  // namespace

FetchTotals Fetch(const std::vector<std::string>& urls, Http& http, Store& store,
                  const RecordBuilder& builder, const FetchOptions& options,
                  const std::function<void(const FetchEvent&)>& on_event) {
  Crawl crawl(http, store, builder, options, on_event);
  return crawl.Run(urls);
}

}  // namespace plantrace

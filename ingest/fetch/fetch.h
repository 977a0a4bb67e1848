#pragma once
// `plantrace fetch`: reads council pages, finds the documents they link to,
// downloads what is new or changed (conditional requests, politely) and
// ingests it with its URL as the source. A second run over the same pages
// downloads nothing that has not changed; a document whose bytes changed
// becomes a new version of the same doc_id.
//
// Levels: the pages given are level 0; a link found on a level-L page is
// level L+1. Links up to level `depth` are requested; an answer that is a
// page (HTML without a document's name) has its links followed when its
// level is below `depth`. So depth 1 (the default) reads the meeting page
// and everything it links to, and no further.

#include <functional>
#include <string>
#include <vector>

#include "ingest/fetch/http_client.h"
#include "ingest/fetch/polite_http.h"
#include "ingest/ingest.h"
#include "output/store.h"
#include "pipeline/normalise/record_builder.h"

namespace plantrace {

struct FetchOptions {
  int depth = 1;
  std::string match;       // ECMAScript regex on a document's URL, link text or file name
  std::string since;       // "YYYY-MM-DD" / "YYYY-MM": documents last modified before are skipped
  bool any_host = false;   // follow links to other hosts than their page's
  HttpOptions http;        // timeouts, size limit, user agent
  PolitenessOptions polite;
  ExtractOptions extract;
};

enum class FetchOutcome {
  kPage,        // a page read for its links
  kStored,      // a new document
  kNewVersion,  // a changed document: a new version
  kUnchanged,   // 304, or the same bytes as before
  kSkipped,     // not wanted: other format, robots.txt, --since, --match, off-site
  kFailed,      // 4xx, 5xx after retries, timeout, a document that cannot be read
};

struct FetchEvent {
  FetchOutcome outcome = FetchOutcome::kFailed;
  std::string url;
  std::string doc_id;
  std::string message;
  std::vector<std::string> warnings;
  size_t items = 0;
};

struct FetchTotals {
  size_t pages = 0, stored = 0, new_versions = 0, unchanged = 0, skipped = 0, failed = 0;
  int requests = 0;      // robots.txt included
  int conditional = 0;   // requests that carried If-None-Match / If-Modified-Since
};

// `options.match` must be a valid regex (the caller checks with
// IsValidFetchMatch).
FetchTotals Fetch(const std::vector<std::string>& urls, Http& http, Store& store,
                  const RecordBuilder& builder, const FetchOptions& options,
                  const std::function<void(const FetchEvent&)>& on_event);

bool IsValidFetchMatch(const std::string& regex);

}  // namespace plantrace

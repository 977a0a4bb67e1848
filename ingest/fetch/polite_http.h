#pragma once
// Requests as a polite crawler makes them: robots.txt read once per origin
// and obeyed, a delay between two requests to one origin (the larger of
// ours and the site's Crawl-delay), and retries with a growing back-off
// when the server answers 5xx or 429. One request at a time.

#include <chrono>
#include <map>
#include <string>

#include "ingest/fetch/http_client.h"
#include "ingest/fetch/robots.h"

namespace plantrace {

struct PolitenessOptions {
  double delay_seconds = 1.0;    // between two requests to one origin
  int retries = 2;               // after the first try, on 5xx / 429
  double backoff_seconds = 2.0;  // before the first retry; doubled each time
  std::string agent = "plantrace";  // our token in robots.txt groups
  bool obey_robots = true;
};

class PoliteHttp {
 public:
  PoliteHttp(Http& http, PolitenessOptions options) : http_(http), options_(std::move(options)) {}

  // Does robots.txt let us request `url`? Reads it on first use per origin.
  bool Allowed(const std::string& url);
  Result<HttpResponse> Get(const HttpRequest& request);
  int requests() const { return requests_; }

 private:
  using Clock = std::chrono::steady_clock;
  struct Origin {
    bool robots_read = false;
    RobotsRules robots;
    Clock::time_point last{};
    bool used = false;
  };
  Origin& OriginOf(const std::string& url);
  Result<HttpResponse> GetOnce(Origin& origin, const HttpRequest& request);
  void WaitTurn(Origin& origin);

  Http& http_;
  PolitenessOptions options_;
  std::map<std::string, Origin> origins_;
  int requests_ = 0;
};

}  // namespace plantrace

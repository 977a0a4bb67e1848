#include "ingest/fetch/polite_http.h"

#include <algorithm>
#include <thread>

#include "ingest/fetch/url.h"

namespace plantrace {

PoliteHttp::Origin& PoliteHttp::OriginOf(const std::string& url) {
  return origins_[UrlOrigin(url)];
}

void PoliteHttp::WaitTurn(Origin& origin) {
  double delay = options_.delay_seconds;
  if (origin.robots.crawl_delay()) delay = std::max(delay, *origin.robots.crawl_delay());
  if (origin.used && delay > 0) {
    const auto next = origin.last + std::chrono::duration_cast<Clock::duration>(
                                        std::chrono::duration<double>(delay));
    std::this_thread::sleep_until(next);
  }
}

Result<HttpResponse> PoliteHttp::GetOnce(Origin& origin, const HttpRequest& request) {
  WaitTurn(origin);
  Result<HttpResponse> r = http_.Get(request);
  origin.last = Clock::now();
  origin.used = true;
  ++requests_;
  return r;
}

bool PoliteHttp::Allowed(const std::string& url) {
  if (!options_.obey_robots) return true;
  Origin& origin = OriginOf(url);
  if (!origin.robots_read) {
    origin.robots_read = true;
    Result<HttpResponse> r = GetOnce(origin, HttpRequest{UrlOrigin(url) + "/robots.txt", "", ""});
    // RFC 9309: a 4xx means no rules; no answer or a 5xx means "assume
    // everything is disallowed".
    if (!r.ok() || r->status >= 500) {
      origin.robots = RobotsRules::DisallowAll();
    } else if (r->status >= 200 && r->status < 300) {
      origin.robots = RobotsRules::Parse(r->body, options_.agent);
    } else {
      origin.robots = RobotsRules::AllowAll();
    }
  }
  return origin.robots.Allows(UrlPathAndQuery(url));
}

Result<HttpResponse> PoliteHttp::Get(const HttpRequest& request) {
  Origin& origin = OriginOf(request.url);
  double backoff = options_.backoff_seconds;
  for (int attempt = 0;; ++attempt) {
    Result<HttpResponse> r = GetOnce(origin, request);
    const bool busy = r.ok() && (r->status >= 500 || r->status == 429);
    if (!busy || attempt >= options_.retries) return r;
    std::this_thread::sleep_for(std::chrono::duration<double>(backoff));
    backoff *= 2;
  }
}

}  // namespace plantrace

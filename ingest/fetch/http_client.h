#pragma once
// HTTP GET for `plantrace fetch`, over libcurl. libcurl is linked by this
// target only (plantrace_http) and none of its types appear here.
//
// One request at a time: an Http object is used by one thread, and keeps
// its connections alive between requests to the same host.

#include <cstdint>
#include <memory>
#include <string>

#include "common/result.h"

namespace plantrace {

struct HttpOptions {
  double connect_timeout_seconds = 15;
  double timeout_seconds = 60;          // the whole request, body included
  int64_t max_bytes = 200 << 20;         // a larger body fails the request
  int max_redirects = 5;
  std::string user_agent = "plantrace/0.1 (council papers reader)";
};

struct HttpRequest {
  std::string url;
  // Conditional request validators; empty: not sent.
  std::string if_none_match;      // an ETag remembered from before
  std::string if_modified_since;  // an HTTP date
};

struct HttpResponse {
  long status = 0;               // of the last response after redirects
  std::string url;               // where the body came from (after redirects)
  std::string content_type;      // lower-case media type, without parameters
  std::string content_disposition;  // as sent
  std::string etag;
  std::string last_modified;
  std::string body;
};

class Http {
 public:
  virtual ~Http() = default;
  // A transport failure (no connection, timeout, body over the limit) is an
  // error Status naming the URL; any HTTP status is a response.
  virtual Result<HttpResponse> Get(const HttpRequest& request) = 0;
};

std::unique_ptr<Http> MakeCurlHttp(const HttpOptions& options);

}  // namespace plantrace

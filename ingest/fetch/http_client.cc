#include "ingest/fetch/http_client.h"

#include <curl/curl.h>

#include <cstring>
#include <mutex>

namespace plantrace {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return s;
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n')) --e;
  return std::string(s.substr(b, e - b));
}

struct Transfer {
  HttpResponse* response;
  int64_t max_bytes;
  bool too_large = false;
};

size_t OnBody(char* data, size_t size, size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const size_t len = size * n;
  if (static_cast<int64_t>(t->response->body.size() + len) > t->max_bytes) {
    t->too_large = true;
    return 0;  // aborts the transfer
  }
  t->response->body.append(data, len);
  return len;
}

// Called once per header line, for every response of a redirect chain: a
// status line starts the headers of the next response afresh.
size_t OnHeader(char* data, size_t size, size_t n, void* user) {
  auto* r = static_cast<Transfer*>(user)->response;
  const std::string_view line(data, size * n);
  if (line.rfind("HTTP/", 0) == 0) {
    r->content_type.clear();
    r->content_disposition.clear();
    r->etag.clear();
    r->last_modified.clear();
    return size * n;
  }
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos) return size * n;
  const std::string name = Lower(Trim(line.substr(0, colon)));
  const std::string value = Trim(line.substr(colon + 1));
  if (name == "content-type") {
    r->content_type = Lower(Trim(value.substr(0, value.find(';'))));
  } else if (name == "content-disposition") {
    r->content_disposition = value;
  } else if (name == "etag") {
    r->etag = value;
  } else if (name == "last-modified") {
    r->last_modified = value;
  }
  return size * n;
}

class CurlHttp : public Http {
 public:
  explicit CurlHttp(const HttpOptions& options) : options_(options) {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    curl_ = curl_easy_init();
  }
  ~CurlHttp() override {
    if (curl_) curl_easy_cleanup(curl_);
  }

  Result<HttpResponse> Get(const HttpRequest& request) override {
    if (!curl_) return Status::IOError(request.url, "cannot start libcurl");
    HttpResponse response;
    Transfer transfer{&response, options_.max_bytes};
    CURL* c = curl_;
    curl_easy_reset(c);
    curl_easy_setopt(c, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(c, CURLOPT_MAXREDIRS, static_cast<long>(options_.max_redirects));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS,
                     static_cast<long>(options_.connect_timeout_seconds * 1000));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.timeout_seconds * 1000));
    curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options_.max_bytes));
    curl_easy_setopt(c, CURLOPT_USERAGENT, options_.user_agent.c_str());
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");  // whatever libcurl can decode
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, OnBody);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, OnHeader);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &transfer);
    curl_slist* headers = nullptr;
    if (!request.if_none_match.empty()) {
      headers = curl_slist_append(headers, ("If-None-Match: " + request.if_none_match).c_str());
    }
    if (!request.if_modified_since.empty()) {
      headers =
          curl_slist_append(headers, ("If-Modified-Since: " + request.if_modified_since).c_str());
    }
    if (headers) curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
    const CURLcode rc = curl_easy_perform(c);
    curl_slist_free_all(headers);
    if (transfer.too_large || rc == CURLE_FILESIZE_EXCEEDED) {
      return Status::ResourceLimit(
          request.url, "larger than " + std::to_string(options_.max_bytes) + " bytes");
    }
    if (rc == CURLE_OPERATION_TIMEDOUT) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "timed out (%.3g s)", options_.timeout_seconds);
      return Status::IOError(request.url, buf);
    }
    if (rc != CURLE_OK) return Status::IOError(request.url, curl_easy_strerror(rc));
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &response.status);
    char* effective = nullptr;
    curl_easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &effective);
    response.url = effective ? effective : request.url;
    return response;
  }

 private:
  HttpOptions options_;
  CURL* curl_ = nullptr;
};

}  // namespace

std::unique_ptr<Http> MakeCurlHttp(const HttpOptions& options) {
  return std::make_unique<CurlHttp>(options);
}

}  // namespace plantrace

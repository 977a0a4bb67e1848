#include "ingest/fetch/url.h"

#include <curl/curl.h>

#include <cstdio>
#include <ctime>

namespace plantrace {
namespace {

struct UrlHandle {
  CURLU* h = curl_url();
  ~UrlHandle() { curl_url_cleanup(h); }
  std::string Part(CURLUPart part, unsigned flags = 0) const {
    char* out = nullptr;
    if (curl_url_get(h, part, &out, flags) != CURLUE_OK || !out) return "";
    std::string s = out;
    curl_free(out);
    return s;
  }
};

std::string Lower(std::string s) {
  for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return s;
}

bool Parse(UrlHandle& u, const std::string& url) {
  return u.h && curl_url_set(u.h, CURLUPART_URL, url.c_str(), 0) == CURLUE_OK;
}

}  // namespace

Result<std::string> ResolveUrl(const std::string& base, const std::string& href) {
  UrlHandle u;
  if (!Parse(u, base)) return Status::InvalidArgument(base, "not an absolute URL");
  // Browsers drop tabs and new lines inside URLs, and encode spaces.
  std::string clean;
  for (char c : href) {
    if (c == '\n' || c == '\r' || c == '\t') continue;
    clean += c;
  }
  if (curl_url_set(u.h, CURLUPART_URL, clean.c_str(), CURLU_URLENCODE) != CURLUE_OK) {
    return Status::InvalidArgument(href, "not a URL");
  }
  const std::string scheme = Lower(u.Part(CURLUPART_SCHEME));
  if (scheme != "http" && scheme != "https") {
    return Status::Unsupported(href, "not an http(s) URL");
  }
  curl_url_set(u.h, CURLUPART_FRAGMENT, nullptr, 0);
  std::string out = u.Part(CURLUPART_URL);
  if (out.empty()) return Status::InvalidArgument(href, "not a URL");
  return out;
}

std::string UrlOrigin(const std::string& url) {
  UrlHandle u;
  if (!Parse(u, url)) return "";
  return Lower(u.Part(CURLUPART_SCHEME)) + "://" + Lower(u.Part(CURLUPART_HOST)) + ":" +
         u.Part(CURLUPART_PORT, CURLU_DEFAULT_PORT);
}

std::string UrlHost(const std::string& url) {
  UrlHandle u;
  return Parse(u, url) ? Lower(u.Part(CURLUPART_HOST)) : "";
}

std::string UrlPath(const std::string& url) {
  UrlHandle u;
  if (!Parse(u, url)) return "/";
  std::string p = u.Part(CURLUPART_PATH, CURLU_URLDECODE);
  return p.empty() ? "/" : p;
}

std::string UrlPathAndQuery(const std::string& url) {
  UrlHandle u;
  if (!Parse(u, url)) return "/";
  std::string p = u.Part(CURLUPART_PATH);
  if (p.empty()) p = "/";
  const std::string q = u.Part(CURLUPART_QUERY);
  return q.empty() ? p : p + "?" + q;
}

std::optional<int64_t> ParseHttpDate(const std::string& date) {
  if (date.empty()) return std::nullopt;
  const time_t t = curl_getdate(date.c_str(), nullptr);
  if (t == -1) return std::nullopt;
  return static_cast<int64_t>(t);
}

std::string HttpDateOfIsoDay(const std::string& iso) {
  int y = 0, m = 0, d = 1;
  char tail = 0;
  const int got = std::sscanf(iso.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail);
  if (got < 2 || got > 3 || m < 1 || m > 12 || d < 1 || d > 31) return "";
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = m - 1;
  tm.tm_mday = d;
  const time_t t = timegm(&tm);
  std::tm out{};
  gmtime_r(&t, &out);
  // Names written out: the C library's would follow the locale.
  static const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s, %02d %s %04d 00:00:00 GMT", kDays[out.tm_wday],
                out.tm_mday, kMonths[out.tm_mon], out.tm_year + 1900);
  return buf;
}

}  // namespace plantrace

#pragma once
// URLs for `plantrace fetch`: resolving a link against its page, the parts
// the crawler decides on, HTTP dates. Over libcurl's URL parser (RFC 3986),
// in the plantrace_http target.

#include <cstdint>
#include <optional>
#include <string>

#include "common/result.h"

namespace plantrace {

// `href` resolved against `base` (an absolute URL), normalised, without its
// fragment. Only http and https URLs are accepted.
Result<std::string> ResolveUrl(const std::string& base, const std::string& href);

// "scheme://host:port", lower-case, the port always given: what politeness
// (robots.txt, the delay between requests) is kept per.
std::string UrlOrigin(const std::string& url);
// The host name alone, lower-case.
std::string UrlHost(const std::string& url);
// The path, %-decoded ("/documents/s1/Report of.pdf"); "/" when empty.
std::string UrlPath(const std::string& url);
// The path and query as sent ("/a/b.aspx?ID=3"), for robots.txt rules.
std::string UrlPathAndQuery(const std::string& url);

// An HTTP date ("Tue, 05 Mar 2024 10:00:00 GMT", or the older forms) as
// seconds since 1970; nullopt when it does not read as one.
std::optional<int64_t> ParseHttpDate(const std::string& date);
// "YYYY-MM-DD" (or "YYYY-MM") -> the HTTP date of its midnight UTC; "" when
// it is not such a date.
std::string HttpDateOfIsoDay(const std::string& iso);

}  // namespace plantrace

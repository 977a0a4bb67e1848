#pragma once
// The HTTP module (plantrace-http.so): libcurl is linked into it, not into
// the binary, which loads it on the first request or URL to take apart, so
// runs that fetch nothing never load libcurl and its twenty-odd libraries
// (common/plugin.h says why). The functions of http_client.h and url.h are
// implemented in the module (http_client.cc, url.cc, target plantrace_curl);
// the binary's definitions (http_module.cc) forward to them through this
// table.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "common/result.h"
#include "ingest/fetch/http_client.h"

#define PLANTRACE_HTTP_PLUGIN "plantrace-http.so"
#define PLANTRACE_HTTP_ENTRY "plantrace_http_api"

namespace plantrace {

struct HttpPluginApi {
  std::unique_ptr<Http> (*make_http)(const HttpOptions& options);
  Result<std::string> (*resolve_url)(const std::string& base, const std::string& href);
  std::string (*url_origin)(const std::string& url);
  std::string (*url_host)(const std::string& url);
  std::string (*url_path)(const std::string& url);
  std::string (*url_path_and_query)(const std::string& url);
  std::optional<int64_t> (*parse_http_date)(const std::string& date);
  std::string (*http_date_of_iso_day)(const std::string& iso);
};

using HttpPluginEntry = const HttpPluginApi* (*)();

}  // namespace plantrace

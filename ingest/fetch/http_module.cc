// The binary's side of http_client.h and url.h: each function loads the
// HTTP module once (http_plugin.h) and calls its implementation. Without the
// module, requests and URLs fail with a message saying fetching is not
// available.
#include "common/plugin.h"
#include "ingest/fetch/http_client.h"
#include "ingest/fetch/http_plugin.h"
#include "ingest/fetch/url.h"

namespace plantrace {
namespace {

Result<const HttpPluginApi*> Api() {
  static const Result<const HttpPluginApi*> api = []() -> Result<const HttpPluginApi*> {
    Result<void*> entry = PluginEntry(PLANTRACE_HTTP_PLUGIN, PLANTRACE_HTTP_ENTRY, "fetch");
    if (!entry.ok()) return entry.status();
    return reinterpret_cast<HttpPluginEntry>(entry.value())();
  }();
  return api;
}

// What stands in for the transport when the module is missing.
class UnavailableHttp : public Http {
 public:
  explicit UnavailableHttp(Status why) : why_(std::move(why)) {}
  Result<HttpResponse> Get(const HttpRequest& request) override {
    return Status::Unsupported(request.url, why_.why());
  }

 private:
  Status why_;
};

}  // namespace

std::unique_ptr<Http> MakeCurlHttp(const HttpOptions& options) {
  Result<const HttpPluginApi*> api = Api();
  if (!api.ok()) return std::make_unique<UnavailableHttp>(api.status());
  return api.value()->make_http(options);
}

Result<std::string> ResolveUrl(const std::string& base, const std::string& href) {
  Result<const HttpPluginApi*> api = Api();
  if (!api.ok()) return api.status();
  return api.value()->resolve_url(base, href);
}

std::string UrlOrigin(const std::string& url) {
  Result<const HttpPluginApi*> api = Api();
  return api.ok() ? api.value()->url_origin(url) : "";
}

std::string UrlHost(const std::string& url) {
  Result<const HttpPluginApi*> api = Api();
  return api.ok() ? api.value()->url_host(url) : "";
}

std::string UrlPath(const std::string& url) {
  Result<const HttpPluginApi*> api = Api();
  return api.ok() ? api.value()->url_path(url) : "";
}

std::string UrlPathAndQuery(const std::string& url) {
  Result<const HttpPluginApi*> api = Api();
  return api.ok() ? api.value()->url_path_and_query(url) : "";
}

std::optional<int64_t> ParseHttpDate(const std::string& date) {
  Result<const HttpPluginApi*> api = Api();
  return api.ok() ? api.value()->parse_http_date(date) : std::nullopt;
}

std::string HttpDateOfIsoDay(const std::string& iso) {
  Result<const HttpPluginApi*> api = Api();
  return api.ok() ? api.value()->http_date_of_iso_day(iso) : "";
}

}  // namespace plantrace

// The entry point of the HTTP module (see http_plugin.h).
#include "ingest/fetch/http_plugin.h"

#include "ingest/fetch/url.h"

extern "C" const plantrace::HttpPluginApi* plantrace_http_api() {
  using namespace plantrace;
  static const HttpPluginApi api{&MakeCurlHttp,    &ResolveUrl,       &UrlOrigin,
                                 &UrlHost,         &UrlPath,          &UrlPathAndQuery,
                                 &ParseHttpDate,   &HttpDateOfIsoDay};
  return &api;
}

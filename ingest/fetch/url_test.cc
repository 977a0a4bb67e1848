#include "ingest/fetch/url.h"

#include <gtest/gtest.h>

namespace plantrace {
namespace {

TEST(Url, ResolvesRelativeLinks) {
  const std::string page = "http://127.0.0.1:8080/ieListDocuments.aspx?CId=1&MId=2";
  EXPECT_EQ(ResolveUrl(page, "documents/s1/Report.pdf").value(),
            "http://127.0.0.1:8080/documents/s1/Report.pdf");
  EXPECT_EQ(ResolveUrl(page, "/mgConvert2PDF.aspx?ID=7#p2").value(),
            "http://127.0.0.1:8080/mgConvert2PDF.aspx?ID=7");
  EXPECT_EQ(ResolveUrl("http://h/a/b/c.html", "../d/e f.pdf").value(), "http://h/a/d/e%20f.pdf");
  EXPECT_EQ(ResolveUrl(page, "https://example.org/x.pdf").value(), "https://example.org/x.pdf");
  EXPECT_FALSE(ResolveUrl(page, "mailto:clerk@example.org").ok());
  EXPECT_FALSE(ResolveUrl(page, "javascript:void(0)").ok());
}

TEST(Url, Parts) {
  EXPECT_EQ(UrlOrigin("HTTP://Example.ORG/a"), "http://example.org:80");
  EXPECT_EQ(UrlOrigin("https://example.org:8443/a"), "https://example.org:8443");
  EXPECT_EQ(UrlHost("http://Example.org:81/a"), "example.org");
  EXPECT_EQ(UrlPath("http://h/documents/s1/A%20b.pdf?x=1"), "/documents/s1/A b.pdf");
  EXPECT_EQ(UrlPath("http://h"), "/");
  EXPECT_EQ(UrlPathAndQuery("http://h/mg.aspx?ID=3"), "/mg.aspx?ID=3");
}

TEST(Url, HttpDates) {
  EXPECT_EQ(HttpDateOfIsoDay("2024-03-05"), "Tue, 05 Mar 2024 00:00:00 GMT");
  EXPECT_EQ(HttpDateOfIsoDay("2024-03"), "Fri, 01 Mar 2024 00:00:00 GMT");
  EXPECT_EQ(HttpDateOfIsoDay("March 2024"), "");
  EXPECT_EQ(ParseHttpDate("Tue, 05 Mar 2024 00:00:00 GMT"), std::optional<int64_t>(1709596800));
  EXPECT_FALSE(ParseHttpDate("yesterday"));
}

}  // namespace
}  // namespace plantrace

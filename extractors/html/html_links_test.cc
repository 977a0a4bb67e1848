#include "extractors/html/html_links.h"

#include <gtest/gtest.h>

namespace plantrace {
namespace {

TEST(HtmlLinks, FindsAnchorsTitleAndBase) {
  const std::string page =
      "<html><head><title> Cabinet -\n Tuesday 5 March </title><base href='/x/'></head>"
      "<body><a href='documents/s1/Report.pdf'>Report <b>of</b> the\nleader</a>"
      "<a href='#top'>top</a><a>no href</a>"
      "<a href=' mgConvert2PDF.aspx?ID=7 ' title='Minutes'></a></body></html>";
  Result<HtmlPageLinks> r = FindHtmlLinks(page, "page.html");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->title, "Cabinet - Tuesday 5 March");
  EXPECT_EQ(r->base, "/x/");
  ASSERT_EQ(r->links.size(), 2u);
  EXPECT_EQ(r->links[0].href, "documents/s1/Report.pdf");
  EXPECT_EQ(r->links[0].text, "Report of the leader");
  EXPECT_EQ(r->links[1].href, "mgConvert2PDF.aspx?ID=7");
  EXPECT_EQ(r->links[1].text, "Minutes");
}

TEST(HtmlLinks, ReadsLatin1Pages) {
  const std::string page =
      "<html><head><meta charset='iso-8859-1'><title>Caf\xe9</title></head>"
      "<body><a href='a.pdf'>\xa3" "5m plan</a></body></html>";
  Result<HtmlPageLinks> r = FindHtmlLinks(page, "p");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title, "Caf\xc3\xa9");
  ASSERT_EQ(r->links.size(), 1u);
  EXPECT_EQ(r->links[0].text, "\xc2\xa3" "5m plan");
}

}  // namespace
}  // namespace plantrace

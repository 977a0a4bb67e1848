#include "ingest/fetch/robots.h"

#include <gtest/gtest.h>

namespace plantrace {
namespace {

TEST(Robots, OurGroupWinsOverStar) {
  RobotsRules r = RobotsRules::Parse(
      "User-agent: *\nDisallow: /\n\n"
      "User-agent: Plantrace\nDisallow: /private/\nAllow: /private/open\nCrawl-delay: 5\n",
      "plantrace");
  EXPECT_TRUE(r.Allows("/documents/s1/a.pdf"));
  EXPECT_FALSE(r.Allows("/private/x"));
  EXPECT_TRUE(r.Allows("/private/open/x"));
  ASSERT_TRUE(r.crawl_delay());
  EXPECT_DOUBLE_EQ(*r.crawl_delay(), 5);
}

TEST(Robots, StarGroupAndWildcards) {
  RobotsRules r = RobotsRules::Parse(
      "# comment\nUser-agent: googlebot\nDisallow: /\n"
      "User-agent: *\nDisallow: /*.aspx$\nDisallow: /tmp\nAllow: /tmp/ok\n",
      "plantrace");
  EXPECT_FALSE(r.Allows("/mgCalendar.aspx"));
  EXPECT_TRUE(r.Allows("/mgConvert2PDF.aspx?ID=3"));  // "$": the path must end there
  EXPECT_FALSE(r.Allows("/tmpfile"));
  EXPECT_TRUE(r.Allows("/tmp/ok/a.pdf"));
  EXPECT_TRUE(r.Allows("/documents/a.pdf"));
  EXPECT_FALSE(r.crawl_delay());
}

TEST(Robots, EmptyDisallowAllowsAndUnreachableDisallows) {
  EXPECT_TRUE(RobotsRules::Parse("User-agent: *\nDisallow:\n", "plantrace").Allows("/a"));
  EXPECT_TRUE(RobotsRules::AllowAll().Allows("/a"));
  EXPECT_FALSE(RobotsRules::DisallowAll().Allows("/a"));
  EXPECT_TRUE(RobotsRules::DisallowAll().Allows("/robots.txt"));
}

}  // namespace
}  // namespace plantrace

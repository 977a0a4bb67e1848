#pragma once
// robots.txt (RFC 9309) for `plantrace fetch`: the group for our user agent
// (else "*"), its Allow and Disallow rules (the longest matching rule wins,
// Allow on a tie; "*" and a final "$" as in the RFC), and Crawl-delay.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plantrace {

class RobotsRules {
 public:
  // Everything allowed (no robots.txt, or a 4xx answer to it).
  static RobotsRules AllowAll() { return RobotsRules(); }
  // Nothing allowed (robots.txt unreachable: a 5xx or no answer).
  static RobotsRules DisallowAll();
  // `agent` is our product token ("plantrace"), matched without case.
  static RobotsRules Parse(std::string_view text, std::string_view agent);

  // `path` is the URL's path and query as sent ("/a/b.aspx?ID=3").
  bool Allows(std::string_view path) const;
  // Seconds asked between requests, when the group says so.
  std::optional<double> crawl_delay() const { return crawl_delay_; }

 private:
  struct Rule {
    bool allow;
    std::string pattern;
  };
  std::vector<Rule> rules_;
  std::optional<double> crawl_delay_;
};

}  // namespace plantrace

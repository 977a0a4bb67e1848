#include "ingest/fetch/robots.h"

#include <cstdlib>

namespace plantrace {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Does `pattern` (with "*" for any run and a final "$" for the end) match
// the start of `path`?
bool Matches(std::string_view pattern, std::string_view path) {
  if (pattern.empty()) return true;
  if (pattern.front() == '$' && pattern.size() == 1) return path.empty();
  if (pattern.front() == '*') {
    for (size_t i = 0; i <= path.size(); ++i) {
      if (Matches(pattern.substr(1), path.substr(i))) return true;
    }
    return false;
  }
  return !path.empty() && pattern.front() == path.front() &&
         Matches(pattern.substr(1), path.substr(1));
}

}  // namespace

RobotsRules RobotsRules::DisallowAll() {
  RobotsRules r;
  r.rules_.push_back(Rule{false, "/"});
  return r;
}

RobotsRules RobotsRules::Parse(std::string_view text, std::string_view agent) {
  // Groups: one or more User-agent lines, then rules. Ours is the group
  // naming our agent; else the "*" group. Several groups for one agent merge.
  struct Group {
    std::vector<std::string> agents;
    RobotsRules rules;
  };
  std::vector<Group> groups;
  bool in_agents = false;
  const std::string me = Lower(agent);
  while (!text.empty()) {
    size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
    line = Trim(line.substr(0, line.find('#')));
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string key = Lower(Trim(line.substr(0, colon)));
    const std::string_view value = Trim(line.substr(colon + 1));
    if (key == "user-agent") {
      if (!in_agents) groups.emplace_back();
      groups.back().agents.push_back(Lower(value));
      in_agents = true;
      continue;
    }
    in_agents = false;
    if (groups.empty()) continue;
    RobotsRules& r = groups.back().rules;
    if (key == "allow" || key == "disallow") {
      if (value.empty()) continue;  // "Disallow:" allows everything
      r.rules_.push_back(Rule{key == "allow", std::string(value)});
    } else if (key == "crawl-delay") {
      char* end = nullptr;
      const std::string v(value);
      const double d = std::strtod(v.c_str(), &end);
      if (end != v.c_str() && d >= 0) r.crawl_delay_ = d;
    }
  }
  RobotsRules mine, star;
  bool have_mine = false;
  for (const Group& g : groups) {
    for (const std::string& a : g.agents) {
      RobotsRules* into = nullptr;
      if (a == "*") {
        into = &star;
      } else if (!a.empty() && me.find(a) != std::string::npos) {
        into = &mine;
        have_mine = true;
      }
      if (!into) continue;
      into->rules_.insert(into->rules_.end(), g.rules.rules_.begin(), g.rules.rules_.end());
      if (g.rules.crawl_delay_) into->crawl_delay_ = g.rules.crawl_delay_;
      break;
    }
  }
  return have_mine ? mine : star;
}

bool RobotsRules::Allows(std::string_view path) const {
  if (path == "/robots.txt") return true;
  const Rule* best = nullptr;
  for (const Rule& r : rules_) {
    if (!Matches(r.pattern, path)) continue;
    if (!best || r.pattern.size() > best->pattern.size() ||
        (r.pattern.size() == best->pattern.size() && r.allow)) {
      best = &r;
    }
  }
  return !best || best->allow;
}

}  // namespace plantrace

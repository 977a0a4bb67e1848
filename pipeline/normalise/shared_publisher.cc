#include "pipeline/normalise/shared_publisher.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>


namespace plantrace {
namespace {

constexpr size_t kMinInitials = 2, kMaxInitials = 5;

bool Upper(char c) { return c >= 'A' && c <= 'Z'; }

// "Kent County Council" → "KCC"; "" for a name that is no council.
std::string CouncilInitials(const std::string& name) {
  const std::string suffix = "Council";
  if (name.size() < suffix.size() ||
      name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0) {
    return "";
  }
  std::string out;
  bool word_start = true;
  for (char c : name) {
    if (c == ' ') {
      word_start = true;
    } else {
      if (word_start && Upper(c)) out += c;
      word_start = false;
    }
  }
  return out;
}

void AddInitialisms(const std::string& text, std::set<std::string>& out) {
  size_t i = 0;
  while (i < text.size()) {
    if (!Upper(text[i]) || (i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1])))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && Upper(text[j])) ++j;
    const bool ends = j >= text.size() || !std::isalnum(static_cast<unsigned char>(text[j]));
    if (ends && j - i >= kMinInitials && j - i <= kMaxInitials) out.insert(text.substr(i, j - i));
    i = j;
  }
}

}  // namespace

std::vector<std::string> Initialisms(const DocumentRecord& doc, const std::vector<ItemRecord>& items) {
  std::set<std::string> found;
  AddInitialisms(doc.title, found);
  for (const ItemRecord& it : items) AddInitialisms(it.text, found);
  return {found.begin(), found.end()};
}

std::vector<std::string> SharedPublishers(const std::vector<GroupPaper>& papers) {
  // Per group: the names its papers give.
  std::map<std::string, std::set<std::string>> names;
  for (const GroupPaper& p : papers) {
    if (!p.publisher.empty()) names[p.group].insert(p.publisher);
  }
  std::vector<std::string> out(papers.size());
  // 1: the one council of the group whose initials the paper prints.
  for (size_t i = 0; i < papers.size(); ++i) {
    const GroupPaper& p = papers[i];
    if (!p.publisher.empty() || !names.count(p.group)) continue;
    std::vector<std::string> by_initials;
    for (const std::string& name : names[p.group]) {
      const std::string ini = CouncilInitials(name);
      if (ini.size() >= kMinInitials &&
          std::binary_search(p.initialisms.begin(), p.initialisms.end(), ini)) {
        by_initials.push_back(name);
      }
    }
    if (by_initials.size() == 1) out[i] = by_initials.front();
  }
  // 2: the group's clear majority, counting what step 1 gave.
  std::map<std::string, std::map<std::string, int>> given;
  std::map<std::string, int> with_one;
  for (size_t i = 0; i < papers.size(); ++i) {
    const std::string& name = papers[i].publisher.empty() ? out[i] : papers[i].publisher;
    if (name.empty()) continue;
    ++given[papers[i].group][name];
    ++with_one[papers[i].group];
  }
  for (size_t i = 0; i < papers.size(); ++i) {
    const GroupPaper& p = papers[i];
    if (!p.publisher.empty() || !out[i].empty() || !given.count(p.group)) continue;
    const std::map<std::string, int>& counts = given[p.group];
    std::string best;
    for (const auto& [name, n] : counts) {
      if (best.empty() || n > counts.at(best)) best = name;
    }
    const int n = counts.at(best);
    if (n >= 2 && 2 * n > with_one[p.group]) out[i] = best;
  }
  return out;
}

}  // namespace plantrace

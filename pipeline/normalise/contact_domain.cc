#include "pipeline/normalise/contact_domain.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <vector>

namespace plantrace {
namespace {

bool DomainChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.';
}

// The words of the kinds of council, as printed before "Council".
constexpr const char* kKinds[] = {"County", "City", "Borough", "District"};

// Occurrences of `phrase` in `text` starting a word.
int CountWordPhrase(const std::string& text, const std::string& phrase) {
  int n = 0;
  for (size_t pos = text.find(phrase); pos != std::string::npos;
       pos = text.find(phrase, pos + 1)) {
    if (pos == 0 || !std::isalpha(static_cast<unsigned char>(text[pos - 1]))) ++n;
  }
  return n;
}


// Words of `text` split at anything but letters, hyphens and apostrophes.
std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> out;
  std::string w;
  for (char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '-') {
      w += c;
    } else if (!w.empty()) {
      out.push_back(w);
      w.clear();
    }
  }
  if (!w.empty()) out.push_back(w);
  return out;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string PrintedPlace(const std::string& text, const std::string& name) {
  std::vector<std::string> words = Words(text);
  for (size_t i = 0; i < words.size(); ++i) {
    std::string joined, printed;
    for (size_t k = i; k < words.size() && k < i + 3; ++k) {
      const std::string& w = words[k];
      if (!std::isupper(static_cast<unsigned char>(w[0]))) break;
      joined += Lower(w);
      // All capitals ("KENT") is printed in title case.
      std::string t = Lower(w);
      t[0] = w[0];
      printed += (printed.empty() ? "" : " ") + t;
      if (joined == name) return printed;
      if (joined.size() >= name.size()) break;
    }
  }
  return "";
}

// Occurrences of `word` in `text` with no letter or digit either side.
int CountWholeWord(const std::string& text, const std::string& word) {
  int n = 0;
  for (size_t pos = text.find(word); pos != std::string::npos;
       pos = text.find(word, pos + 1)) {
    size_t end = pos + word.size();
    bool left = pos == 0 || !std::isalnum(static_cast<unsigned char>(text[pos - 1]));
    bool right = end >= text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
    n += left && right;
  }
  return n;
}

// The council of the domain name `name` ("kent"), "" when the text does
// not bear it out.
std::string CouncilOfDomain(const std::string& text, const std::string& name) {
  // The place as the text prints it: a run of one to three capitalised
  // words that spells the domain's name ("Kent", "Tunbridge Wells" for
  // "tunbridgewells"); a domain the text never spells is not trusted.
  const std::string place = PrintedPlace(text, name);
  if (place.empty()) return "";
  // The kind: the one the paper's initials for its council say ("KCC":
  // County or City); of those, the one the text names most ("the County
  // Council"). A report naming district councils more often than its own
  // county still calls itself "KCC". No initials, no council: a central
  // government contact ("…@communities.gov.uk") has none.
  std::string initials_kinds;
  for (const char* k : kKinds) {
    const std::string initials = std::string(1, place[0]) + k[0] + "C";
    if (CountWholeWord(text, initials) > 0) {
      initials_kinds += k[0];
    }
  }
  std::string kind;
  int kind_n = 0;
  for (const char* k : kKinds) {
    if (initials_kinds.find(k[0]) == std::string::npos) continue;
    int n = CountWordPhrase(text, std::string(k) + " Council");
    if (n > kind_n) {
      kind = k;
      kind_n = n;
    }
  }
  if (kind.empty()) return "";
  return place + " " + kind + " Council";
}

}  // namespace

std::string CouncilFromContactDomain(const std::string& text) {
  // "<local>@<name>.gov.uk": the name is the label before ".gov.uk";
  // "gov.uk" itself (central government) and sub-domains of another
  // organisation's name are left out by taking the one label only.
  std::map<std::string, int> names;
  for (size_t at = text.find('@'); at != std::string::npos; at = text.find('@', at + 1)) {
    if (at == 0 || !DomainChar(text[at - 1])) continue;
    size_t end = at + 1;
    while (end < text.size() && DomainChar(text[end])) ++end;
    std::string domain = text.substr(at + 1, end - at - 1);
    domain = Lower(domain);
    while (!domain.empty() && domain.back() == '.') domain.pop_back();
    const std::string suffix = ".gov.uk";
    if (domain.size() <= suffix.size() ||
        domain.compare(domain.size() - suffix.size(), suffix.size(), suffix) != 0) {
      continue;
    }
    std::string name = domain.substr(0, domain.size() - suffix.size());
    if (name.find('.') != std::string::npos || name.size() < 3) continue;
    ++names[name];
  }
  // The domains used most first; the first that names a council wins.
  std::vector<std::pair<int, std::string>> order;
  for (const auto& [name, n] : names) order.push_back({-n, name});
  std::sort(order.begin(), order.end());
  for (const auto& [minus_n, name] : order) {
    std::string council = CouncilOfDomain(text, name);
    if (!council.empty()) return council;
  }
  return "";
}


}  // namespace plantrace

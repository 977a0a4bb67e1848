#include "pipeline/normalise/council_register.h"

#include <cctype>
#include <map>
#include <set>

#include "pipeline/shared/data_files.h"

namespace plantrace {
namespace {

bool StartsWith(const std::string& s, const std::string& p) { return s.rfind(p, 0) == 0; }
bool EndsWith(const std::string& s, const std::string& p) {
  return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

bool Letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// "Kent County Council" → place "Kent", kind "County"; "London Borough of
// Brent" → "Brent", no kind; "City of Bradford Metropolitan District
// Council" → "Bradford", "District".
void PlaceAndKind(const std::string& name, std::string* place, std::string* kind) {
  std::string p = name;
  for (const char* prefix : {"London Borough of ", "Royal Borough of ", "Borough Council of ",
                             "Council of the ", "City and County of ", "City of ", "Borough of ",
                             "The "}) {
    if (StartsWith(p, prefix)) {
      p.erase(0, std::string(prefix).size());
      break;
    }
  }
  static const std::pair<const char*, const char*> kSuffixes[] = {
      {" Metropolitan Borough Council", "Borough"}, {" Metropolitan District Council", "District"},
      {" County Borough Council", "Borough"},        {" City and District Council", "District"},
      {" County Council", "County"},                 {" City Council", "City"},
      {" Borough Council", "Borough"},               {" District Council", "District"},
      {" Council", ""},                              {" Corporation", ""}};
  kind->clear();
  for (const auto& [suffix, k] : kSuffixes) {
    if (EndsWith(p, suffix)) {
      p.erase(p.size() - std::string(suffix).size());
      *kind = k;
      break;
    }
  }
  *place = p;
}

// The first letters of the name's capitalised words: "KCC", "RBKC".
std::string InitialsOf(const std::string& name) {
  std::string out;
  bool word_start = true;
  for (char c : name) {
    if (c == ' ' || c == ',') {
      word_start = true;
      continue;
    }
    if (word_start && std::isupper(static_cast<unsigned char>(c))) out += c;
    word_start = false;
  }
  return out;
}

// `needle` in `text` with no letter either side.
bool HasWord(const std::string& text, const std::string& needle) {
  for (size_t pos = text.find(needle); pos != std::string::npos;
       pos = text.find(needle, pos + 1)) {
    const size_t end = pos + needle.size();
    if ((pos == 0 || !Letter(text[pos - 1])) && (end >= text.size() || !Letter(text[end]))) {
      return true;
    }
  }
  return false;
}

int CountPhrase(const std::string& text, const std::string& phrase) {
  int n = 0;
  for (size_t pos = text.find(phrase); pos != std::string::npos;
       pos = text.find(phrase, pos + 1)) {
    const size_t end = pos + phrase.size();
    n += (pos == 0 || !Letter(text[pos - 1])) && (end >= text.size() || !Letter(text[end]));
  }
  return n;
}

// Calls fn(begin, end) for each longest run of characters that in_run accepts
// (words, domain-like tokens): one scan shape for the readers below.
template <typename InRun, typename Fn>
void ForEachRun(const std::string& text, InRun in_run, Fn fn) {
  for (size_t i = 0; i < text.size();) {
    if (!in_run(text[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text.size() && in_run(text[end])) ++end;
    fn(i, end);
    i = end;
  }
}

// The words of the text that open with a capital: a place whose first word
// is not among them is not printed, without scanning the text for it.
std::set<std::string> CapitalisedWords(const std::string& text) {
  std::set<std::string> out;
  ForEachRun(text, Letter, [&](size_t b, size_t e) {
    if (std::isupper(static_cast<unsigned char>(text[b]))) out.insert(text.substr(b, e - b));
  });
  return out;
}

// The place as printed: "Kent", or in capitals "KENT".
bool PlacePrinted(const std::string& text, const std::set<std::string>& words,
                  const std::string& place) {
  if (place.empty()) return false;
  size_t first_end = 0;
  while (first_end < place.size() && Letter(place[first_end])) ++first_end;
  const std::string first = place.substr(0, first_end);
  if (!words.count(first) && !words.count(Upper(first))) return false;
  return HasWord(text, place) || HasWord(text, Upper(place));
}

bool DomainChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.';
}

// How often each domain-like token of the text, or a domain it ends in
// after a dot ("www.kent.gov.uk" → "kent.gov.uk"), occurs.
std::map<std::string, int> DomainCounts(const std::string& text) {
  std::map<std::string, int> out;
  ForEachRun(text, DomainChar, [&](size_t b, size_t e) {
    std::string token = Lower(text.substr(b, e - b));
    while (!token.empty() && (token.back() == '.' || token.back() == '-')) token.pop_back();
    if (token.find('.') == std::string::npos) return;
    for (size_t dot = 0; dot != std::string::npos; dot = token.find('.', dot + 1)) {
      ++out[dot == 0 ? token : token.substr(dot + 1)];
    }
  });
  return out;
}

// Words of two or more capitals and their counts.
std::map<std::string, int> CapitalWords(const std::string& text) {
  std::map<std::string, int> out;
  ForEachRun(text, Letter, [&](size_t b, size_t e) {
    bool caps = e - b >= 2;
    for (size_t k = b; k < e && caps; ++k) caps = std::isupper(static_cast<unsigned char>(text[k]));
    if (caps) ++out[text.substr(b, e - b)];
  });
  return out;
}

// The one council of `candidates`, else "".
std::string OnlyOne(const std::set<const Council*>& candidates) {
  return candidates.size() == 1 ? (*candidates.begin())->name : "";
}

}  // namespace

Result<CouncilRegister> CouncilRegister::Parse(std::string_view text, std::string_view where) {
  Result<std::vector<TsvRow>> rows = ParseTsv(text, where, 2, 2);
  if (!rows.ok()) return rows.status();
  CouncilRegister out;
  for (const TsvRow& row : rows.value()) {
    Council c;
    c.name = row.fields[0];
    c.domain = Lower(row.fields[1]);
    if (c.domain.find('.') == std::string::npos) {
      return Status::InvalidArgument(RowWhere(where, row), "expected: <name> TAB <web domain>");
    }
    PlaceAndKind(c.name, &c.place, &c.kind);
    c.initials = InitialsOf(c.name);
    out.councils_.push_back(std::move(c));
  }
  return out;
}

std::string CouncilFromRegister(const std::string& text, const CouncilRegister& reg) {
  const std::vector<Council>& all = reg.councils();
  const std::set<std::string> words = CapitalisedWords(text);
  // 1: the domain used most; a domain two councils share is read with the
  // place the paper prints.
  const std::map<std::string, int> domains = DomainCounts(text);
  std::map<std::string, std::set<const Council*>> by_domain;
  for (const Council& c : all) {
    if (domains.count(c.domain)) by_domain[c.domain].insert(&c);
  }
  int best_n = 0, second_n = 0;
  std::string best;
  for (const auto& [domain, councils] : by_domain) {
    std::set<const Council*> printed;
    for (const Council* c : councils) {
      if (councils.size() == 1 || PlacePrinted(text, words, c->place)) printed.insert(c);
    }
    const std::string name = OnlyOne(printed);
    if (name.empty()) continue;
    const int n = domains.at(domain);
    if (n > best_n) {
      second_n = best_n, best_n = n, best = name;
    } else if (n > second_n) {
      second_n = n;
    }
  }
  if (!best.empty() && best_n > second_n) return best;

  // 2: initials with the place printed.
  const std::map<std::string, int> caps = CapitalWords(text);
  std::map<std::string, int> sharing;  // councils with the same initials
  for (const Council& c : all) ++sharing[c.initials];
  std::set<const Council*> by_initials;
  for (const Council& c : all) {
    if (c.initials.size() >= 3 && caps.count(c.initials) && PlacePrinted(text, words, c.place)) {
      by_initials.insert(&c);
    }
  }
  if (std::string name = OnlyOne(by_initials); !name.empty()) return name;

  // 3: the kind the paper speaks as, with the place printed; the kind it
  // names most when places of several kinds are printed.
  std::map<std::string, int> kind_n;
  for (const char* k : {"County", "City", "Borough", "District"}) {
    kind_n[k] = CountPhrase(text, std::string(k) + " Council");
  }
  std::set<const Council*> by_kind;
  int by_kind_n = 0;
  for (const Council& c : all) {
    if (c.kind.empty() || kind_n[c.kind] == 0 || !PlacePrinted(text, words, c.place)) continue;
    const int n = kind_n[c.kind];
    if (n > by_kind_n) by_kind.clear(), by_kind_n = n;
    if (n == by_kind_n) by_kind.insert(&c);
  }
  if (std::string name = OnlyOne(by_kind); !name.empty()) return name;

  // 4: initials only one council has, in a paper about a Council. Only a
  // "<place> <kind> Council" ("KCC"): a council named without a kind has
  // initials any directorate or programme might ("NAC").
  if (!HasWord(text, "Council") && !HasWord(text, "council")) return "";
  std::set<const Council*> unique;
  for (const Council& c : all) {
    if (!c.kind.empty() && c.initials.size() >= 3 && sharing[c.initials] == 1 &&
        caps.count(c.initials)) {
      unique.insert(&c);
    }
  }
  return OnlyOne(unique);
}

}  // namespace plantrace

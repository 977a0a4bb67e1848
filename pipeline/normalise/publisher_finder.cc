#include "pipeline/normalise/publisher_finder.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "pipeline/normalise/council_register.h"
#include "pipeline/normalise/page_lines.h"
#include "text/normalize.h"

namespace plantrace {
namespace {

// Mentions (its initials and its contact domain included) that make the
// organisation a paper names most often its publisher.
constexpr int kMinMentions = 3;
// "the Council" this often makes a paper a council's own; a council it
// names fewer than one time in kPassingRatio of those is named in passing.
constexpr int kSelfReferences = 5;
constexpr int kPassingRatio = 10;

std::vector<std::string> SplitWords(const std::string& s) {
  std::vector<std::string> out;
  std::string w;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t') {
      if (!w.empty()) out.push_back(w);
      w.clear();
    } else {
      w += c;
    }
  }
  if (!w.empty()) out.push_back(w);
  return out;
}

bool Capitalised(const std::string& w) {
  return !w.empty() && std::isupper(static_cast<unsigned char>(w[0]));
}

// "KENT" → "Kent"; words with a lower-case letter stay as printed.
std::string TitleCase(const std::string& w) {
  bool any_lower = false;
  for (char c : w) any_lower = any_lower || std::islower(static_cast<unsigned char>(c));
  if (any_lower || w.size() <= 1) return w;
  std::string out = w;
  for (size_t i = 1; i < out.size(); ++i) {
    out[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[i])));
  }
  return out;
}

std::string StripPunct(std::string w) {
  while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back())) && w.back() != ')') {
    w.pop_back();
  }
  return w;
}

// The segments of a title joined by " – " / " - " / " | ".
std::vector<std::string> TitleSegments(const std::string& title) {
  std::vector<std::string> out;
  std::string cur;
  std::string t = title;
  for (size_t i = 0; i < t.size();) {
    bool dash3 = t.compare(i, 5, " \xE2\x80\x93 ") == 0 || t.compare(i, 5, " \xE2\x80\x94 ") == 0;
    bool dash1 = t.compare(i, 3, " - ") == 0 || t.compare(i, 3, " | ") == 0;
    if (dash3 || dash1) {
      out.push_back(CollapseSpaces(cur));
      cur.clear();
      i += dash3 ? 5 : 3;
      continue;
    }
    cur += t[i++];
  }
  out.push_back(CollapseSpaces(cur));
  return out;
}

// "the Council" / "The Council" ("the Council's" too, not "the Councillors").
int SelfReferences(const std::string& text) {
  int n = 0;
  for (const char* form : {"the Council", "The Council"}) {
    const std::string f = form;
    for (size_t pos = text.find(f); pos != std::string::npos; pos = text.find(f, pos + 1)) {
      size_t end = pos + f.size();
      bool word_start = pos == 0 || !std::isalpha(static_cast<unsigned char>(text[pos - 1]));
      bool word_end = end >= text.size() || !std::isalpha(static_cast<unsigned char>(text[end]));
      n += word_start && word_end;
    }
  }
  return n;
}

}  // namespace

std::vector<std::string> OrganisationsIn(const std::string& text, const DocumentCues& cues) {
  std::vector<std::string> words = SplitWords(text);
  std::vector<std::string> folded;
  for (const std::string& w : words) folded.push_back(CaseFold(StripPunct(w)));
  std::vector<std::string> out;
  for (size_t i = 0; i < words.size(); ++i) {
    for (const std::string& ending : cues.org_endings) {
      std::vector<std::string> ew = SplitWords(ending);
      if (i + ew.size() > words.size()) continue;
      bool match = true;
      for (size_t k = 0; k < ew.size() && match; ++k) match = folded[i + k] == ew[k];
      if (!match) continue;
      // The ending's own words must be capitalised ("the council" is not a name).
      bool caps = true;
      for (size_t k = 0; k < ew.size(); ++k) caps = caps && Capitalised(words[i + k]);
      if (!caps) continue;
      // Capitalised words before it: the name ("Kent", "Birmingham Independent").
      size_t b = i;
      while (b > 0 && i - b < 4 && Capitalised(words[b - 1]) &&
             StripPunct(words[b - 1]) == words[b - 1] && folded[b - 1] != "the") {
        --b;
      }
      // "Full Council", "the 2025-26 Budget County Council": a meeting of a
      // council, not its name.
      while (b < i && cues.IsNotOrgName(folded[b])) ++b;
      // A name on the bare word "Council" is a place and the word ("Medway
      // Council"), not "Adult Social Care Council".
      if (ew.size() == 1 && i - b > 1) b = i;
      if (ew.size() == 1 && b < i && cues.IsNotOrgName(folded[b])) b = i;
      if (b == i) {  // "the County Council" names nobody: skip the ending's words
        i += ew.size() - 1;
        break;
      }
      std::string name;
      for (size_t k = b; k < i + ew.size(); ++k) {
        if (!name.empty()) name += ' ';
        name += TitleCase(StripPunct(words[k]));
      }
      out.push_back(name);
      i += ew.size() - 1;
      break;
    }
  }
  return out;
}

std::string FindPublisher(const Document& doc, const std::vector<std::string>& page1_lines,
                          const DocumentCues& cues) {
  // 1: a segment of the file's own title that is an organisation and only that.
  for (const std::string& seg : TitleSegments(doc.source.title)) {
    std::vector<std::string> orgs = OrganisationsIn(seg, cues);
    if (orgs.size() == 1 && CaseFold(orgs[0]) == CaseFold(seg)) return orgs[0];
  }
  // 2: the cover: a short line of the first few that names an organisation;
  // a line that is only names ("… Council and Centre for Governance and
  // Scrutiny") is the publisher as printed.
  int seen = 0;
  for (const std::string& l : page1_lines) {
    if (l.empty()) continue;
    if (++seen > 5) break;
    std::vector<std::string> words = SplitWords(l);
    if (words.size() > 12) continue;  // a sentence names others too
    std::vector<std::string> orgs = OrganisationsIn(l, cues);
    if (orgs.empty()) continue;
    bool all_names = words.size() <= 12 && l.find(':') == std::string::npos;
    for (const std::string& w : words) {
      all_names = all_names && (Capitalised(w) || w == "and" || w == "for" || w == "of" || w == "&");
    }
    if (all_names && CaseFold(orgs[0]) != CaseFold(l)) {
      // Joint publishers: only when the line opens with the organisation and
      // joins another with "and".
      if (CaseFold(l).rfind(CaseFold(orgs[0]), 0) == 0 &&
          l.find(" and ", orgs[0].size()) == orgs[0].size()) {
        return CollapseSpaces(l);
      }
    }
    return orgs[0];
  }
  // 3: the organisation named most often, its initials counting for it
  // ("Kent County Council (KCC)" then "KCC" throughout).
  const std::string all = AllText(doc);
  // The contacts: the text and the info dictionary's Author
  // ("a.b@kent.gov.uk") and Title ("Addendum – BCC 2019-20 …").
  const std::string contacts = all + "\n" + doc.source.author + "\n" + doc.source.title;
  auto from_register = [&] { return CouncilFromRegister(contacts, cues.councils); };
  std::map<std::string, int> count;
  std::map<std::string, size_t> first;
  size_t order = 0;
  for (const std::string& o : OrganisationsIn(all, cues)) {
    ++count[o];
    first.emplace(o, order++);
  }
  std::map<std::string, int> words;
  for (const std::string& w : SplitWords(all)) {
    std::string core = StripPunct(w);
    if (!core.empty() && core.front() == '(') core.erase(0, 1);
    if (!core.empty() && core.back() == ')') core.pop_back();
    ++words[core];
  }
  for (auto& [name, n] : count) {
    std::string initials;
    for (const std::string& w : SplitWords(name)) initials += w[0];
    if (initials.size() >= 2) n += words[initials];
  }
  // A council's papers give their contacts at its domain ("@kent.gov.uk"):
  // a name whose first word is that domain's name is its publisher's.
  for (const std::string& w : SplitWords(CaseFold(all))) {
    size_t at = w.find('@');
    if (at == std::string::npos) continue;
    std::string domain = w.substr(at + 1, w.find('.', at) - at - 1);
    for (auto& [name, n] : count) {
      if (CaseFold(SplitWords(name).front()) == domain) n += 2;
    }
  }
  // Councils first: papers of a council name other bodies too (a panel, a
  // board) more often than themselves.
  std::string best;
  bool best_council = false;
  for (const auto& [name, n] : count) {
    bool council = CaseFold(name).find("council") != std::string::npos;
    bool better = best.empty() || (council && !best_council) ||
                  (council == best_council &&
                   (n > count[best] || (n == count[best] && first[name] < first[best])));
    if (better) {
      best = name;
      best_council = council;
    }
  }
  // One passing mention ("Hythe District Council" in a list of schemes)
  // does not make a publisher.
  if (best.empty() || count[best] < kMinMentions) return from_register();
  // A paper that speaks of itself as "the Council" throughout is a council's
  // own: a body it names that is no council (the panel it answers to) or a
  // council it names only in passing against that ("debt managed on behalf
  // of Medway Council", 3 mentions against 52 of "the Council") is another
  // body, not its publisher.
  const int self = SelfReferences(all);
  const bool speaks_as_council = self >= kSelfReferences;
  if (speaks_as_council && (!best_council || count[best] * kPassingRatio < self)) {
    return from_register();
  }
  // A paper that calls a council by initials it never spells out ("KCC",
  // throughout a report that names "Medway Council" in full) is that
  // council's: the council named in full is then another one.
  std::string best_initials;
  for (const std::string& w : SplitWords(best)) best_initials += w[0];
  for (const auto& [w, n] : words) {
    // "KCC", "BCC", "DDC": a place, then County / City / Borough / District
    // Council.
    bool council_initials = w.size() == 3 && w[2] == 'C' &&
                            (w[1] == 'C' || w[1] == 'B' || w[1] == 'D') && w[0] >= 'A' &&
                            w[0] <= 'Z';
    if (council_initials && n >= kMinMentions && w != best_initials && !count.count(w)) {
      bool spelled = false;
      for (const auto& [name, m] : count) {
        std::string ini;
        for (const std::string& x : SplitWords(name)) ini += x[0];
        spelled = spelled || ini == w;
      }
      if (!spelled) return from_register();
    }
  }
  return best;
}

}  // namespace plantrace

#include "pipeline/normalise/lead_column.h"

#include <cctype>

namespace plantrace {

namespace {

int WordCount(const std::string& s) {
  int n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = c == ' ' || c == '\t';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}


// Words that may be lower-case inside a role name.
bool IsJoiner(std::string_view w) {
  for (const char* j : {"and", "of", "with", "the", "in", "for", "to", "&", "/", "-", "–", "a",
                        "concert", "on", "by", "at"}) {
    if (w == j) return true;
  }
  return false;
}

// Share of words that start with a capital (or are all caps), joiners
// aside, in thousandths.
int CapitalisedPerMille(std::string_view t) {
  int words = 0, caps = 0;
  size_t i = 0;
  while (i < t.size()) {
    while (i < t.size() && (t[i] == ' ' || t[i] == ',' || t[i] == '(' || t[i] == ')')) ++i;
    size_t j = i;
    while (j < t.size() && t[j] != ' ' && t[j] != ',') ++j;
    if (j > i) {
      std::string_view w = t.substr(i, j - i);
      if (!IsJoiner(w)) {
        ++words;
        caps += std::isupper(static_cast<unsigned char>(w[0])) != 0;
      }
    }
    i = j;
  }
  return words ? caps * 1000 / words : 0;
}

}  // namespace

// English phrases that join two roles like "with" does; the owner parser
// splits on "with", so they are read as it. General language, not the
// knowledge of one document family.
static std::string PlainJoiners(std::string t) {
  for (const char* phrase : {" in concert with ", " in conjunction with ", " in partnership with ",
                             " working with ", " supported by "}) {
    std::string p(phrase);
    for (size_t pos = t.find(p); pos != std::string::npos; pos = t.find(p, pos + 1)) {
      t.replace(pos, p.size(), " with ");
    }
  }
  return t;
}

std::string HeadingText(const std::string& line) {
  std::string t = PlainJoiners(line);
  while (!t.empty() && (t.back() == ' ' || t.back() == ':' || t.back() == '.')) t.pop_back();
  while (!t.empty() && t.front() == ' ') t.erase(0, 1);
  return t;
}

bool IsOwnerHeading(const StyledLine& line, const OwnerParser& owners) {
  bool underlined = line.AllUnderlined();
  if (!line.AllBold() && !underlined) return false;
  const std::string t = HeadingText(line.text);
  if (t.empty() || WordCount(t) > (underlined ? 15 : 9)) return false;
  for (char c : t) {
    if (std::isdigit(static_cast<unsigned char>(c)) || c == ':') return false;
  }
  if (CapitalisedPerMille(t) < 700) return false;
  // A sentence inside ("Underway. New process …") is an update.
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if ((t[i] == '.' || t[i] == ';') && t[i + 1] == ' ' && i > 0 &&
        std::islower(static_cast<unsigned char>(t[i - 1]))) {
      return false;
    }
  }
  std::vector<OwnerRecord> found = owners.ParseCell(t);
  if (found.empty()) return false;
  if (underlined) return true;
  size_t covered = 0;
  for (const OwnerRecord& o : found) covered += o.raw.size();
  return covered * 2 >= t.size();
}

void MoveTrailingOwnerHeadings(std::vector<RawItem>* items, const OwnerParser& owners) {
  for (size_t i = 0; i + 1 < items->size(); ++i) {
    RawItem& cur = (*items)[i];
    RawItem& next = (*items)[i + 1];
    if (!cur.lead_has_headings || !next.lead_has_headings || cur.lead_lines.size() < 2) continue;
    if (!IsOwnerHeading(cur.lead_lines.back(), owners)) continue;
    if (!next.lead_lines.empty() && IsOwnerHeading(next.lead_lines.front(), owners)) continue;
    next.lead_lines.insert(next.lead_lines.begin(), cur.lead_lines.back());
    cur.lead_lines.pop_back();
  }
}

void AddOwners(const std::vector<OwnerRecord>& found, std::vector<OwnerRecord>* out) {
  for (const OwnerRecord& o : found) {
    bool dup = false;
    for (const OwnerRecord& have : *out) {
      dup = dup || (have.title == o.title && have.interim == o.interim);
    }
    if (!dup) out->push_back(o);
  }
}

// A line that opens with an underlined (else bold) run and goes on in
// another style (a heading the extractor ran into the update after it) is
// cut after that run; the caller keeps the cut only when the opening is an
// owner heading.
static std::vector<StyledLine> SplitUnderlinedOpening(const StyledLine& line) {
  size_t n = 0;
  while (n < line.runs.size() && line.runs[n].underline) ++n;
  if (n == 0) {
    while (n < line.runs.size() && line.runs[n].bold) ++n;
  }
  if (n == 0 || n == line.runs.size()) return {line};
  StyledLine head, rest;
  for (size_t i = 0; i < line.runs.size(); ++i) {
    StyledLine& to = i < n ? head : rest;
    to.runs.push_back(line.runs[i]);
    to.text += line.runs[i].text;
  }
  while (!rest.text.empty() && rest.text.front() == ' ') {
    rest.text.erase(0, 1);
    if (!rest.runs.empty() && !rest.runs.front().text.empty()) rest.runs.front().text.erase(0, 1);
  }
  return {head, rest};
}

LeadReading ReadLeadColumn(const RawItem& item, const OwnerParser& owners) {
  LeadReading out;
  for (const StyledLine& whole : item.lead_lines) {
    std::vector<StyledLine> parts = item.lead_has_headings ? SplitUnderlinedOpening(whole)
                                                           : std::vector<StyledLine>{whole};
    if (parts.size() == 2 && !IsOwnerHeading(parts[0], owners)) parts = {whole};
    for (const StyledLine& line : parts) {
      if (item.lead_has_headings && IsOwnerHeading(line, owners)) {
        AddOwners(owners.ParseCell(HeadingText(line.text)), &out.owners);
        continue;
      }
      out.update_lines.push_back(line);
    }
  }
  return out;
}

}  // namespace plantrace

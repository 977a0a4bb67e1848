#include "pipeline/normalise/owner_cues.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "pipeline/segment/column_roles.h"
#include "pipeline/shared/data_files.h"
#include "text/normalize.h"

namespace plantrace {

Result<OwnerCues> OwnerCues::Parse(std::string_view text, std::string_view where) {
  Result<std::vector<TsvRow>> rows = ParseTsv(text, where, 2, 3);
  if (!rows.ok()) return rows.status();
  OwnerCues out;
  for (const TsvRow& row : rows.value()) {
    if (row.fields[0] == "lead" && row.fields.size() == 2) {
      out.leads.push_back(CaseFold(row.fields[1]));
      continue;
    }
    if (row.fields[0] == "handover" && row.fields.size() == 2) {
      out.handover_verbs.push_back(CaseFold(row.fields[1]));
      continue;
    }
    if (row.fields[0] == "after" && row.fields.size() == 2) {
      out.after_cues.push_back(CaseFold(row.fields[1]));
      continue;
    }
    if (row.fields[0] != "cue") {
      return Status::InvalidArgument(RowWhere(where, row),
                                     "unknown line type '" + row.fields[0] + "'");
    }
    bool interim = row.fields.size() == 3 && row.fields[2] == "interim";
    if (row.fields.size() == 3 && !interim) {
      return Status::InvalidArgument(RowWhere(where, row),
                                     "third field must be 'interim', not '" + row.fields[2] + "'");
    }
    out.cues.push_back(CaseFold(row.fields[1]));
    out.interim.push_back(interim);
  }
  return out;
}

namespace {

bool Capitalised(std::string_view w) {
  return !w.empty() && (std::isupper(static_cast<unsigned char>(w[0])) ||
                        std::isdigit(static_cast<unsigned char>(w[0])));
}

// The role name at the start of `s`: capitalised words, and "of" / "for" /
// "and" / "&" / "the" between two of them ("Director of Service Delivery
// and, since her recruitment" → "Director of Service Delivery"). Prose goes
// on after the role, and the parser needs the role alone.
std::string_view RoleRun(std::string_view s) {
  size_t end = 0, pos = 0;
  bool joiner_pending = false;
  while (pos < s.size()) {
    size_t b = s.find_first_not_of(' ', pos);
    if (b == std::string_view::npos) break;
    size_t e = s.find(' ', b);
    if (e == std::string_view::npos) e = s.size();
    std::string_view w = s.substr(b, e - b);
    if (Capitalised(w)) {
      end = e;
      joiner_pending = false;
    } else if (!joiner_pending && end > 0 &&
               (w == "of" || w == "for" || w == "and" || w == "&" || w == "the")) {
      joiner_pending = true;
    } else {
      break;
    }
    pos = e;
  }
  return s.substr(0, end);
}

// The role name that ends `s` (the words before an `after` cue): the
// capitalised words and joiners back from the end, ", " before the cue
// allowed ("the Chief Executive, who is …").
std::string_view RoleRunBefore(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == ',')) s.remove_suffix(1);
  size_t begin = s.size();
  size_t pos = s.size();
  bool joiner_pending = false;
  while (pos > 0) {
    size_t e = pos;
    size_t b = s.rfind(' ', e - 1);
    b = b == std::string_view::npos ? 0 : b + 1;
    std::string_view w = s.substr(b, e - b);
    if (Capitalised(w)) {
      begin = b;
      joiner_pending = false;
    } else if (!joiner_pending && begin < s.size() &&
               (w == "of" || w == "for" || w == "and" || w == "&")) {
      joiner_pending = true;
    } else {
      break;
    }
    if (b == 0) break;
    pos = b - 1;
  }
  return s.substr(begin);
}

}  // namespace

std::vector<OwnerRecord> OwnerCues::Find(std::string_view text, const OwnerParser& owners) const {
  std::vector<OwnerRecord> out;
  // Case folding of ASCII keeps offsets; the cues are ASCII.
  std::string folded(text);
  for (char& c : folded) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  for (size_t i = 0; i < cues.size(); ++i) {
    for (auto [b, e] : FindPhrase(folded, cues[i])) {
      size_t start = e;
      while (start < text.size() && text[start] == ' ') ++start;
      size_t stop = text.find_first_of(",;.()\n", start);
      if (stop == std::string_view::npos) stop = text.size();
      std::string_view frag = RoleRun(text.substr(start, stop - start));
      if (frag.empty() || !owners.LooksLikeRole(frag)) continue;
      OwnerRecord o = owners.ParseOne(frag);
      o.interim = o.interim || interim[i];
      bool dup = false;
      for (const OwnerRecord& h : out) dup = dup || (h.title == o.title && h.interim == o.interim);
      if (!dup) out.push_back(std::move(o));
    }
  }
  for (const std::string& verb : handover_verbs) {
    for (auto [b, e] : FindPhrase(folded, verb)) {
      // "Schools' Delegated Budgets": a capitalised word after it makes the
      // verb part of a name.
      size_t next = text.find_first_not_of(' ', e);
      if (next == std::string_view::npos || next == e) continue;
      if (std::isupper(static_cast<unsigned char>(text[next])) && next + 1 < text.size() &&
          std::islower(static_cast<unsigned char>(text[next + 1]))) {
        continue;
      }
      size_t stop = text.find_first_of(",;.()\n", e);
      if (stop == std::string_view::npos) stop = text.size();
      // The first "to the" of the clause whose words name a role.
      for (size_t t = folded.find(" to the ", e); t != std::string::npos && t < stop;
           t = folded.find(" to the ", t + 1)) {
        size_t start = t + 8;
        std::string_view frag = RoleRun(text.substr(start, stop - start));
        if (frag.empty() || !owners.LooksLikeRole(frag)) continue;
        OwnerRecord o = owners.ParseOne(frag);
        bool dup = false;
        for (const OwnerRecord& h : out) dup = dup || (h.title == o.title && h.interim == o.interim);
        if (!dup) out.push_back(std::move(o));
        break;
      }
    }
  }
  for (const std::string& cue : after_cues) {
    for (auto [b, e] : FindPhrase(folded, cue)) {
      size_t start = text.find_last_of(";.()\n", b == 0 ? 0 : b - 1);
      start = start == std::string_view::npos || b == 0 ? 0 : start + 1;
      std::string_view frag = RoleRunBefore(text.substr(start, b - start));
      if (frag.empty() || !owners.LooksLikeRole(frag)) continue;
      OwnerRecord o = owners.ParseOne(frag);
      bool dup = false;
      for (const OwnerRecord& h : out) dup = dup || (h.title == o.title && h.interim == o.interim);
      if (!dup) out.push_back(std::move(o));
    }
  }
  return out;
}

namespace {

// One "Name, Role" line of a header value: the role, the name dropped.
std::vector<OwnerRecord> HeaderLine(std::string line, const OwnerParser& owners) {
  line = CollapseSpaces(line);
  while (!line.empty() && (line.back() == ',' || line.back() == ';')) line.pop_back();
  size_t comma = line.find(", ");
  if (comma != std::string::npos && !owners.LooksLikeRole(line.substr(0, comma))) {
    line = line.substr(comma + 2);
  }
  return owners.ParseCell(line);
}

void AddLead(std::vector<OwnerRecord> found, std::vector<OwnerRecord>* out) {
  for (OwnerRecord& o : found) {
    bool dup = false;
    for (const OwnerRecord& h : *out) dup = dup || (h.title == o.title && h.interim == o.interim);
    if (!dup) out->push_back(std::move(o));
  }
}

// A "From:" value lists one "Name, Role" entry a line, and a long role wraps
// onto the next line ("Peter Oakford, Deputy Leader and Cabinet Member for
// Finance, Corporate and" / "Traded Services"). A line whose text before its
// first comma is not a role (a name) starts an entry; a line that starts in
// lower case or with a connector, follows a line ending in one, or names no
// role on its own continues the entry before it.
void AppendHeaderLine(std::string line, const OwnerParser& owners,
                      std::vector<std::string>* entries) {
  line = CollapseSpaces(line);
  if (line.empty()) return;
  size_t comma = line.find(", ");
  bool starts_entry = comma != std::string::npos && !owners.LooksLikeRole(line.substr(0, comma));
  if (!starts_entry && !entries->empty()) {
    std::string prev = CaseFold(entries->back());
    std::string folded = CaseFold(line);
    auto ends_with = [&](std::string_view e) {
      return prev.size() >= e.size() && prev.compare(prev.size() - e.size(), e.size(), e) == 0;
    };
    bool prev_open = ends_with(",") || ends_with(" and") || ends_with(" of") ||
                     ends_with(" for") || ends_with("&");
    bool opens = std::islower(static_cast<unsigned char>(line[0])) ||
                 folded.rfind("and ", 0) == 0 || folded.rfind("& ", 0) == 0 ||
                 folded.rfind("of ", 0) == 0 || folded.rfind("for ", 0) == 0;
    if (prev_open || opens || !owners.LooksLikeRole(line)) {
      entries->back() += " " + line;
      return;
    }
  }
  entries->push_back(line);
}

// Where the extractor has joined a "From:" block's lines into one paragraph
// ("Roger Gough, Leader Peter Oakford, Deputy Leader … John Betts, Interim
// Corporate Director of Finance"), a value that opens with "Name, Role" is
// cut before each later "Name," whose text up to the next cut names a role.
std::vector<std::string> SplitNamedEntries(const std::string& value, const OwnerParser& owners) {
  std::vector<size_t> word_starts;
  for (size_t i = 0; i < value.size(); ++i) {
    if (value[i] != ' ' && (i == 0 || value[i - 1] == ' ')) word_starts.push_back(i);
  }
  // Candidate cuts: the start of two or three words that end just before ", ".
  std::vector<size_t> cuts;
  for (size_t w = 0; w < word_starts.size(); ++w) {
    for (size_t n : {size_t{3}, size_t{2}}) {
      if (w + n > word_starts.size()) continue;
      size_t last = word_starts[w + n - 1];
      size_t comma = value.find(' ', last);
      if (comma == std::string::npos || comma == 0 || value[comma - 1] != ',') continue;
      if (!owners.LooksLikePersonalName(value.substr(word_starts[w], comma - 1 - word_starts[w]))) {
        continue;
      }
      cuts.push_back(word_starts[w]);
      break;
    }
  }
  if (cuts.empty() || cuts.front() != 0) return {value};
  std::vector<std::string> out;
  for (size_t i = 0; i < cuts.size(); ++i) {
    size_t end = i + 1 < cuts.size() ? cuts[i + 1] : value.size();
    std::string entry = CollapseSpaces(value.substr(cuts[i], end - cuts[i]));
    size_t comma = entry.find(", ");
    bool names_role = comma != std::string::npos && owners.LooksLikeRole(entry.substr(comma + 2));
    if (i > 0 && !names_role) {
      out.back() += " " + entry;  // "Adult Social Care, Kent": not a new person
    } else {
      out.push_back(entry);
    }
  }
  return out;
}

void FlushEntries(const OwnerParser& owners, std::vector<std::string>* entries,
                  std::vector<OwnerRecord>* out) {
  for (const std::string& e : *entries) {
    for (const std::string& one : SplitNamedEntries(e, owners)) AddLead(HeaderLine(one, owners), out);
  }
  entries->clear();
}

void AppendHeaderText(const std::string& text, const OwnerParser& owners,
                      std::vector<std::string>* entries) {
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    AppendHeaderLine(text.substr(start, nl - start), owners, entries);
    start = nl + 1;
  }
}

// "From:" or "From: Roger Gough, Leader" → the key ("from:") and the value.
bool SplitKey(const std::string& text, const std::vector<std::string>& keys, std::string* value) {
  std::string folded = CaseFold(CollapseSpaces(text));
  for (const std::string& k : keys) {
    if (k.empty() || k.back() != ':') continue;
    if (folded.compare(0, k.size(), k) == 0) {
      *value = CollapseSpaces(text).substr(k.size());
      return true;
    }
  }
  return false;
}

// A "Key:" or "Question?" line of a header: a new field ends the value
// before it.
bool IsFieldLine(const std::string& text) {
  size_t mark = text.find_first_of(":?");
  return mark != std::string::npos && mark < 60;
}

}  // namespace

std::vector<OwnerRecord> OwnerCues::DocumentLeads(const Document& doc,
                                                  const OwnerParser& owners,
                                                  int first_page) const {
  std::vector<OwnerRecord> out;
  // A header laid out as text: "From:" then one "Name, Role" a paragraph,
  // up to the next field ("To:", "Is the decision …?") on the first page.
  std::map<std::string, const Block*> by_id;
  for (const Block& b : doc.blocks) by_id.emplace(b.id, &b);
  bool in_value = false;
  std::vector<std::string> entries;  // the open field's "Name, Role" entries
  for (const std::string& id : doc.reading_order) {
    auto it = by_id.find(id);
    if (it == by_id.end()) {
      // A table ends the field, but when the header's key-value lines were
      // read as a table just below it, the table's first row with no key
      // ("" | "and Health") is the field's last line wrapped.
      if (in_value) {
        for (const Table& t : doc.tables) {
          if (t.id != id || t.cols != 2) continue;
          const Cell* key = nullptr;
          const Cell* value = nullptr;
          for (const Cell& c : t.cells) {
            if (c.row == 0 && c.col == 0) key = &c;
            if (c.row == 0 && c.col == 1) value = &c;
          }
          if (key && value && CollapseSpaces(key->text).empty()) {
            AppendHeaderText(value->text, owners, &entries);
          }
        }
      }
      in_value = false;
      FlushEntries(owners, &entries, &out);
      continue;
    }
    const Block& b = *it->second;
    if (b.page < first_page) continue;
    if (b.page != first_page) break;
    if (b.kind == BlockKind::kHeader || b.kind == BlockKind::kFooter) continue;
    std::string value;
    if (SplitKey(b.text, leads, &value)) {
      FlushEntries(owners, &entries, &out);
      in_value = true;
      AppendHeaderText(value, owners, &entries);
      continue;
    }
    if (!in_value) continue;
    if (IsFieldLine(b.text) || b.text.size() > 160) {
      in_value = false;
      FlushEntries(owners, &entries, &out);
      continue;
    }
    AppendHeaderText(b.text, owners, &entries);
  }
  FlushEntries(owners, &entries, &out);
  // A key-value table: two columns, or a row whose value spans all the
  // columns right of its key (two key-value tables set one under the other,
  // their columns split differently, read as one table: a key-value row is
  // still a key and a value).
  for (const Table& t : doc.tables) {
    if (t.cols < 2) continue;
    for (const Cell& key : t.cells) {
      if (key.col != 0 || key.colspan != 1) continue;
      std::string k = CaseFold(CollapseSpaces(key.text));
      int last_row = key.row;
      if (std::find(leads.begin(), leads.end(), k) == leads.end()) {
        // A key printed on two lines that a table finder without rules cut
        // into two rows ("Relevant Cabinet" over "Member:"): the key is
        // both rows' key cells joined, and both rows' values are its value.
        const Cell* next = nullptr;
        for (const Cell& c : t.cells) {
          if (c.col == 0 && c.row == key.row + 1) next = &c;
        }
        if (k.empty() || k.back() == ':' || !next) continue;
        k += " " + CaseFold(CollapseSpaces(next->text));
        if (std::find(leads.begin(), leads.end(), k) == leads.end()) continue;
        last_row = next->row;
      }
      for (const Cell& value : t.cells) {
        if (value.row < key.row || value.row > last_row || value.col != 1) continue;
        if (value.col + value.colspan != t.cols) continue;
        // One "Name, Role" a line ("Roger Gough, Leader," / "Dr Anjan
        // Ghosh, Director of Public Health"): each line alone, so that a
        // trailing comma does not join the next person to the role.
        std::vector<OwnerRecord> found;
        size_t start = 0;
        while (start <= value.text.size()) {
          size_t nl = value.text.find('\n', start);
          if (nl == std::string::npos) nl = value.text.size();
          for (OwnerRecord& o : HeaderLine(value.text.substr(start, nl - start), owners)) {
            found.push_back(std::move(o));
          }
          start = nl + 1;
        }
        for (OwnerRecord& o : found) {
          bool dup = false;
          for (const OwnerRecord& h : out) dup = dup || (h.title == o.title && h.interim == o.interim);
          if (!dup) out.push_back(std::move(o));
        }
      }
    }
  }
  return out;
}

}  // namespace plantrace

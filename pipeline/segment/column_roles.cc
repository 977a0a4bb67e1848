#include "pipeline/segment/column_roles.h"

#include <algorithm>

#include "pipeline/shared/data_files.h"
#include "text/normalize.h"

namespace plantrace {

namespace {

struct RoleName {
  const char* name;
  unsigned role;
};
constexpr RoleName kRoleNames[] = {
    {"text", kRoleText},     {"action", kRoleAction}, {"deliverable", kRoleDeliverable},
    {"owner", kRoleOwner},   {"status", kRoleStatus}, {"update", kRoleUpdate},
    {"date", kRoleDate},     {"id", kRoleId},         {"detail", kRoleDetail},
    {"rating", kRoleRating}, {"exposure", kRoleExposure},
};

bool IsWordByte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
}

}  // namespace

unsigned ColumnRoleFromName(std::string_view name) {
  for (const RoleName& r : kRoleNames) {
    if (name == r.name) return r.role;
  }
  return kRoleNone;
}

std::string ColumnRoleNames(unsigned roles) {
  std::string out;
  for (const RoleName& r : kRoleNames) {
    if (!(roles & r.role)) continue;
    if (!out.empty()) out += '+';
    out += r.name;
  }
  return out.empty() ? "none" : out;
}

std::vector<std::pair<size_t, size_t>> FindPhrase(std::string_view folded,
                                                  std::string_view phrase) {
  std::vector<std::pair<size_t, size_t>> out;
  if (phrase.empty()) return out;
  for (size_t pos = folded.find(phrase); pos != std::string_view::npos;
       pos = folded.find(phrase, pos + 1)) {
    size_t end = pos + phrase.size();
    // A phrase that ends in punctuation ("no.") needs no boundary after it.
    bool left_ok = pos == 0 || !IsWordByte(folded[pos - 1]) || !IsWordByte(phrase.front());
    bool right_ok = end == folded.size() || !IsWordByte(folded[end]) || !IsWordByte(phrase.back());
    if (left_ok && right_ok) out.emplace_back(pos, end);
  }
  return out;
}

Result<ColumnRoleLexicon> ColumnRoleLexicon::Parse(std::string_view text, std::string_view where) {
  Result<std::vector<TsvRow>> rows = ParseTsv(text, where, 3, 3);
  if (!rows.ok()) return rows.status();
  ColumnRoleLexicon lex;
  for (const TsvRow& row : rows.value()) {
    if (row.fields[0] != "role") {
      return Status::InvalidArgument(RowWhere(where, row),
                                     "unknown line type '" + row.fields[0] + "'");
    }
    unsigned role = ColumnRoleFromName(row.fields[1]);
    if (role == kRoleNone) {
      return Status::InvalidArgument(RowWhere(where, row),
                                     "unknown role '" + row.fields[1] + "'");
    }
    lex.cues.emplace_back(CaseFold(row.fields[2]), role);
  }
  return lex;
}

Result<ColumnRoleLexicon> ColumnRoleLexicon::LoadDefault() {
  Result<std::string> text = ReadDataFile("column_roles.tsv");
  if (!text.ok()) return text.status();
  return Parse(text.value(), "data/column_roles.tsv");
}

unsigned ColumnRoleLexicon::Classify(std::string_view header) const {
  std::string folded = CaseFold(header);
  struct Hit {
    size_t begin, end;
    unsigned role;
  };
  std::vector<Hit> hits;
  for (const auto& [phrase, role] : cues) {
    for (auto [b, e] : FindPhrase(folded, phrase)) hits.push_back({b, e, role});
  }
  unsigned roles = kRoleNone;
  for (const Hit& h : hits) {
    bool inside_longer = std::any_of(hits.begin(), hits.end(), [&](const Hit& o) {
      return o.role != h.role && o.begin <= h.begin && o.end >= h.end &&
             (o.end - o.begin) > (h.end - h.begin);
    });
    if (!inside_longer) roles |= h.role;
  }
  return roles;
}

}  // namespace plantrace

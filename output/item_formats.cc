#include "output/item_formats.h"

#include <algorithm>
#include <set>

#include "json/json_value.h"
#include "model/records_json.h"

namespace plantrace {

namespace {

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += "; ";
    out += p;
  }
  return out;
}

template <typename T, typename F>
std::vector<std::string> Map(const std::vector<T>& v, F f) {
  std::vector<std::string> out;
  for (const auto& x : v) out.push_back(f(x));
  return out;
}

std::string OwnerTitles(const ItemRecord& it) {
  return Join(Map(it.owners, [](const OwnerRecord& o) {
    return o.interim ? o.title + " (interim)" : o.title;
  }));
}

// Display width of UTF-8 text, counted in code points.
size_t Width(const std::string& s) {
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

}  // namespace

std::vector<std::string> DueEnds(const ItemRecord& item) {
  std::vector<std::string> out;
  for (const DateRecord& d : item.dates) {
    if (d.role == "due") out.push_back(d.end.value_or(d.start));
  }
  return out;
}

std::string CutText(const std::string& text, size_t max_chars) {
  std::string flat = text;
  std::replace(flat.begin(), flat.end(), '\n', ' ');
  if (Width(flat) <= max_chars) return flat;
  size_t chars = 0, i = 0;
  for (; i < flat.size(); ++i) {
    if ((flat[i] & 0xC0) != 0x80) {
      if (chars == max_chars - 1) break;
      ++chars;
    }
  }
  return flat.substr(0, i) + "…";
}

std::string ItemsCsvHeader() {
  return "doc_id,item_id,kind,section,text,actions,deliverables,updates,owners,owners_raw,"
         "due,dates,amounts_gbp,amounts,status,status_raw,pages\n";
}

std::string ItemCsvRow(const ItemRecord& it) {
  std::vector<std::string> pages;
  std::set<int> seen;
  for (const auto& p : it.provenance) {
    if (seen.insert(p.page).second) pages.push_back(std::to_string(p.page));
  }
  const std::vector<std::string> fields = {
      it.doc_id,
      it.item_id,
      it.kind,
      it.section.value_or(""),
      it.text,
      Join(it.actions),
      Join(it.deliverables),
      Join(Map(it.updates, [](const UpdateRecord& u) {
        return u.as_of ? "(" + *u.as_of + ") " + u.text : u.text;
      })),
      OwnerTitles(it),
      Join(Map(it.owners, [](const OwnerRecord& o) { return o.raw; })),
      Join(DueEnds(it)),
      Join(Map(it.dates, [](const DateRecord& d) { return d.raw; })),
      Join(Map(it.amounts, [](const AmountRecord& a) { return std::to_string(a.value_gbp); })),
      Join(Map(it.amounts, [](const AmountRecord& a) { return a.raw; })),
      it.status ? it.status->value : "",
      it.status ? it.status->raw : "",
      Join(pages),
  };
  std::string line;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) line += ',';
    line += CsvField(fields[i]);
  }
  return line + "\n";
}

namespace {

std::string SoonestDue(const ItemRecord& it) {
  const std::vector<std::string> ends = DueEnds(it);
  return ends.empty() ? "-" : *std::min_element(ends.begin(), ends.end());
}

}  // namespace

std::string ItemsTable(const std::vector<ItemRecord>& items) {
  std::vector<std::vector<std::string>> rows = {
      {"doc_id", "item", "status", "due", "owners", "text"}};
  for (const ItemRecord& it : items) {
    rows.push_back({it.doc_id, it.item_id, it.status ? it.status->value : "-",
                    SoonestDue(it),
                    it.owners.empty() ? "-" : CutText(OwnerTitles(it), 40), CutText(it.text, 70)});
  }
  std::vector<size_t> width(rows.front().size(), 0);
  for (const auto& r : rows) {
    for (size_t c = 0; c < r.size(); ++c) width[c] = std::max(width[c], Width(r[c]));
  }
  std::string out;
  for (const auto& r : rows) {
    std::string line;
    for (size_t c = 0; c < r.size(); ++c) {
      line += r[c];
      if (c + 1 < r.size()) line += std::string(width[c] - Width(r[c]) + 2, ' ');
    }
    out += line + "\n";
  }
  return out;
}

std::string ItemsJsonArray(const std::vector<ItemRecord>& items) {
  JsonValue array = JsonValue::Array();
  for (const ItemRecord& it : items) array.Push(ItemRecordToJson(it));
  return array.Dump(1) + "\n";
}

}  // namespace plantrace

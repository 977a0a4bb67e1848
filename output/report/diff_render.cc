#include "output/report/diff_render.h"

#include "json/json_value.h"
#include "model/records_json.h"
#include "output/report/html_page.h"

namespace plantrace {
namespace {

std::string Join(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

std::string Cut(const std::string& s, size_t n) {
  if (s.size() <= n) return s;
  size_t end = n;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end) + "…";
}

// The values only one side has, for lists (updates, owners, …): what a
// reader wants to see is what arrived and what went.
std::vector<std::string> Minus(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> out;
  for (const std::string& x : a) {
    bool found = false;
    for (const std::string& y : b) found = found || x == y;
    if (!found) out.push_back(x);
  }
  return out;
}

std::string Heading(const DiffSides& s, const ItemDiff& d) {
  return s.old_ref + " -> " + s.new_ref + ": " + std::to_string(d.added.size()) + " added, " +
         std::to_string(d.removed.size()) + " removed, " + std::to_string(d.changed.size()) +
         " changed, " + std::to_string(d.unchanged) + " unchanged";
}

}  // namespace

std::string DiffToText(const DiffSides& s, const ItemDiff& d) {
  std::string out = Heading(s, d) + "\n";
  for (const ItemRecord& it : d.removed) out += "- " + it.item_id + "  " + Cut(it.text, 90) + "\n";
  for (const ItemRecord& it : d.added) out += "+ " + it.item_id + "  " + Cut(it.text, 90) + "\n";
  for (const ItemChange& c : d.changed) {
    std::vector<std::string> names;
    for (const FieldChange& f : c.fields) names.push_back(f.field);
    out += "~ " + c.after.item_id + "  " + Join(names, ", ") + "\n";
    for (const FieldChange& f : c.fields) {
      const std::vector<std::string> gone = Minus(f.before, f.after), came = Minus(f.after, f.before);
      if (f.before.size() <= 1 && f.after.size() <= 1) {
        out += "    " + f.field + ": " + Cut(Join(f.before, ""), 80) + " -> " +
               Cut(Join(f.after, ""), 80) + "\n";
        continue;
      }
      for (const std::string& g : gone) out += "    " + f.field + " - " + Cut(g, 90) + "\n";
      for (const std::string& n : came) out += "    " + f.field + " + " + Cut(n, 90) + "\n";
    }
  }
  return out;
}

std::string DiffToJson(const DiffSides& s, const ItemDiff& d) {
  JsonValue added = JsonValue::Array(), removed = JsonValue::Array(), changed = JsonValue::Array();
  for (const ItemRecord& it : d.added) added.Push(ItemRecordToJson(it));
  for (const ItemRecord& it : d.removed) removed.Push(ItemRecordToJson(it));
  for (const ItemChange& c : d.changed) {
    JsonValue one = JsonValue::Object();
    one.Set("item_id", c.after.item_id);
    if (c.before.item_id != c.after.item_id) one.Set("old_item_id", c.before.item_id);
    std::vector<std::string> names;
    JsonValue changes = JsonValue::Object();
    for (const FieldChange& f : c.fields) {
      names.push_back(f.field);
      JsonValue ch = JsonValue::Object();
      ch.Set("from", JsonValue::StringArray(f.before));
      ch.Set("to", JsonValue::StringArray(f.after));
      changes.Set(f.field, std::move(ch));
    }
    one.Set("fields", JsonValue::StringArray(names));
    one.Set("changes", std::move(changes));
    changed.Push(std::move(one));
  }
  JsonValue j = JsonValue::Object();
  j.Set("old", s.old_ref);
  j.Set("new", s.new_ref);
  j.Set("added", std::move(added));
  j.Set("removed", std::move(removed));
  j.Set("changed", std::move(changed));
  j.Set("unchanged", static_cast<int64_t>(d.unchanged));
  return j.Dump(2) + "\n";
}

std::string DiffToHtml(const DiffSides& s, const ItemDiff& d) {
  std::string body = "<h1>What changed</h1>\n<p>" + HtmlEscape(s.old_doc.title) + " (" +
                     HtmlEscape(s.old_ref) + ", " + HtmlEscape(s.old_doc.date) + ") &rarr; " +
                     HtmlEscape(s.new_doc.title) + " (" + HtmlEscape(s.new_ref) + ", " +
                     HtmlEscape(s.new_doc.date) + ")</p>\n<p>" + HtmlEscape(Heading(s, d)) +
                     "</p>\n";
  body += "<h2>Changed (" + std::to_string(d.changed.size()) + ")</h2>\n";
  for (const ItemChange& c : d.changed) {
    std::string table = "<table><tr><th>field</th><th>before</th><th>after</th></tr>";
    for (const FieldChange& f : c.fields) {
      auto cell = [](const std::vector<std::string>& v) {
        std::string out;
        for (const std::string& x : v) out += "<p>" + HtmlEscape(x) + "</p>";
        return out;
      };
      table += "<tr><td>" + HtmlEscape(f.field) + "</td><td>" + cell(Minus(f.before, f.after)) +
               "</td><td>" + cell(Minus(f.after, f.before)) + "</td></tr>";
    }
    body += ItemCard(c.after, table + "</table>");
  }
  body += "<h2>Added (" + std::to_string(d.added.size()) + ")</h2>\n";
  for (const ItemRecord& it : d.added) body += ItemCard(it);
  body += "<h2>Removed (" + std::to_string(d.removed.size()) + ")</h2>\n";
  for (const ItemRecord& it : d.removed) body += ItemCard(it);
  return HtmlPage("diff " + s.old_ref + " -> " + s.new_ref, body, false);
}

}  // namespace plantrace

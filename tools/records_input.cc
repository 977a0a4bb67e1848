#include "tools/records_input.h"

#include <fstream>
#include <sstream>
#include <string_view>
#include <utility>

#include "json/json_value.h"
#include "model/records_json.h"

namespace plantrace::cli {

Status ReadRecordsFile(const std::string& path, RecordSet& set) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path, "cannot open");
  // One copy of the file in memory (an export of 100,000 items is 100 MB):
  // read straight into the string, lines viewed in place below.
  std::string text;
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size > 0) {
    text.resize(static_cast<size_t>(size));
    in.read(text.data(), size);
    text.resize(static_cast<size_t>(in.gcount()));
  } else {  // not seekable (a pipe): read as it comes
    std::stringstream ss;
    ss << in.rdbuf();
    text = ss.str();
  }
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return Status::Corruption(path, "empty file");

  // A gold answer file is one JSON object with "document" and "items".
  Result<JsonValue> whole = JsonValue::Parse(text, path);
  if (whole.ok() && whole->IsObject() && whole->Has("document") && whole->Has("items")) {
    Result<GoldFile> gold = GoldFileFromJson(whole.value(), path);
    if (!gold.ok()) return gold.status();
    set.documents.push_back(gold->document);
    for (const ItemRecord& item : gold->items) set.items.push_back(item);
    return Status::Ok();
  }
  int line_no = 0;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string_view line(text.data() + start, end - start);
    start = end + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = path + ":" + std::to_string(line_no);
    Result<JsonValue> j = JsonValue::Parse(line, where);
    if (!j.ok()) return j.status();
    const std::string type = j->Get("type").AsString();
    if (type == "document") {
      Result<DocumentRecord> d = DocumentRecordFromJson(j.value(), where);
      if (!d.ok()) return d.status();
      set.documents.push_back(std::move(d.value()));
    } else if (type == "item") {
      Result<ItemRecord> item = ItemRecordFromJson(j.value(), where);
      if (!item.ok()) return item.status();
      set.items.push_back(std::move(item.value()));
    } else if (type == "link") {
      Result<LinkRecord> link = LinkRecordFromJson(j.value(), where);
      if (!link.ok()) return link.status();
      set.links.push_back(std::move(link.value()));
    } else {
      return Status::Corruption(where, "not a record (type must be document, item or link)");
    }
  }
  return Status::Ok();
}

std::string RecordsToJsonl(const RecordSet& set) {
  std::string out;
  for (const DocumentRecord& d : set.documents) out += DocumentRecordToJson(d).Dump() + "\n";
  for (const ItemRecord& i : set.items) out += ItemRecordToJson(i).Dump() + "\n";
  for (const LinkRecord& l : set.links) out += LinkRecordToJson(l).Dump() + "\n";
  return out;
}

}  // namespace plantrace::cli

// Tidy exports: one table per record kind, one value per cell.
#include "output/tidy_export.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>

#include "model/records_json.h"
#include "output/csv_writer.h"

namespace plantrace {

namespace {

using Cells = std::vector<std::optional<std::string>>;

std::string TrueFalse(bool b) { return b ? "true" : "false"; }

// "doc#item" -> {doc, item}; the item part may itself hold no '#'.
std::pair<std::string, std::string> SplitRef(const std::string& ref) {
  const size_t hash = ref.rfind('#');
  if (hash == std::string::npos) return {ref, ""};
  return {ref.substr(0, hash), ref.substr(hash + 1)};
}

// One open output file of the folder; its CsvWriter.
struct CsvFile {
  std::ofstream file;
  std::unique_ptr<CsvWriter> csv;
};

class Folder {
 public:
  Folder(std::string dir, bool bom) : dir_(std::move(dir)), bom_(bom) {}

  Status Open(const std::string& name, const Cells& header) {
    CsvFile& t = tables_[name];
    const std::string path = (std::filesystem::path(dir_) / name).string();
    t.file.open(path, std::ios::binary | std::ios::trunc);
    if (!t.file) return Status::IOError(path, "cannot write");
    if (bom_) t.file << kUtf8Bom;
    t.csv = std::make_unique<CsvWriter>(t.file);
    t.csv->Row(header);
    return Status::Ok();
  }
  void Row(const std::string& name, const Cells& cells) { tables_[name].csv->Row(cells); }
  Status Close() {
    for (auto& [name, t] : tables_) {
      t.file.close();
      if (!t.file) return Status::IOError((std::filesystem::path(dir_) / name).string(),
                                          "cannot write");
    }
    return Status::Ok();
  }

 private:
  std::string dir_;
  bool bom_;
  std::map<std::string, CsvFile> tables_;
};

Status MakeDir(const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::IOError(dir, "cannot create the folder: " + ec.message());
  return Status::Ok();
}

// The columns of each file; the rows below follow them.
const std::vector<std::pair<std::string, Cells>>& Headers() {
  static const std::vector<std::pair<std::string, Cells>> h = {
      {"documents.csv",
       {"doc_id", "title", "publisher", "date", "plan_cycle", "doc_type", "decision_number",
        "format", "source", "sha256", "items"}},
      {"items.csv",
       {"doc_id", "item_id", "seq", "kind", "section", "text", "status", "status_raw",
        "doc_date", "plan_cycle", "first_page", "last_page"}},
      {"actions.csv", {"doc_id", "item_id", "seq", "text"}},
      {"deliverables.csv", {"doc_id", "item_id", "seq", "text"}},
      {"owners.csv", {"doc_id", "item_id", "seq", "title", "raw", "interim"}},
      {"dates.csv",
       {"doc_id", "item_id", "seq", "raw", "role", "start", "end", "precision"}},
      {"amounts.csv",
       {"doc_id", "item_id", "seq", "raw", "value_gbp", "period", "approximate", "kind"}},
      {"updates.csv", {"doc_id", "item_id", "seq", "text", "as_of", "latest"}},
      {"links.csv",
       {"from_doc_id", "from_item_id", "to_doc_id", "to_item_id", "relation", "score"}},
      {"link_reasons.csv",
       {"from_doc_id", "from_item_id", "to_doc_id", "to_item_id", "seq", "text"}},
  };
  return h;
}

void ItemRows(Folder& f, const DocumentRecord& d, const ItemRecord& it, int seq) {
  const std::string& doc = d.doc_id;
  std::optional<std::string> first, last;
  for (const ProvenanceRecord& p : it.provenance) {
    if (!first || p.page < std::stoi(*first)) first = std::to_string(p.page);
    if (!last || p.page > std::stoi(*last)) last = std::to_string(p.page);
  }
  f.Row("items.csv",
        {doc, it.item_id, std::to_string(seq), it.kind, it.section, it.text,
         it.status ? std::optional(it.status->value) : std::nullopt,
         it.status ? std::optional(it.status->raw) : std::nullopt, d.date, d.plan_cycle, first,
         last});
  for (size_t i = 0; i < it.actions.size(); ++i) {
    f.Row("actions.csv", {doc, it.item_id, std::to_string(i), it.actions[i]});
  }
  for (size_t i = 0; i < it.deliverables.size(); ++i) {
    f.Row("deliverables.csv", {doc, it.item_id, std::to_string(i), it.deliverables[i]});
  }
  for (size_t i = 0; i < it.owners.size(); ++i) {
    const OwnerRecord& o = it.owners[i];
    f.Row("owners.csv", {doc, it.item_id, std::to_string(i), o.title, o.raw, TrueFalse(o.interim)});
  }
  for (size_t i = 0; i < it.dates.size(); ++i) {
    const DateRecord& t = it.dates[i];
    f.Row("dates.csv",
          {doc, it.item_id, std::to_string(i), t.raw, t.role, t.start, t.end, t.precision});
  }
  for (size_t i = 0; i < it.amounts.size(); ++i) {
    const AmountRecord& a = it.amounts[i];
    f.Row("amounts.csv", {doc, it.item_id, std::to_string(i), a.raw, std::to_string(a.value_gbp),
                          a.period, TrueFalse(a.approximate), a.kind});
  }
  for (size_t i = 0; i < it.updates.size(); ++i) {
    const UpdateRecord& u = it.updates[i];
    f.Row("updates.csv",
          {doc, it.item_id, std::to_string(i), u.text, u.as_of, TrueFalse(u.latest)});
  }
}

}  // namespace

const std::vector<std::string>& TidyCsvFiles() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> n;
    for (const auto& [name, header] : Headers()) n.push_back(name);
    return n;
  }();
  return names;
}

Status ExportCsvFolder(Store& store, const std::string& dir, bool excel_bom) {
  Status s = MakeDir(dir);
  if (!s.ok()) return s;
  Folder f(dir, excel_bom);
  for (const auto& [name, header] : Headers()) {
    s = f.Open(name, header);
    if (!s.ok()) return s;
  }
  Result<std::vector<DocumentRecord>> docs = store.Documents();
  if (!docs.ok()) return docs.status();
  for (const DocumentRecord& d : docs.value()) {
    Result<std::vector<ItemRecord>> items = store.Items(d.doc_id);
    if (!items.ok()) return items.status();
    f.Row("documents.csv", {d.doc_id, d.title, d.publisher, d.date, d.plan_cycle, d.doc_type,
                            d.decision_number, d.format, d.source, d.sha256,
                            std::to_string(items->size())});
    for (size_t i = 0; i < items->size(); ++i) {
      ItemRows(f, d, items.value()[i], static_cast<int>(i));
    }
  }
  Result<std::vector<LinkRecord>> links = store.Links();
  if (!links.ok()) return links.status();
  for (const LinkRecord& l : links.value()) {
    const auto [from_doc, from_item] = SplitRef(l.from);
    const auto [to_doc, to_item] = SplitRef(l.to);
    // The score as the JSONL export prints it.
    const std::string score = LinkRecordToJson(l).Get("score").Dump();
    f.Row("links.csv", {from_doc, from_item, to_doc, to_item, l.relation, score});
    for (size_t i = 0; i < l.why.size(); ++i) {
      f.Row("link_reasons.csv",
            {from_doc, from_item, to_doc, to_item, std::to_string(i), l.why[i]});
    }
  }
  return f.Close();
}

Status ExportJsonlFolder(Store& store, const std::string& dir) {
  Status s = MakeDir(dir);
  if (!s.ok()) return s;
  const std::filesystem::path base(dir);
  std::ofstream docs_out(base / "documents.jsonl", std::ios::binary | std::ios::trunc);
  std::ofstream items_out(base / "items.jsonl", std::ios::binary | std::ios::trunc);
  std::ofstream links_out(base / "links.jsonl", std::ios::binary | std::ios::trunc);
  if (!docs_out || !items_out || !links_out) return Status::IOError(dir, "cannot write");
  Result<std::vector<DocumentRecord>> docs = store.Documents();
  if (!docs.ok()) return docs.status();
  for (const DocumentRecord& d : docs.value()) {
    docs_out << DocumentRecordToJson(d).Dump() << "\n";
    Result<std::vector<ItemRecord>> items = store.Items(d.doc_id);
    if (!items.ok()) return items.status();
    for (const ItemRecord& it : items.value()) items_out << ItemRecordToJson(it).Dump() << "\n";
  }
  Result<std::vector<LinkRecord>> links = store.Links();
  if (!links.ok()) return links.status();
  for (const LinkRecord& l : links.value()) links_out << LinkRecordToJson(l).Dump() << "\n";
  docs_out.close();
  items_out.close();
  links_out.close();
  if (!docs_out || !items_out || !links_out) return Status::IOError(dir, "cannot write");
  return Status::Ok();
}

}  // namespace plantrace

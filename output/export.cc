#include "output/export.h"

#include "model/records_json.h"
#include "output/item_formats.h"

namespace plantrace {

Status ExportJsonl(Store& store, std::ostream& out) {
  Result<std::vector<DocumentRecord>> docs = store.Documents();
  if (!docs.ok()) return docs.status();
  for (const DocumentRecord& d : docs.value()) {
    out << DocumentRecordToJson(d).Dump() << "\n";
    Result<std::vector<ItemRecord>> items = store.Items(d.doc_id);
    if (!items.ok()) return items.status();
    for (const ItemRecord& it : items.value()) out << ItemRecordToJson(it).Dump() << "\n";
  }
  Result<std::vector<LinkRecord>> links = store.Links();
  if (!links.ok()) return links.status();
  for (const LinkRecord& l : links.value()) out << LinkRecordToJson(l).Dump() << "\n";
  if (!out) return Status::IOError("export", "cannot write the output");
  return Status::Ok();
}

Status ExportCsv(Store& store, std::ostream& out) {
  Result<std::vector<DocumentRecord>> docs = store.Documents();
  if (!docs.ok()) return docs.status();
  out << ItemsCsvHeader();
  for (const DocumentRecord& d : docs.value()) {
    Result<std::vector<ItemRecord>> items = store.Items(d.doc_id);
    if (!items.ok()) return items.status();
    for (const ItemRecord& it : items.value()) out << ItemCsvRow(it);
  }
  if (!out) return Status::IOError("export", "cannot write the output");
  return Status::Ok();
}

}  // namespace plantrace

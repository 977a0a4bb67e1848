#pragma once
// Records <-> JSON, in exactly the field order of docs/records.md.
//
// The *ToJson functions write the export form (with "type", and for items
// "provenance", for links "score"). The *FromJson functions also read the
// answer files of tests/gold/ (which have no "type", "provenance" or
// "score"); a missing optional field reads as empty, a field of the wrong
// type is an error naming `where`.

#include <string>
#include <string_view>

#include "common/result.h"
#include "json/json_value.h"
#include "model/records.h"

namespace plantrace {

JsonValue DocumentRecordToJson(const DocumentRecord& d);
JsonValue ItemRecordToJson(const ItemRecord& item);
JsonValue LinkRecordToJson(const LinkRecord& link);
// LinkRecordToJson(link).Dump() appended to `out`, without the tree (a
// link is written this way millions of times by `link --from`).
void AppendLinkRecordJson(const LinkRecord& link, std::string& out);

Result<DocumentRecord> DocumentRecordFromJson(const JsonValue& j, std::string_view where);
Result<ItemRecord> ItemRecordFromJson(const JsonValue& j, std::string_view where);
Result<LinkRecord> LinkRecordFromJson(const JsonValue& j, std::string_view where);

// A gold answer file: {"document": {...}, "items": [...]}.
struct GoldFile {
  DocumentRecord document;
  std::vector<ItemRecord> items;
};
Result<GoldFile> GoldFileFromJson(const JsonValue& j, std::string_view where);

}  // namespace plantrace

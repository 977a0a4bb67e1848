#pragma once
// The document model as the JSON of spec/document-model.md.

#include <iosfwd>

#include "json/json_value.h"
#include "model/document.h"

namespace plantrace {

// Writes the document's JSON to `out` as it goes (indent < 0: one line),
// without building a tree: `extract --format json`.
void WriteDocumentJson(const Document& doc, std::ostream& out, int indent);

// The same JSON as a tree, for reading it back field by field.
JsonValue DocumentToJson(const Document& doc);

}  // namespace plantrace

#pragma once
// The document model as the JSON of spec/document-model.md.

#include "json/json_value.h"
#include "model/document.h"

namespace plantrace {

JsonValue DocumentToJson(const Document& doc);

}  // namespace plantrace

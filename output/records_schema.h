#pragma once
// The JSON Schema (2020-12) of the exported records, output/records.schema.json,
// built into the binary: what `plantrace schema` prints.

namespace plantrace {

const char* RecordsJsonSchema();

}  // namespace plantrace

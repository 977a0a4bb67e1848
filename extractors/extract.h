#pragma once
// Extract: one source file -> the document model, whatever its format.

#include <string>
#include <string_view>

#include "common/result.h"
#include "extractors/extract_options.h"
#include "model/document.h"

namespace plantrace {

// Reads `path`, picks the extractor from the content (SniffFormat), and
// returns the document with source.path, sha256 and format filled in.
// Bad input is a Status naming the file: NotFound, Corruption (damaged or
// not a PDF/HTML), Unsupported (encrypted), ResourceLimit.
Result<Document> ExtractFile(const std::string& path, const ExtractOptions& options);

// The same over bytes already read (ingest reads a file once: to hash it,
// tell odd files apart and extract it); `path` names it in the document and
// in messages. A caller that has hashed the bytes already passes the hex
// sha256 as `known_sha256` so they are not hashed a second time.
Result<Document> ExtractBytes(std::string_view bytes, const std::string& path,
                              const ExtractOptions& options,
                              std::string_view known_sha256 = {});

}  // namespace plantrace

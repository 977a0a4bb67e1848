#pragma once
// --ocr auto|always|never, shared by extract and ingest.

#include <optional>
#include <string>

#include "extractors/extract_options.h"

namespace plantrace::cli {

inline constexpr const char* kOcrHelp =
    "auto (read scanned pages, those without a text layer, by OCR) | always (every "
    "PDF page by OCR) | never";

// Nothing when `value` is not one of the three.
std::optional<OcrMode> ParseOcrMode(const std::string& value);

}  // namespace plantrace::cli

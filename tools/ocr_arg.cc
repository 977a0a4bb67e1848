#include "tools/ocr_arg.h"

namespace plantrace::cli {

std::optional<OcrMode> ParseOcrMode(const std::string& value) {
  if (value == "auto") return OcrMode::kAuto;
  if (value == "always") return OcrMode::kAlways;
  if (value == "never") return OcrMode::kNever;
  return std::nullopt;
}

}  // namespace plantrace::cli

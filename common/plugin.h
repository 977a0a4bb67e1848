#pragma once
// Shared modules loaded only when a run needs them. Tesseract (OCR) and
// libcurl (fetch) bring some forty shared libraries between them; linked
// into the binary, loading and relocating them cost every `plantrace` run
// about 6 ms of CPU, more than reading a small PDF. Each lives instead in
// a module built beside the binary (plantrace-ocr.so, plantrace-http.so),
// opened on first use and kept for the life of the process.
//
// Where: the directory named by PLANTRACE_PLUGIN_DIR when it is set (the
// tests set it to the build tree), else the running binary's directory, else
// (a test binary run by hand) the top of the build tree it was built in.

#include <string>

#include "common/result.h"

namespace plantrace {

// The address of `entry` in module `file_name`. `what` names the feature
// in the message when the module or the entry cannot be found ("OCR").
Result<void*> PluginEntry(const std::string& file_name, const char* entry, const std::string& what);

}  // namespace plantrace

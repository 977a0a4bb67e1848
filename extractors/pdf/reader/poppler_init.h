#pragma once
// Poppler's process-wide setup (GlobalParams, the diagnostics callback),
// done once whichever entry point of the reader is used first.

namespace plantrace::pdf {

void InitPopplerOnce();

}  // namespace plantrace::pdf

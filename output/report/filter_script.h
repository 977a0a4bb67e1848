#pragma once
// The one script of the report, inlined in index.html: filters the items
// table by words, theme, owner, status and plan as the reader types or
// picks, and keeps the filters in the address's #fragment (so a filtered
// view can be bookmarked, and tests can open one). No network, works from
// file://.

namespace plantrace {

const char* ReportFilterScript();

}  // namespace plantrace

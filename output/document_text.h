#pragma once
// The document model for people: plain text (blocks and tables in reading
// order) and Markdown (headings, lists, tables as pipe tables).

#include <string>

#include "model/document.h"

namespace plantrace {

std::string DocumentToText(const Document& doc);
std::string DocumentToMarkdown(const Document& doc);

}  // namespace plantrace

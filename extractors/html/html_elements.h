#pragma once
// What HTML elements mean to the extractor: which are skipped, which start a
// block, which mark footnotes or page chrome. Names are lower case.

#include <string>
#include <string_view>

#include "extractors/html/html_dom.h"

namespace plantrace {

// Elements whose content is never document text (script, style, nav, …).
bool IsSkippedElement(std::string_view tag);

// Elements that start a new block (p, div, li, table, …). Everything else,
// including unknown elements, is inline, as in a browser.
bool IsBlockElement(std::string_view tag);

// 1–6 for h1–h6, else 0.
int HeadingLevel(std::string_view tag);

// Not rendered: the `hidden` attribute or inline display:none /
// visibility:hidden.
bool IsHiddenElement(const DomNode& el);

// An element whose class, id or role says it holds footnotes or endnotes
// ("footnotes", id="fn3", role="doc-endnotes"), or an <aside>.
bool IsFootnoteElement(const DomNode& el);

// The value of `property` in an inline style attribute, lower case, or "".
std::string CssValue(std::string_view style, std::string_view property);

// An HTML integer attribute ("3", " -2", "+4x"); false when there is none.
bool ParseHtmlInt(std::string_view value, int* out);

}  // namespace plantrace

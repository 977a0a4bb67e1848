#include "model/document_json.h"

namespace plantrace {
namespace {

constexpr int kCoordDecimals = 2;

JsonValue BBoxJson(const std::optional<BBox>& b) {
  if (!b) return JsonValue();
  JsonValue a = JsonValue::Array();
  a.Push(JsonValue::Number(b->x0, kCoordDecimals));
  a.Push(JsonValue::Number(b->top, kCoordDecimals));
  a.Push(JsonValue::Number(b->x1, kCoordDecimals));
  a.Push(JsonValue::Number(b->bottom, kCoordDecimals));
  return a;
}

JsonValue SpanJson(const Span& s) {
  JsonValue j = JsonValue::Object();
  j.Set("text", s.text)
      .Set("bold", s.bold)
      .Set("italic", s.italic)
      .Set("underline", s.underline)
      .Set("superscript", s.superscript);
  if (!s.font.empty()) j.Set("font", s.font);
  if (s.size > 0) j.Set("size", JsonValue::Number(s.size, 1));
  if (!s.color.empty()) j.Set("color", s.color);
  return j;
}

JsonValue SpansJson(const std::vector<Span>& spans) {
  JsonValue a = JsonValue::Array();
  for (const auto& s : spans) a.Push(SpanJson(s));
  return a;
}

JsonValue PartsJson(const std::vector<PagePart>& parts) {
  JsonValue a = JsonValue::Array();
  for (const auto& p : parts) {
    JsonValue j = JsonValue::Object();
    j.Set("page", p.page).Set("bbox", BBoxJson(p.bbox));
    a.Push(std::move(j));
  }
  return a;
}

JsonValue BlockJson(const Block& b) {
  JsonValue j = JsonValue::Object();
  j.Set("id", b.id).Set("kind", BlockKindName(b.kind)).Set("page", b.page);
  j.Set("bbox", BBoxJson(b.bbox));
  if (b.kind == BlockKind::kHeading || b.kind == BlockKind::kListItem) j.Set("level", b.level);
  if (b.kind == BlockKind::kListItem) j.Set("marker", b.marker);
  j.Set("text", b.text).Set("spans", SpansJson(b.spans));
  return j;
}

JsonValue CellJson(const Cell& c) {
  JsonValue j = JsonValue::Object();
  j.Set("row", c.row).Set("col", c.col).Set("rowspan", c.rowspan).Set("colspan", c.colspan);
  j.Set("header", c.header).Set("text", c.text);
  j.Set("parts", PartsJson(c.parts));
  j.Set("spans", SpansJson(c.spans));
  j.Set("lines", JsonValue::StringArray(c.lines));
  j.Set("list_items", JsonValue::StringArray(c.list_items));
  return j;
}

JsonValue TableJson(const Table& t) {
  JsonValue j = JsonValue::Object();
  j.Set("id", t.id).Set("regions", PartsJson(t.regions)).Set("header_rows", t.header_rows);
  j.Set("rows", t.rows).Set("cols", t.cols);
  JsonValue cells = JsonValue::Array();
  for (const auto& c : t.cells) cells.Push(CellJson(c));
  j.Set("cells", std::move(cells));
  return j;
}

}  // namespace

JsonValue DocumentToJson(const Document& doc) {
  JsonValue src = JsonValue::Object();
  src.Set("path", doc.source.path)
      .Set("sha256", doc.source.sha256)
      .Set("format", doc.source.format)
      .Set("pages", doc.source.pages)
      .Set("producer", doc.source.producer)
      .Set("title", doc.source.title)
      .Set("author", doc.source.author)
      .Set("created", doc.source.created);

  JsonValue pages = JsonValue::Array();
  for (const auto& p : doc.pages) {
    JsonValue j = JsonValue::Object();
    j.Set("page", p.page)
        .Set("width", JsonValue::Number(p.width, kCoordDecimals))
        .Set("height", JsonValue::Number(p.height, kCoordDecimals))
        .Set("rotation", p.rotation);
    if (p.ocr) j.Set("ocr", true).Set("ocr_confidence", JsonValue::Number(p.ocr_confidence, 2));
    pages.Push(std::move(j));
  }
  JsonValue blocks = JsonValue::Array();
  for (const auto& b : doc.blocks) blocks.Push(BlockJson(b));
  JsonValue tables = JsonValue::Array();
  for (const auto& t : doc.tables) tables.Push(TableJson(t));

  JsonValue out = JsonValue::Object();
  out.Set("source", std::move(src))
      .Set("pages", std::move(pages))
      .Set("blocks", std::move(blocks))
      .Set("tables", std::move(tables))
      .Set("reading_order", JsonValue::StringArray(doc.reading_order))
      .Set("warnings", JsonValue::StringArray(doc.warnings));
  return out;
}

}  // namespace plantrace

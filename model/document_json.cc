#include "model/document_json.h"

#include <sstream>

#include "json/json_writer.h"

namespace plantrace {
namespace {

constexpr int kCoordDecimals = 2;

void WriteBBox(JsonWriter& w, const std::optional<BBox>& b) {
  if (!b) {
    w.Null();
    return;
  }
  w.BeginArray();
  w.Number(b->x0, kCoordDecimals);
  w.Number(b->top, kCoordDecimals);
  w.Number(b->x1, kCoordDecimals);
  w.Number(b->bottom, kCoordDecimals);
  w.EndArray();
}

void WriteSpans(JsonWriter& w, const std::vector<Span>& spans) {
  w.BeginArray();
  for (const Span& s : spans) {
    w.BeginObject();
    w.Key("text");
    w.String(s.text);
    w.Key("bold");
    w.Bool(s.bold);
    w.Key("italic");
    w.Bool(s.italic);
    w.Key("underline");
    w.Bool(s.underline);
    w.Key("superscript");
    w.Bool(s.superscript);
    if (!s.font.empty()) {
      w.Key("font");
      w.String(s.font);
    }
    if (s.size > 0) {
      w.Key("size");
      w.Number(s.size, 1);
    }
    if (!s.color.empty()) {
      w.Key("color");
      w.String(s.color);
    }
    w.EndObject();
  }
  w.EndArray();
}

void WriteParts(JsonWriter& w, const std::vector<PagePart>& parts) {
  w.BeginArray();
  for (const PagePart& p : parts) {
    w.BeginObject();
    w.Key("page");
    w.Int(p.page);
    w.Key("bbox");
    WriteBBox(w, p.bbox);
    w.EndObject();
  }
  w.EndArray();
}

void WriteBlock(JsonWriter& w, const Block& b) {
  w.BeginObject();
  w.Key("id");
  w.String(b.id);
  w.Key("kind");
  w.String(BlockKindName(b.kind));
  w.Key("page");
  w.Int(b.page);
  w.Key("bbox");
  WriteBBox(w, b.bbox);
  if (b.kind == BlockKind::kHeading || b.kind == BlockKind::kListItem) {
    w.Key("level");
    w.Int(b.level);
  }
  if (b.kind == BlockKind::kListItem) {
    w.Key("marker");
    w.String(b.marker);
  }
  w.Key("text");
  w.String(b.text);
  w.Key("spans");
  WriteSpans(w, b.spans);
  w.EndObject();
}

void WriteCell(JsonWriter& w, const Cell& c) {
  w.BeginObject();
  w.Key("row");
  w.Int(c.row);
  w.Key("col");
  w.Int(c.col);
  w.Key("rowspan");
  w.Int(c.rowspan);
  w.Key("colspan");
  w.Int(c.colspan);
  w.Key("header");
  w.Bool(c.header);
  w.Key("text");
  w.String(c.text);
  w.Key("parts");
  WriteParts(w, c.parts);
  w.Key("spans");
  WriteSpans(w, c.spans);
  w.Key("lines");
  w.StringArray(c.lines);
  w.Key("list_items");
  w.StringArray(c.list_items);
  w.EndObject();
}

void WriteTable(JsonWriter& w, const Table& t) {
  w.BeginObject();
  w.Key("id");
  w.String(t.id);
  w.Key("regions");
  WriteParts(w, t.regions);
  w.Key("header_rows");
  w.Int(t.header_rows);
  w.Key("rows");
  w.Int(t.rows);
  w.Key("cols");
  w.Int(t.cols);
  w.Key("cells");
  w.BeginArray();
  for (const Cell& c : t.cells) WriteCell(w, c);
  w.EndArray();
  w.EndObject();
}

}  // namespace

void WriteDocumentJson(const Document& doc, std::ostream& out, int indent) {
  JsonWriter w(out, indent);
  w.BeginObject();
  w.Key("source");
  w.BeginObject();
  w.Key("path");
  w.String(doc.source.path);
  w.Key("sha256");
  w.String(doc.source.sha256);
  w.Key("format");
  w.String(doc.source.format);
  w.Key("pages");
  w.Int(doc.source.pages);
  w.Key("producer");
  w.String(doc.source.producer);
  w.Key("title");
  w.String(doc.source.title);
  w.Key("author");
  w.String(doc.source.author);
  w.Key("created");
  w.String(doc.source.created);
  w.EndObject();

  w.Key("pages");
  w.BeginArray();
  for (const auto& p : doc.pages) {
    w.BeginObject();
    w.Key("page");
    w.Int(p.page);
    w.Key("width");
    w.Number(p.width, kCoordDecimals);
    w.Key("height");
    w.Number(p.height, kCoordDecimals);
    w.Key("rotation");
    w.Int(p.rotation);
    if (p.ocr) {
      w.Key("ocr");
      w.Bool(true);
      w.Key("ocr_confidence");
      w.Number(p.ocr_confidence, 2);
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("blocks");
  w.BeginArray();
  for (const Block& b : doc.blocks) WriteBlock(w, b);
  w.EndArray();
  w.Key("tables");
  w.BeginArray();
  for (const Table& t : doc.tables) WriteTable(w, t);
  w.EndArray();
  w.Key("reading_order");
  w.StringArray(doc.reading_order);
  w.Key("warnings");
  w.StringArray(doc.warnings);
  w.EndObject();
  w.Flush();
}

JsonValue DocumentToJson(const Document& doc) {
  std::ostringstream text;
  WriteDocumentJson(doc, text, -1);
  Result<JsonValue> j = JsonValue::Parse(text.str(), "document");
  return j.ok() ? std::move(j.value()) : JsonValue();
}

}  // namespace plantrace

#include "model/records_json.h"

#include <string>
#include <utility>

#include "json/json_text.h"

namespace plantrace {
namespace {

constexpr int kCoordDecimals = 2;
constexpr int kScoreDecimals = 2;

JsonValue OptString(const std::optional<std::string>& s) {
  return s ? JsonValue(*s) : JsonValue();
}

JsonValue NullIfEmpty(const std::string& s) { return s.empty() ? JsonValue() : JsonValue(s); }

JsonValue OwnerJson(const OwnerRecord& o) {
  JsonValue j = JsonValue::Object();
  j.Set("raw", o.raw).Set("title", o.title).Set("interim", o.interim);
  return j;
}

JsonValue DateJson(const DateRecord& d) {
  JsonValue j = JsonValue::Object();
  j.Set("raw", d.raw).Set("role", d.role).Set("start", d.start).Set("end", OptString(d.end));
  j.Set("precision", d.precision);
  return j;
}

JsonValue AmountJson(const AmountRecord& a) {
  JsonValue j = JsonValue::Object();
  j.Set("raw", a.raw).Set("value_gbp", a.value_gbp).Set("period", OptString(a.period));
  j.Set("approximate", a.approximate).Set("kind", a.kind);
  return j;
}

JsonValue UpdateJson(const UpdateRecord& u) {
  JsonValue j = JsonValue::Object();
  j.Set("text", u.text).Set("as_of", OptString(u.as_of)).Set("latest", u.latest);
  return j;
}

JsonValue ProvenanceJson(const ProvenanceRecord& p) {
  JsonValue j = JsonValue::Object();
  j.Set("page", p.page);
  if (p.bbox) {
    JsonValue b = JsonValue::Array();
    for (double v : *p.bbox) b.Push(JsonValue::Number(v, kCoordDecimals));
    j.Set("bbox", std::move(b));
  } else {
    j.Set("bbox", JsonValue());
  }
  j.Set("table", OptString(p.table));
  j.Set("row", p.row ? JsonValue(*p.row) : JsonValue());
  return j;
}

template <typename T, typename F>
JsonValue ArrayOf(const std::vector<T>& v, F f) {
  JsonValue a = JsonValue::Array();
  for (const auto& x : v) a.Push(f(x));
  return a;
}

// --- reading ---------------------------------------------------------------

// Reads optional string fields; a present non-string, non-null value is an
// error so that a schema drift in the gold files is noticed.
class Reader {
 public:
  Reader(const JsonValue& j, std::string_view where) : j_(j), where_(where) {}

  std::string Str(std::string_view key) {
    JsonValue v = j_.Get(key);
    if (v.IsNull()) return "";
    if (!v.IsString()) Fail(key, "is not a string");
    return v.AsString();
  }
  std::optional<std::string> OptStr(std::string_view key) {
    JsonValue v = j_.Get(key);
    if (v.IsNull()) return std::nullopt;
    if (!v.IsString()) Fail(key, "is not a string or null");
    return v.AsString();
  }
  bool Bool(std::string_view key) {
    JsonValue v = j_.Get(key);
    if (v.IsNull()) return false;
    if (!v.IsBool()) Fail(key, "is not a boolean");
    return v.AsBool();
  }
  int64_t Int(std::string_view key) {
    JsonValue v = j_.Get(key);
    if (v.IsNull()) return 0;
    if (!v.IsNumber()) Fail(key, "is not a number");
    return v.AsInt();
  }
  std::vector<JsonValue> Array(std::string_view key) {
    JsonValue v = j_.Get(key);
    if (v.IsNull()) return {};
    if (!v.IsArray()) Fail(key, "is not an array");
    return v.Items();
  }
  std::vector<std::string> StrArray(std::string_view key) {
    std::vector<std::string> out;
    for (const JsonValue& v : Array(key)) {
      if (!v.IsString()) Fail(key, "holds a non-string");
      out.push_back(v.AsString());
    }
    return out;
  }
  const Status& status() const { return status_; }

 private:
  void Fail(std::string_view key, std::string_view why) {
    if (!status_.ok()) return;  // keep the first error
    status_ = Status::Corruption(where_, std::string("field \"") + std::string(key) + "\" " +
                                             std::string(why));
  }
  const JsonValue& j_;
  std::string where_;
  Status status_;
};

}  // namespace

JsonValue DocumentRecordToJson(const DocumentRecord& d) {
  JsonValue j = JsonValue::Object();
  j.Set("type", "document").Set("doc_id", d.doc_id).Set("title", NullIfEmpty(d.title));
  j.Set("publisher", d.publisher).Set("date", NullIfEmpty(d.date));
  j.Set("plan_cycle", NullIfEmpty(d.plan_cycle)).Set("doc_type", OptString(d.doc_type));
  j.Set("decision_number", OptString(d.decision_number));
  j.Set("sha256", d.sha256).Set("format", d.format).Set("source", d.source);
  return j;
}

JsonValue ItemRecordToJson(const ItemRecord& it) {
  JsonValue j = JsonValue::Object();
  j.Set("type", "item").Set("doc_id", it.doc_id).Set("item_id", it.item_id);
  j.Set("kind", it.kind).Set("section", OptString(it.section)).Set("text", it.text);
  j.Set("actions", JsonValue::StringArray(it.actions));
  j.Set("deliverables", JsonValue::StringArray(it.deliverables));
  j.Set("updates", ArrayOf(it.updates, UpdateJson));
  j.Set("owners", ArrayOf(it.owners, OwnerJson));
  j.Set("dates", ArrayOf(it.dates, DateJson));
  j.Set("amounts", ArrayOf(it.amounts, AmountJson));
  if (it.status) {
    JsonValue s = JsonValue::Object();
    s.Set("raw", it.status->raw).Set("value", it.status->value);
    j.Set("status", std::move(s));
  } else {
    j.Set("status", JsonValue());
  }
  j.Set("provenance", ArrayOf(it.provenance, ProvenanceJson));
  return j;
}

JsonValue LinkRecordToJson(const LinkRecord& l) {
  JsonValue j = JsonValue::Object();
  j.Set("type", "link").Set("from", l.from).Set("to", l.to).Set("relation", l.relation);
  j.Set("score", JsonValue::Number(l.score, kScoreDecimals));
  j.Set("why", JsonValue::StringArray(l.why));
  return j;
}

void AppendLinkRecordJson(const LinkRecord& l, std::string& out) {
  // The keys and order of LinkRecordToJson.
  out += '{';
  AppendJsonKey(out, "type");
  AppendJsonString(out, "link");
  out += ',';
  AppendJsonKey(out, "from");
  AppendJsonString(out, l.from);
  out += ',';
  AppendJsonKey(out, "to");
  AppendJsonString(out, l.to);
  out += ',';
  AppendJsonKey(out, "relation");
  AppendJsonString(out, l.relation);
  out += ',';
  AppendJsonKey(out, "score");
  AppendJsonNumber(out, l.score, kScoreDecimals);
  out += ',';
  AppendJsonKey(out, "why");
  AppendJsonStringArray(out, l.why);
  out += '}';
}

Result<DocumentRecord> DocumentRecordFromJson(const JsonValue& j, std::string_view where) {
  if (!j.IsObject()) return Status::Corruption(where, "document is not an object");
  Reader r(j, where);
  DocumentRecord d;
  d.doc_id = r.Str("doc_id");
  d.title = r.Str("title");
  d.publisher = r.Str("publisher");
  d.date = r.Str("date");
  d.plan_cycle = r.Str("plan_cycle");
  d.doc_type = r.OptStr("doc_type");
  d.decision_number = r.OptStr("decision_number");
  d.sha256 = r.Str("sha256");
  d.format = r.Str("format");
  d.source = r.Str("source");
  if (!r.status().ok()) return r.status();
  return d;
}

Result<ItemRecord> ItemRecordFromJson(const JsonValue& j, std::string_view where) {
  if (!j.IsObject()) return Status::Corruption(where, "item is not an object");
  Reader r(j, where);
  ItemRecord it;
  it.doc_id = r.Str("doc_id");
  it.item_id = r.Str("item_id");
  it.kind = r.Str("kind");
  it.section = r.OptStr("section");
  it.text = r.Str("text");
  it.actions = r.StrArray("actions");
  it.deliverables = r.StrArray("deliverables");
  for (const JsonValue& u : r.Array("updates")) {
    Reader ur(u, where);
    it.updates.push_back({ur.Str("text"), ur.OptStr("as_of"), ur.Bool("latest")});
    if (!ur.status().ok()) return ur.status();
  }
  for (const JsonValue& o : r.Array("owners")) {
    Reader orr(o, where);
    it.owners.push_back({orr.Str("raw"), orr.Str("title"), orr.Bool("interim")});
    if (!orr.status().ok()) return orr.status();
  }
  for (const JsonValue& d : r.Array("dates")) {
    Reader dr(d, where);
    it.dates.push_back(
        {dr.Str("raw"), dr.Str("role"), dr.Str("start"), dr.OptStr("end"), dr.Str("precision")});
    if (!dr.status().ok()) return dr.status();
  }
  for (const JsonValue& a : r.Array("amounts")) {
    Reader ar(a, where);
    it.amounts.push_back({ar.Str("raw"), ar.Int("value_gbp"), ar.OptStr("period"),
                          ar.Bool("approximate"), ar.Str("kind")});
    if (!ar.status().ok()) return ar.status();
  }
  JsonValue s = j.Get("status");
  if (s.IsObject()) {
    Reader sr(s, where);
    it.status = StatusRecord{sr.Str("raw"), sr.Str("value")};
    if (!sr.status().ok()) return sr.status();
  } else if (!s.IsNull()) {
    return Status::Corruption(where, "field \"status\" is not an object or null");
  }
  for (const JsonValue& p : r.Array("provenance")) {
    Reader pr(p, where);
    ProvenanceRecord rec;
    rec.page = static_cast<int>(pr.Int("page"));
    std::vector<JsonValue> b = pr.Array("bbox");
    if (b.size() == 4) rec.bbox = std::array<double, 4>{b[0].AsDouble(), b[1].AsDouble(),
                                                        b[2].AsDouble(), b[3].AsDouble()};
    rec.table = pr.OptStr("table");
    if (p.Get("row").IsNumber()) rec.row = static_cast<int>(p.Get("row").AsInt());
    if (!pr.status().ok()) return pr.status();
    it.provenance.push_back(std::move(rec));
  }
  if (!r.status().ok()) return r.status();
  return it;
}

Result<LinkRecord> LinkRecordFromJson(const JsonValue& j, std::string_view where) {
  if (!j.IsObject()) return Status::Corruption(where, "link is not an object");
  Reader r(j, where);
  LinkRecord l;
  l.from = r.Str("from");
  l.to = r.Str("to");
  l.relation = r.Str("relation");
  l.score = j.Get("score").AsDouble(0);
  JsonValue why = j.Get("why");
  if (why.IsString()) {
    l.why.push_back(why.AsString());  // the gold links give one sentence
  } else {
    l.why = r.StrArray("why");
  }
  if (!r.status().ok()) return r.status();
  return l;
}

Result<GoldFile> GoldFileFromJson(const JsonValue& j, std::string_view where) {
  if (!j.IsObject()) return Status::Corruption(where, "not an object");
  Result<DocumentRecord> doc = DocumentRecordFromJson(j.Get("document"), where);
  if (!doc.ok()) return doc.status();
  GoldFile g;
  g.document = std::move(doc).value();
  if (!j.Get("items").IsArray()) return Status::Corruption(where, "field \"items\" is not an array");
  for (const JsonValue& item : j.Get("items").Items()) {
    Result<ItemRecord> it = ItemRecordFromJson(item, where);
    if (!it.ok()) return it.status();
    if (it->doc_id.empty()) it->doc_id = g.document.doc_id;
    g.items.push_back(std::move(it).value());
  }
  return g;
}

}  // namespace plantrace

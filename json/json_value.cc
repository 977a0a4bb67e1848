#include "json/json_value.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

namespace plantrace {

using Json = nlohmann::ordered_json;

struct JsonValue::Impl {
  Json j;
};

JsonValue::JsonValue() : impl_(std::make_unique<Impl>()) {}
JsonValue::JsonValue(std::nullptr_t) : JsonValue() {}
JsonValue::JsonValue(bool b) : impl_(std::make_unique<Impl>(Impl{Json(b)})) {}
JsonValue::JsonValue(int v) : impl_(std::make_unique<Impl>(Impl{Json(v)})) {}
JsonValue::JsonValue(int64_t v) : impl_(std::make_unique<Impl>(Impl{Json(v)})) {}
JsonValue::JsonValue(double v)
    : impl_(std::make_unique<Impl>(Impl{std::isfinite(v) ? Json(v) : Json()})) {}
JsonValue::JsonValue(const char* s) : JsonValue(std::string_view(s ? s : "")) {}
JsonValue::JsonValue(std::string_view s)
    : impl_(std::make_unique<Impl>(Impl{Json(std::string(s))})) {}
JsonValue::JsonValue(const std::string& s)
    : impl_(std::make_unique<Impl>(Impl{Json(s)})) {}

JsonValue JsonValue::Object() {
  JsonValue v;
  v.impl_->j = Json::object();
  return v;
}
JsonValue JsonValue::Array() {
  JsonValue v;
  v.impl_->j = Json::array();
  return v;
}
JsonValue JsonValue::Number(double v, int decimals) {
  if (!std::isfinite(v)) return JsonValue();
  const double scale = std::pow(10.0, decimals);
  double r = std::round(v * scale) / scale;
  if (r == 0) r = 0;  // no "-0.0" in output
  return JsonValue(r);
}
JsonValue JsonValue::StringArray(const std::vector<std::string>& items) {
  JsonValue v = Array();
  for (const auto& s : items) v.Push(s);
  return v;
}

JsonValue::JsonValue(const JsonValue& other)
    : impl_(std::make_unique<Impl>(*other.impl_)) {}
JsonValue::JsonValue(JsonValue&& other) noexcept : impl_(std::move(other.impl_)) {}
JsonValue& JsonValue::operator=(const JsonValue& other) {
  if (this != &other) impl_ = std::make_unique<Impl>(*other.impl_);
  return *this;
}
JsonValue& JsonValue::operator=(JsonValue&& other) noexcept {
  impl_ = std::move(other.impl_);
  return *this;
}
JsonValue::~JsonValue() = default;

namespace {

// An ordered object is a vector of (const key, value) pairs. A pair with a
// const key cannot be moved, so a growing vector copied every pair, values
// and all: each key Set after a large array ("blocks", "items") copied that
// array again. Grown here instead, keys copied and values moved.
void MakeRoomForOneMore(Json::object_t& object) {
  if (object.size() < object.capacity()) return;
  Json::object_t bigger;
  bigger.reserve(std::max<size_t>(8, 2 * object.size()));
  for (auto& [key, value] : object) bigger.emplace_back(key, std::move(value));
  object.swap(bigger);
}

}  // namespace

JsonValue& JsonValue::Set(std::string_view key, JsonValue value) {
  if (!impl_->j.is_object()) impl_->j = Json::object();
  MakeRoomForOneMore(impl_->j.get_ref<Json::object_t&>());
  impl_->j[std::string(key)] = std::move(value.impl_->j);
  return *this;
}
JsonValue& JsonValue::Push(JsonValue value) {
  if (!impl_->j.is_array()) impl_->j = Json::array();
  impl_->j.push_back(std::move(value.impl_->j));
  return *this;
}

bool JsonValue::IsNull() const { return impl_->j.is_null(); }
bool JsonValue::IsObject() const { return impl_->j.is_object(); }
bool JsonValue::IsArray() const { return impl_->j.is_array(); }
bool JsonValue::IsString() const { return impl_->j.is_string(); }
bool JsonValue::IsNumber() const { return impl_->j.is_number(); }
bool JsonValue::IsBool() const { return impl_->j.is_boolean(); }

bool JsonValue::Has(std::string_view key) const {
  return impl_->j.is_object() && impl_->j.contains(std::string(key));
}
JsonValue JsonValue::Get(std::string_view key) const {
  JsonValue v;
  if (impl_->j.is_object()) {
    auto it = impl_->j.find(std::string(key));
    if (it != impl_->j.end()) v.impl_->j = *it;
  }
  return v;
}
std::vector<JsonValue> JsonValue::Items() const {
  std::vector<JsonValue> out;
  if (!impl_->j.is_array()) return out;
  out.reserve(impl_->j.size());
  for (const auto& e : impl_->j) {
    JsonValue v;
    v.impl_->j = e;
    out.push_back(std::move(v));
  }
  return out;
}
std::vector<std::string> JsonValue::Keys() const {
  std::vector<std::string> out;
  if (!impl_->j.is_object()) return out;
  for (auto it = impl_->j.begin(); it != impl_->j.end(); ++it) out.push_back(it.key());
  return out;
}
size_t JsonValue::Size() const {
  return impl_->j.is_array() || impl_->j.is_object() ? impl_->j.size() : 0;
}
std::string JsonValue::AsString(std::string_view fallback) const {
  return impl_->j.is_string() ? impl_->j.get<std::string>() : std::string(fallback);
}
double JsonValue::AsDouble(double fallback) const {
  return impl_->j.is_number() ? impl_->j.get<double>() : fallback;
}
int64_t JsonValue::AsInt(int64_t fallback) const {
  if (impl_->j.is_number_integer()) return impl_->j.get<int64_t>();
  if (impl_->j.is_number_float()) {
    double d = impl_->j.get<double>();
    if (std::isfinite(d) && std::fabs(d) < 9e18) return static_cast<int64_t>(d);
  }
  return fallback;
}
bool JsonValue::AsBool(bool fallback) const {
  return impl_->j.is_boolean() ? impl_->j.get<bool>() : fallback;
}

std::string JsonValue::Dump(int indent) const {
  return impl_->j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

Result<JsonValue> JsonValue::Parse(std::string_view text, std::string_view where) {
  // Parse without exceptions: a discarded (invalid) value reports the error.
  Json j = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status::Corruption(where, "not valid JSON");
  JsonValue v;
  v.impl_->j = std::move(j);
  return v;
}

}  // namespace plantrace

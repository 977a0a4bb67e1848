#include <charconv>

#include "output/sql/sql_connection.h"

namespace plantrace {

SqlValue SqlText(std::string_view s) { return std::string(s); }
SqlValue SqlOptText(const std::optional<std::string>& s) { return s; }
SqlValue SqlBool(bool b) { return std::string(b ? "1" : "0"); }

SqlValue SqlInt(int64_t v) {
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

SqlValue SqlReal(double v) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v);  // shortest round-trip form
  return std::string(buf, r.ptr);
}

int64_t SqlToInt(const SqlValue& v) {
  if (!v) return 0;
  int64_t out = 0;
  std::from_chars(v->data(), v->data() + v->size(), out);
  return out;
}

double SqlToReal(const SqlValue& v) {
  if (!v) return 0;
  double out = 0;
  std::from_chars(v->data(), v->data() + v->size(), out);
  return out;
}

}  // namespace plantrace

#include "output/csv_writer.h"

namespace plantrace {

void CsvWriter::Row(const std::vector<std::optional<std::string>>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out_ << ',';
    if (!fields[i]) continue;
    const std::string& f = *fields[i];
    if (f.find_first_of(",\"\r\n") == std::string::npos) {
      out_ << f;
      continue;
    }
    out_ << '"';
    for (char c : f) {
      if (c == '"') out_ << '"';
      out_ << c;
    }
    out_ << '"';
  }
  out_ << "\r\n";
}

}  // namespace plantrace

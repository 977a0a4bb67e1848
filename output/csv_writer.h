#pragma once
// RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field
// quoted (quotes doubled) when it holds a comma, quote, CR or LF.
//
// Why our own ~20 lines and not a library: the one CSV writer Debian packages
// for C/C++ (libcsv) writes a single field at a time and always quotes it,
// so integer columns would arrive quoted and we would still write the
// separators and line ends ourselves.

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace plantrace {

class CsvWriter {
 public:
  explicit CsvWriter(std::ostream& out) : out_(out) {}
  // One record. An absent value is an empty field.
  void Row(const std::vector<std::optional<std::string>>& fields);

 private:
  std::ostream& out_;
};

// The UTF-8 byte order mark: spreadsheets (Excel) read a CSV as UTF-8 only
// when it starts with one.
constexpr const char kUtf8Bom[] = "\xEF\xBB\xBF";

}  // namespace plantrace

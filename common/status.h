#pragma once
// Status: the outcome of an operation that can fail on bad input.
//
// plantrace never throws or asserts on input it reads. A function that can
// fail returns a Status (or a Result<T>, see result.h) whose message names the
// file and the reason in one line, ready for stderr:
//
//   Status s = Status::Corruption("corpus/x.pdf", "xref table is damaged");
//   if (!s.ok()) std::cerr << s.ToString() << "\n";
//   // -> "corpus/x.pdf: corrupt: xref table is damaged"

#include <string>
#include <string_view>

namespace plantrace {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kNotFound,          // the file or record does not exist
    kInvalidArgument,   // the caller asked for something impossible
    kCorruption,        // the input is damaged or not what it claims to be
    kUnsupported,       // a valid input we cannot read (encrypted, unknown format)
    kResourceLimit,     // the input exceeds a configured limit (bytes, pages)
    kIOError,           // the operating system failed us
  };

  Status() = default;  // OK
  static Status Ok() { return Status(); }
  static Status NotFound(std::string_view where, std::string_view why) {
    return Status(Code::kNotFound, where, why);
  }
  static Status InvalidArgument(std::string_view where, std::string_view why) {
    return Status(Code::kInvalidArgument, where, why);
  }
  static Status Corruption(std::string_view where, std::string_view why) {
    return Status(Code::kCorruption, where, why);
  }
  static Status Unsupported(std::string_view where, std::string_view why) {
    return Status(Code::kUnsupported, where, why);
  }
  static Status ResourceLimit(std::string_view where, std::string_view why) {
    return Status(Code::kResourceLimit, where, why);
  }
  static Status IOError(std::string_view where, std::string_view why) {
    return Status(Code::kIOError, where, why);
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  // The thing that failed (usually a file path), and why.
  const std::string& where() const { return where_; }
  const std::string& why() const { return why_; }
  // "where: kind: why", or "OK".
  std::string ToString() const;

 private:
  Status(Code code, std::string_view where, std::string_view why)
      : code_(code), where_(where), why_(why) {}

  Code code_ = Code::kOk;
  std::string where_;
  std::string why_;
};

std::string_view CodeName(Status::Code code);

}  // namespace plantrace

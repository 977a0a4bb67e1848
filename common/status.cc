#include "common/status.h"

namespace plantrace {

std::string_view CodeName(Status::Code code) {
  switch (code) {
    case Status::Code::kOk: return "ok";
    case Status::Code::kNotFound: return "not found";
    case Status::Code::kInvalidArgument: return "invalid argument";
    case Status::Code::kCorruption: return "corrupt";
    case Status::Code::kUnsupported: return "unsupported";
    case Status::Code::kResourceLimit: return "too large";
    case Status::Code::kIOError: return "I/O error";
  }
  return "error";
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  std::string out;
  if (!where_.empty()) out += where_ + ": ";
  out += CodeName(code_);
  if (!why_.empty()) out += ": " + why_;
  return out;
}

}  // namespace plantrace

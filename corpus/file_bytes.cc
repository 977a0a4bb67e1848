#include "corpus/file_bytes.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <openssl/evp.h>

namespace plantrace {

Result<std::string> ReadFileBytes(const std::string& path, size_t max_bytes) {
  std::error_code ec;
  std::filesystem::file_status st = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(st)) return Status::NotFound(path, "no such file");
  if (std::filesystem::is_directory(st)) return Status::InvalidArgument(path, "is a folder");
  uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec) return Status::IOError(path, ec.message());
  if (size > max_bytes) {
    return Status::ResourceLimit(path, "file is " + std::to_string(size) +
                                           " bytes, more than the limit of " +
                                           std::to_string(max_bytes));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path, std::strerror(errno));
  std::string bytes(static_cast<size_t>(size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  bytes.resize(static_cast<size_t>(in.gcount()));
  if (in.bad()) return Status::IOError(path, "read failed");
  return bytes;
}

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &len, EVP_sha256(), nullptr);
  static const char* kHex = "0123456789abcdef";
  std::string out;
  out.reserve(len * 2);
  for (unsigned int i = 0; i < len; ++i) {
    out.push_back(kHex[digest[i] >> 4]);
    out.push_back(kHex[digest[i] & 15]);
  }
  return out;
}

}  // namespace plantrace

#pragma once
#include <cstdint>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace rrsis::nets {

/**
 * Reads the uncompressed ("stored") entries of a ZIP archive, ZIP64 included, as PyTorch's
 * `torch.save` writes them: the central directory is read once, each entry's bytes on
 * demand, so a multi-gigabyte checkpoint is never held in memory as a whole. Compressed
 * entries, encrypted ones and offsets outside the file are errors. Not thread-safe.
 */
class ZipArchive {
 public:
  struct Entry {
    std::uint64_t dataOffset = 0;  ///< of the bytes, past the local header (found on first read)
    std::uint64_t headerOffset = 0;
    std::uint64_t size = 0;
    std::uint16_t method = 0;
  };

  /** Opens `path` and reads its directory; false with `*error` set on failure. */
  bool open(const std::string& path, std::string* error);
  const std::map<std::string, Entry>& entries() const { return entries_; }
  bool contains(const std::string& name) const { return entries_.count(name) > 0; }
  /** The whole entry; false with `*error` set when it is missing, compressed or cut short. */
  bool read(const std::string& name, std::vector<char>* out, std::string* error);
  /** `size` bytes of an entry from `offset` into `out` (which must hold them). */
  bool readAt(const std::string& name, std::uint64_t offset, std::uint64_t size, char* out, std::string* error);

 private:
  bool locateData(Entry& entry, std::string* error);
  bool readDirectory(std::string* error);

  std::string path_;
  std::ifstream file_;
  std::uint64_t fileSize_ = 0;
  std::map<std::string, Entry> entries_;
};

}  // namespace rrsis::nets

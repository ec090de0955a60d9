#include "nets/ziparchive.h"

#include <algorithm>
#include <cstring>

namespace rrsis::nets {

namespace {

std::uint64_t le(const unsigned char* p, int bytes) {
  std::uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | p[i];
  return v;
}

constexpr std::uint32_t kEndOfDirectory = 0x06054b50;
constexpr std::uint32_t kZip64Locator = 0x07064b50;
constexpr std::uint32_t kZip64End = 0x06064b50;
constexpr std::uint32_t kDirectoryEntry = 0x02014b50;
constexpr std::uint32_t kLocalHeader = 0x04034b50;

}  // namespace

bool ZipArchive::open(const std::string& path, std::string* error) {
  path_ = path;
  entries_.clear();
  file_.open(path, std::ios::binary);
  if (!file_) {
    *error = path + ": cannot open the file";
    return false;
  }
  file_.seekg(0, std::ios::end);
  fileSize_ = std::uint64_t(file_.tellg());
  return readDirectory(error);
}

bool ZipArchive::readDirectory(std::string* error) {
  // The end-of-directory record sits in the last 22 + 65535 bytes (its comment is at most that).
  const std::uint64_t tail = std::min<std::uint64_t>(fileSize_, 22 + 65535 + 20);
  std::vector<unsigned char> buf(tail);
  file_.seekg(std::streamoff(fileSize_ - tail));
  file_.read(reinterpret_cast<char*>(buf.data()), std::streamsize(tail));
  if (!file_) return (*error = path_ + ": cannot read the end of the file", false);
  std::int64_t at = -1;
  for (std::int64_t i = std::int64_t(tail) - 22; i >= 0; --i)
    if (le(&buf[size_t(i)], 4) == kEndOfDirectory) {
      at = i;
      break;
    }
  if (at < 0) return (*error = path_ + ": not a ZIP archive (no end of central directory)", false);
  std::uint64_t count = le(&buf[size_t(at) + 10], 2), dirSize = le(&buf[size_t(at) + 12], 4),
                dirOffset = le(&buf[size_t(at) + 16], 4);
  if (at >= 20 && le(&buf[size_t(at) - 20], 4) == kZip64Locator) {
    const std::uint64_t endOffset = le(&buf[size_t(at) - 12], 8);
    unsigned char z[56];
    file_.seekg(std::streamoff(endOffset));
    file_.read(reinterpret_cast<char*>(z), 56);
    if (!file_ || le(z, 4) != kZip64End) return (*error = path_ + ": damaged ZIP64 directory record", false);
    count = le(z + 32, 8);
    dirSize = le(z + 40, 8);
    dirOffset = le(z + 48, 8);
  }
  if (dirOffset > fileSize_ || dirSize > fileSize_ - dirOffset || count > dirSize / 46)
    return (*error = path_ + ": the ZIP directory lies outside the file", false);
  std::vector<unsigned char> dir(dirSize);
  file_.seekg(std::streamoff(dirOffset));
  file_.read(reinterpret_cast<char*>(dir.data()), std::streamsize(dirSize));
  if (!file_) return (*error = path_ + ": cannot read the ZIP directory", false);
  std::size_t p = 0;
  for (std::uint64_t i = 0; i < count; ++i) {
    if (p + 46 > dir.size() || le(&dir[p], 4) != kDirectoryEntry)
      return (*error = path_ + ": damaged ZIP directory entry", false);
    Entry e;
    e.method = std::uint16_t(le(&dir[p + 10], 2));
    const bool encrypted = le(&dir[p + 8], 2) & 1;
    e.size = le(&dir[p + 24], 4);
    std::uint64_t compressed = le(&dir[p + 20], 4);
    e.headerOffset = le(&dir[p + 42], 4);
    const std::size_t nameLen = le(&dir[p + 28], 2), extraLen = le(&dir[p + 30], 2), commentLen = le(&dir[p + 32], 2);
    if (p + 46 + nameLen + extraLen + commentLen > dir.size())
      return (*error = path_ + ": damaged ZIP directory entry", false);
    const std::string name(reinterpret_cast<const char*>(&dir[p + 46]), nameLen);
    // ZIP64 extra field: the 0xFFFFFFFF values follow in order (size, compressed, offset).
    for (std::size_t x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen;) {
      const std::uint64_t id = le(&dir[x], 2), len = le(&dir[x + 2], 2);
      std::size_t q = x + 4;
      if (id == 1) {
        if (e.size == 0xFFFFFFFF && q + 8 <= x + 4 + len) e.size = le(&dir[q], 8), q += 8;
        if (compressed == 0xFFFFFFFF && q + 8 <= x + 4 + len) compressed = le(&dir[q], 8), q += 8;
        if (e.headerOffset == 0xFFFFFFFF && q + 8 <= x + 4 + len) e.headerOffset = le(&dir[q], 8);
      }
      x += 4 + len;
    }
    if (encrypted) return (*error = path_ + ": " + name + " is encrypted", false);
    if (e.method == 0 && compressed != e.size) return (*error = path_ + ": " + name + " has inconsistent sizes", false);
    entries_[name] = e;
    p += 46 + nameLen + extraLen + commentLen;
  }
  return true;
}

bool ZipArchive::locateData(Entry& e, std::string* error) {
  if (e.dataOffset) return true;
  unsigned char h[30];
  file_.seekg(std::streamoff(e.headerOffset));
  file_.read(reinterpret_cast<char*>(h), 30);
  if (!file_ || le(h, 4) != kLocalHeader) return (*error = path_ + ": damaged ZIP local header", false);
  e.dataOffset = e.headerOffset + 30 + le(h + 26, 2) + le(h + 28, 2);
  if (e.dataOffset > fileSize_ || e.size > fileSize_ - e.dataOffset)
    return (*error = path_ + ": an entry runs past the end of the file (truncated?)", false);
  return true;
}

bool ZipArchive::readAt(const std::string& name, std::uint64_t offset, std::uint64_t size, char* out,
                        std::string* error) {
  auto it = entries_.find(name);
  if (it == entries_.end()) return (*error = path_ + ": no entry " + name, false);
  Entry& e = it->second;
  if (e.method != 0) return (*error = path_ + ": " + name + " is compressed; only stored entries are read", false);
  if (!locateData(e, error)) return false;
  if (offset > e.size || size > e.size - offset) return (*error = path_ + ": read past the end of " + name, false);
  file_.clear();
  file_.seekg(std::streamoff(e.dataOffset + offset));
  file_.read(out, std::streamsize(size));
  if (!file_) return (*error = path_ + ": cannot read " + name, false);
  return true;
}

bool ZipArchive::read(const std::string& name, std::vector<char>* out, std::string* error) {
  auto it = entries_.find(name);
  if (it == entries_.end()) return (*error = path_ + ": no entry " + name, false);
  Entry& e = it->second;
  // Checked before the buffer is made: a damaged directory may declare any size (found by
  // fuzz_torchcheckpoint: a 933-byte file asked for 1.8 GB).
  if (e.method != 0) return (*error = path_ + ": " + name + " is compressed; only stored entries are read", false);
  if (!locateData(e, error)) return false;
  out->resize(e.size);
  return readAt(name, 0, e.size, out->data(), error);
}

}  // namespace rrsis::nets

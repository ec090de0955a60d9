#include "nets/safetensors.h"
#include "nets/strictjson.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <set>
#include <system_error>
#include <utility>
#include <vector>

#include "util/safewrite.h"

namespace rrsis::nets {
namespace {

namespace fs = std::filesystem;

/** The header length is a u64; anything above this is a corrupt file, not a real header. */
constexpr std::uint64_t kMaxHeaderSize = 100ull * 1000 * 1000;
constexpr std::uint64_t kMaxInt64 = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());

bool fail(std::string& error, std::string message) {
  error = std::move(message);
  return false;
}

// ---- dtypes ------------------------------------------------------------------------------

struct DtypeInfo {
  const char* name;
  torch::ScalarType type;
  std::size_t itemSize;
};

const DtypeInfo kDtypes[] = {
    {"F64", torch::kFloat64, 8},   {"F32", torch::kFloat32, 4}, {"F16", torch::kFloat16, 2},
    {"BF16", torch::kBFloat16, 2}, {"I64", torch::kInt64, 8},   {"I32", torch::kInt32, 4},
    {"I16", torch::kInt16, 2},     {"I8", torch::kInt8, 1},     {"U8", torch::kUInt8, 1},
    {"BOOL", torch::kBool, 1},
};

const DtypeInfo* dtypeByName(const std::string& name) {
  for (const DtypeInfo& d : kDtypes)
    if (name == d.name) return &d;
  return nullptr;
}

const DtypeInfo* dtypeByType(torch::ScalarType type) {
  for (const DtypeInfo& d : kDtypes)
    if (type == d.type) return &d;
  return nullptr;
}

std::string shapeText(const std::vector<std::int64_t>& shape) {
  std::string out = "[";
  for (std::size_t i = 0; i < shape.size(); ++i) out += (i ? ", " : "") + std::to_string(shape[i]);
  return out + "]";
}

// ---- byte order --------------------------------------------------------------------------

std::uint64_t readLe64(const unsigned char* p) {
  std::uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | p[i];
  return v;
}

void writeLe64(unsigned char* p, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) p[i] = static_cast<unsigned char>(v >> (8 * i));
}

bool hostIsLittleEndian() {
  const std::uint16_t one = 1;
  unsigned char first = 0;
  std::memcpy(&first, &one, 1);
  return first == 1;
}

/** Reverses the bytes of each item in place (safetensors data is little-endian). */
void swapItemBytes(void* data, std::size_t count, std::size_t itemSize) {
  auto* p = static_cast<unsigned char*>(data);
  for (std::size_t i = 0; i < count; ++i, p += itemSize) std::reverse(p, p + itemSize);
}

// ---- the safetensors header --------------------------------------------------------------

/** One tensor of a checked header; offsets are relative to the data buffer. */
struct TensorEntry {
  std::string name;
  const DtypeInfo* dtype = nullptr;
  std::vector<std::int64_t> shape;
  std::uint64_t begin = 0;
  std::uint64_t end = 0;
};

bool checkHeaderLength(std::uint64_t totalSize, std::uint64_t headerSize, std::string& error) {
  if (totalSize < 8)
    return fail(error, "too short for a safetensors file (" + std::to_string(totalSize) +
                           " bytes; the header length field alone takes 8)");
  if (headerSize == 0) return fail(error, "the header length is 0; a safetensors header is a JSON object");
  if (headerSize > kMaxHeaderSize)
    return fail(error, "the header length " + std::to_string(headerSize) +
                           " bytes is implausibly large (limit 100 MB); not a safetensors file");
  if (headerSize > totalSize - 8)
    return fail(error, "the header length " + std::to_string(headerSize) + " bytes runs past the end of the file (" +
                           std::to_string(totalSize - 8) + " bytes follow the length field)");
  return true;
}

bool readMetadata(const JsonValue& value, std::map<std::string, std::string>& metadata, std::string& error) {
  if (value.kind != JsonValue::Kind::Object)
    return fail(error, std::string("\"__metadata__\" must be an object of strings, found ") + kindName(value.kind));
  for (std::size_t i = 0; i < value.keys.size(); ++i) {
    if (value.values[i].kind != JsonValue::Kind::String)
      return fail(error, "\"__metadata__\" entry " + inQuotes(value.keys[i]) + " must be a string, found " +
                             kindName(value.values[i].kind));
    metadata[value.keys[i]] = value.values[i].text;
  }
  return true;
}

bool readEntry(const std::string& name, const JsonValue& value, std::uint64_t dataSize, TensorEntry& out,
               std::string& error) {
  const std::string who = "tensor " + inQuotes(name) + ": ";
  if (value.kind != JsonValue::Kind::Object)
    return fail(error, who + "expected an object with dtype, shape and data_offsets, found " + kindName(value.kind));
  const JsonValue* dtype = value.member("dtype");
  const JsonValue* shape = value.member("shape");
  const JsonValue* offsets = value.member("data_offsets");
  if (!dtype) return fail(error, who + "missing \"dtype\"");
  if (!shape) return fail(error, who + "missing \"shape\"");
  if (!offsets) return fail(error, who + "missing \"data_offsets\"");

  if (dtype->kind != JsonValue::Kind::String)
    return fail(error, who + "\"dtype\" must be a string, found " + kindName(dtype->kind));
  out.name = name;
  out.dtype = dtypeByName(dtype->text);
  if (!out.dtype) return fail(error, who + "unsupported dtype " + inQuotes(dtype->text));

  if (shape->kind != JsonValue::Kind::Array)
    return fail(error, who + "\"shape\" must be an array of non-negative integers");
  std::uint64_t product = 1;  // of the non-zero dimensions, so that it never overflows
  bool empty = false;
  for (const JsonValue& dim : shape->values) {
    if (dim.kind != JsonValue::Kind::Integer)
      return fail(error, who + "\"shape\" must hold non-negative integers, found " + kindName(dim.kind));
    if (dim.integer > kMaxInt64 || (dim.integer != 0 && product > kMaxInt64 / dim.integer))
      return fail(error, who + "shape has too many elements (overflow)");
    if (dim.integer == 0)
      empty = true;
    else
      product *= dim.integer;
    out.shape.push_back(static_cast<std::int64_t>(dim.integer));
  }
  const std::uint64_t numel = empty ? 0 : product;
  if (numel > std::numeric_limits<std::uint64_t>::max() / out.dtype->itemSize)
    return fail(error, who + "shape has too many bytes (overflow)");
  const std::uint64_t bytes = numel * out.dtype->itemSize;

  if (offsets->kind != JsonValue::Kind::Array || offsets->values.size() != 2 ||
      offsets->values[0].kind != JsonValue::Kind::Integer || offsets->values[1].kind != JsonValue::Kind::Integer)
    return fail(error, who + "\"data_offsets\" must be an array of two non-negative integers");
  out.begin = offsets->values[0].integer;
  out.end = offsets->values[1].integer;
  const std::string range = "[" + std::to_string(out.begin) + ", " + std::to_string(out.end) + "]";
  if (out.end < out.begin) return fail(error, who + "data_offsets " + range + " end before they begin");
  if (out.end > dataSize)
    return fail(error, who + "data_offsets " + range + " reach beyond the data buffer (" + std::to_string(dataSize) +
                           " bytes)");
  if (out.end - out.begin != bytes)
    return fail(error, who + "data_offsets " + range + " span " + std::to_string(out.end - out.begin) + " bytes, but " +
                           out.dtype->name + " " + shapeText(out.shape) + " takes " + std::to_string(bytes));
  return true;
}

/**
 * Checks a header against a data buffer of `dataSize` bytes. On success `entries` holds
 * every tensor, sorted by offset, none overlapping another, all inside the buffer.
 */
bool parseHeader(const char* json, std::size_t jsonSize, std::uint64_t dataSize, std::vector<TensorEntry>& entries,
                 std::map<std::string, std::string>& metadata, std::string& error) {
  JsonValue root;
  if (!parseStrictJson(json, jsonSize, root, error)) return false;
  if (root.kind != JsonValue::Kind::Object)
    return fail(error, std::string("the header must be a JSON object, found ") + kindName(root.kind));
  for (std::size_t i = 0; i < root.keys.size(); ++i) {
    if (root.keys[i] == "__metadata__") {
      if (!readMetadata(root.values[i], metadata, error)) return false;
      continue;
    }
    TensorEntry entry;
    if (!readEntry(root.keys[i], root.values[i], dataSize, entry, error)) return false;
    entries.push_back(std::move(entry));
  }
  std::sort(entries.begin(), entries.end(), [](const TensorEntry& a, const TensorEntry& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  const TensorEntry* reaching = nullptr;  // the non-empty tensor that ends last so far
  for (const TensorEntry& e : entries) {
    if (e.begin == e.end) continue;
    if (reaching && e.begin < reaching->end)
      return fail(error,
                  "tensors " + inQuotes(reaching->name) + " and " + inQuotes(e.name) + " overlap in the data buffer");
    if (!reaching || e.end > reaching->end) reaching = &e;
  }
  return true;
}

/** An uninitialised CPU tensor to receive an entry's bytes (BOOL is read as bytes). */
torch::Tensor allocateFor(const TensorEntry& e) {
  const torch::ScalarType type = e.dtype->type == torch::kBool ? torch::kUInt8 : e.dtype->type;
  return torch::empty(e.shape, torch::TensorOptions().dtype(type).device(torch::kCPU));
}

/** Turns received little-endian bytes into the final tensor. */
torch::Tensor finish(torch::Tensor raw, const TensorEntry& e) {
  if (!hostIsLittleEndian() && e.dtype->itemSize > 1)
    swapItemBytes(raw.data_ptr(), static_cast<std::size_t>(raw.numel()), e.dtype->itemSize);
  if (e.dtype->type == torch::kBool) return raw.ne(0);  // any non-zero byte is true; torch bools must be 0 or 1
  return raw;
}

/** Reads `size` bytes at `offset` of the file into `to`; false when that fails. */
using ReadAt = std::function<bool(std::uint64_t offset, void* to, std::uint64_t size)>;

/** Decodes a whole file of `totalSize` bytes, reading it through `readAt`. */
bool decode(std::uint64_t totalSize, const ReadAt& readAt, TensorMap& tensors,
            std::map<std::string, std::string>* metadata, std::string& error) {
  if (totalSize < 8) return checkHeaderLength(totalSize, 0, error);
  unsigned char lengthBytes[8];
  if (!readAt(0, lengthBytes, 8)) return fail(error, "cannot read the header length");
  const std::uint64_t headerSize = readLe64(lengthBytes);
  if (!checkHeaderLength(totalSize, headerSize, error)) return false;
  std::string header(headerSize, '\0');
  if (!readAt(8, header.data(), headerSize)) return fail(error, "cannot read the header");

  std::vector<TensorEntry> entries;
  std::map<std::string, std::string> meta;
  if (!parseHeader(header.data(), header.size(), totalSize - 8 - headerSize, entries, meta, error)) return false;
  TensorMap result;
  for (const TensorEntry& e : entries) {
    torch::Tensor raw = allocateFor(e);
    const std::uint64_t bytes = e.end - e.begin;
    if (bytes > 0 && !readAt(8 + headerSize + e.begin, raw.data_ptr(), bytes))
      return fail(error, "tensor " + inQuotes(e.name) + ": cannot read its " + std::to_string(bytes) +
                             " bytes (was the file truncated?)");
    result.emplace(e.name, finish(raw, e));
  }
  tensors.swap(result);
  if (metadata) metadata->swap(meta);
  return true;
}

bool readFile(const std::string& path, TensorMap& tensors, std::map<std::string, std::string>* metadata,
              std::string& error) {
  const fs::path file = fs::u8path(path);
  std::error_code ec;
  const fs::file_status status = fs::status(file, ec);
  if (status.type() == fs::file_type::not_found) return fail(error, "the file does not exist");
  if (ec) return fail(error, ec.message());
  if (fs::is_directory(status)) return fail(error, "this is a folder, not a file");
  const std::uint64_t fileSize = fs::file_size(file, ec);
  if (ec) return fail(error, ec.message());
  std::ifstream in(file, std::ios::binary);
  if (!in) return fail(error, std::string("cannot open the file: ") + std::strerror(errno));
  const ReadAt readAt = [&in](std::uint64_t offset, void* to, std::uint64_t size) {
    in.seekg(static_cast<std::streamoff>(offset));
    in.read(static_cast<char*>(to), static_cast<std::streamsize>(size));
    return in && static_cast<std::uint64_t>(in.gcount()) == size;
  };
  return decode(fileSize, readAt, tensors, metadata, error);
}

// ---- writing -----------------------------------------------------------------------------

/** The header JSON, padded with spaces to a multiple of 8 bytes; checks every tensor. */
bool buildHeader(const TensorMap& tensors, const std::map<std::string, std::string>& metadata, std::string& header,
                 std::string& error) {
  header = "{";
  if (!metadata.empty()) {
    header += "\"__metadata__\":{";
    bool first = true;
    for (const auto& [key, value] : metadata) {
      if (!isValidUtf8(key) || !isValidUtf8(value))
        return fail(error, "metadata entry " + inQuotes(key) + " is not valid UTF-8");
      header += (first ? "" : ",") + jsonQuoted(key) + ":" + jsonQuoted(value);
      first = false;
    }
    header += "}";
  }
  std::uint64_t offset = 0;
  for (const auto& [name, tensor] : tensors) {
    const std::string who = "tensor " + inQuotes(name) + ": ";
    if (name == "__metadata__")
      return fail(error, "\"__metadata__\" is reserved for metadata and cannot name a tensor");
    if (!isValidUtf8(name)) return fail(error, who + "the name is not valid UTF-8");
    if (!tensor.defined()) return fail(error, who + "the tensor is undefined");
    if (tensor.layout() != torch::kStrided) return fail(error, who + "only dense tensors can be stored");
    const DtypeInfo* dtype = dtypeByType(tensor.scalar_type());
    if (!dtype)
      return fail(error, who + "dtype " + c10::toString(tensor.scalar_type()) + " cannot be stored in safetensors");
    const std::uint64_t bytes = static_cast<std::uint64_t>(tensor.numel()) * dtype->itemSize;
    header += (header.size() > 1 ? "," : "") + jsonQuoted(name) + ":{\"dtype\":\"" + dtype->name + "\",\"shape\":[";
    for (std::int64_t i = 0; i < tensor.dim(); ++i) header += (i ? "," : "") + std::to_string(tensor.size(i));
    header += "],\"data_offsets\":[" + std::to_string(offset) + "," + std::to_string(offset + bytes) + "]}";
    offset += bytes;
  }
  header += "}";
  header.append((8 - header.size() % 8) % 8, ' ');
  return true;
}

bool writeFile(const std::string& path, const TensorMap& tensors, const std::map<std::string, std::string>& metadata,
               std::string& error) {
  std::string header;
  if (!buildHeader(tensors, metadata, header, error)) return false;

  const fs::path target = fs::u8path(path);
  std::error_code ec;
  const fs::path folder = target.parent_path();
  if (!folder.empty() && !fs::is_directory(folder, ec))
    return fail(error, "the folder " + folder.u8string() + " does not exist");
  if (fs::is_directory(target, ec)) return fail(error, "this is a folder, not a file");

  // Written under a temporary name and moved into place when complete (util/safewrite.h).
  SafeFileWriter out(path, Overwrite::Replace);
  unsigned char lengthBytes[8];
  writeLe64(lengthBytes, header.size());
  if (!out.open(&error) || !out.write(lengthBytes, 8, &error) || !out.write(header.data(), header.size(), &error))
    return false;
  for (const auto& entry : tensors) {
    torch::Tensor cpu = entry.second.detach().to(torch::kCPU).contiguous();
    const auto itemSize = static_cast<std::size_t>(cpu.element_size());
    if (!hostIsLittleEndian() && itemSize > 1) {
      cpu = cpu.clone();
      swapItemBytes(cpu.data_ptr(), static_cast<std::size_t>(cpu.numel()), itemSize);
    }
    const auto bytes = static_cast<std::size_t>(cpu.numel()) * itemSize;
    if (bytes > 0 && !out.write(cpu.data_ptr(), bytes, &error)) return false;
  }
  return out.commit(&error);
}

/** Runs `body`, turning exceptions into messages; sets `*error` to prefix + message on failure. */
template <typename Body>
bool guarded(std::string* error, const std::string& prefix, Body body) {
  std::string message;
  try {
    if (body(message)) return true;
  } catch (const c10::Error& e) {
    message = e.what_without_backtrace();
  } catch (const std::exception& e) {
    message = e.what();
  }
  if (error) *error = prefix + message;
  return false;
}

}  // namespace

bool readSafetensors(const std::string& path, TensorMap& tensors, std::map<std::string, std::string>* metadata,
                     std::string* error) {
  return guarded(error, path + ": ", [&](std::string& message) { return readFile(path, tensors, metadata, message); });
}

bool parseSafetensors(const void* data, std::size_t size, TensorMap& tensors,
                      std::map<std::string, std::string>* metadata, std::string* error) {
  const auto* bytes = static_cast<const unsigned char*>(data);
  const ReadAt readAt = [bytes, size](std::uint64_t offset, void* to, std::uint64_t count) {
    if (offset > size || count > size - offset) return false;
    std::memcpy(to, bytes + offset, count);
    return true;
  };
  return guarded(error, "", [&](std::string& message) { return decode(size, readAt, tensors, metadata, message); });
}

bool writeSafetensors(const std::string& path, const TensorMap& tensors,
                      const std::map<std::string, std::string>& metadata, std::string* error) {
  return guarded(error, path + ": ", [&](std::string& message) { return writeFile(path, tensors, metadata, message); });
}

}  // namespace rrsis::nets

#include "nets/safetensors.h"

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
/** safetensors headers nest three levels deep; this only guards the recursion. */
constexpr int kMaxJsonDepth = 64;
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
    {"F64", torch::kFloat64, 8}, {"F32", torch::kFloat32, 4}, {"F16", torch::kFloat16, 2},
    {"BF16", torch::kBFloat16, 2}, {"I64", torch::kInt64, 8}, {"I32", torch::kInt32, 4},
    {"I16", torch::kInt16, 2},    {"I8", torch::kInt8, 1},     {"U8", torch::kUInt8, 1},
    {"BOOL", torch::kBool, 1},
};

const DtypeInfo* dtypeByName(const std::string& name) {
  for (const DtypeInfo& d : kDtypes)
    if (name == d.name)
      return &d;
  return nullptr;
}

const DtypeInfo* dtypeByType(torch::ScalarType type) {
  for (const DtypeInfo& d : kDtypes)
    if (type == d.type)
      return &d;
  return nullptr;
}

// ---- text helpers ------------------------------------------------------------------------

/** Length of the valid UTF-8 sequence at `s` (RFC 3629: no overlongs, no surrogates), or 0. */
std::size_t utf8SequenceLength(const char* s, std::size_t available) {
  const auto* u = reinterpret_cast<const unsigned char*>(s);
  if (available == 0)
    return 0;
  const unsigned char lead = u[0];
  if (lead < 0x80)
    return 1;
  std::size_t length = 0;
  std::uint32_t cp = 0;
  std::uint32_t minimum = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, cp = lead & 0x1F, minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, cp = lead & 0x0F, minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, cp = lead & 0x07, minimum = 0x10000;
  } else {
    return 0;
  }
  if (available < length)
    return 0;
  for (std::size_t i = 1; i < length; ++i) {
    if ((u[i] & 0xC0) != 0x80)
      return 0;
    cp = (cp << 6) | (u[i] & 0x3F);
  }
  if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return length;
}

bool isValidUtf8(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8SequenceLength(s.data() + i, s.size() - i);
    if (n == 0)
      return false;
    i += n;
  }
  return true;
}

void appendUtf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
    return;
  }
  const int extra = cp < 0x800 ? 1 : cp < 0x10000 ? 2 : 3;
  static const unsigned kLead[] = {0x00, 0xC0, 0xE0, 0xF0};
  out += static_cast<char>(kLead[extra] | (cp >> (6 * extra)));
  for (int i = extra - 1; i >= 0; --i)
    out += static_cast<char>(0x80 | ((cp >> (6 * i)) & 0x3F));
}

/** A name for an error message: control bytes escaped, long names shortened. */
std::string printable(const std::string& name) {
  std::string out;
  for (std::size_t i = 0; i < name.size() && i < 200; ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (c < 0x20 || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  if (name.size() > 200)
    out += "...";
  return out;
}

std::string inQuotes(const std::string& name) {
  return "\"" + printable(name) + "\"";
}

/** A string as a JSON string literal (UTF-8 passes through, control characters escaped). */
std::string jsonQuoted(const std::string& s) {
  std::string out = "\"";
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += ch;
    }
  }
  return out + "\"";
}

std::string shapeText(const std::vector<std::int64_t>& shape) {
  std::string out = "[";
  for (std::size_t i = 0; i < shape.size(); ++i)
    out += (i ? ", " : "") + std::to_string(shape[i]);
  return out + "]";
}

// ---- byte order --------------------------------------------------------------------------

std::uint64_t readLe64(const unsigned char* p) {
  std::uint64_t v = 0;
  for (int i = 7; i >= 0; --i)
    v = (v << 8) | p[i];
  return v;
}

void writeLe64(unsigned char* p, std::uint64_t v) {
  for (int i = 0; i < 8; ++i)
    p[i] = static_cast<unsigned char>(v >> (8 * i));
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
  for (std::size_t i = 0; i < count; ++i, p += itemSize)
    std::reverse(p, p + itemSize);
}

// ---- a strict JSON subset: objects, arrays, strings, non-negative integers ---------------

struct JsonValue {
  enum class Kind { Object, Array, String, Integer };
  Kind kind = Kind::Integer;
  std::uint64_t integer = 0;
  std::string text;
  std::vector<std::string> keys;   ///< Object: member names, in file order
  std::vector<JsonValue> values;   ///< Object: member values; Array: items

  const JsonValue* member(const std::string& key) const {
    for (std::size_t i = 0; i < keys.size(); ++i)
      if (keys[i] == key)
        return &values[i];
    return nullptr;
  }
};

const char* kindName(JsonValue::Kind kind) {
  switch (kind) {
    case JsonValue::Kind::Object: return "an object";
    case JsonValue::Kind::Array: return "an array";
    case JsonValue::Kind::String: return "a string";
    case JsonValue::Kind::Integer: return "a number";
  }
  return "a value";
}

/** Parses one JSON text; duplicate keys, literals, signs, fractions and exponents are errors. */
class JsonParser {
 public:
  JsonParser(const char* text, std::size_t size) : text_(text), size_(size) {}

  bool parseDocument(JsonValue& out, std::string& error) {
    skipSpace();
    bool ok = parseValue(out, 0);
    if (ok) {
      skipSpace();
      if (pos_ != size_)
        ok = fail("unexpected " + describe() + " after the JSON value");
    }
    if (!ok)
      error = error_;
    return ok;
  }

 private:
  bool fail(const std::string& what) {
    error_ = "invalid JSON header at byte " + std::to_string(pos_);
    if (!path_.empty()) {
      error_ += " (in ";
      for (const std::string& step : path_)
        error_ += step;
      error_ += ")";
    }
    error_ += ": " + what;
    return false;
  }
  bool atEnd() const { return pos_ >= size_; }
  unsigned char peek() const { return static_cast<unsigned char>(text_[pos_]); }
  std::string describe() const {
    if (atEnd())
      return "end of the header";
    const unsigned char c = peek();
    char buf[16];
    if (c > 0x20 && c < 0x7F)
      std::snprintf(buf, sizeof buf, "'%c'", c);
    else
      std::snprintf(buf, sizeof buf, "byte 0x%02X", c);
    return buf;
  }
  void skipSpace() {
    while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
      ++pos_;
  }

  bool parseValue(JsonValue& out, int depth) {
    if (atEnd())
      return fail("unexpected end of the header");
    const unsigned char c = peek();
    if (c == '{' || c == '[')
      return parseContainer(out, depth + 1);
    if (c == '"') {
      out.kind = JsonValue::Kind::String;
      return parseString(out.text);
    }
    if (c >= '0' && c <= '9') {
      out.kind = JsonValue::Kind::Integer;
      return parseInteger(out.integer);
    }
    if (c == '-')
      return fail("negative numbers are not allowed");
    if (c == 't' || c == 'f' || c == 'n')
      return fail("true, false and null are not allowed");
    return fail("unexpected " + describe() + " where a value was expected");
  }

  /** Skips whitespace, then the character `c` if it is next. */
  bool consume(char c) {
    skipSpace();
    if (atEnd() || text_[pos_] != c)
      return false;
    ++pos_;
    return true;
  }

  /** An object or an array (the next character tells which). */
  bool parseContainer(JsonValue& out, int depth) {
    if (depth > kMaxJsonDepth)
      return fail("nested too deeply");
    const bool object = text_[pos_++] == '{';
    const char close = object ? '}' : ']';
    out.kind = object ? JsonValue::Kind::Object : JsonValue::Kind::Array;
    if (consume(close))
      return true;
    std::set<std::string> seen;
    do {
      if (object) {
        skipSpace();
        if (atEnd() || peek() != '"')
          return fail("expected a member name in double quotes, found " + describe());
        const std::size_t keyPos = pos_;
        std::string key;
        if (!parseString(key))
          return false;
        if (!seen.insert(key).second) {
          pos_ = keyPos;
          return fail("duplicate key " + inQuotes(key));
        }
        if (!consume(':'))
          return fail("expected ':' after a member name, found " + describe());
        path_.push_back(depth == 1 ? inQuotes(key) : "." + printable(key));
        out.keys.push_back(std::move(key));
      } else {
        path_.push_back("[" + std::to_string(out.values.size()) + "]");
      }
      skipSpace();
      JsonValue value;
      if (!parseValue(value, depth))
        return false;
      path_.pop_back();
      out.values.push_back(std::move(value));
    } while (consume(','));
    if (!consume(close))
      return fail(std::string("expected ',' or '") + close + "', found " + describe());
    return true;
  }

  bool parseString(std::string& out) {
    ++pos_;
    out.clear();
    for (;;) {
      if (atEnd())
        return fail("unterminated string");
      const unsigned char c = peek();
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (c < 0x20)
        return fail("unescaped control character in a string");
      if (c == '\\') {
        if (!parseEscape(out))
          return false;
        continue;
      }
      const std::size_t n = utf8SequenceLength(text_ + pos_, size_ - pos_);
      if (n == 0)
        return fail("invalid UTF-8 in a string");
      out.append(text_ + pos_, n);
      pos_ += n;
    }
  }

  bool parseEscape(std::string& out) {
    ++pos_;
    if (atEnd())
      return fail("unterminated escape sequence");
    static const char kEscaped[] = "\"\\/bfnrt";
    static const char kDecoded[] = "\"\\/\b\f\n\r\t";
    const char c = text_[pos_];
    const char* simple = c != 0 ? std::strchr(kEscaped, c) : nullptr;
    if (simple) {
      out += kDecoded[simple - kEscaped];
      ++pos_;
      return true;
    }
    if (c != 'u')
      return fail("invalid escape sequence \\" + describe());
    ++pos_;
    std::uint32_t cp = 0;
    if (!parseHex4(cp))
      return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF)
      return fail("\\u escape holds a lone low surrogate");
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (size_ - pos_ < 2 || text_[pos_] != '\\' || text_[pos_ + 1] != 'u')
        return fail("\\u escape holds a high surrogate without a low surrogate");
      pos_ += 2;
      std::uint32_t low = 0;
      if (!parseHex4(low))
        return false;
      if (low < 0xDC00 || low > 0xDFFF)
        return fail("\\u escape holds a high surrogate without a low surrogate");
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    appendUtf8(out, cp);
    return true;
  }

  bool parseHex4(std::uint32_t& out) {
    out = 0;
    for (int i = 0; i < 4; ++i, ++pos_) {
      if (atEnd())
        return fail("truncated \\u escape");
      const unsigned char c = peek();
      if (!std::isxdigit(c))
        return fail("invalid hex digit " + describe() + " in a \\u escape");
      out = out * 16 + static_cast<std::uint32_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return true;
  }

  bool parseInteger(std::uint64_t& out) {
    const std::size_t start = pos_;
    out = 0;
    while (!atEnd() && peek() >= '0' && peek() <= '9') {
      const unsigned digit = peek() - '0';
      if (out > (std::numeric_limits<std::uint64_t>::max() - digit) / 10)
        return fail("number too large");
      out = out * 10 + digit;
      ++pos_;
    }
    if (pos_ - start > 1 && text_[start] == '0') {
      pos_ = start;
      return fail("numbers must not have leading zeros");
    }
    if (!atEnd() && (peek() == '.' || peek() == 'e' || peek() == 'E'))
      return fail("only whole numbers are allowed");
    return true;
  }

  const char* text_;
  std::size_t size_;
  std::size_t pos_ = 0;
  std::vector<std::string> path_;  ///< where the parser is, for messages: "w".shape[0]
  std::string error_;
};

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
  if (headerSize == 0)
    return fail(error, "the header length is 0; a safetensors header is a JSON object");
  if (headerSize > kMaxHeaderSize)
    return fail(error, "the header length " + std::to_string(headerSize) +
                           " bytes is implausibly large (limit 100 MB); not a safetensors file");
  if (headerSize > totalSize - 8)
    return fail(error, "the header length " + std::to_string(headerSize) +
                           " bytes runs past the end of the file (" +
                           std::to_string(totalSize - 8) + " bytes follow the length field)");
  return true;
}

bool readMetadata(const JsonValue& value, std::map<std::string, std::string>& metadata,
                  std::string& error) {
  if (value.kind != JsonValue::Kind::Object)
    return fail(error, std::string("\"__metadata__\" must be an object of strings, found ") +
                           kindName(value.kind));
  for (std::size_t i = 0; i < value.keys.size(); ++i) {
    if (value.values[i].kind != JsonValue::Kind::String)
      return fail(error, "\"__metadata__\" entry " + inQuotes(value.keys[i]) +
                             " must be a string, found " + kindName(value.values[i].kind));
    metadata[value.keys[i]] = value.values[i].text;
  }
  return true;
}

bool readEntry(const std::string& name, const JsonValue& value, std::uint64_t dataSize,
               TensorEntry& out, std::string& error) {
  const std::string who = "tensor " + inQuotes(name) + ": ";
  if (value.kind != JsonValue::Kind::Object)
    return fail(error, who + "expected an object with dtype, shape and data_offsets, found " +
                           kindName(value.kind));
  const JsonValue* dtype = value.member("dtype");
  const JsonValue* shape = value.member("shape");
  const JsonValue* offsets = value.member("data_offsets");
  if (!dtype)
    return fail(error, who + "missing \"dtype\"");
  if (!shape)
    return fail(error, who + "missing \"shape\"");
  if (!offsets)
    return fail(error, who + "missing \"data_offsets\"");

  if (dtype->kind != JsonValue::Kind::String)
    return fail(error, who + "\"dtype\" must be a string, found " + kindName(dtype->kind));
  out.name = name;
  out.dtype = dtypeByName(dtype->text);
  if (!out.dtype)
    return fail(error, who + "unsupported dtype " + inQuotes(dtype->text));

  if (shape->kind != JsonValue::Kind::Array)
    return fail(error, who + "\"shape\" must be an array of non-negative integers");
  std::uint64_t product = 1;  // of the non-zero dimensions, so that it never overflows
  bool empty = false;
  for (const JsonValue& dim : shape->values) {
    if (dim.kind != JsonValue::Kind::Integer)
      return fail(error, who + "\"shape\" must hold non-negative integers, found " +
                             kindName(dim.kind));
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
      offsets->values[0].kind != JsonValue::Kind::Integer ||
      offsets->values[1].kind != JsonValue::Kind::Integer)
    return fail(error, who + "\"data_offsets\" must be an array of two non-negative integers");
  out.begin = offsets->values[0].integer;
  out.end = offsets->values[1].integer;
  const std::string range = "[" + std::to_string(out.begin) + ", " + std::to_string(out.end) + "]";
  if (out.end < out.begin)
    return fail(error, who + "data_offsets " + range + " end before they begin");
  if (out.end > dataSize)
    return fail(error, who + "data_offsets " + range + " reach beyond the data buffer (" +
                           std::to_string(dataSize) + " bytes)");
  if (out.end - out.begin != bytes)
    return fail(error, who + "data_offsets " + range + " span " +
                           std::to_string(out.end - out.begin) + " bytes, but " +
                           out.dtype->name + " " + shapeText(out.shape) + " takes " +
                           std::to_string(bytes));
  return true;
}

/**
 * Checks a header against a data buffer of `dataSize` bytes. On success `entries` holds
 * every tensor, sorted by offset, none overlapping another, all inside the buffer.
 */
bool parseHeader(const char* json, std::size_t jsonSize, std::uint64_t dataSize,
                 std::vector<TensorEntry>& entries, std::map<std::string, std::string>& metadata,
                 std::string& error) {
  JsonValue root;
  if (!JsonParser(json, jsonSize).parseDocument(root, error))
    return false;
  if (root.kind != JsonValue::Kind::Object)
    return fail(error, std::string("the header must be a JSON object, found ") +
                           kindName(root.kind));
  for (std::size_t i = 0; i < root.keys.size(); ++i) {
    if (root.keys[i] == "__metadata__") {
      if (!readMetadata(root.values[i], metadata, error))
        return false;
      continue;
    }
    TensorEntry entry;
    if (!readEntry(root.keys[i], root.values[i], dataSize, entry, error))
      return false;
    entries.push_back(std::move(entry));
  }
  std::sort(entries.begin(), entries.end(), [](const TensorEntry& a, const TensorEntry& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  const TensorEntry* reaching = nullptr;  // the non-empty tensor that ends last so far
  for (const TensorEntry& e : entries) {
    if (e.begin == e.end)
      continue;
    if (reaching && e.begin < reaching->end)
      return fail(error, "tensors " + inQuotes(reaching->name) + " and " + inQuotes(e.name) +
                             " overlap in the data buffer");
    if (!reaching || e.end > reaching->end)
      reaching = &e;
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
  if (e.dtype->type == torch::kBool)
    return raw.ne(0);  // any non-zero byte is true; torch bools must be 0 or 1
  return raw;
}

/** Reads `size` bytes at `offset` of the file into `to`; false when that fails. */
using ReadAt = std::function<bool(std::uint64_t offset, void* to, std::uint64_t size)>;

/** Decodes a whole file of `totalSize` bytes, reading it through `readAt`. */
bool decode(std::uint64_t totalSize, const ReadAt& readAt, TensorMap& tensors,
            std::map<std::string, std::string>* metadata, std::string& error) {
  if (totalSize < 8)
    return checkHeaderLength(totalSize, 0, error);
  unsigned char lengthBytes[8];
  if (!readAt(0, lengthBytes, 8))
    return fail(error, "cannot read the header length");
  const std::uint64_t headerSize = readLe64(lengthBytes);
  if (!checkHeaderLength(totalSize, headerSize, error))
    return false;
  std::string header(headerSize, '\0');
  if (!readAt(8, header.data(), headerSize))
    return fail(error, "cannot read the header");

  std::vector<TensorEntry> entries;
  std::map<std::string, std::string> meta;
  if (!parseHeader(header.data(), header.size(), totalSize - 8 - headerSize, entries, meta, error))
    return false;
  TensorMap result;
  for (const TensorEntry& e : entries) {
    torch::Tensor raw = allocateFor(e);
    const std::uint64_t bytes = e.end - e.begin;
    if (bytes > 0 && !readAt(8 + headerSize + e.begin, raw.data_ptr(), bytes))
      return fail(error, "tensor " + inQuotes(e.name) + ": cannot read its " +
                             std::to_string(bytes) + " bytes (was the file truncated?)");
    result.emplace(e.name, finish(raw, e));
  }
  tensors.swap(result);
  if (metadata)
    metadata->swap(meta);
  return true;
}

bool readFile(const std::string& path, TensorMap& tensors,
              std::map<std::string, std::string>* metadata, std::string& error) {
  const fs::path file = fs::u8path(path);
  std::error_code ec;
  const fs::file_status status = fs::status(file, ec);
  if (status.type() == fs::file_type::not_found)
    return fail(error, "the file does not exist");
  if (ec)
    return fail(error, ec.message());
  if (fs::is_directory(status))
    return fail(error, "this is a folder, not a file");
  const std::uint64_t fileSize = fs::file_size(file, ec);
  if (ec)
    return fail(error, ec.message());
  std::ifstream in(file, std::ios::binary);
  if (!in)
    return fail(error, std::string("cannot open the file: ") + std::strerror(errno));
  const ReadAt readAt = [&in](std::uint64_t offset, void* to, std::uint64_t size) {
    in.seekg(static_cast<std::streamoff>(offset));
    in.read(static_cast<char*>(to), static_cast<std::streamsize>(size));
    return in && static_cast<std::uint64_t>(in.gcount()) == size;
  };
  return decode(fileSize, readAt, tensors, metadata, error);
}

// ---- writing -----------------------------------------------------------------------------

/** The header JSON, padded with spaces to a multiple of 8 bytes; checks every tensor. */
bool buildHeader(const TensorMap& tensors, const std::map<std::string, std::string>& metadata,
                 std::string& header, std::string& error) {
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
    if (!isValidUtf8(name))
      return fail(error, who + "the name is not valid UTF-8");
    if (!tensor.defined())
      return fail(error, who + "the tensor is undefined");
    if (tensor.layout() != torch::kStrided)
      return fail(error, who + "only dense tensors can be stored");
    const DtypeInfo* dtype = dtypeByType(tensor.scalar_type());
    if (!dtype)
      return fail(error, who + "dtype " + c10::toString(tensor.scalar_type()) +
                             " cannot be stored in safetensors");
    const std::uint64_t bytes = static_cast<std::uint64_t>(tensor.numel()) * dtype->itemSize;
    header += (header.size() > 1 ? "," : "") + jsonQuoted(name) + ":{\"dtype\":\"" +
              dtype->name + "\",\"shape\":[";
    for (std::int64_t i = 0; i < tensor.dim(); ++i)
      header += (i ? "," : "") + std::to_string(tensor.size(i));
    header += "],\"data_offsets\":[" + std::to_string(offset) + "," +
              std::to_string(offset + bytes) + "]}";
    offset += bytes;
  }
  header += "}";
  header.append((8 - header.size() % 8) % 8, ' ');
  return true;
}

bool writeFile(const std::string& path, const TensorMap& tensors,
               const std::map<std::string, std::string>& metadata, std::string& error) {
  std::string header;
  if (!buildHeader(tensors, metadata, header, error))
    return false;

  const fs::path target = fs::u8path(path);
  std::error_code ec;
  const fs::path folder = target.parent_path();
  if (!folder.empty() && !fs::is_directory(folder, ec))
    return fail(error, "the folder " + folder.u8string() + " does not exist");
  if (fs::is_directory(target, ec))
    return fail(error, "this is a folder, not a file");

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
    if (bytes > 0 && !out.write(cpu.data_ptr(), bytes, &error))
      return false;
  }
  return out.commit(&error);
}

/** Runs `body`, turning exceptions into messages; sets `*error` to prefix + message on failure. */
template <typename Body>
bool guarded(std::string* error, const std::string& prefix, Body body) {
  std::string message;
  try {
    if (body(message))
      return true;
  } catch (const c10::Error& e) {
    message = e.what_without_backtrace();
  } catch (const std::exception& e) {
    message = e.what();
  }
  if (error)
    *error = prefix + message;
  return false;
}

}  // namespace

bool readSafetensors(const std::string& path, TensorMap& tensors,
                     std::map<std::string, std::string>* metadata, std::string* error) {
  return guarded(error, path + ": ", [&](std::string& message) {
    return readFile(path, tensors, metadata, message);
  });
}

bool parseSafetensors(const void* data, std::size_t size, TensorMap& tensors,
                      std::map<std::string, std::string>* metadata, std::string* error) {
  const auto* bytes = static_cast<const unsigned char*>(data);
  const ReadAt readAt = [bytes, size](std::uint64_t offset, void* to, std::uint64_t count) {
    if (offset > size || count > size - offset)
      return false;
    std::memcpy(to, bytes + offset, count);
    return true;
  };
  return guarded(error, "", [&](std::string& message) {
    return decode(size, readAt, tensors, metadata, message);
  });
}

bool writeSafetensors(const std::string& path, const TensorMap& tensors,
                      const std::map<std::string, std::string>& metadata, std::string* error) {
  return guarded(error, path + ": ", [&](std::string& message) {
    return writeFile(path, tensors, metadata, message);
  });
}

}  // namespace rrsis::nets

#pragma once
// A strict subset of JSON, as the safetensors header uses it: objects, arrays, strings and
// non-negative integers; duplicate keys, literals, signs, fractions and exponents are errors.
// Plus the UTF-8 and quoting helpers the safetensors reader and writer share. LibTorch-free.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace rrsis::nets {

/** One parsed value. */
struct JsonValue {
  enum class Kind { Object, Array, String, Integer };
  Kind kind = Kind::Integer;
  std::uint64_t integer = 0;
  std::string text;
  std::vector<std::string> keys;  ///< Object: member names, in file order
  std::vector<JsonValue> values;  ///< Object: member values; Array: items

  const JsonValue* member(const std::string& key) const {
    for (std::size_t i = 0; i < keys.size(); ++i)
      if (keys[i] == key) return &values[i];
    return nullptr;
  }
};

/** "an object", "an array", ... for error messages. */
const char* kindName(JsonValue::Kind kind);

/**
 * Parses one JSON text of `size` bytes into `out`; false with `error` ("invalid JSON header at
 * byte N (in path): what") when it is not in the subset. Nesting is bounded.
 */
bool parseStrictJson(const char* text, std::size_t size, JsonValue& out, std::string& error);

/** Length of the valid UTF-8 sequence at `s` (RFC 3629: no overlongs, no surrogates), or 0. */
std::size_t utf8SequenceLength(const char* s, std::size_t available);
bool isValidUtf8(const std::string& s);
void appendUtf8(std::string& out, std::uint32_t cp);
/** A name for an error message: control bytes escaped, long names shortened. */
std::string printable(const std::string& name);
/** printable() in double quotes. */
std::string inQuotes(const std::string& name);
/** A string as a JSON string literal (UTF-8 passes through, control characters escaped). */
std::string jsonQuoted(const std::string& s);

}  // namespace rrsis::nets

#include "nets/strictjson.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <set>

namespace rrsis::nets {

/** Length of the valid UTF-8 sequence at `s` (RFC 3629: no overlongs, no surrogates), or 0. */
std::size_t utf8SequenceLength(const char* s, std::size_t available) {
  const auto* u = reinterpret_cast<const unsigned char*>(s);
  if (available == 0) return 0;
  const unsigned char lead = u[0];
  if (lead < 0x80) return 1;
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
  if (available < length) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    if ((u[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (u[i] & 0x3F);
  }
  if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return length;
}

bool isValidUtf8(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8SequenceLength(s.data() + i, s.size() - i);
    if (n == 0) return false;
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
  for (int i = extra - 1; i >= 0; --i) out += static_cast<char>(0x80 | ((cp >> (6 * i)) & 0x3F));
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
  if (name.size() > 200) out += "...";
  return out;
}

std::string inQuotes(const std::string& name) { return "\"" + printable(name) + "\""; }

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

const char* kindName(JsonValue::Kind kind) {
  switch (kind) {
    case JsonValue::Kind::Object:
      return "an object";
    case JsonValue::Kind::Array:
      return "an array";
    case JsonValue::Kind::String:
      return "a string";
    case JsonValue::Kind::Integer:
      return "a number";
  }
  return "a value";
}

namespace {

/** Containers nested deeper than this are refused (a crafted header cannot exhaust the stack). */
constexpr int kMaxJsonDepth = 64;

/** Parses one JSON text; duplicate keys, literals, signs, fractions and exponents are errors. */
class JsonParser {
 public:
  JsonParser(const char* text, std::size_t size) : text_(text), size_(size) {}

  bool parseDocument(JsonValue& out, std::string& error) {
    skipSpace();
    bool ok = parseValue(out, 0);
    if (ok) {
      skipSpace();
      if (pos_ != size_) ok = fail("unexpected " + describe() + " after the JSON value");
    }
    if (!ok) error = error_;
    return ok;
  }

 private:
  bool fail(const std::string& what) {
    error_ = "invalid JSON header at byte " + std::to_string(pos_);
    if (!path_.empty()) {
      error_ += " (in ";
      for (const std::string& step : path_) error_ += step;
      error_ += ")";
    }
    error_ += ": " + what;
    return false;
  }
  bool atEnd() const { return pos_ >= size_; }
  unsigned char peek() const { return static_cast<unsigned char>(text_[pos_]); }
  std::string describe() const {
    if (atEnd()) return "end of the header";
    const unsigned char c = peek();
    char buf[16];
    if (c > 0x20 && c < 0x7F)
      std::snprintf(buf, sizeof buf, "'%c'", c);
    else
      std::snprintf(buf, sizeof buf, "byte 0x%02X", c);
    return buf;
  }
  void skipSpace() {
    while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) ++pos_;
  }

  bool parseValue(JsonValue& out, int depth) {
    if (atEnd()) return fail("unexpected end of the header");
    const unsigned char c = peek();
    if (c == '{' || c == '[') return parseContainer(out, depth + 1);
    if (c == '"') {
      out.kind = JsonValue::Kind::String;
      return parseString(out.text);
    }
    if (c >= '0' && c <= '9') {
      out.kind = JsonValue::Kind::Integer;
      return parseInteger(out.integer);
    }
    if (c == '-') return fail("negative numbers are not allowed");
    if (c == 't' || c == 'f' || c == 'n') return fail("true, false and null are not allowed");
    return fail("unexpected " + describe() + " where a value was expected");
  }

  /** Skips whitespace, then the character `c` if it is next. */
  bool consume(char c) {
    skipSpace();
    if (atEnd() || text_[pos_] != c) return false;
    ++pos_;
    return true;
  }

  /** An object or an array (the next character tells which). */
  bool parseContainer(JsonValue& out, int depth) {
    if (depth > kMaxJsonDepth) return fail("nested too deeply");
    const bool object = text_[pos_++] == '{';
    const char close = object ? '}' : ']';
    out.kind = object ? JsonValue::Kind::Object : JsonValue::Kind::Array;
    if (consume(close)) return true;
    std::set<std::string> seen;
    do {
      if (object) {
        skipSpace();
        if (atEnd() || peek() != '"') return fail("expected a member name in double quotes, found " + describe());
        const std::size_t keyPos = pos_;
        std::string key;
        if (!parseString(key)) return false;
        if (!seen.insert(key).second) {
          pos_ = keyPos;
          return fail("duplicate key " + inQuotes(key));
        }
        if (!consume(':')) return fail("expected ':' after a member name, found " + describe());
        path_.push_back(depth == 1 ? inQuotes(key) : "." + printable(key));
        out.keys.push_back(std::move(key));
      } else {
        path_.push_back("[" + std::to_string(out.values.size()) + "]");
      }
      skipSpace();
      JsonValue value;
      if (!parseValue(value, depth)) return false;
      path_.pop_back();
      out.values.push_back(std::move(value));
    } while (consume(','));
    if (!consume(close)) return fail(std::string("expected ',' or '") + close + "', found " + describe());
    return true;
  }

  bool parseString(std::string& out) {
    ++pos_;
    out.clear();
    for (;;) {
      if (atEnd()) return fail("unterminated string");
      const unsigned char c = peek();
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (c < 0x20) return fail("unescaped control character in a string");
      if (c == '\\') {
        if (!parseEscape(out)) return false;
        continue;
      }
      const std::size_t n = utf8SequenceLength(text_ + pos_, size_ - pos_);
      if (n == 0) return fail("invalid UTF-8 in a string");
      out.append(text_ + pos_, n);
      pos_ += n;
    }
  }

  bool parseEscape(std::string& out) {
    ++pos_;
    if (atEnd()) return fail("unterminated escape sequence");
    static const char kEscaped[] = "\"\\/bfnrt";
    static const char kDecoded[] = "\"\\/\b\f\n\r\t";
    const char c = text_[pos_];
    const char* simple = c != 0 ? std::strchr(kEscaped, c) : nullptr;
    if (simple) {
      out += kDecoded[simple - kEscaped];
      ++pos_;
      return true;
    }
    if (c != 'u') return fail("invalid escape sequence \\" + describe());
    ++pos_;
    std::uint32_t cp = 0;
    if (!parseHex4(cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return fail("\\u escape holds a lone low surrogate");
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (size_ - pos_ < 2 || text_[pos_] != '\\' || text_[pos_ + 1] != 'u')
        return fail("\\u escape holds a high surrogate without a low surrogate");
      pos_ += 2;
      std::uint32_t low = 0;
      if (!parseHex4(low)) return false;
      if (low < 0xDC00 || low > 0xDFFF) return fail("\\u escape holds a high surrogate without a low surrogate");
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    appendUtf8(out, cp);
    return true;
  }

  bool parseHex4(std::uint32_t& out) {
    out = 0;
    for (int i = 0; i < 4; ++i, ++pos_) {
      if (atEnd()) return fail("truncated \\u escape");
      const unsigned char c = peek();
      if (!std::isxdigit(c)) return fail("invalid hex digit " + describe() + " in a \\u escape");
      out = out * 16 + static_cast<std::uint32_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return true;
  }

  bool parseInteger(std::uint64_t& out) {
    const std::size_t start = pos_;
    out = 0;
    while (!atEnd() && peek() >= '0' && peek() <= '9') {
      const unsigned digit = peek() - '0';
      if (out > (std::numeric_limits<std::uint64_t>::max() - digit) / 10) return fail("number too large");
      out = out * 10 + digit;
      ++pos_;
    }
    if (pos_ - start > 1 && text_[start] == '0') {
      pos_ = start;
      return fail("numbers must not have leading zeros");
    }
    if (!atEnd() && (peek() == '.' || peek() == 'e' || peek() == 'E')) return fail("only whole numbers are allowed");
    return true;
  }

  const char* text_;
  std::size_t size_;
  std::size_t pos_ = 0;
  std::vector<std::string> path_;  ///< where the parser is, for messages: "w".shape[0]
  std::string error_;
};

}  // namespace

bool parseStrictJson(const char* text, std::size_t size, JsonValue& out, std::string& error) {
  return JsonParser(text, size).parseDocument(out, error);
}

}  // namespace rrsis::nets

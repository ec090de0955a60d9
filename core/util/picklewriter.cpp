// writePickle (declared in util/pickle.h): protocol 2, the opcodes Python's own pickler
// uses for plain data, without memo entries (nothing is shared in what the project writes).
#include <algorithm>
#include <cstdint>
#include <cstring>

#include "util/pickle.h"

namespace rrsis {

namespace {

class Writer {
 public:
  QByteArray run(const PickleValue& v) {
    out_.append(char(0x80)).append(char(2));  // PROTO 2
    value(v);
    out_.append('.');  // STOP
    return out_;
  }

 private:
  void le(std::uint64_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out_.append(char((v >> (8 * i)) & 0xff));
  }

  void integer(std::int64_t v) {
    if (v >= 0 && v < 256) {
      out_.append('K');  // BININT1
      le(std::uint64_t(v), 1);
    } else if (v >= 0 && v < 65536) {
      out_.append('M');  // BININT2
      le(std::uint64_t(v), 2);
    } else if (v >= INT32_MIN && v <= INT32_MAX) {
      out_.append('J');  // BININT, signed little-endian
      le(std::uint64_t(std::uint32_t(std::int32_t(v))), 4);
    } else {
      out_.append(char(0x8a)).append(char(8));  // LONG1: 8 bytes of two's complement
      le(std::uint64_t(v), 8);
    }
  }

  void real(double v) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    out_.append('G');  // BINFLOAT, big-endian
    for (int i = 7; i >= 0; --i) out_.append(char((bits >> (8 * i)) & 0xff));
  }

  void text(const QByteArray& utf8) {
    out_.append('X');  // BINUNICODE
    le(std::uint64_t(utf8.size()), 4);
    out_.append(utf8);
  }

  void value(const PickleValue& v) {
    using K = PickleValue::Kind;
    switch (v.kind) {
      case K::None:
        out_.append('N');
        break;
      case K::Bool:
        out_.append(char(v.boolean ? 0x88 : 0x89));
        break;  // NEWTRUE / NEWFALSE
      case K::Int:
        integer(v.integer);
        break;
      case K::Float:
        real(v.real);
        break;
      case K::String:
        text(v.text.toUtf8());
        break;
      case K::Bytes:
        text(v.bytes);
        break;
      case K::List:
        out_.append(']');  // EMPTY_LIST
        items(v, 'e');     // APPENDS
        break;
      case K::Tuple:
        out_.append('(');  // MARK
        if (v.items)
          for (const PickleValue& item : *v.items) value(item);
        out_.append('t');  // TUPLE
        break;
      case K::Dict:
        out_.append('}');  // EMPTY_DICT
        if (v.pairs && !v.pairs->empty()) {
          out_.append('(');
          for (const auto& [key, item] : *v.pairs) {
            value(key);
            value(item);
          }
          out_.append('u');  // SETITEMS
        }
        break;
    }
  }

  /** Items in batches of 1000, as Python writes them. */
  void items(const PickleValue& v, char op) {
    if (!v.items) return;
    for (std::size_t start = 0; start < v.items->size(); start += 1000) {
      out_.append('(');
      const std::size_t end = std::min(v.items->size(), start + 1000);
      for (std::size_t i = start; i < end; ++i) value((*v.items)[i]);
      out_.append(op);
    }
  }

  QByteArray out_;
};

}  // namespace

QByteArray writePickle(const PickleValue& value) { return Writer().run(value); }

PickleValue pickleInt(std::int64_t value) {
  PickleValue v;
  v.kind = PickleValue::Kind::Int;
  v.integer = value;
  return v;
}

PickleValue pickleString(const QString& text) {
  PickleValue v;
  v.kind = PickleValue::Kind::String;
  v.text = text;
  return v;
}

PickleValue pickleList(PickleValue::Items items) {
  PickleValue v;
  v.kind = PickleValue::Kind::List;
  v.items = std::make_shared<PickleValue::Items>(std::move(items));
  return v;
}

PickleValue pickleDict(PickleValue::Pairs pairs) {
  PickleValue v;
  v.kind = PickleValue::Kind::Dict;
  v.pairs = std::make_shared<PickleValue::Pairs>(std::move(pairs));
  return v;
}

}  // namespace rrsis

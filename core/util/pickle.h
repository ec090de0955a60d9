#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <QByteArray>
#include <QString>

#include "util/result.h"

namespace rrsis {

/**
 * A value read from a Python pickle: the subset that RefCOCO-style `refs(unc).p` files use
 * (None, bools, ints, floats, str, bytes, lists, tuples, dicts). Lists and dicts are shared
 * (the pickle memo refers to them), so copies of a PickleValue alias the same container.
 */
struct PickleValue {
  enum class Kind { None, Bool, Int, Float, String, Bytes, List, Tuple, Dict };
  using Items = std::vector<PickleValue>;
  using Pairs = std::vector<std::pair<PickleValue, PickleValue>>;

  Kind kind = Kind::None;
  bool boolean = false;
  std::int64_t integer = 0;
  double real = 0;
  QString text;                  ///< String
  QByteArray bytes;              ///< Bytes (Python 2 str may arrive as either)
  std::shared_ptr<Items> items;  ///< List, Tuple
  std::shared_ptr<Pairs> pairs;  ///< Dict, in insertion order

  bool isString() const { return kind == Kind::String || kind == Kind::Bytes; }
  /** Text of a String, or of Bytes decoded as UTF-8. */
  QString toText() const { return kind == Kind::Bytes ? QString::fromUtf8(bytes) : text; }
  /** The value of a dict entry with a string key, or nullptr. */
  const PickleValue* get(const char* key) const;
};

/**
 * Reads a pickle (protocols 0 to 5, the opcodes of plain containers and scalars; sets and
 * frozensets, also built by calling builtins.set, come back as lists). Anything else (objects,
 * other globals, extension codes), a truncated stream, a bad memo reference, stack
 * misuse or absurd sizes is an error naming the byte offset; the reader never reads past the
 * buffer and never executes anything.
 */
Result<PickleValue> readPickle(const QByteArray& data);

}  // namespace rrsis

namespace rrsis {

/**
 * Writes a value as a pickle of protocol 2 (what Python 2 and 3 both read, and what RefCOCO's
 * `refs(unc).p` files are): plain containers and scalars only, no memo, strings as UTF-8
 * unicode (Bytes are written as text too, so Python 3 sees `str`), integers of any size,
 * floats as IEEE doubles. Python's `pickle.load` gives back lists, dicts, tuples, str, int,
 * float, bool and None.
 */
QByteArray writePickle(const PickleValue& value);

/** Builders for writing: PickleValue is a plain struct, these fill the right fields. */
PickleValue pickleInt(std::int64_t value);
PickleValue pickleString(const QString& text);
PickleValue pickleList(PickleValue::Items items = {});
PickleValue pickleDict(PickleValue::Pairs pairs = {});

}  // namespace rrsis

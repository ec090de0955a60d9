#include "util/pickle.h"

#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include <QCoreApplication>

namespace rrsis {

namespace {

struct PickleText {
  Q_DECLARE_TR_FUNCTIONS(Pickle)
};

}  // namespace

const PickleValue* PickleValue::get(const char* key) const {
  if (kind != Kind::Dict || !pairs) return nullptr;
  for (const auto& [k, v] : *pairs)
    if (k.isString() && k.toText() == QLatin1String(key)) return &v;
  return nullptr;
}

namespace {

/** What GLOBAL set / frozenset push: a None carrying this text, only ever consumed by REDUCE. */
constexpr const char* kSetMarker = "\x01builtins.set";

constexpr std::size_t kMaxItems = 50'000'000;
constexpr int kMaxDepth = 1000;
constexpr std::size_t kMaxWalk = 20'000'000;

class Reader {
 public:
  explicit Reader(const QByteArray& data)
      : d_(reinterpret_cast<const unsigned char*>(data.constData())), n_(std::size_t(data.size())) {}

  Result<PickleValue> run() {
    while (true) {
      if (pos_ >= n_) return fail(QStringLiteral("the pickle ends before its STOP opcode"));
      const std::size_t at = pos_;
      const unsigned char op = d_[pos_++];
      if (!step(op, at)) return Result<PickleValue>::failure(error_);
      if (stopped_) break;
    }
    if (stack_.size() != 1 || !marks_.empty())
      return fail(QStringLiteral("the pickle leaves %1 values on its stack").arg(stack_.size()));
    return stack_.back();
  }

 private:
  Result<PickleValue> fail(const QString& what) {
    return Result<PickleValue>::failure(PickleText::tr("Malformed pickle: %1.").arg(what));
  }
  bool error(std::size_t at, const QString& what) {
    error_ = PickleText::tr("Malformed pickle at byte %1: %2.").arg(at).arg(what);
    return false;
  }
  bool need(std::size_t bytes, std::size_t at) {
    if (bytes > n_ - pos_) return error(at, QStringLiteral("truncated"));
    return true;
  }
  std::uint64_t le(int bytes) {
    std::uint64_t v = 0;
    for (int i = 0; i < bytes; ++i) v |= std::uint64_t(d_[pos_ + std::size_t(i)]) << (8 * i);
    pos_ += std::size_t(bytes);
    return v;
  }
  bool push(PickleValue v) {
    stack_.push_back(std::move(v));
    return true;
  }
  bool pop(PickleValue* out, std::size_t at) {
    if (stack_.size() <= (marks_.empty() ? 0 : marks_.back())) return error(at, QStringLiteral("stack underflow"));
    *out = std::move(stack_.back());
    stack_.pop_back();
    return true;
  }
  /** The values above the topmost mark, removed from the stack. */
  bool popToMark(std::vector<PickleValue>* out, std::size_t at) {
    if (marks_.empty()) return error(at, QStringLiteral("no mark"));
    const std::size_t m = marks_.back();
    marks_.pop_back();
    out->assign(std::make_move_iterator(stack_.begin() + std::ptrdiff_t(m)), std::make_move_iterator(stack_.end()));
    stack_.resize(m);
    return true;
  }
  bool text(std::size_t len, std::size_t at, bool utf8) {
    if (len > n_ - pos_) return error(at, QStringLiteral("a string runs past the end"));
    PickleValue v;
    if (utf8) {
      v.kind = PickleValue::Kind::String;
      v.text = QString::fromUtf8(reinterpret_cast<const char*>(d_ + pos_), qsizetype(len));
    } else {
      v.kind = PickleValue::Kind::Bytes;
      v.bytes = QByteArray(reinterpret_cast<const char*>(d_ + pos_), qsizetype(len));
    }
    pos_ += len;
    return push(std::move(v));
  }
  bool integer(std::int64_t x) {
    PickleValue v;
    v.kind = PickleValue::Kind::Int;
    v.integer = x;
    return push(std::move(v));
  }
  PickleValue container(PickleValue::Kind kind) {
    PickleValue v;
    v.kind = kind;
    if (kind == PickleValue::Kind::Dict) {
      v.pairs = std::make_shared<PickleValue::Pairs>();
      alive_.push_back(v.pairs);
    } else {
      v.items = std::make_shared<PickleValue::Items>();
      alive_.push_back(v.items);
    }
    return v;
  }
  static const void* keyOf(const PickleValue& v) {
    return v.items   ? static_cast<const void*>(v.items.get())
           : v.pairs ? static_cast<const void*>(v.pairs.get())
                     : nullptr;
  }
  /**
   * Records that `child` goes into the container `parent`. Containers may be shared (the memo
   * refers to them again), but one inside itself (a cycle: it would leak, and every walk over
   * it would never end) is refused, and so is nesting deeper than kMaxDepth (destroying it
   * recurses). Both walk up the containers above `parent`, within a budget per file.
   */
  bool adopt(const PickleValue& child, const void* parent, std::size_t at) {
    const void* key = keyOf(child);
    if (!key) return true;
    std::vector<const void*> up{parent};
    std::unordered_set<const void*> seen{parent};
    const int height = nodes_[key].height + 1;
    std::vector<std::pair<const void*, int>> raise{{parent, height}};
    while (!raise.empty()) {  // the containers above, each with the height it must reach
      const auto [p, h] = raise.back();
      raise.pop_back();
      if (p == key) return error(at, QStringLiteral("a list or dict contains itself"));
      if (++walked_ > kMaxWalk) return error(at, QStringLiteral("the containers are shared too often to check"));
      Node& node = nodes_[p];
      if (h > kMaxDepth) return error(at, QStringLiteral("nesting deeper than %1 levels").arg(kMaxDepth));
      if (node.height < h) node.height = h;
      for (const void* q : node.parents)
        if (seen.insert(q).second || nodes_[q].height < h + 1) raise.emplace_back(q, h + 1);
    }
    nodes_[key].parents.push_back(parent);
    return true;
  }
  bool adoptAll(const std::vector<PickleValue>& values, const void* parent, std::size_t at) {
    for (const PickleValue& v : values)
      if (!adopt(v, parent, at)) return false;
    return true;
  }
  bool appendTo(std::vector<PickleValue> values, std::size_t at) {
    if (stack_.empty() || stack_.back().kind != PickleValue::Kind::List)
      return error(at, QStringLiteral("APPEND without a list"));
    if (stack_.back().items->size() + values.size() > kMaxItems) return error(at, QStringLiteral("too many items"));
    if (!adoptAll(values, keyOf(stack_.back()), at)) return false;
    for (auto& v : values) stack_.back().items->push_back(std::move(v));
    return true;
  }
  bool setItems(std::vector<PickleValue> values, std::size_t at) {
    if (values.size() % 2 != 0) return error(at, QStringLiteral("a key without a value"));
    if (stack_.empty() || stack_.back().kind != PickleValue::Kind::Dict)
      return error(at, QStringLiteral("SETITEM without a dict"));
    if (!adoptAll(values, keyOf(stack_.back()), at)) return false;
    for (std::size_t i = 0; i < values.size(); i += 2)
      stack_.back().pairs->emplace_back(std::move(values[i]), std::move(values[i + 1]));
    return true;
  }
  bool memoPut(std::uint64_t index, std::size_t at) {
    if (stack_.empty()) return error(at, QStringLiteral("memo of an empty stack"));
    if (memo_.size() > kMaxItems) return error(at, QStringLiteral("too many memo entries"));
    memo_[index] = stack_.back();
    return true;
  }
  bool memoGet(std::uint64_t index, std::size_t at) {
    auto it = memo_.find(index);
    if (it == memo_.end()) return error(at, QStringLiteral("memo entry %1 does not exist").arg(index));
    return push(it->second);
  }
  /** The set and frozenset constructors are the only globals: they build containers, nothing else. */
  bool pushGlobal(const std::string& module, const std::string& name, std::size_t at) {
    if ((module == "__builtin__" || module == "builtins") && (name == "set" || name == "frozenset")) {
      PickleValue marker;
      marker.text = QLatin1String(kSetMarker);
      return push(std::move(marker));
    }
    return error(at, QStringLiteral("the pickle asks for %1.%2; only plain data can be read")
                         .arg(QString::fromStdString(module), QString::fromStdString(name)));
  }
  bool textLine(std::string* out, std::size_t at) {
    const void* nl = std::memchr(d_ + pos_, '\n', n_ - pos_);
    if (!nl) return error(at, QStringLiteral("a text argument has no line end"));
    const std::size_t end = std::size_t(static_cast<const unsigned char*>(nl) - d_);
    out->assign(reinterpret_cast<const char*>(d_ + pos_), end - pos_);
    pos_ = end + 1;
    return true;
  }

  bool step(unsigned char op, std::size_t at) {
    using K = PickleValue::Kind;
    switch (op) {
      case 0x80:
        return need(1, at) && (le(1), true);  // PROTO
      case 0x95:
        return need(8, at) && (le(8), true);  // FRAME
      case '.':
        stopped_ = true;
        return true;  // STOP
      case '(':
        marks_.push_back(stack_.size());
        return true;  // MARK
      case ']':
        return push(container(K::List));  // EMPTY_LIST
      case '}':
        return push(container(K::Dict));  // EMPTY_DICT
      case ')':
        return push(container(K::Tuple));  // EMPTY_TUPLE
      case 'N':
        return push(PickleValue{});  // NONE
      case 0x88:
      case 0x89: {  // NEWTRUE / NEWFALSE
        PickleValue v;
        v.kind = K::Bool;
        v.boolean = op == 0x88;
        return push(std::move(v));
      }
      case 'K':
        return need(1, at) && integer(std::int64_t(le(1)));  // BININT1
      case 'M':
        return need(2, at) && integer(std::int64_t(le(2)));  // BININT2
      case 'J':
        return need(4, at) && integer(std::int64_t(std::int32_t(std::uint32_t(le(4)))));  // BININT
      case 0x8a: {                                                                        // LONG1
        if (!need(1, at)) return false;
        const std::size_t len = std::size_t(le(1));
        if (len > 8 || !need(len, at)) return error(at, QStringLiteral("an integer wider than 64 bits"));
        std::uint64_t v = len ? le(int(len)) : 0;
        if (len > 0 && len < 8 && (v >> (8 * len - 1)) & 1) v |= ~std::uint64_t(0) << (8 * len);  // sign-extend
        return integer(std::int64_t(v));
      }
      case 'I':
      case 'L': {  // INT / LONG (text)
        std::string line;
        if (!textLine(&line, at)) return false;
        if (line == "01" || line == "00") {
          PickleValue v;
          v.kind = K::Bool;
          v.boolean = line == "01";
          return push(std::move(v));
        }
        if (!line.empty() && line.back() == 'L') line.pop_back();
        bool ok = false;
        const qlonglong x = QByteArray::fromStdString(line).toLongLong(&ok);
        return ok ? integer(x) : error(at, QStringLiteral("a bad integer"));
      }
      case 'G': {  // BINFLOAT (big-endian)
        if (!need(8, at)) return false;
        std::uint64_t bits = 0;
        for (int i = 0; i < 8; ++i) bits = (bits << 8) | d_[pos_ + std::size_t(i)];
        pos_ += 8;
        PickleValue v;
        v.kind = K::Float;
        std::memcpy(&v.real, &bits, 8);
        return push(std::move(v));
      }
      case 'X':
        return need(4, at) && text(std::size_t(le(4)), at, true);  // BINUNICODE
      case 0x8c:
        return need(1, at) && text(std::size_t(le(1)), at, true);  // SHORT_BINUNICODE
      case 0x8d:
        return need(8, at) && text(std::size_t(le(8)), at, true);  // BINUNICODE8
      case 'U':
        return need(1, at) && text(std::size_t(le(1)), at, false);  // SHORT_BINSTRING
      case 'T':
        return need(4, at) && text(std::size_t(le(4)), at, false);  // BINSTRING
      case 'C':
        return need(1, at) && text(std::size_t(le(1)), at, false);  // SHORT_BINBYTES
      case 'B':
        return need(4, at) && text(std::size_t(le(4)), at, false);  // BINBYTES
      case 'a': {                                                   // APPEND
        PickleValue v;
        return pop(&v, at) && appendTo({std::move(v)}, at);
      }
      case 'e': {  // APPENDS
        std::vector<PickleValue> values;
        return popToMark(&values, at) && appendTo(std::move(values), at);
      }
      case 's': {  // SETITEM
        PickleValue value, key;
        return pop(&value, at) && pop(&key, at) && setItems({std::move(key), std::move(value)}, at);
      }
      case 'u': {  // SETITEMS
        std::vector<PickleValue> values;
        return popToMark(&values, at) && setItems(std::move(values), at);
      }
      case 'l':
      case 't':
      case 'd': {  // LIST / TUPLE / DICT from mark
        std::vector<PickleValue> values;
        if (!popToMark(&values, at)) return false;
        PickleValue c = container(op == 'l' ? K::List : op == 't' ? K::Tuple : K::Dict);
        if (op == 'd') {
          stack_.push_back(c);
          if (!setItems(std::move(values), at)) return false;
          return true;
        }
        if (!adoptAll(values, keyOf(c), at)) return false;
        *c.items = std::move(values);
        return push(std::move(c));
      }
      case 0x85:
      case 0x86:
      case 0x87: {  // TUPLE1..3
        const std::size_t count = std::size_t(op - 0x84);
        if (stack_.size() < count + (marks_.empty() ? 0 : marks_.back()))
          return error(at, QStringLiteral("stack underflow"));
        PickleValue c = container(K::Tuple);
        c.items->assign(std::make_move_iterator(stack_.end() - std::ptrdiff_t(count)),
                        std::make_move_iterator(stack_.end()));
        stack_.resize(stack_.size() - count);
        if (!adoptAll(*c.items, keyOf(c), at)) return false;
        return push(std::move(c));
      }
      case 'c': {  // GLOBAL: only set / frozenset
        std::string module, name;
        return textLine(&module, at) && textLine(&name, at) && pushGlobal(module, name, at);
      }
      case 0x93: {  // STACK_GLOBAL
        PickleValue name, module;
        return pop(&name, at) && pop(&module, at) &&
               pushGlobal(module.toText().toStdString(), name.toText().toStdString(), at);
      }
      case 'R': {  // REDUCE: set(iterable) only
        PickleValue args, callable;
        if (!pop(&args, at) || !pop(&callable, at)) return false;
        if (callable.text != QLatin1String(kSetMarker) || args.kind != K::Tuple || args.items->size() > 1)
          return error(at, QStringLiteral("only set(...) may be called"));
        PickleValue set = container(K::List);
        if (!args.items->empty()) {
          const PickleValue& from = args.items->front();
          if (from.kind != K::List && from.kind != K::Tuple)
            return error(at, QStringLiteral("set() of something not a list"));
          *set.items = *from.items;
          for (const PickleValue& item : *set.items)  // the set holds them too
            if (const void* key = keyOf(item)) nodes_[key].parents.push_back(keyOf(set));
          nodes_[keyOf(set)].height = nodes_[keyOf(from)].height;
        }
        return push(std::move(set));
      }
      case 0x8f:
        return push(container(K::List));  // EMPTY_SET (read as a list)
      case 0x90: {                        // ADDITEMS
        std::vector<PickleValue> values;
        return popToMark(&values, at) && appendTo(std::move(values), at);
      }
      case 0x91: {  // FROZENSET
        std::vector<PickleValue> values;
        if (!popToMark(&values, at)) return false;
        PickleValue c = container(K::List);
        if (!adoptAll(values, keyOf(c), at)) return false;
        *c.items = std::move(values);
        return push(std::move(c));
      }
      case 0x94:
        return memoPut(memo_.size(), at);  // MEMOIZE
      case 'q':
        return need(1, at) && memoPut(le(1), at);  // BINPUT
      case 'r':
        return need(4, at) && memoPut(le(4), at);  // LONG_BINPUT
      case 'h':
        return need(1, at) && memoGet(le(1), at);  // BINGET
      case 'j':
        return need(4, at) && memoGet(le(4), at);  // LONG_BINGET
      case 'p':
      case 'g': {  // PUT / GET (text)
        std::string line;
        if (!textLine(&line, at)) return false;
        bool ok = false;
        const qulonglong index = QByteArray::fromStdString(line).toULongLong(&ok);
        if (!ok) return error(at, QStringLiteral("a bad memo index"));
        return op == 'p' ? memoPut(index, at) : memoGet(index, at);
      }
      default:
        return error(at, QStringLiteral("opcode 0x%1 is not supported (only plain data can be read)")
                             .arg(op, 2, 16, QLatin1Char('0')));
    }
  }

  const unsigned char* d_;
  std::size_t n_;
  std::size_t pos_ = 0;
  bool stopped_ = false;
  std::vector<PickleValue> stack_;
  std::vector<std::size_t> marks_;
  std::unordered_map<std::uint64_t, PickleValue> memo_;
  /** Where each container sits in the tree being read, by address. */
  struct Node {
    std::vector<const void*> parents;
    int height = 0;  ///< levels of containers below it
  };
  std::size_t walked_ = 0;
  std::unordered_map<const void*, Node> nodes_;
  /** Every container made: kept until the end, so that no address in nodes_ is reused. */
  std::vector<std::shared_ptr<void>> alive_;
  QString error_;
};

}  // namespace

Result<PickleValue> readPickle(const QByteArray& data) { return Reader(data).run(); }

}  // namespace rrsis

#include "nets/torchcheckpoint.h"

#include <cstring>
#include <memory>
#include <sstream>
#include <vector>

#include <torch/torch.h>

#include "nets/ziparchive.h"

namespace rrsis::nets {

namespace {

/** A value on the unpickler's stack. */
struct Py;
using PyRef = std::shared_ptr<Py>;
struct Py {
  enum class Kind { None, Bool, Int, Float, String, Bytes, List, Tuple, Dict, Tensor, Namespace, Global, Storage };
  Kind kind = Kind::None;
  bool boolean = false;
  std::int64_t integer = 0;
  double real = 0;
  std::string text;  ///< String, Bytes; Global: "module name"
  std::vector<PyRef> items;
  std::vector<std::pair<PyRef, PyRef>> pairs;  ///< Dict entries, Namespace attributes
  // Storage: `text` is its key in the archive. Nothing is read until a tensor is kept.
  c10::ScalarType dtype = c10::kFloat;
  std::int64_t numel = 0;
  // Tensor: a view of `storage` (a Storage), checked to lie inside it.
  PyRef storage;
  std::vector<std::int64_t> size, stride;
  std::int64_t offset = 0;
};

PyRef make(Py::Kind kind) {
  auto p = std::make_shared<Py>();
  p->kind = kind;
  return p;
}

struct StorageType {
  const char* name;
  c10::ScalarType type;
};
constexpr StorageType kStorages[] = {{"FloatStorage", c10::kFloat}, {"DoubleStorage", c10::kDouble},
                                     {"HalfStorage", c10::kHalf},   {"BFloat16Storage", c10::kBFloat16},
                                     {"LongStorage", c10::kLong},   {"IntStorage", c10::kInt},
                                     {"ShortStorage", c10::kShort}, {"CharStorage", c10::kChar},
                                     {"ByteStorage", c10::kByte},   {"BoolStorage", c10::kBool}};

bool allowedGlobal(const std::string& module, const std::string& name) {
  if (module == "collections" && name == "OrderedDict") return true;
  if (module == "torch._utils" && (name == "_rebuild_tensor_v2" || name == "_rebuild_parameter")) return true;
  if (module == "argparse" && name == "Namespace") return true;
  if (module == "torch")
    for (const auto& s : kStorages)
      if (name == s.name) return true;
  return false;
}

class Unpickler {
 public:
  Unpickler(const std::vector<char>& data, ZipArchive& zip, std::string prefix)
      : d_(reinterpret_cast<const unsigned char*>(data.data())),
        n_(data.size()),
        zip_(zip),
        prefix_(std::move(prefix)) {}

  PyRef run(std::string* error);

 private:
  bool need(std::size_t k) { return pos_ + k <= n_; }
  std::uint64_t le(int bytes) {
    std::uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | d_[pos_ + std::size_t(i)];
    pos_ += std::size_t(bytes);
    return v;
  }
  PyRef pop() {
    if (stack_.empty()) throw std::runtime_error("stack underflow");
    PyRef v = stack_.back();
    stack_.pop_back();
    return v;
  }
  std::vector<PyRef> popMark() {
    if (marks_.empty()) throw std::runtime_error("MARK missing");
    const std::size_t m = marks_.back();
    marks_.pop_back();
    if (m > stack_.size()) throw std::runtime_error("bad MARK");
    std::vector<PyRef> items(stack_.begin() + std::ptrdiff_t(m), stack_.end());
    stack_.resize(m);
    return items;
  }
  PyRef string(std::size_t len, Py::Kind kind) {
    if (!need(len)) throw std::runtime_error("truncated string");
    PyRef s = make(kind);
    s->text.assign(reinterpret_cast<const char*>(d_ + pos_), len);
    pos_ += len;
    return s;
  }
  PyRef global(const std::string& module, const std::string& name);
  PyRef reduce(const PyRef& callable, const PyRef& args);
  PyRef persistentLoad(const PyRef& pid);
  bool step(std::uint8_t op);
  int scalarStep(std::uint8_t op);

  const unsigned char* d_;
  std::size_t n_, pos_ = 0;
  ZipArchive& zip_;
  std::string prefix_;
  std::vector<PyRef> stack_;
  std::vector<std::size_t> marks_;
  std::map<std::uint64_t, PyRef> memo_;
  std::map<std::string, PyRef> storages_;
  bool done_ = false;
};

PyRef Unpickler::global(const std::string& module, const std::string& name) {
  if (!allowedGlobal(module, name))
    throw std::runtime_error("the checkpoint asks for " + module + "." + name +
                             ", which a checkpoint reader must never run or build; refused");
  PyRef g = make(Py::Kind::Global);
  g->text = module + " " + name;
  return g;
}

PyRef Unpickler::persistentLoad(const PyRef& pid) {
  // ('storage', <torch.XStorage>, key, location, numel)
  if (pid->kind != Py::Kind::Tuple || pid->items.size() < 5 || pid->items[0]->text != "storage" ||
      pid->items[1]->kind != Py::Kind::Global || pid->items[4]->kind != Py::Kind::Int)
    throw std::runtime_error("unexpected persistent id");
  const std::string type = pid->items[1]->text.substr(6);
  const std::string key = pid->items[2]->text;
  const std::int64_t numel = pid->items[4]->integer;
  c10::ScalarType dtype = c10::kFloat;
  for (const auto& s : kStorages)
    if (type == s.name) dtype = s.type;
  auto it = storages_.find(key);
  if (it != storages_.end()) return it->second;
  if (numel < 0) throw std::runtime_error("negative storage size");
  const std::string entry = prefix_ + "data/" + key;
  const auto found = zip_.entries().find(entry);
  if (found == zip_.entries().end()) throw std::runtime_error("the storage " + entry + " is missing");
  // Checked before anything is allocated, so a damaged size cannot ask for terabytes.
  const std::uint64_t bytes = std::uint64_t(numel) * c10::elementSize(dtype);
  if (std::uint64_t(numel) > (std::uint64_t(1) << 56) || found->second.size != bytes)
    throw std::runtime_error("the storage " + entry + " has " + std::to_string(found->second.size) + " bytes, not " +
                             std::to_string(bytes));
  PyRef s = make(Py::Kind::Storage);
  s->text = entry;
  s->dtype = dtype;
  s->numel = numel;
  storages_.emplace(key, s);
  return s;
}

std::vector<std::int64_t> ints(const PyRef& tuple) {
  std::vector<std::int64_t> v;
  if (tuple->kind != Py::Kind::Tuple) throw std::runtime_error("expected a tuple of sizes");
  for (const PyRef& i : tuple->items) {
    if (i->kind != Py::Kind::Int) throw std::runtime_error("expected an integer size");
    v.push_back(i->integer);
  }
  return v;
}

PyRef Unpickler::reduce(const PyRef& callable, const PyRef& args) {
  if (callable->kind != Py::Kind::Global || args->kind != Py::Kind::Tuple) throw std::runtime_error("bad REDUCE");
  const std::string& f = callable->text;
  if (f == "collections OrderedDict") return make(Py::Kind::Dict);
  if (f == "torch._utils _rebuild_parameter") {
    if (args->items.empty() || args->items[0]->kind != Py::Kind::Tensor) throw std::runtime_error("bad parameter");
    return args->items[0];
  }
  if (f == "torch._utils _rebuild_tensor_v2") {
    if (args->items.size() < 4 || args->items[0]->kind != Py::Kind::Storage || args->items[1]->kind != Py::Kind::Int)
      throw std::runtime_error("bad tensor record");
    const PyRef& storage = args->items[0];
    const auto size = ints(args->items[2]), stride = ints(args->items[3]);
    const std::int64_t offset = args->items[1]->integer;
    if (size.size() != stride.size()) throw std::runtime_error("tensor size and stride differ in length");
    std::int64_t last = offset;  // the furthest element the view reaches must lie in the storage
    for (std::size_t i = 0; i < size.size(); ++i) {
      if (size[i] < 0 || stride[i] < 0) throw std::runtime_error("negative tensor size or stride");
      if (size[i] == 0) last = -1;
      if (last >= 0) last += (size[i] - 1) * stride[i];
    }
    if (offset < 0 || last >= storage->numel) throw std::runtime_error("a tensor lies outside its storage");
    PyRef t = make(Py::Kind::Tensor);
    t->storage = storage;
    t->size = size;
    t->stride = stride;
    t->offset = offset;
    return t;
  }
  throw std::runtime_error("cannot call " + f);
}

/** Numbers, booleans, None and strings: 1 done, 0 truncated, -1 not one of them. */
int Unpickler::scalarStep(std::uint8_t op) {
  switch (op) {
    case 'N':
      stack_.push_back(make(Py::Kind::None));
      break;
    case 0x88:
    case 0x89: {
      auto b = make(Py::Kind::Bool);
      b->boolean = op == 0x88;
      stack_.push_back(b);
      break;
    }
    case 'K': {
      if (!need(1)) return 0;
      auto i = make(Py::Kind::Int);
      i->integer = std::int64_t(le(1));
      stack_.push_back(i);
      break;
    }
    case 'M': {
      if (!need(2)) return 0;
      auto i = make(Py::Kind::Int);
      i->integer = std::int64_t(le(2));
      stack_.push_back(i);
      break;
    }
    case 'J': {
      if (!need(4)) return 0;
      auto i = make(Py::Kind::Int);
      i->integer = std::int32_t(le(4));
      stack_.push_back(i);
      break;
    }
    case 0x8a: {  // LONG1
      if (!need(1)) return 0;
      const std::size_t len = le(1);
      if (len > 8 || !need(len)) throw std::runtime_error("integer too large");
      std::uint64_t v = len ? le(int(len)) : 0;
      if (len && len < 8 && (v >> (8 * len - 1)) & 1) v |= ~std::uint64_t(0) << (8 * len);  // sign-extend
      auto i = make(Py::Kind::Int);
      i->integer = std::int64_t(v);
      stack_.push_back(i);
      break;
    }
    case 'G': {  // BINFLOAT, big-endian
      if (!need(8)) return 0;
      std::uint64_t bits = 0;
      for (int k = 0; k < 8; ++k) bits = (bits << 8) | d_[pos_++];
      auto f = make(Py::Kind::Float);
      std::memcpy(&f->real, &bits, 8);
      stack_.push_back(f);
      break;
    }
    case 'X':
      if (!need(4)) return 0;
      stack_.push_back(string(le(4), Py::Kind::String));
      break;
    case 0x8c:
      if (!need(1)) return 0;
      stack_.push_back(string(le(1), Py::Kind::String));
      break;
    case 0x8d:
      if (!need(8)) return 0;
      stack_.push_back(string(le(8), Py::Kind::String));
      break;
    case 'U':
      if (!need(1)) return 0;
      stack_.push_back(string(le(1), Py::Kind::Bytes));
      break;
    case 'T':
      if (!need(4)) return 0;
      stack_.push_back(string(le(4), Py::Kind::Bytes));
      break;
    case 'C':
      if (!need(1)) return 0;
      stack_.push_back(string(le(1), Py::Kind::Bytes));
      break;
    case 'B':
      if (!need(4)) return 0;
      stack_.push_back(string(le(4), Py::Kind::Bytes));
      break;
    default:
      return -1;
  }
  return 1;
}

bool Unpickler::step(std::uint8_t op) {
  switch (op) {
    case 0x80:
      if (!need(1)) return false;
      pos_ += 1;
      break;  // PROTO
    case 0x95:
      if (!need(8)) return false;
      pos_ += 8;
      break;  // FRAME
    case '.':
      done_ = true;
      break;  // STOP
    case '(':
      marks_.push_back(stack_.size());
      break;  // MARK
    case '}':
      stack_.push_back(make(Py::Kind::Dict));
      break;
    case ']':
      stack_.push_back(make(Py::Kind::List));
      break;
    case ')':
      stack_.push_back(make(Py::Kind::Tuple));
      break;
    case 't': {
      auto t = make(Py::Kind::Tuple);
      t->items = popMark();
      stack_.push_back(t);
      break;
    }
    case 0x85:
    case 0x86:
    case 0x87: {  // TUPLE1..3
      auto t = make(Py::Kind::Tuple);
      t->items.resize(std::size_t(op - 0x84));
      for (auto r = t->items.rbegin(); r != t->items.rend(); ++r) *r = pop();
      stack_.push_back(t);
      break;
    }
    case 'a': {
      PyRef v = pop();
      PyRef l = stack_.empty() ? nullptr : stack_.back();
      if (!l || l->kind != Py::Kind::List) throw std::runtime_error("APPEND to a non-list");
      l->items.push_back(v);
      break;
    }
    case 'e': {
      auto items = popMark();
      PyRef l = stack_.empty() ? nullptr : stack_.back();
      if (!l || l->kind != Py::Kind::List) throw std::runtime_error("APPENDS to a non-list");
      l->items.insert(l->items.end(), items.begin(), items.end());
      break;
    }
    case 's': {
      PyRef v = pop(), k = pop();
      PyRef dict = stack_.empty() ? nullptr : stack_.back();
      if (!dict || dict->kind != Py::Kind::Dict) throw std::runtime_error("SETITEM on a non-dict");
      dict->pairs.emplace_back(k, v);
      break;
    }
    case 'u': {
      auto items = popMark();
      PyRef dict = stack_.empty() ? nullptr : stack_.back();
      if (!dict || dict->kind != Py::Kind::Dict || items.size() % 2) throw std::runtime_error("bad SETITEMS");
      for (std::size_t k = 0; k < items.size(); k += 2) dict->pairs.emplace_back(items[k], items[k + 1]);
      break;
    }
    case 'q':
      if (!need(1)) return false;
      memo_[le(1)] = stack_.empty() ? nullptr : stack_.back();
      break;
    case 'r':
      if (!need(4)) return false;
      memo_[le(4)] = stack_.empty() ? nullptr : stack_.back();
      break;
    case 0x94:
      memo_[memo_.size()] = stack_.empty() ? nullptr : stack_.back();
      break;  // MEMOIZE
    case 'h':
    case 'j': {
      if (!need(op == 'h' ? 1 : 4)) return false;
      const auto it = memo_.find(le(op == 'h' ? 1 : 4));
      if (it == memo_.end() || !it->second) throw std::runtime_error("bad memo reference");
      stack_.push_back(it->second);
      break;
    }
    case 'c': {  // GLOBAL "module\nname\n"
      std::string parts[2];
      for (auto& part : parts) {
        while (pos_ < n_ && d_[pos_] != '\n') part += char(d_[pos_++]);
        if (pos_ >= n_) return false;
        ++pos_;
      }
      stack_.push_back(global(parts[0], parts[1]));
      break;
    }
    case 0x93: {
      PyRef name = pop(), module = pop();
      stack_.push_back(global(module->text, name->text));
      break;
    }
    case 'R': {
      PyRef args = pop(), f = pop();
      stack_.push_back(reduce(f, args));
      break;
    }
    case 0x81: {  // NEWOBJ
      PyRef args = pop(), cls = pop();
      if (cls->kind != Py::Kind::Global || cls->text != "argparse Namespace")
        throw std::runtime_error("cannot build " + cls->text);
      stack_.push_back(make(Py::Kind::Namespace));
      break;
    }
    case 'b': {  // BUILD
      PyRef state = pop();
      PyRef obj = stack_.empty() ? nullptr : stack_.back();
      // A module's state_dict() is an OrderedDict with a `_metadata` attribute (format
      // versions of its modules): nothing a reader of the tensors needs, so it is dropped.
      if (obj && obj->kind == Py::Kind::Dict && state->kind == Py::Kind::Dict) break;
      if (!obj || obj->kind != Py::Kind::Namespace || state->kind != Py::Kind::Dict)
        throw std::runtime_error("cannot set the state of this object");
      obj->pairs = state->pairs;
      break;
    }
    case 'Q':
      stack_.push_back(persistentLoad(pop()));
      break;  // BINPERSID
    default: {
      if (const int handled = scalarStep(op); handled >= 0) return handled == 1;
      std::ostringstream s;
      s << "unsupported pickle opcode 0x" << std::hex << int(op);
      throw std::runtime_error(s.str());
    }
  }
  return true;
}

PyRef Unpickler::run(std::string* error) {
  try {
    while (!done_) {
      if (pos_ >= n_) throw std::runtime_error("the pickle ends before STOP");
      const std::size_t at = pos_;
      const std::uint8_t op = d_[pos_++];
      if (!step(op)) throw std::runtime_error("truncated at byte " + std::to_string(at));
    }
    if (stack_.size() != 1) throw std::runtime_error("the pickle leaves " + std::to_string(stack_.size()) + " values");
    return stack_.back();
  } catch (const std::exception& e) {
    *error = std::string("data.pkl, byte ") + std::to_string(pos_) + ": " + e.what();
    return nullptr;
  }
}

std::string plainText(const Py& v) {
  switch (v.kind) {
    case Py::Kind::None:
      return "None";
    case Py::Kind::Bool:
      return v.boolean ? "True" : "False";
    case Py::Kind::Int:
      return std::to_string(v.integer);
    case Py::Kind::Float: {
      std::ostringstream s;
      s.precision(12);
      s << v.real;
      return s.str();
    }
    case Py::Kind::String:
    case Py::Kind::Bytes:
      return v.text;
    default:
      return {};
  }
}

/**
 * Turns tensor records into tensors, reading each storage once, when the first kept tensor
 * needs it. A tensor that is its whole storage shares it; a part of a storage is copied, so
 * the storage is freed once the reader is done.
 */
class Materializer {
 public:
  Materializer(ZipArchive& zip, bool readData) : zip_(zip), readData_(readData) {}
  torch::Tensor tensor(const Py& t) {
    const Py& s = *t.storage;
    const auto options = torch::TensorOptions().dtype(s.dtype);
    if (!readData_) return torch::empty(t.size, options.device(torch::kMeta));
    auto it = cache_.find(s.text);
    if (it == cache_.end()) {
      torch::Tensor data = torch::empty({s.numel}, options);
      std::string error;
      if (!zip_.readAt(s.text, 0, data.nbytes(), static_cast<char*>(data.data_ptr()), &error))
        throw std::runtime_error(error);
      it = cache_.emplace(s.text, data).first;
    }
    torch::Tensor view = it->second.as_strided(t.size, t.stride, t.offset);
    const bool whole = t.offset == 0 && view.numel() == s.numel && view.is_contiguous();
    return whole ? view : view.clone();
  }

 private:
  ZipArchive& zip_;
  bool readData_;
  std::map<std::string, torch::Tensor> cache_;
};

struct Flattener {
  const CheckpointReadOptions& options;
  Materializer& data;
  TorchCheckpoint* out;

  void run(const Py& v, const std::string& path) {
    if (v.kind == Py::Kind::Tensor) {
      if (!options.keep || options.keep(path)) out->tensors[path] = data.tensor(v);
    } else if (v.kind == Py::Kind::Dict || v.kind == Py::Kind::Namespace) {
      for (const auto& [k, value] : v.pairs) {
        if (k->kind != Py::Kind::String) continue;  // optimizer state keyed by numbers is skipped
        const std::string name = path.empty() ? k->text : path + "." + k->text;
        if (v.kind == Py::Kind::Namespace) {
          const std::string text = plainText(*value);
          if (!text.empty() || value->kind == Py::Kind::String) out->arguments[name] = text;
        } else {
          run(*value, name);
        }
      }
    } else if (v.kind != Py::Kind::List && v.kind != Py::Kind::Tuple) {
      const std::string text = plainText(v);
      if (!path.empty()) out->values[path] = text;
    }
  }
};

}  // namespace

bool readTorchCheckpoint(const std::string& path, TorchCheckpoint* checkpoint, std::string* error,
                         const CheckpointReadOptions& options) {
  try {
    ZipArchive zip;
    if (!zip.open(path, error)) return false;
    std::string pickleEntry;
    for (const auto& [name, entry] : zip.entries())
      if (name.size() >= 8 && name.compare(name.size() - 8, 8, "data.pkl") == 0 && name.find('/') == name.size() - 9)
        pickleEntry = name;
    if (pickleEntry.empty()) {
      *error = path + ": no data.pkl inside; not a checkpoint saved by torch.save (PyTorch 1.6 or later)";
      return false;
    }
    std::vector<char> pickle;
    if (!zip.read(pickleEntry, &pickle, error)) return false;
    const std::string prefix = pickleEntry.substr(0, pickleEntry.size() - 8);
    Unpickler reader(pickle, zip, prefix);
    std::string why;
    PyRef root = reader.run(&why);
    if (!root) {
      *error = path + ": " + why;
      return false;
    }
    TorchCheckpoint result;
    Materializer data(zip, options.readData);
    Flattener{options, data, &result}.run(*root, std::string());
    *checkpoint = std::move(result);
    return true;
  } catch (const std::exception& e) {
    *error = path + ": " + e.what();
    return false;
  }
}

}  // namespace rrsis::nets

// The strict JSON parser behind safetensors headers and model.json: a value or a message for any
// bytes, never a crash, unbounded recursion or a read past the end.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "nets/strictjson.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // A copy of exactly `size` bytes, so that reading one past the end is caught.
  std::vector<char> text(data, data + size);
  rrsis::nets::JsonValue value;
  std::string error;
  const bool ok = rrsis::nets::parseStrictJson(text.data(), text.size(), value, error);
  if (!ok && error.empty()) std::abort();
  return 0;
}

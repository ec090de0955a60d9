#pragma once
#include <cstddef>
#include <map>
#include <string>

#include <torch/types.h>

namespace rrsis::nets {

/**
 * Named tensors, sorted by name: what a safetensors file holds and what a state dict is.
 * The map owns its tensors; none of them refers to a file or a foreign buffer.
 */
using TensorMap = std::map<std::string, torch::Tensor>;

/**
 * Reads a safetensors file (https://github.com/huggingface/safetensors, "format" section):
 * an 8-byte little-endian header length N, N bytes of JSON, then the tensor bytes.
 *
 * Reads the dtypes F64, F32, F16, BF16, I64, I32, I16, I8, U8 and BOOL into CPU tensors of
 * the matching torch dtype. Every tensor owns its memory; the file is closed on return.
 * The file is checked before anything is allocated: a malformed or truncated file is an
 * error that names the tensor and the problem, never a crash.
 *
 * On success replaces the contents of `tensors` (and of `metadata` when it is not null, with
 * the optional "__metadata__" object) and returns true. On failure leaves both untouched,
 * sets `*error` (when not null) to a message that starts with the path, and returns false.
 * Throws nothing.
 */
bool readSafetensors(const std::string& path, TensorMap& tensors, std::map<std::string, std::string>* metadata,
                     std::string* error);

/**
 * Same as readSafetensors() on `size` bytes in memory (a whole file's contents). Reads
 * nothing outside [data, data + size); the tensors are copies, so the buffer may be freed
 * afterwards.
 */
bool parseSafetensors(const void* data, std::size_t size, TensorMap& tensors,
                      std::map<std::string, std::string>* metadata, std::string* error);

/**
 * Writes `tensors` (and `metadata`, when not empty, as "__metadata__") to a safetensors file.
 *
 * The header lists the tensors in name order and is padded with spaces to a multiple of
 * 8 bytes; the tensor bytes follow in the same order, back to back. Tensors may live on any
 * device and need not be contiguous; each is copied to the CPU while it is written. Writes
 * every dtype that readSafetensors() reads; any other dtype, an undefined tensor, the
 * reserved name "__metadata__" or a name that is not UTF-8 is an error.
 *
 * Writes a temporary file in the same folder and renames it over `path`, so an existing file
 * stays as it was unless the whole write succeeded. Returns false and sets `*error` (when
 * not null) on failure. Throws nothing.
 */
bool writeSafetensors(const std::string& path, const TensorMap& tensors,
                      const std::map<std::string, std::string>& metadata, std::string* error);

}  // namespace rrsis::nets

#pragma once
// The plain C interface of the rrsis_spm module (spmmodule.cpp). The module is opened at run
// time with dlopen and never linked: libsentencepiece carries its own protobuf, which crashes
// when it shares a symbol scope with libtorch's (PLATFORM_NOTES §1). The host includes this
// header only for the function types; it never calls these names directly.
//
// Rules of the boundary: no C++ exception crosses it; strings are UTF-8; every function that
// can fail writes sentencepiece's Status::ToString() (or another reason) into the caller's
// `error` buffer of `errorSize` bytes, always NUL-terminated and cut to fit.
#include <stddef.h>

#define RRSIS_SPM_API_VERSION 1

#if defined(__GNUC__)
#define RRSIS_SPM_EXPORT __attribute__((visibility("default")))
#else
#define RRSIS_SPM_EXPORT
#endif

#ifdef __cplusplus
extern "C" {
#endif

/** A loaded sentencepiece model; owned by the caller until rrsis_spm_free. */
typedef struct RrsisSpmModel RrsisSpmModel;

/** RRSIS_SPM_API_VERSION of the module, so a stale module is refused. */
RRSIS_SPM_EXPORT int rrsis_spm_api_version(void);

/** Loads a .model file; null on failure. */
RRSIS_SPM_EXPORT RrsisSpmModel* rrsis_spm_load(const char* path, char* error, size_t errorSize);
RRSIS_SPM_EXPORT void rrsis_spm_free(RrsisSpmModel* model);

RRSIS_SPM_EXPORT int rrsis_spm_vocab_size(const RrsisSpmModel* model);
/** The special ids; -1 where the model has none. */
RRSIS_SPM_EXPORT int rrsis_spm_pad_id(const RrsisSpmModel* model);
RRSIS_SPM_EXPORT int rrsis_spm_unk_id(const RrsisSpmModel* model);
RRSIS_SPM_EXPORT int rrsis_spm_bos_id(const RrsisSpmModel* model);
RRSIS_SPM_EXPORT int rrsis_spm_eos_id(const RrsisSpmModel* model);

/**
 * Encodes `length` bytes of UTF-8 text. Writes at most `capacity` ids and returns how many the
 * text has (call again with a larger buffer when that is more than `capacity`), or -1 on error.
 */
RRSIS_SPM_EXPORT long rrsis_spm_encode(const RrsisSpmModel* model, const char* text, size_t length, int* ids,
                                       size_t capacity, char* error, size_t errorSize);

/**
 * Writes the piece of `id` (NUL-terminated, cut to fit) and returns its length in bytes, or -1
 * when `id` is out of range.
 */
RRSIS_SPM_EXPORT long rrsis_spm_id_to_piece(const RrsisSpmModel* model, int id, char* buffer, size_t bufferSize);

/**
 * Trains a model from `inputPath` (one sentence per line) and writes `<modelPrefix>.model`
 * and `<modelPrefix>.vocab`, with pad=0, unk=1, bos=2, eos=3. `modelType` is "unigram",
 * "bpe", "word" or "char". Returns 0 on success, -1 on failure.
 */
RRSIS_SPM_EXPORT int rrsis_spm_train(const char* inputPath, const char* modelPrefix, int vocabSize,
                                     const char* modelType, char* error, size_t errorSize);

#ifdef __cplusplus
}
#endif

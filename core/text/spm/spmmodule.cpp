// The rrsis_spm module: a thin C wrapper around libsentencepiece (see spmapi.h for why it is a
// module of its own). Nothing here may throw across the C boundary.
#include "spmapi.h"

#include <cstring>
#include <exception>
#include <string>
#include <unordered_map>
#include <vector>

#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

struct RrsisSpmModel {
  sentencepiece::SentencePieceProcessor processor;
};

namespace {

void writeText(const std::string& text, char* buffer, size_t bufferSize) {
  if (!buffer || bufferSize == 0) return;
  const size_t n = text.size() < bufferSize - 1 ? text.size() : bufferSize - 1;
  std::memcpy(buffer, text.data(), n);
  buffer[n] = '\0';
}

void writeException(char* error, size_t errorSize) {
  try {
    throw;
  } catch (const std::exception& e) {
    writeText(std::string("sentencepiece: ") + e.what(), error, errorSize);
  } catch (...) {
    writeText("sentencepiece: unknown exception", error, errorSize);
  }
}

}  // namespace

extern "C" {

int rrsis_spm_api_version(void) { return RRSIS_SPM_API_VERSION; }

RrsisSpmModel* rrsis_spm_load(const char* path, char* error, size_t errorSize) {
  try {
    auto* model = new RrsisSpmModel;
    const auto status = model->processor.Load(path ? path : "");
    if (!status.ok()) {
      writeText(status.ToString(), error, errorSize);
      delete model;
      return nullptr;
    }
    return model;
  } catch (...) {
    writeException(error, errorSize);
    return nullptr;
  }
}

void rrsis_spm_free(RrsisSpmModel* model) { delete model; }

int rrsis_spm_vocab_size(const RrsisSpmModel* model) { return model ? model->processor.GetPieceSize() : 0; }
int rrsis_spm_pad_id(const RrsisSpmModel* model) { return model ? model->processor.pad_id() : -1; }
int rrsis_spm_unk_id(const RrsisSpmModel* model) { return model ? model->processor.unk_id() : -1; }
int rrsis_spm_bos_id(const RrsisSpmModel* model) { return model ? model->processor.bos_id() : -1; }
int rrsis_spm_eos_id(const RrsisSpmModel* model) { return model ? model->processor.eos_id() : -1; }

long rrsis_spm_encode(const RrsisSpmModel* model, const char* text, size_t length, int* ids, size_t capacity,
                      char* error, size_t errorSize) {
  if (!model) {
    writeText("no model", error, errorSize);
    return -1;
  }
  try {
    std::vector<int> out;
    const auto status = model->processor.Encode(absl::string_view(text ? text : "", text ? length : 0), &out);
    if (!status.ok()) {
      writeText(status.ToString(), error, errorSize);
      return -1;
    }
    for (size_t i = 0; i < out.size() && i < capacity; ++i) ids[i] = out[i];
    return static_cast<long>(out.size());
  } catch (...) {
    writeException(error, errorSize);
    return -1;
  }
}

long rrsis_spm_id_to_piece(const RrsisSpmModel* model, int id, char* buffer, size_t bufferSize) {
  if (!model || id < 0 || id >= model->processor.GetPieceSize()) return -1;
  try {
    const std::string& piece = model->processor.IdToPiece(id);
    writeText(piece, buffer, bufferSize);
    return static_cast<long>(piece.size());
  } catch (...) {
    return -1;
  }
}

int rrsis_spm_train(const char* inputPath, const char* modelPrefix, int vocabSize, const char* modelType, char* error,
                    size_t errorSize) {
  try {
    // The map form takes paths as they are (the command-line form splits at spaces).
    const std::unordered_map<std::string, std::string> args = {
        {"input", inputPath ? inputPath : ""},
        {"model_prefix", modelPrefix ? modelPrefix : ""},
        {"vocab_size", std::to_string(vocabSize)},
        {"model_type", modelType && *modelType ? modelType : "unigram"},
        {"pad_id", "0"},
        {"unk_id", "1"},
        {"bos_id", "2"},
        {"eos_id", "3"},
        {"minloglevel", "1"},  // keep the trainer's progress log off stderr
    };
    const auto status = sentencepiece::SentencePieceTrainer::Train(args);
    if (!status.ok()) {
      writeText(status.ToString(), error, errorSize);
      return -1;
    }
    return 0;
  } catch (...) {
    writeException(error, errorSize);
    return -1;
  }
}

}  // extern "C"

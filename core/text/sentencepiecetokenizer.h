#pragma once
#include <memory>
#include <vector>

#include <QString>
#include <QStringList>

#include "text/tokenizer.h"
#include "util/result.h"

struct RrsisSpmModel;

namespace rrsis {

struct SpmModule;

/**
 * A SentencePiece model used through the rrsis_spm module, which is opened with dlopen the
 * first time it is needed and stays loaded for the life of the process (libsentencepiece must
 * never share a symbol scope with libtorch, PLATFORM_NOTES §1).
 *
 * Where the module is looked for: the file named by the environment variable
 * RRSIS_SPM_MODULE when it is set (then nowhere else); otherwise librrsis_spm.so in the
 * application's folder, in <application folder>/../lib/rrsis/, and in the build tree.
 *
 * Immutable after `load`; one instance may be used by several threads at once.
 */
class SentencePieceTokenizer : public Tokenizer {
 public:
  /** Loads a `.model` file; the message says which module paths were tried or quotes sentencepiece.
   */
  static Result<std::unique_ptr<SentencePieceTokenizer>> load(const QString& modelPath);

  /**
   * Trains a unigram model on `expressions` (one per line; line breaks inside one become
   * spaces) and writes `<outputPrefix>.model` and `<outputPrefix>.vocab`. The ids are
   * pad 0, unk 1, bos 2, eos 3, so padding is 0 as for BERT.
   */
  static Status trainVocabulary(const QStringList& expressions, int vocabSize, const QString& outputPrefix);

  ~SentencePieceTokenizer() override;
  SentencePieceTokenizer(const SentencePieceTokenizer&) = delete;
  SentencePieceTokenizer& operator=(const SentencePieceTokenizer&) = delete;

  QString kind() const override;
  int vocabSize() const override;
  /** The model's pieces ("▁" marks a word start). */
  QStringList pieces(const QString& text) const override;
  /**
   * bos, ids, eos (those the model has), the first `maxTokens` kept, padded with the pad id
   * (0 when the model has none); unknownCount counts kept unk ids.
   */
  TokenizedText encode(const QString& text, int maxTokens) const override;

  /** The piece of one id; empty when out of range. */
  QString idToPiece(int id) const;
  int padId() const { return padId_; }
  int unkId() const { return unkId_; }
  int bosId() const { return bosId_; }
  int eosId() const { return eosId_; }

 private:
  SentencePieceTokenizer(const SpmModule* module, RrsisSpmModel* model);
  std::vector<int> encodeIds(const QString& text) const;

  const SpmModule* module_;
  RrsisSpmModel* model_;
  int vocabSize_ = 0;
  int padId_ = -1;
  int unkId_ = -1;
  int bosId_ = -1;
  int eosId_ = -1;
};

}  // namespace rrsis

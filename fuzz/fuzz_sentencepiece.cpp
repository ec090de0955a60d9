// SentencePiece encoding (RMSIN-style and trained bundles) of arbitrary bytes as UTF-8 text,
// through the dlopen'ed libsentencepiece module: the ids fit the vocabulary, the output has the
// asked length, the pieces decode to ids the model has, and nothing crashes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

#include "encodingcheck.h"
#include "scratchfolder.h"
#include "text/sentencepiecetokenizer.h"

namespace {
std::unique_ptr<rrsis::SentencePieceTokenizer> tokenizer;
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const QStringList expressions = {
      QStringLiteral("the red car on the left"),
      QStringLiteral("white building near the river"),
      QStringLiteral("the large ship in the harbour"),
      QStringLiteral("small boat at the bottom right"),
      QStringLiteral("the green field next to the road"),
      QStringLiteral("a tennis court with blue surface"),
      QStringLiteral("左边的红色汽车"),
      QStringLiteral("la grande église près du pont"),
  };
  const QString prefix = rrsis::fuzz::scratchFolder().filePath(QStringLiteral("spm"));
  if (!rrsis::SentencePieceTokenizer::trainVocabulary(expressions, 60, prefix).ok()) std::abort();
  auto loaded = rrsis::SentencePieceTokenizer::load(prefix + QStringLiteral(".model"));
  if (!loaded) std::abort();
  tokenizer = std::move(*loaded);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const QString text = rrsis::fuzz::checkEncoding(*tokenizer, data, size);
  for (const QString& piece : tokenizer->pieces(text))
    if (piece.isEmpty()) std::abort();
  return 0;
}

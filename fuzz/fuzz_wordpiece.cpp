// WordPiece encoding (BERT's tokenizer) of arbitrary bytes as UTF-8 text: the ids always fit the
// vocabulary, the output has the asked length, and nothing crashes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

#include <QFile>
#include <QTemporaryDir>

#include "text/wordpiecetokenizer.h"

namespace {
std::unique_ptr<rrsis::WordPieceTokenizer> tokenizer;
int vocabSize = 0;
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  static QTemporaryDir dir;
  QFile vocab(dir.filePath("vocab.txt"));
  if (!vocab.open(QIODevice::WriteOnly)) std::abort();
  vocab.write(
      "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\nthe\ncar\nred\nroad\n##s\n##ing\nbuild\non\nleft\n"
      "\xe8\xbd\xa6\n\xc3\xa9\n##\xc3\xa9\n,\n.\n-\nla\n##r\n##ge\n1\n##2\n");
  vocab.close();
  auto loaded = rrsis::WordPieceTokenizer::load(vocab.fileName(), true);
  if (!loaded) std::abort();
  tokenizer = std::move(*loaded);
  vocabSize = tokenizer->vocabSize();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
  const int maxTokens = 1 + int(size % 40);
  const rrsis::TokenizedText t = tokenizer->encode(text, maxTokens);
  if (int(t.ids.size()) != maxTokens || t.attentionMask.size() != t.ids.size()) std::abort();
  for (const auto id : t.ids)
    if (id < 0 || id >= vocabSize) std::abort();
  tokenizer->tokenize(text);
  return 0;
}

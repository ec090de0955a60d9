// WordPiece encoding (BERT's tokenizer) of arbitrary bytes as UTF-8 text: the ids always fit the
// vocabulary, the output has the asked length, and nothing crashes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

#include <QFile>
#include <QTemporaryDir>

#include "encodingcheck.h"
#include "text/wordpiecetokenizer.h"

namespace {
std::unique_ptr<rrsis::WordPieceTokenizer> tokenizer;
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
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const QString text = rrsis::fuzz::checkEncoding(*tokenizer, data, size);
  tokenizer->tokenize(text);
  return 0;
}

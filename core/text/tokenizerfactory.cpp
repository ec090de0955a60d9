#include "text/tokenizerfactory.h"

#include <QCoreApplication>

#include "text/sentencepiecetokenizer.h"
#include "text/wordpiecetokenizer.h"

namespace rrsis {

namespace {

struct SegmenterText {
  Q_DECLARE_TR_FUNCTIONS(Segmenter)
};

}  // namespace

Result<std::unique_ptr<Tokenizer>> loadTokenizer(const QString& kind, const QString& path, bool lowercase) {
  using R = Result<std::unique_ptr<Tokenizer>>;
  if (kind == QLatin1String("wordpiece")) {
    auto t = WordPieceTokenizer::load(path, lowercase);
    if (!t) return R::failure(t.error());
    return R(std::unique_ptr<Tokenizer>(std::move(t.value())));
  }
  if (kind == QLatin1String("sentencepiece")) {
    auto t = SentencePieceTokenizer::load(path);
    if (!t) return R::failure(t.error());
    return R(std::unique_ptr<Tokenizer>(std::move(t.value())));
  }
  return R::failure(SegmenterText::tr("Unknown tokenizer \"%1\".").arg(kind));
}

}  // namespace rrsis

// rrsis tokenize: the token ids and attention mask a tokenizer gives for a text.
#include <QCommandLineParser>
#include <QCoreApplication>

#include "cli_common.h"
#include "cli_functions.h"
#include "text/tokenizerfactory.h"

namespace rrsis::cli {

int runTokenize(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(
      CliText::tr("Print the token ids (first line) and the attention mask (second line) that a "
                  "tokenizer gives for a text, padded to --max-tokens, as the LAVT family's loaders do."));
  p.addHelpOption();
  p.addOption({QStringLiteral("vocab"), CliText::tr("A BERT WordPiece vocab.txt."), QStringLiteral("file")});
  p.addOption({QStringLiteral("spm"), CliText::tr("A SentencePiece .model."), QStringLiteral("file")});
  p.addOption({QStringLiteral("max-tokens"), CliText::tr("Sequence length (default 20)."), QStringLiteral("n"),
               QStringLiteral("20")});
  p.addOption({QStringLiteral("cased"), CliText::tr("WordPiece: do not lower-case.")});
  p.addOption({QStringLiteral("pieces"), CliText::tr("Also print the pieces (third line).")});
  p.addPositionalArgument(QStringLiteral("text"), CliText::tr("The text to encode."));
  if (const int code = parseArguments(p, args); code >= 0) return code;
  int maxTokens = 0;
  if (p.isSet(QStringLiteral("vocab")) == p.isSet(QStringLiteral("spm")) || p.positionalArguments().size() != 1 ||
      !parseInt(p.value(QStringLiteral("max-tokens")), 1, 4096, &maxTokens)) {
    printErr(CliText::tr("rrsis tokenize: give either --vocab or --spm, one text, and --max-tokens 1..4096."));
    return 2;
  }
  const bool wordpiece = p.isSet(QStringLiteral("vocab"));
  auto tokenizer = loadTokenizer(wordpiece ? QStringLiteral("wordpiece") : QStringLiteral("sentencepiece"),
                                 p.value(wordpiece ? QStringLiteral("vocab") : QStringLiteral("spm")),
                                 !p.isSet(QStringLiteral("cased")));
  if (!tokenizer) {
    printErr(CliText::tr("rrsis tokenize: %1").arg(tokenizer.error()));
    return 1;
  }
  const QString text = p.positionalArguments().front();
  const TokenizedText encoded = (*tokenizer)->encode(text, maxTokens);
  QStringList ids, mask;
  for (int64_t id : encoded.ids) ids << QString::number(id);
  for (int64_t m : encoded.attentionMask) mask << QString::number(m);
  printOut(ids.join(QLatin1Char(' ')));
  printOut(mask.join(QLatin1Char(' ')));
  if (p.isSet(QStringLiteral("pieces"))) printOut((*tokenizer)->pieces(text).join(QLatin1Char(' ')));
  return 0;
}

}  // namespace rrsis::cli

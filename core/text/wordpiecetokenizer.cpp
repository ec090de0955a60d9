#include "text/wordpiecetokenizer.h"

#include <algorithm>
#include <array>
#include <iterator>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include "text/tokenpadding.h"

namespace rrsis {

namespace {

struct TokenizerText {
  Q_DECLARE_TR_FUNCTIONS(Tokenizer)
};

// Python's str.isspace(): what str.split() and str.strip() treat as whitespace. Wider than
// QChar::isSpace() (it includes U+001C..U+001F).
bool isPythonSpace(char32_t c) {
  static constexpr char32_t kSpaces[] = {0x09, 0x0A, 0x0B, 0x0C,   0x0D,   0x1C,   0x1D,   0x1E,   0x1F,
                                         0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000};
  return (c >= 0x2000 && c <= 0x200A) || std::find(std::begin(kSpaces), std::end(kSpaces), c) != std::end(kSpaces);
}

// The "CJK Unified Ideographs" blocks BERT surrounds with spaces (not Hangul, Kana, ...).
bool isChineseChar(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF) ||
         (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

// All non-alphanumeric printable ASCII, plus every Unicode punctuation category (P*).
bool isPunctuation(char32_t c) {
  if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) return true;
  const QChar::Category cat = QChar::category(c);
  return cat >= QChar::Punctuation_Connector && cat <= QChar::Punctuation_Other;
}

std::u32string toU32(const QString& s) {
  const QList<uint> ucs4 = s.toUcs4();
  return std::u32string(ucs4.begin(), ucs4.end());
}

QString fromU32(const char32_t* chars, size_t count) { return QString::fromUcs4(chars, static_cast<qsizetype>(count)); }

// Lower case, canonical decomposition, then every non-spacing mark (Mn) dropped.
std::u32string lowerAndStripAccents(const std::u32string& word) {
  const QString decomposed = fromU32(word.data(), word.size()).toLower().normalized(QString::NormalizationForm_D);
  std::u32string out;
  for (char32_t c : toU32(decomposed))
    if (QChar::category(c) != QChar::Mark_NonSpacing) out.push_back(c);
  return out;
}

constexpr int kMaxCharsPerWord = 100;
const QString kUnk = QStringLiteral("[UNK]");

// The special tokens the BERT tokenizer never splits or lower-cases when they occur in text.
const std::array<QString, 5>& specialTokens() {
  static const std::array<QString, 5> tokens = {QStringLiteral("[UNK]"), QStringLiteral("[SEP]"),
                                                QStringLiteral("[PAD]"), QStringLiteral("[CLS]"),
                                                QStringLiteral("[MASK]")};
  return tokens;
}

QString nativePath(const QString& path) { return QDir::toNativeSeparators(path); }

// Python's readlines() in text mode: lines end at "\n", "\r\n" or "\r".
QStringList splitLines(const QString& text) {
  QStringList lines;
  qsizetype start = 0;
  for (qsizetype i = 0; i < text.size(); ++i) {
    const QChar c = text.at(i);
    if (c != u'\n' && c != u'\r') continue;
    lines.append(text.mid(start, i - start));
    if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') ++i;
    start = i + 1;
  }
  if (start < text.size()) lines.append(text.mid(start));
  return lines;
}

}  // namespace

Result<std::unique_ptr<WordPieceTokenizer>> WordPieceTokenizer::load(const QString& vocabPath, bool lowercase) {
  using R = Result<std::unique_ptr<WordPieceTokenizer>>;
  const QFileInfo info(vocabPath);
  if (!info.exists())
    return R::failure(TokenizerText::tr("The vocabulary file %1 does not exist.").arg(nativePath(vocabPath)));
  if (info.isDir())
    return R::failure(TokenizerText::tr("The vocabulary path %1 is a folder, not a file.").arg(nativePath(vocabPath)));
  QFile file(vocabPath);
  if (!file.open(QIODevice::ReadOnly))
    return R::failure(
        TokenizerText::tr("Cannot read the vocabulary file %1: %2").arg(nativePath(vocabPath), file.errorString()));
  const QByteArray bytes = file.readAll();
  if (file.error() != QFileDevice::NoError)
    return R::failure(
        TokenizerText::tr("Cannot read the vocabulary file %1: %2").arg(nativePath(vocabPath), file.errorString()));
  if (bytes.isEmpty())
    return R::failure(TokenizerText::tr("The vocabulary file %1 is empty.").arg(nativePath(vocabPath)));

  // Like Python's open(..., encoding="utf-8"): strict, and a byte-order mark is kept as text.
  QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
  const QString text = decoder(bytes);
  if (decoder.hasError())
    return R::failure(TokenizerText::tr("The vocabulary file %1 is not valid UTF-8 text.").arg(nativePath(vocabPath)));

  QHash<QString, int> vocab;
  const QStringList lines = splitLines(text);
  for (int index = 0; index < lines.size(); ++index)
    vocab.insert(lines.at(index), index);  // a repeated token takes its last line, as in Python

  QStringList missing;
  for (const char* required : {"[CLS]", "[SEP]", "[UNK]", "[PAD]"})
    if (!vocab.contains(QLatin1String(required))) missing.append(QLatin1String(required));
  if (!missing.isEmpty())
    return R::failure(TokenizerText::tr("The vocabulary file %1 is not a BERT WordPiece vocabulary: it lacks %2.")
                          .arg(nativePath(vocabPath), missing.join(QStringLiteral(", "))));

  return R(std::unique_ptr<WordPieceTokenizer>(new WordPieceTokenizer(std::move(vocab), lowercase)));
}

WordPieceTokenizer::WordPieceTokenizer(QHash<QString, int> vocab, bool lowercase)
    : vocab_(std::move(vocab)), lowercase_(lowercase) {
  unkId_ = vocab_.value(kUnk);
  clsId_ = vocab_.value(QStringLiteral("[CLS]"));
  sepId_ = vocab_.value(QStringLiteral("[SEP]"));
  // A vocabulary without [MASK] gets it appended as an added token, as transformers does.
  maskId_ = vocab_.value(QStringLiteral("[MASK]"), static_cast<int>(vocab_.size()));
}

QString WordPieceTokenizer::kind() const { return QStringLiteral("wordpiece"); }

int WordPieceTokenizer::vocabSize() const { return static_cast<int>(vocab_.size()); }

QStringList WordPieceTokenizer::pieces(const QString& text) const { return tokenize(text); }

int WordPieceTokenizer::tokenId(const QString& token) const {
  const auto it = vocab_.constFind(token);
  if (it != vocab_.constEnd()) return it.value();
  if (token == QLatin1String("[MASK]")) return maskId_;
  return unkId_;
}

QStringList WordPieceTokenizer::tokenize(const QString& text) const {
  // Special tokens are cut out first and kept whole; the text between them is tokenized.
  QStringList out;
  qsizetype pos = 0;
  while (pos < text.size()) {
    qsizetype next = -1;
    const QString* found = nullptr;
    for (const QString& special : specialTokens()) {
      const qsizetype at = text.indexOf(special, pos);
      if (at >= 0 && (next < 0 || at < next)) {
        next = at;
        found = &special;
      }
    }
    if (!found) {
      tokenizeSegment(text.mid(pos), out);
      break;
    }
    tokenizeSegment(text.mid(pos, next - pos), out);
    out.append(*found);
    pos = next + found->size();
  }
  return out;
}

void WordPieceTokenizer::tokenizeSegment(const QString& segment, QStringList& out) const {
  // transformers lower-cases the text character by character before BERT's basic tokenizer
  // runs, so a final capital sigma becomes "σ", never "ς" (QString::toLower does the same).
  const std::u32string chars = toU32(lowercase_ ? segment.toLower() : segment);

  // Whitespace split, with each CJK ideograph a word of its own.
  std::vector<std::u32string> words;
  std::u32string current;
  auto flush = [&](std::u32string& word) {
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (char32_t c : chars) {
    if (isChineseChar(c)) {
      flush(current);
      words.push_back(std::u32string(1, c));
    } else if (isPythonSpace(c)) {
      flush(current);
    } else {
      current.push_back(c);
    }
  }
  flush(current);

  for (const std::u32string& rawWord : words) {
    const std::u32string word = lowercase_ ? lowerAndStripAccents(rawWord) : rawWord;
    // Each punctuation character becomes a token of its own.
    std::u32string run;
    for (char32_t c : word) {
      if (isPunctuation(c)) {
        if (!run.empty()) appendWordPieces(run, out);
        run.clear();
        appendWordPieces(std::u32string(1, c), out);
      } else if (isPythonSpace(c)) {
        if (!run.empty()) appendWordPieces(run, out);
        run.clear();
      } else {
        run.push_back(c);
      }
    }
    if (!run.empty()) appendWordPieces(run, out);
  }
}

void WordPieceTokenizer::appendWordPieces(const std::u32string& word, QStringList& out) const {
  // Lengths count code points (an emoji is one character, as in Python).
  if (word.size() > static_cast<size_t>(kMaxCharsPerWord)) {
    out.append(kUnk);
    return;
  }
  QStringList pieces;
  size_t start = 0;
  while (start < word.size()) {
    size_t end = word.size();
    QString match;
    while (start < end) {
      QString piece = fromU32(word.data() + start, end - start);
      if (start > 0) piece.prepend(QStringLiteral("##"));
      if (vocab_.contains(piece)) {
        match = std::move(piece);
        break;
      }
      --end;
    }
    if (match.isNull()) {  // one piece that matches nothing makes the whole word unknown
      out.append(kUnk);
      return;
    }
    pieces.append(match);
    start = end;
  }
  out.append(pieces);
}

TokenizedText WordPieceTokenizer::encode(const QString& text, int maxTokens) const {
  const QStringList tokens = tokenize(text);
  std::vector<int64_t> ids;
  ids.reserve(static_cast<size_t>(tokens.size()) + 2);
  ids.push_back(clsId_);
  for (const QString& token : tokens) ids.push_back(tokenId(token));
  ids.push_back(sepId_);
  return truncateAndPad(ids, maxTokens, 0, unkId_);  // LAVT pads with 0, whatever [PAD] is
}

}  // namespace rrsis

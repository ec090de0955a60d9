// Tokenizers: the BERT WordPiece tokenizer must give the ids LAVT's Python tokenizer gives
// (the expected values below were produced by LAVT's own bert/tokenization_bert.py on this
// vocabulary), and SentencePiece must work through its separately loaded module.
#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "text/sentencepiecetokenizer.h"
#include "text/wordpiecetokenizer.h"

using namespace rrsis;
using namespace Qt::StringLiterals;

namespace {

// The test vocabulary; a token's id is its line number.
// clang-format off
const QStringList kVocab = {
    u"[PAD]"_s, u"[UNK]"_s, u"[CLS]"_s, u"[SEP]"_s, u"[MASK]"_s,      // 0-4
    u"the"_s, u"red"_s, u"car"_s, u"on"_s, u"left"_s,                 // 5-9
    u","_s, u"."_s, u"!"_s, u"-"_s, u"'"_s,                           // 10-14
    u"s"_s, u"un"_s, u"##aff"_s, u"##able"_s, u"cafe"_s,              // 15-19
    u"big"_s, u"##ger"_s, u"##gest"_s, u"("_s, u")"_s,                // 20-24
    u"?"_s, u"$"_s, u"^"_s, u"`"_s, u"¿"_s,                           // 25-29
    u"—"_s, u"«"_s, u"»"_s, u"白"_s, u"色"_s,                         // 30-34
    u"的"_s, u"车"_s, u"😀"_s, u"##😀"_s, u"x"_s,                     // 35-39
    u"##x"_s, u"Red"_s, u"Café"_s, u"i"_s, u"\u8C48"_s,               // 40-44
    u"naive"_s, u"house"_s, u"##s"_s, u"ｒｅｄ"_s, u"οδοσ"_s,         // 45-49
    u"οδος"_s, u"bi"_s, u"##gger"_s, u"ab"_s, u"a"_s,                 // 50-54
    u"##bc"_s, u"["_s, u"]"_s, u"mask"_s,                             // 55-58
};
// clang-format on
constexpr int kPad = 0, kUnk = 1, kCls = 2, kSep = 3, kRed = 6;
constexpr int kMaxTokens = 20;  // LAVT's max_tokens

// Referring expressions to train a small SentencePiece vocabulary on.
const QStringList kExpressions = {
    u"the red car on the left"_s,
    u"white building near the river"_s,
    u"the large ship in the harbour"_s,
    u"small boat at the bottom right"_s,
    u"the green field next to the road"_s,
    u"a tennis court with blue surface"_s,
    u"the round storage tank on the top"_s,
    u"two airplanes parked near the terminal"_s,
    u"the bridge crossing the river"_s,
    u"a swimming pool behind the house"_s,
    u"the baseball field in the middle"_s,
    u"the long runway of the airport"_s,
    u"the vehicle parked at the corner"_s,
    u"a white car on the road"_s,
    u"the harbour with many boats"_s,
    u"the soccer field on the right"_s,
    u"the dark roof of the building"_s,
    u"a gray airplane on the left"_s,
    u"the large storage tank at the bottom"_s,
    u"the small house near the trees"_s,
    u"a basketball court next to the school"_s,
    u"the ship docked in the port"_s,
    u"the train station near the tracks"_s,
    u"a windmill on the hill"_s,
    u"the parking lot full of cars"_s,
    u"the golf course with green grass"_s,
    u"a red roof near the lake"_s,
    u"the stadium in the city center"_s,
    u"the ground track field on the top left"_s,
    u"a chimney of the factory"_s,
    u"the dam across the river"_s,
    u"the overpass above the highway"_s,
    u"a tall tower near the station"_s,
    u"the expressway toll station"_s,
    u"the service area beside the expressway"_s,
    u"a blue truck on the bridge"_s,
    u"the left airplane near the hangar"_s,
    u"the rightmost ship in the harbour"_s,
    u"a small white boat near the shore"_s,
    u"the biggest storage tank"_s,
    u"the tennis court on the bottom left"_s,
    u"the red building at the top"_s,
    u"a green roof beside the road"_s,
    u"the airport terminal building"_s,
    u"the car in the middle of the road"_s,
    u"two tanks next to each other"_s,
    u"the vehicle on the top right"_s,
    u"a ship leaving the port"_s,
    u"the trees along the river bank"_s,
    u"the square in front of the hall"_s,
    u"a bus at the station"_s,
    u"the parking area behind the mall"_s,
    u"the white ship on the right side"_s,
    u"the field between two roads"_s,
    u"a crossroad in the town"_s,
    u"the long bridge over the water"_s,
    u"the pier with small boats"_s,
    u"an airplane taking off"_s,
    u"the black car near the gate"_s,
    u"the highest building in the city"_s,
};
constexpr int kSpmVocabSize = 120;
constexpr auto kChildMarker = "RRSIS_TST_TEXT_CHILD";

QList<int> toList(const std::vector<int64_t>& values) {
  QList<int> out;
  for (int64_t v : values) out.append(static_cast<int>(v));
  return out;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
  QFile file(path);
  return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

}  // namespace

class TestText : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase();

  void wordpiece_lowercasesAndStripsAccents_data();
  void wordpiece_lowercasesAndStripsAccents() { verifyTokenization(); }
  void wordpiece_casedKeepsCaseAndAccents_data();
  void wordpiece_casedKeepsCaseAndAccents() { verifyTokenization(); }
  void wordpiece_doesNotNormaliseWidthOrCompatibility_data();
  void wordpiece_doesNotNormaliseWidthOrCompatibility() { verifyTokenization(); }
  void wordpiece_splitsPunctuation_data();
  void wordpiece_splitsPunctuation() { verifyTokenization(); }
  void wordpiece_spacesAroundCjkIdeographs_data();
  void wordpiece_spacesAroundCjkIdeographs() { verifyTokenization(); }
  void wordpiece_greedyLongestMatchFirst_data();
  void wordpiece_greedyLongestMatchFirst() { verifyTokenization(); }
  void wordpiece_unknownWordIsOneUnk_data();
  void wordpiece_unknownWordIsOneUnk() { verifyTokenization(); }
  void wordpiece_emojiAreWholeCodePoints_data();
  void wordpiece_emojiAreWholeCodePoints() { verifyTokenization(); }
  void wordpiece_splitsOnPythonWhitespace_data();
  void wordpiece_splitsOnPythonWhitespace() { verifyTokenization(); }
  void wordpiece_keepsControlCharacters_data();
  void wordpiece_keepsControlCharacters() { verifyTokenization(); }
  void wordpiece_keepsSpecialTokensWhole_data();
  void wordpiece_keepsSpecialTokensWhole() { verifyTokenization(); }
  void wordpiece_wordOver100CodePoints_isUnk_data();
  void wordpiece_wordOver100CodePoints_isUnk();
  void wordpiece_encode_wrapsInClsSepAndPadsWithZero();
  void wordpiece_encode_whitespaceOnly_isClsSep_data();
  void wordpiece_encode_whitespaceOnly_isClsSep();
  void wordpiece_encode_keepsFirstMaxTokens_data();
  void wordpiece_encode_keepsFirstMaxTokens();
  void wordpiece_encode_countsKeptUnknowns();
  void wordpiece_encode_2000CharacterExpression();
  void wordpiece_tokenIdAndVocabSize();
  void wordpiece_load_crlfAndRepeatedLines_likePython();
  void wordpiece_load_missingFile_namesIt();
  void wordpiece_load_folder_saysItIsAFolder();
  void wordpiece_load_emptyFile_saysItIsEmpty();
  void wordpiece_load_notUtf8_saysSo();
  void wordpiece_load_withoutSpecialTokens_namesThem();
  void wordpiece_load_unreadableFile_namesIt();

  void sentencepiece_missingModule_saysWhereItLooked();
  void sentencepiece_train_writesModelAndVocab();
  void sentencepiece_encode_addsBosEosAndPads();
  void sentencepiece_encode_keepsFirstMaxTokens();
  void sentencepiece_encode_whitespaceOnly_isBosEos();
  void sentencepiece_encode_unknownCharacters_areCounted();
  void sentencepiece_pieces_spellTheExpression();
  void sentencepiece_load_missingModel_quotesSentencepiece();
  void sentencepiece_load_corruptModel_quotesSentencepiece_data();
  void sentencepiece_load_corruptModel_quotesSentencepiece();
  void sentencepiece_train_impossibleVocabSize_quotesSentencepiece();
  void sentencepiece_train_missingFolder_saysSo();
  void tokenizers_sharedAcrossThreads_giveSameIds();

 private:
  static void addTokenizationColumns();
  void verifyTokenization();
  const WordPieceTokenizer& wordpiece(bool lowercase) const { return lowercase ? *uncased_ : *cased_; }
  QString spmPrefix() const { return dir_.filePath(u"spm/expressions"_s); }
  Status ensureSpmModel();

  QTemporaryDir dir_;
  QString vocabPath_;
  std::unique_ptr<WordPieceTokenizer> uncased_;
  std::unique_ptr<WordPieceTokenizer> cased_;
  bool spmTrained_ = false;
};

void TestText::initTestCase() {
  QVERIFY(dir_.isValid());
  vocabPath_ = dir_.filePath(u"vocab.txt"_s);
  QVERIFY(writeFile(vocabPath_, (kVocab.join(u'\n') + u'\n').toUtf8()));
  auto uncased = WordPieceTokenizer::load(vocabPath_, true);
  QVERIFY2(uncased.ok(), qPrintable(uncased.error()));
  uncased_ = std::move(uncased).value();
  auto cased = WordPieceTokenizer::load(vocabPath_, false);
  QVERIFY2(cased.ok(), qPrintable(cased.error()));
  cased_ = std::move(cased).value();
  QVERIFY(QDir(dir_.path()).mkpath(u"spm"_s));
}

// Columns: lower-casing tokenizer?, text, expected pieces joined by spaces, expected ids
// between [CLS] and [SEP].
void TestText::addTokenizationColumns() {
  QTest::addColumn<bool>("lowercase");
  QTest::addColumn<QString>("text");
  QTest::addColumn<QString>("pieces");
  QTest::addColumn<QList<int>>("ids");
}

void TestText::verifyTokenization() {
  QFETCH(bool, lowercase);
  QFETCH(QString, text);
  QFETCH(QString, pieces);
  QFETCH(QList<int>, ids);
  const WordPieceTokenizer& tokenizer = wordpiece(lowercase);
  QCOMPARE(tokenizer.tokenize(text).join(u' '), pieces);

  QList<int> expected = QList<int>{kCls} + ids + QList<int>{kSep};
  const TokenizedText encoded = tokenizer.encode(text, kMaxTokens);
  QList<int> mask(expected.size(), 1);
  expected.resize(kMaxTokens, kPad);
  mask.resize(kMaxTokens, 0);
  QCOMPARE(toList(encoded.ids), expected);
  QCOMPARE(toList(encoded.attentionMask), mask);
  QCOMPARE(encoded.unknownCount, static_cast<int>(ids.count(kUnk)));
  QCOMPARE(encoded.droppedCount, 0);
}

void TestText::wordpiece_lowercasesAndStripsAccents_data() {
  addTokenizationColumns();
  QTest::newRow("mixed case") << true << u"The RED Car"_s << u"the red car"_s << QList<int>{5, 6, 7};
  QTest::newRow("acute accent") << true << u"Café"_s << u"cafe"_s << QList<int>{19};
  QTest::newRow("diaeresis") << true << u"naïve"_s << u"naive"_s << QList<int>{45};
  QTest::newRow("combining mark") << true << u"re\u0308d"_s << u"red"_s << QList<int>{6};
  QTest::newRow("dotted capital I") << true << u"İ"_s << u"i"_s << QList<int>{43};
  QTest::newRow("final sigma stays sigma") << true << u"ΟΔΟΣ"_s << u"οδοσ"_s << QList<int>{49};
  QTest::newRow("angstrom sign") << true << u"\u212B"_s << u"a"_s << QList<int>{54};
  QTest::newRow("lone combining mark vanishes") << true << u"red \u0301 car"_s << u"red car"_s << QList<int>{6, 7};
}

void TestText::wordpiece_casedKeepsCaseAndAccents_data() {
  addTokenizationColumns();
  QTest::newRow("capital kept") << false << u"Red car"_s << u"Red car"_s << QList<int>{41, 7};
  QTest::newRow("mixed case unknown") << false << u"The RED Car"_s << u"[UNK] [UNK] [UNK]"_s << QList<int>{1, 1, 1};
  QTest::newRow("accent kept") << false << u"Café"_s << u"Café"_s << QList<int>{42};
  QTest::newRow("accent not stripped") << false << u"naïve"_s << u"[UNK]"_s << QList<int>{1};
  QTest::newRow("lone combining mark is a word")
      << false << u"red \u0301 car"_s << u"red [UNK] car"_s << QList<int>{6, 1, 7};
  QTest::newRow("lower-case special spelling") << false << u"[Mask]"_s << u"[ [UNK] ]"_s << QList<int>{56, 1, 57};
}

void TestText::wordpiece_doesNotNormaliseWidthOrCompatibility_data() {
  addTokenizationColumns();
  QTest::newRow("full-width upper case") << true << u"ＲＥＤ"_s << u"ｒｅｄ"_s << QList<int>{48};
  QTest::newRow("full-width lower case") << true << u"ｒｅｄ"_s << u"ｒｅｄ"_s << QList<int>{48};
  QTest::newRow("full-width cased") << false << u"ＲＥＤ"_s << u"[UNK]"_s << QList<int>{1};
  QTest::newRow("ligature") << true << u"ﬁ"_s << u"[UNK]"_s << QList<int>{1};
  QTest::newRow("circled digit") << true << u"①"_s << u"[UNK]"_s << QList<int>{1};
  QTest::newRow("roman numeral") << true << u"Ⅻ"_s << u"[UNK]"_s << QList<int>{1};
}

void TestText::wordpiece_splitsPunctuation_data() {
  addTokenizationColumns();
  QTest::newRow("comma and period") << true << u"left,red."_s << u"left , red ."_s << QList<int>{9, 10, 6, 11};
  QTest::newRow("apostrophe") << true << u"the car's"_s << u"the car ' s"_s << QList<int>{5, 7, 14, 15};
  QTest::newRow("ascii symbols") << true << u"$^`"_s << u"$ ^ `"_s << QList<int>{26, 27, 28};
  QTest::newRow("inverted question mark") << true << u"¿red?"_s << u"¿ red ?"_s << QList<int>{29, 6, 25};
  QTest::newRow("guillemets") << true << u"«red»"_s << u"« red »"_s << QList<int>{31, 6, 32};
  QTest::newRow("em dash") << true << u"red—car"_s << u"red — car"_s << QList<int>{6, 30, 7};
  QTest::newRow("parentheses") << true << u"(red)"_s << u"( red )"_s << QList<int>{23, 6, 24};
  QTest::newRow("copyright sign is no punctuation") << true << u"red©car"_s << u"[UNK]"_s << QList<int>{1};
  QTest::newRow("euro sign is no punctuation") << true << u"red€car"_s << u"[UNK]"_s << QList<int>{1};
}

void TestText::wordpiece_spacesAroundCjkIdeographs_data() {
  addTokenizationColumns();
  QTest::newRow("four ideographs") << true << u"白色的车"_s << u"白 色 的 车"_s << QList<int>{33, 34, 35, 36};
  QTest::newRow("ideograph inside a word") << true << u"red白car"_s << u"red 白 car"_s << QList<int>{6, 33, 7};
  QTest::newRow("extension B ideograph") << true << u"red\U00020000car"_s << u"red [UNK] car"_s << QList<int>{6, 1, 7};
  QTest::newRow("hiragana is not split") << true << u"redあ"_s << u"[UNK]"_s << QList<int>{1};
  QTest::newRow("compatibility ideograph decomposes when lower-casing")
      << true << u"\uF900"_s << u"\u8C48"_s << QList<int>{44};
  QTest::newRow("compatibility ideograph kept when cased") << false << u"\uF900"_s << u"[UNK]"_s << QList<int>{1};
}

void TestText::wordpiece_greedyLongestMatchFirst_data() {
  addTokenizationColumns();
  QTest::newRow("three pieces") << true << u"unaffable"_s << u"un ##aff ##able"_s << QList<int>{16, 17, 18};
  QTest::newRow("longest prefix") << true << u"bigger"_s << u"big ##ger"_s << QList<int>{20, 21};
  QTest::newRow("longest suffix") << true << u"biggest"_s << u"big ##gest"_s << QList<int>{20, 22};
  QTest::newRow("two pieces") << true << u"abbc"_s << u"ab ##bc"_s << QList<int>{53, 55};
  QTest::newRow("greedy dead end is unknown") << true << u"abc"_s << u"[UNK]"_s << QList<int>{1};
}

void TestText::wordpiece_unknownWordIsOneUnk_data() {
  addTokenizationColumns();
  QTest::newRow("unknown word") << true << u"zebra"_s << u"[UNK]"_s << QList<int>{1};
  QTest::newRow("known prefix unknown rest") << true << u"redz"_s << u"[UNK]"_s << QList<int>{1};
  QTest::newRow("among known words") << true << u"the zebra car"_s << u"the [UNK] car"_s << QList<int>{5, 1, 7};
}

void TestText::wordpiece_emojiAreWholeCodePoints_data() {
  addTokenizationColumns();
  QTest::newRow("standalone") << true << u"the 😀 car"_s << u"the 😀 car"_s << QList<int>{5, 37, 7};
  QTest::newRow("attached") << true << u"red😀"_s << u"red ##😀"_s << QList<int>{6, 38};
  QTest::newRow("several") << true << u"😀😀😀"_s << u"😀 ##😀 ##😀"_s << QList<int>{37, 38, 38};
}

void TestText::wordpiece_splitsOnPythonWhitespace_data() {
  addTokenizationColumns();
  QTest::newRow("tab newline return") << true
                                      << u"red\x09"
                                         "car\x0aleft\x0d"_s
                                      << u"red car left"_s << QList<int>{6, 7, 9};
  QTest::newRow("vertical tab") << true
                                << u"red\x0b"
                                   "car"_s
                                << u"red car"_s << QList<int>{6, 7};
  QTest::newRow("file separator") << true
                                  << u"red\x1c"
                                     "car"_s
                                  << u"red car"_s << QList<int>{6, 7};
  QTest::newRow("next line") << true
                             << u"red\x85"
                                "car"_s
                             << u"red car"_s << QList<int>{6, 7};
  QTest::newRow("no-break space") << true << u"red\u00A0car"_s << u"red car"_s << QList<int>{6, 7};
  QTest::newRow("ideographic space") << true << u"red\u3000car"_s << u"red car"_s << QList<int>{6, 7};
}

void TestText::wordpiece_keepsControlCharacters_data() {
  addTokenizationColumns();
  QTest::newRow("start of heading") << true
                                    << u"red\x01"
                                       "car"_s
                                    << u"[UNK]"_s << QList<int>{1};
  QTest::newRow("nul") << true << u"red\x00"_s << u"[UNK]"_s << QList<int>{1};
  QTest::newRow("replacement character") << true << u"red\uFFFD"_s << u"[UNK]"_s << QList<int>{1};
  QTest::newRow("zero width space") << true << u"red\u200Bcar"_s << u"[UNK]"_s << QList<int>{1};
  QTest::newRow("soft hyphen") << true << u"x\u00ADx"_s << u"[UNK]"_s << QList<int>{1};
  QTest::newRow("control between words") << true << u"the \x01 car"_s << u"the [UNK] car"_s << QList<int>{5, 1, 7};
}

void TestText::wordpiece_keepsSpecialTokensWhole_data() {
  addTokenizationColumns();
  QTest::newRow("mask between words") << true << u"the [MASK] car"_s << u"the [MASK] car"_s << QList<int>{5, 4, 7};
  QTest::newRow("separator inside a word") << true << u"red[SEP]car"_s << u"red [SEP] car"_s << QList<int>{6, 3, 7};
  QTest::newRow("lower-case spelling is split") << true << u"[mask]"_s << u"[ mask ]"_s << QList<int>{56, 58, 57};
  QTest::newRow("mixed-case spelling is lower-cased") << true << u"[Mask]"_s << u"[ mask ]"_s << QList<int>{56, 58, 57};
  QTest::newRow("cls and sep") << true << u"[CLS][SEP]"_s << u"[CLS] [SEP]"_s << QList<int>{2, 3};
  QTest::newRow("pad") << true << u"a [PAD] b"_s << u"a [PAD] [UNK]"_s << QList<int>{54, 0, 1};
  QTest::newRow("unk") << true << u"[UNK]"_s << u"[UNK]"_s << QList<int>{1};
}

void TestText::wordpiece_wordOver100CodePoints_isUnk_data() {
  QTest::addColumn<QString>("word");
  QTest::addColumn<QStringList>("pieces");
  const QString emoji = u"😀"_s;
  QTest::newRow("100 letters") << QString(100, u'x') << (QStringList{u"x"_s} + QStringList(99, u"##x"_s));
  QTest::newRow("101 letters") << QString(101, u'x') << QStringList{u"[UNK]"_s};
  // 100 emoji are 200 UTF-16 units but 100 characters: still split.
  QTest::newRow("100 emoji") << emoji.repeated(100) << (QStringList{emoji} + QStringList(99, u"##"_s + emoji));
  QTest::newRow("101 emoji") << emoji.repeated(101) << QStringList{u"[UNK]"_s};
  QTest::newRow("2000 letters") << QString(2000, u'x') << QStringList{u"[UNK]"_s};
}

void TestText::wordpiece_wordOver100CodePoints_isUnk() {
  QFETCH(QString, word);
  QFETCH(QStringList, pieces);
  QCOMPARE(uncased_->tokenize(u"the "_s + word + u" car"_s), QStringList{u"the"_s} + pieces + QStringList{u"car"_s});
}

void TestText::wordpiece_encode_wrapsInClsSepAndPadsWithZero() {
  const TokenizedText encoded = uncased_->encode(u"The red car on the left."_s, kMaxTokens);
  QCOMPARE(toList(encoded.ids), (QList<int>{2, 5, 6, 7, 8, 5, 9, 11, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
  QCOMPARE(toList(encoded.attentionMask), (QList<int>{1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
  QCOMPARE(encoded.unknownCount, 0);
  QCOMPARE(encoded.droppedCount, 0);
}

void TestText::wordpiece_encode_whitespaceOnly_isClsSep_data() {
  QTest::addColumn<QString>("text");
  QTest::newRow("empty") << QString();
  QTest::newRow("spaces") << u"   "_s;
  QTest::newRow("mixed whitespace") << u" \t\n\r\u3000\u00A0 "_s;
}

void TestText::wordpiece_encode_whitespaceOnly_isClsSep() {
  QFETCH(QString, text);
  QVERIFY(uncased_->tokenize(text).isEmpty());
  const TokenizedText encoded = uncased_->encode(text, kMaxTokens);
  QList<int> ids{kCls, kSep}, mask{1, 1};
  ids.resize(kMaxTokens, kPad);
  mask.resize(kMaxTokens, 0);
  QCOMPARE(toList(encoded.ids), ids);
  QCOMPARE(toList(encoded.attentionMask), mask);
}

void TestText::wordpiece_encode_keepsFirstMaxTokens_data() {
  QTest::addColumn<int>("words");
  QTest::addColumn<bool>("keepsSep");
  QTest::addColumn<int>("dropped");
  QTest::newRow("18 words fit with [SEP]") << 18 << true << 0;
  QTest::newRow("19 words lose [SEP]") << 19 << false << 1;
  QTest::newRow("25 words lose the tail") << 25 << false << 7;
}

void TestText::wordpiece_encode_keepsFirstMaxTokens() {
  QFETCH(int, words);
  QFETCH(bool, keepsSep);
  QFETCH(int, dropped);
  QStringList text;
  for (int i = 0; i < words; ++i) text << u"red"_s;
  const TokenizedText encoded = uncased_->encode(text.join(u' '), kMaxTokens);
  QList<int> expected{kCls};
  expected.resize(kMaxTokens - 1, kRed);
  expected.append(keepsSep ? kSep : kRed);
  QCOMPARE(toList(encoded.ids), expected);
  QCOMPARE(toList(encoded.attentionMask), QList<int>(kMaxTokens, 1));
  QCOMPARE(encoded.droppedCount, dropped);
}

void TestText::wordpiece_encode_countsKeptUnknowns() {
  const TokenizedText encoded = uncased_->encode(u"the zebra on the okapi"_s, kMaxTokens);
  QCOMPARE(encoded.unknownCount, 2);
  QCOMPARE(toList(encoded.ids).mid(0, 7), (QList<int>{2, 5, 1, 8, 5, 1, 3}));
}

void TestText::wordpiece_encode_2000CharacterExpression() {
  const QString text = u"the red car on the left "_s.repeated(84).left(2000);  // ends "the red "
  QCOMPARE(text.size(), 2000);
  QCOMPARE(uncased_->tokenize(text).size(), 83 * 6 + 2);
  const TokenizedText encoded = uncased_->encode(text, kMaxTokens);
  QCOMPARE(toList(encoded.ids), (QList<int>{2, 5, 6, 7, 8, 5, 9, 5, 6, 7, 8, 5, 9, 5, 6, 7, 8, 5, 9, 5}));
  QCOMPARE(encoded.droppedCount, 83 * 6 + 2 + 2 - kMaxTokens);

  const QString emoji = u"the 😀 car "_s.repeated(200);  // 2000 characters, 2200 UTF-16 units
  QCOMPARE(uncased_->tokenize(emoji).size(), 600);
  QCOMPARE(uncased_->encode(emoji, kMaxTokens).ids.at(2), 37);
}

void TestText::wordpiece_tokenIdAndVocabSize() {
  QCOMPARE(uncased_->kind(), u"wordpiece"_s);
  QCOMPARE(uncased_->vocabSize(), kVocab.size());
  QCOMPARE(uncased_->tokenId(u"red"_s), kRed);
  QCOMPARE(uncased_->tokenId(u"##able"_s), 18);
  QCOMPARE(uncased_->tokenId(u"okapi"_s), kUnk);
  QCOMPARE(uncased_->pieces(u"Unaffable!"_s), (QStringList{u"un"_s, u"##aff"_s, u"##able"_s, u"!"_s}));
  QVERIFY(uncased_->lowercase());
  QVERIFY(!cased_->lowercase());
}

void TestText::wordpiece_load_crlfAndRepeatedLines_likePython() {
  // Python's readlines() ends lines at \r\n, \r or \n, and a repeated token keeps its last
  // line. A vocabulary without [MASK] gets it as an added token after the others.
  const QString path = dir_.filePath(u"crlf_vocab.txt"_s);
  QVERIFY(writeFile(path, "[PAD]\r\n[UNK]\r\n[CLS]\r[SEP]\nred\r\ncar\r\nred\r\n"));
  auto tokenizer = WordPieceTokenizer::load(path);
  QVERIFY2(tokenizer.ok(), qPrintable(tokenizer.error()));
  QCOMPARE((*tokenizer)->vocabSize(), 6);
  QCOMPARE(toList((*tokenizer)->encode(u"red car [MASK]"_s, 6).ids), (QList<int>{2, 6, 5, 6, 3, 0}));
}

void TestText::wordpiece_load_missingFile_namesIt() {
  auto tokenizer = WordPieceTokenizer::load(dir_.filePath(u"no_such_vocab.txt"_s));
  QVERIFY(!tokenizer.ok());
  QVERIFY2(tokenizer.error().contains(u"no_such_vocab.txt"_s), qPrintable(tokenizer.error()));
  QVERIFY2(tokenizer.error().contains(u"does not exist"_s), qPrintable(tokenizer.error()));
}

void TestText::wordpiece_load_folder_saysItIsAFolder() {
  auto tokenizer = WordPieceTokenizer::load(dir_.path());
  QVERIFY(!tokenizer.ok());
  QVERIFY2(tokenizer.error().contains(u"folder"_s), qPrintable(tokenizer.error()));
}

void TestText::wordpiece_load_emptyFile_saysItIsEmpty() {
  const QString path = dir_.filePath(u"empty_vocab.txt"_s);
  QVERIFY(writeFile(path, QByteArray()));
  auto tokenizer = WordPieceTokenizer::load(path);
  QVERIFY(!tokenizer.ok());
  QVERIFY2(tokenizer.error().contains(u"empty_vocab.txt"_s), qPrintable(tokenizer.error()));
  QVERIFY2(tokenizer.error().contains(u"empty"_s), qPrintable(tokenizer.error()));
}

void TestText::wordpiece_load_notUtf8_saysSo() {
  const QString path = dir_.filePath(u"latin1_vocab.txt"_s);
  QVERIFY(writeFile(path, "[PAD]\n[UNK]\n[CLS]\n[SEP]\ncaf\xe9\n"));
  auto tokenizer = WordPieceTokenizer::load(path);
  QVERIFY(!tokenizer.ok());
  QVERIFY2(tokenizer.error().contains(u"latin1_vocab.txt"_s), qPrintable(tokenizer.error()));
  QVERIFY2(tokenizer.error().contains(u"UTF-8"_s), qPrintable(tokenizer.error()));
}

void TestText::wordpiece_load_withoutSpecialTokens_namesThem() {
  const QString path = dir_.filePath(u"plain_words.txt"_s);
  QVERIFY(writeFile(path, "[PAD]\n[UNK]\nthe\nred\ncar\n"));
  auto tokenizer = WordPieceTokenizer::load(path);
  QVERIFY(!tokenizer.ok());
  QVERIFY2(tokenizer.error().contains(u"plain_words.txt"_s), qPrintable(tokenizer.error()));
  QVERIFY2(tokenizer.error().contains(u"[CLS], [SEP]"_s), qPrintable(tokenizer.error()));
}

void TestText::wordpiece_load_unreadableFile_namesIt() {
  const QString path = dir_.filePath(u"locked_vocab.txt"_s);
  QVERIFY(writeFile(path, (kVocab.join(u'\n') + u'\n').toUtf8()));
  QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
  QFile probe(path);
  if (probe.open(QIODevice::ReadOnly))
    QSKIP("This user can read any file (root?), so an unreadable file cannot be made.");
  auto tokenizer = WordPieceTokenizer::load(path);
  QVERIFY(!tokenizer.ok());
  QVERIFY2(tokenizer.error().contains(u"locked_vocab.txt"_s), qPrintable(tokenizer.error()));
  QVERIFY2(tokenizer.error().contains(u"Cannot read"_s), qPrintable(tokenizer.error()));
}

// The module is opened once per process, so the failure is checked in a child process in
// which RRSIS_SPM_MODULE names a missing file. The module exists in the build tree, so this
// also shows that the variable, when set, is the only place looked at.
void TestText::sentencepiece_missingModule_saysWhereItLooked() {
  if (qEnvironmentVariableIsSet(kChildMarker)) {
    const QString nowhere = qEnvironmentVariable("RRSIS_SPM_MODULE");
    auto tokenizer = SentencePieceTokenizer::load(spmPrefix() + u".model"_s);
    QVERIFY(!tokenizer.ok());
    QVERIFY2(tokenizer.error().contains(QDir::toNativeSeparators(nowhere)), qPrintable(tokenizer.error()));
    QVERIFY2(tokenizer.error().contains(u"RRSIS_SPM_MODULE"_s), qPrintable(tokenizer.error()));
    const Status trained = SentencePieceTokenizer::trainVocabulary(kExpressions, 50, spmPrefix());
    QVERIFY(!trained.ok());
    QVERIFY2(trained.error().contains(QDir::toNativeSeparators(nowhere)), qPrintable(trained.error()));

    // A file that is no shared library: the loader's own message comes back.
    qputenv("RRSIS_SPM_MODULE", QFile::encodeName(vocabPath_));
    auto notAModule = SentencePieceTokenizer::load(spmPrefix() + u".model"_s);
    QVERIFY(!notAModule.ok());
    QVERIFY2(notAModule.error().contains(u"vocab.txt"_s), qPrintable(notAModule.error()));
    return;
  }
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(u"RRSIS_SPM_MODULE"_s, dir_.filePath(u"nowhere/librrsis_spm.so"_s));
  env.insert(QString::fromLatin1(kChildMarker), u"1"_s);
  QProcess child;
  child.setProcessEnvironment(env);
  child.setProcessChannelMode(QProcess::MergedChannels);
  child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(QTest::currentTestFunction())});
  QVERIFY(child.waitForFinished(120000));
  const QString output = QString::fromLocal8Bit(child.readAll());
  QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
  QVERIFY2(output.contains(u"PASS   : TestText::sentencepiece_missingModule"_s), qPrintable(output));
}

Status TestText::ensureSpmModel() {
  if (spmTrained_) return Status();
  const Status trained = SentencePieceTokenizer::trainVocabulary(kExpressions, kSpmVocabSize, spmPrefix());
  spmTrained_ = trained.ok();
  return trained;
}

void TestText::sentencepiece_train_writesModelAndVocab() {
  const Status trained = ensureSpmModel();
  QVERIFY2(trained.ok(), qPrintable(trained.error()));
  QVERIFY(QFileInfo(spmPrefix() + u".model"_s).size() > 0);
  QFile vocab(spmPrefix() + u".vocab"_s);
  QVERIFY(vocab.open(QIODevice::ReadOnly));
  const QList<QByteArray> lines = vocab.readAll().trimmed().split('\n');
  QCOMPARE(lines.size(), kSpmVocabSize);
  QVERIFY(lines.at(0).startsWith("<pad>"));
  QVERIFY(lines.at(1).startsWith("<unk>"));
  QVERIFY(lines.at(2).startsWith("<s>"));
  QVERIFY(lines.at(3).startsWith("</s>"));
}

void TestText::sentencepiece_encode_addsBosEosAndPads() {
  QVERIFY2(ensureSpmModel().ok(), "training failed");
  auto tokenizer = SentencePieceTokenizer::load(spmPrefix() + u".model"_s);
  QVERIFY2(tokenizer.ok(), qPrintable(tokenizer.error()));
  const SentencePieceTokenizer& spm = **tokenizer;
  QCOMPARE(spm.kind(), u"sentencepiece"_s);
  QCOMPARE(spm.vocabSize(), kSpmVocabSize);
  QCOMPARE(spm.padId(), 0);
  QCOMPARE(spm.unkId(), 1);
  QCOMPARE(spm.bosId(), 2);
  QCOMPARE(spm.eosId(), 3);

  const QString text = u"the red car on the left"_s;
  const int pieceCount = static_cast<int>(spm.pieces(text).size());
  QVERIFY(pieceCount > 0 && pieceCount <= kMaxTokens - 2);
  const TokenizedText encoded = spm.encode(text, kMaxTokens);
  QCOMPARE(static_cast<int>(encoded.ids.size()), kMaxTokens);
  QCOMPARE(encoded.ids.front(), 2);
  QCOMPARE(encoded.ids.at(pieceCount + 1), 3);
  for (int i = 1; i <= pieceCount; ++i) QVERIFY(encoded.ids.at(i) > 3);
  for (int i = pieceCount + 2; i < kMaxTokens; ++i) QCOMPARE(encoded.ids.at(i), 0);
  QList<int> mask(pieceCount + 2, 1);
  mask.resize(kMaxTokens, 0);
  QCOMPARE(toList(encoded.attentionMask), mask);
  QCOMPARE(encoded.unknownCount, 0);
  QCOMPARE(encoded.droppedCount, 0);
}

void TestText::sentencepiece_encode_keepsFirstMaxTokens() {
  QVERIFY2(ensureSpmModel().ok(), "training failed");
  auto tokenizer = SentencePieceTokenizer::load(spmPrefix() + u".model"_s);
  QVERIFY2(tokenizer.ok(), qPrintable(tokenizer.error()));
  const QString text = kExpressions.mid(0, 10).join(u' ');
  const int total = static_cast<int>((*tokenizer)->pieces(text).size()) + 2;
  QVERIFY(total > kMaxTokens);
  const TokenizedText encoded = (*tokenizer)->encode(text, kMaxTokens);
  QCOMPARE(encoded.ids.front(), 2);
  QVERIFY(std::find(encoded.ids.begin(), encoded.ids.end(), 3) == encoded.ids.end());
  QCOMPARE(toList(encoded.attentionMask), QList<int>(kMaxTokens, 1));
  QCOMPARE(encoded.droppedCount, total - kMaxTokens);
}

void TestText::sentencepiece_encode_whitespaceOnly_isBosEos() {
  QVERIFY2(ensureSpmModel().ok(), "training failed");
  auto tokenizer = SentencePieceTokenizer::load(spmPrefix() + u".model"_s);
  QVERIFY2(tokenizer.ok(), qPrintable(tokenizer.error()));
  for (const QString& text : {QString(), u"  \t "_s}) {
    const TokenizedText encoded = (*tokenizer)->encode(text, 4);
    QCOMPARE(toList(encoded.ids), (QList<int>{2, 3, 0, 0}));
    QCOMPARE(toList(encoded.attentionMask), (QList<int>{1, 1, 0, 0}));
  }
}

void TestText::sentencepiece_encode_unknownCharacters_areCounted() {
  QVERIFY2(ensureSpmModel().ok(), "training failed");
  auto tokenizer = SentencePieceTokenizer::load(spmPrefix() + u".model"_s);
  QVERIFY2(tokenizer.ok(), qPrintable(tokenizer.error()));
  // Neither the emoji nor the ideograph occurs in the training expressions.
  const TokenizedText encoded = (*tokenizer)->encode(u"the 😀 car near 白"_s, kMaxTokens);
  QCOMPARE(encoded.unknownCount, 2);
  QCOMPARE(std::count(encoded.ids.begin(), encoded.ids.end(), 1), 2);
}

void TestText::sentencepiece_pieces_spellTheExpression() {
  QVERIFY2(ensureSpmModel().ok(), "training failed");
  auto tokenizer = SentencePieceTokenizer::load(spmPrefix() + u".model"_s);
  QVERIFY2(tokenizer.ok(), qPrintable(tokenizer.error()));
  for (const QString& text : {kExpressions.at(0), kExpressions.at(17), kExpressions.at(59)}) {
    const QStringList pieces = (*tokenizer)->pieces(text);
    QVERIFY(pieces.size() > 1);
    QCOMPARE(pieces.join(QString()).replace(u'\u2581', u' ').trimmed(), text);
    const TokenizedText encoded = (*tokenizer)->encode(text, 64);
    for (int i = 0; i < pieces.size(); ++i)
      QCOMPARE((*tokenizer)->idToPiece(static_cast<int>(encoded.ids.at(i + 1))), pieces.at(i));
  }
  QVERIFY((*tokenizer)->idToPiece(kSpmVocabSize).isEmpty());
  QVERIFY((*tokenizer)->idToPiece(-1).isEmpty());
}

void TestText::sentencepiece_load_missingModel_quotesSentencepiece() {
  const QString path = dir_.filePath(u"no_such.model"_s);
  auto tokenizer = SentencePieceTokenizer::load(path);
  QVERIFY(!tokenizer.ok());
  QVERIFY2(tokenizer.error().contains(u"no_such.model"_s), qPrintable(tokenizer.error()));
  QVERIFY2(tokenizer.error().contains(u"No such file"_s), qPrintable(tokenizer.error()));
}

void TestText::sentencepiece_load_corruptModel_quotesSentencepiece_data() {
  QTest::addColumn<QByteArray>("bytes");
  QTest::newRow("empty file") << QByteArray();
  QTest::newRow("text") << QByteArray("this is not a sentencepiece model\n");
  QTest::newRow("random bytes") << QByteArray::fromHex("0aff13f00d5e8c9a0b1c2d3e4f5061728394a5b6");
}

void TestText::sentencepiece_load_corruptModel_quotesSentencepiece() {
  QFETCH(QByteArray, bytes);
  const QString path = dir_.filePath(u"corrupt.model"_s);
  QVERIFY(writeFile(path, bytes));
  auto tokenizer = SentencePieceTokenizer::load(path);
  QVERIFY(!tokenizer.ok());
  QVERIFY2(tokenizer.error().contains(u"corrupt.model"_s), qPrintable(tokenizer.error()));
  QVERIFY2(tokenizer.error().contains(u"Cannot load the SentencePiece model"_s), qPrintable(tokenizer.error()));
}

void TestText::sentencepiece_train_impossibleVocabSize_quotesSentencepiece() {
  const QString prefix = dir_.filePath(u"spm/too_big"_s);
  const Status trained = SentencePieceTokenizer::trainVocabulary(kExpressions, 50000, prefix);
  QVERIFY(!trained.ok());
  QVERIFY2(trained.error().contains(u"Vocabulary size"_s), qPrintable(trained.error()));
  QVERIFY(!QFileInfo::exists(prefix + u".model"_s));
}

void TestText::sentencepiece_train_missingFolder_saysSo() {
  const QString prefix = dir_.filePath(u"missing/folder/vocab"_s);
  const Status trained = SentencePieceTokenizer::trainVocabulary(kExpressions, 60, prefix);
  QVERIFY(!trained.ok());
  QVERIFY2(trained.error().contains(QDir::toNativeSeparators(dir_.filePath(u"missing/folder"_s))),
           qPrintable(trained.error()));
}

void TestText::tokenizers_sharedAcrossThreads_giveSameIds() {
  QVERIFY2(ensureSpmModel().ok(), "training failed");
  auto spm = SentencePieceTokenizer::load(spmPrefix() + u".model"_s);
  QVERIFY2(spm.ok(), qPrintable(spm.error()));
  const std::vector<const Tokenizer*> tokenizers = {uncased_.get(), spm->get()};
  std::vector<std::vector<int64_t>> expected;
  for (const Tokenizer* tokenizer : tokenizers)
    for (const QString& text : kExpressions) expected.push_back(tokenizer->encode(text, kMaxTokens).ids);

  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (int round = 0; round < 20; ++round) {
        size_t i = 0;
        for (const Tokenizer* tokenizer : tokenizers)
          for (const QString& text : kExpressions)
            if (tokenizer->encode(text, kMaxTokens).ids != expected[i++]) ++mismatches;
      }
    });
  for (std::thread& thread : threads) thread.join();
  QCOMPARE(mismatches.load(), 0);
}

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"

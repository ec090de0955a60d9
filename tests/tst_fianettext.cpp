// FIANet's text side in C++: NLTK's word tokenizer, its averaged-perceptron tagger read from
// NLTK's data files, the preposition-phrase chunk grammar, the rule-based fallback tagger, and
// the object and position masks as FIANet's loaders make them. The expected tokens and chunks
// below were produced by NLTK 3.8 itself (word_tokenize's NLTKWordTokenizer, RegexpParser with
// FIANet's grammar), outside the repository.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "text/fianettextmasks.h"
#include "text/nltkwordtokenizer.h"
#include "text/postagger.h"

using namespace rrsis;

namespace {

bool writeJson(const QString& path, const QJsonDocument& doc) {
  QFile f(path);
  return f.open(QIODevice::WriteOnly) && f.write(doc.toJson()) > 0;
}

}  // namespace

class TestFianetText : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void tokenizer_matchesNltk_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("sentence") << "the white car parked on the left side of the road."
                              << QStringList{"the",  "white", "car", "parked", "on",   "the",
                                             "left", "side",  "of",  "the",    "road", "."};
    QTest::newRow("hyphen") << "a vehicle in the middle of the low-vegetation area"
                            << QStringList{"a",   "vehicle",        "in",  "the", "middle", "of",
                                           "the", "low-vegetation", "area"};
    QTest::newRow("quotes, clitics, brackets")
        << "The building's roof, near 2 trees; (small) \"house\" isn't here..."
        << QStringList{"The",   "building", "'s", "roof",  ",",  "near", "2",   "trees", ";",  "(",
                       "small", ")",        "``", "house", "''", "is",   "n't", "here",  "..."};
    QTest::newRow("contractions") << "cannot gonna 'tis 'quote' it's"
                                  << QStringList{"can", "not", "gon", "na", "'t", "is", "'quote", "'", "it", "'s"};
    QTest::newRow("commas") << "3,5 a,b a, b end," << QStringList{"3,5", "a", ",", "b", "a", ",", "b", "end", ","};
    QTest::newRow("inner period") << "road... ok. done." << QStringList{"road", "...", "ok.", "done", "."};
    QTest::newRow("unicode quotes and dashes")
        << QString::fromUtf8("“smart” quotes and ‘single’ ones — dash -- double")
        << QString::fromUtf8("“ smart ” quotes and ‘ single ’ ones — dash -- double").split(' ');
    QTest::newRow("exclamation") << "buildings at the bottom-left corner!"
                                 << QStringList{"buildings", "at", "the", "bottom-left", "corner", "!"};
    QTest::newRow("question and colon") << "what's that? the road: 20m wide"
                                        << QStringList{"what", "'s", "that", "?", "the", "road", ":", "20m", "wide"};
  }
  void tokenizer_matchesNltk() {
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    QCOMPARE(nltkWordTokenize(text), tokens);
  }

  void chunker_matchesNltksRegexpParser_data() {
    QTest::addColumn<QString>("tags");
    QTest::addColumn<QString>("chunks");
    const char* cases[][2] = {{"IN DT NN", "0-3"},        {"IN DT NNS", ""},
                              {"IN NN NN", "0-2"},        {"IN DT JJ NN IN NN", "0-4 4-6"},
                              {"IN DT JJ", "0-3"},        {"IN DT JJ JJ", "0-4"},
                              {"IN JJ VBD", "0-2"},       {"IN DT JJ VBD", "0-3"},
                              {"IN DT VBD", ""},          {"IN JJS NN", "0-3"},
                              {"IN IN DT NN", "1-4"},     {"IN DT JJ JJ NN", "0-4"},
                              {"IN DT JJR JJ NN", "0-4"}, {"IN DT JJ NNP", "0-3"},
                              {"IN DT JJR VBD", "0-4"},   {"IN JJS VBD", "0-3"},
                              {"IN JJ JJR VBD", "0-2"},   {"DT NN IN DT JJ NN IN DT NN IN JJ", "2-6 6-9 9-11"}};
    for (const auto& c : cases) QTest::newRow(c[0]) << QString::fromLatin1(c[0]) << QString::fromLatin1(c[1]);
  }
  void chunker_matchesNltksRegexpParser() {
    QFETCH(QString, tags);
    QFETCH(QString, chunks);
    QStringList got;
    for (const auto& [b, e] : chunkPrepositionPhrases(tags.split(' '))) got << QStringLiteral("%1-%2").arg(b).arg(e);
    QCOMPARE(got.join(' '), chunks);
  }

  void perceptron_followsNltksFeaturesAndTieBreak() {
    QTemporaryDir dir;
    const QString prefix = dir.filePath("averaged_perceptron_tagger_eng.");
    // "car" after a determiner is a noun through "i-1 tag+i word DT car"; "parked" ties NN and VBD
    // at 1.0 and NLTK takes the greater tag (VBD); "!YEAR" comes from normalisation; "the" is in the
    // tag dictionary (raw, case-sensitive: "The" is not).
    QJsonObject weights{{"i-1 tag+i word DT car", QJsonObject{{"NN", 2.0}}},
                        {"i word parked", QJsonObject{{"NN", 1.0}, {"VBD", 1.0}}},
                        {"i word !year", QJsonObject{{"CD", 5.0}}},
                        {"i-1 word !YEAR", QJsonObject{{"NNS", 3.0}}},
                        {"bias", QJsonObject{{"JJ", 0.5}}}};
    QVERIFY(writeJson(prefix + "weights.json", QJsonDocument(weights)));
    QVERIFY(writeJson(prefix + "tagdict.json", QJsonDocument(QJsonObject{{"the", "DT"}})));
    QVERIFY(writeJson(prefix + "classes.json", QJsonDocument(QJsonArray{"CD", "DT", "JJ", "NN", "NNS", "VBD"})));
    auto tagger = PerceptronTagger::load(dir.path());
    QVERIFY2(tagger.ok(), qPrintable(tagger.error()));
    QCOMPARE((*tagger)->tag({"the", "car", "parked", "1999", "roads", "The"}),
             (QStringList{"DT", "NN", "VBD", "JJ", "NNS", "JJ"}));
    QCOMPARE(PerceptronTagger::normalize("low-rise"), QStringLiteral("!HYPHEN"));
    QCOMPARE(PerceptronTagger::normalize("2024"), QStringLiteral("!YEAR"));
    QCOMPARE(PerceptronTagger::normalize("3rd"), QStringLiteral("!DIGITS"));
    QCOMPARE(PerceptronTagger::normalize("-x"), QStringLiteral("-x"));
  }

  void perceptron_readsNltk38sPickle_foundThroughNltkData() {
    // tests/data/nltk holds the same tiny tagger as above, pickled the way NLTK 3.8 saves its own.
    qputenv("NLTK_DATA", RRSIS_SOURCE_DIR "/tests/data/nltk");
    const QString folder = PerceptronTagger::findInNltkData();
    qunsetenv("NLTK_DATA");
    QVERIFY2(folder.endsWith("taggers/averaged_perceptron_tagger"), qPrintable(folder));
    auto tagger = PerceptronTagger::load(folder);
    QVERIFY2(tagger.ok(), qPrintable(tagger.error()));
    QCOMPARE((*tagger)->tag({"the", "car", "parked", "1999", "roads", "The"}),
             (QStringList{"DT", "NN", "VBD", "JJ", "NNS", "JJ"}));
  }

  void perceptron_missingOrDamagedData_isAClearError() {
    QTemporaryDir dir;
    auto none = PerceptronTagger::load(dir.path());
    QVERIFY(!none.ok());
    QVERIFY2(none.error().contains("weights.json"), qPrintable(none.error()));
    QFile f(dir.filePath("averaged_perceptron_tagger_eng.weights.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"bias\": ");
    f.close();
    auto damaged = PerceptronTagger::load(dir.path());
    QVERIFY(!damaged.ok());
    QVERIFY2(damaged.error().contains("not valid JSON"), qPrintable(damaged.error()));
  }

  void masks_markTheObjectAndThePositionPhrase() {
    RuleBasedTagger tagger;
    std::vector<int64_t> attention(20, 0);
    std::fill(attention.begin(), attention.begin() + 15, 1);
    const auto m = fianetTextMasks("the white car parked on the left side of the road.", fianetClasses("refsegrs"),
                                   tagger, attention);
    // "car" (word 2) and "road" (word 10), +1 for [CLS]; "on the left side" from word 4; "of the road" dropped.
    std::vector<int64_t> object(20, 0), position(20, 0);
    object[3] = object[11] = 1;
    for (int i = 5; i < 9; ++i) position[size_t(i)] = 1;
    QCOMPARE(m.object, object);
    QCOMPARE(m.position, position);
    QCOMPARE(m.phrases, QStringList{"on the left side"});
  }

  void masks_withoutAPhrase_positionIsTheAttention() {
    RuleBasedTagger tagger;
    const std::vector<int64_t> attention{1, 1, 1, 1, 0, 0};
    const auto m = fianetTextMasks("two storage tanks", fianetClasses("rrsisd"), tagger, attention);
    QCOMPARE(m.position, attention);
    QCOMPARE(m.object, (std::vector<int64_t>{0, 0, 1, 1, 0, 0}));  // "storage tank" matches inside "tanks"
  }

  void masks_quirks_roofDropsAPhrase_andMarksStopAtTheEnd() {
    RuleBasedTagger tagger;
    const std::vector<int64_t> attention(6, 1);
    const auto m =
        fianetTextMasks("the building with the red roof near the road", fianetClasses("refsegrs"), tagger, attention);
    QVERIFY(!m.phrases.contains("with the red roof"));  // "roof" contains "of"
    QVERIFY(m.phrases.contains("near the road"));
    QCOMPARE(m.position.size(), size_t(6));  // "near the road" starts at word 6: past the mask, dropped
    QCOMPARE(m.position, attention);
  }
};

QTEST_GUILESS_MAIN(TestFianetText)
#include "tst_fianettext.moc"

#include "text/postagger.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "util/pickle.h"

namespace rrsis {

namespace {

struct PartOfSpeechTaggerText {
  Q_DECLARE_TR_FUNCTIONS(PartOfSpeechTagger)
};

QString tr(const char* text) { return PartOfSpeechTaggerText::tr(text); }

const char* kFilePrefix = "averaged_perceptron_tagger_eng.";
const char* kPickle = "averaged_perceptron_tagger.pickle";

Result<QJsonDocument> readJson(const QString& folder, const char* part) {
  const QString path =
      QDir(folder).filePath(QLatin1String(kFilePrefix) + QLatin1String(part) + QStringLiteral(".json"));
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly))
    return Result<QJsonDocument>::failure(
        tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
  if (error.error != QJsonParseError::NoError)
    return Result<QJsonDocument>::failure(
        tr("%1 is not valid JSON: %2").arg(QDir::toNativeSeparators(path), error.errorString()));
  return doc;
}

/** The last `n` characters (code points as NLTK counts them; UTF-16 here, equal for the BMP). */
QString last(const QString& s, int n) { return s.size() <= n ? s : s.right(n); }

}  // namespace

QString PerceptronTagger::normalize(const QString& word) {
  if (word.contains(QLatin1Char('-')) && !word.startsWith(QLatin1Char('-'))) return QStringLiteral("!HYPHEN");
  bool allDigits = !word.isEmpty();
  for (const QChar c : word) allDigits = allDigits && c.isDigit();
  if (allDigits && word.size() == 4) return QStringLiteral("!YEAR");
  if (!word.isEmpty() && word.front().isDigit()) return QStringLiteral("!DIGITS");
  return word.toLower();
}

Result<std::unique_ptr<PerceptronTagger>> PerceptronTagger::load(const QString& folder) {
  using R = Result<std::unique_ptr<PerceptronTagger>>;
  auto t = std::make_unique<PerceptronTagger>();
  t->folder_ = folder;
  const QString pickle = QDir(folder).filePath(QLatin1String(kPickle));
  const Status read = QFileInfo::exists(pickle) ? t->readPickleFile(pickle) : t->readJsonFiles(folder);
  if (!read) return R::failure(read.error());
  if (t->classes_.isEmpty())
    return R::failure(tr("%1: the tagger has no classes.").arg(QDir::toNativeSeparators(folder)));
  return R(std::move(t));
}

void PerceptronTagger::setClasses(QStringList classes) {
  classes_ = std::move(classes);
  std::sort(classes_.begin(), classes_.end());  // the tie-break takes the greatest: keep them ordered
  classIndex_.clear();
  for (int i = 0; i < classes_.size(); ++i) classIndex_.insert(classes_[i], i);
}

void PerceptronTagger::addWeight(const QString& feature, const QString& label, double weight) {
  const auto c = classIndex_.find(label);
  if (c != classIndex_.end()) weights_[feature].append({c.value(), weight});
}

Status PerceptronTagger::readJsonFiles(const QString& folder) {
  auto weights = readJson(folder, "weights");
  if (!weights) return Status::failure(weights.error());
  auto tagdict = readJson(folder, "tagdict");
  if (!tagdict) return Status::failure(tagdict.error());
  auto classes = readJson(folder, "classes");
  if (!classes) return Status::failure(classes.error());
  if (!weights->isObject() || !tagdict->isObject() || !classes->isArray())
    return Status::failure(tr("%1 does not hold NLTK's tagger (weights and tag dictionary objects, a class list).")
                               .arg(QDir::toNativeSeparators(folder)));
  QStringList names;
  for (const QJsonValue& c : classes->array()) names << c.toString();
  setClasses(names);
  const QJsonObject w = weights->object();
  for (auto it = w.begin(); it != w.end(); ++it) {
    const QJsonObject labels = it.value().toObject();
    for (auto l = labels.begin(); l != labels.end(); ++l) addWeight(it.key(), l.key(), l.value().toDouble());
  }
  const QJsonObject d = tagdict->object();
  for (auto it = d.begin(); it != d.end(); ++it) tagDictionary_.insert(it.key(), it.value().toString());
  return {};
}

Status PerceptronTagger::readPickleFile(const QString& path) {
  const QString shown = QDir::toNativeSeparators(path);
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return Status::failure(tr("Cannot read %1: %2").arg(shown, f.errorString()));
  auto value = readPickle(f.readAll());
  if (!value) return Status::failure(tr("%1: %2").arg(shown, value.error()));
  using K = PickleValue::Kind;
  const PickleValue& v = *value;
  if (v.kind != K::Tuple || v.items->size() != 3 || (*v.items)[0].kind != K::Dict || (*v.items)[1].kind != K::Dict ||
      (*v.items)[2].kind != K::List)
    return Status::failure(
        tr("%1 does not hold NLTK's tagger (weights and tag dictionary objects, a class list).").arg(shown));
  QStringList names;
  for (const PickleValue& c : *(*v.items)[2].items) names << c.toText();
  setClasses(names);
  for (const auto& [feature, labels] : *(*v.items)[0].pairs) {
    if (labels.kind != K::Dict) continue;
    for (const auto& [label, weight] : *labels.pairs)
      addWeight(feature.toText(), label.toText(), weight.kind == K::Float ? weight.real : double(weight.integer));
  }
  for (const auto& [word, tag] : *(*v.items)[1].pairs) tagDictionary_.insert(word.toText(), tag.toText());
  return {};
}

QString PerceptronTagger::findInNltkData() {
  QStringList roots;
  for (const QString& p : qEnvironmentVariable("NLTK_DATA").split(QLatin1Char(':'), Qt::SkipEmptyParts)) roots << p;
  roots << QDir::homePath() + QStringLiteral("/nltk_data") << QStringLiteral("/usr/nltk_data")
        << QStringLiteral("/usr/share/nltk_data") << QStringLiteral("/usr/lib/nltk_data")
        << QStringLiteral("/usr/local/share/nltk_data") << QStringLiteral("/usr/local/lib/nltk_data");
  for (const QString& root : roots)
    if (const QString folder = folderIn(root); !folder.isEmpty()) return folder;
  return {};
}

QString PerceptronTagger::folderIn(const QString& root) {
  // NLTK 3.9's JSON files first, then the pickle of NLTK 3.8 and before.
  const QString json = QDir(root).filePath(QStringLiteral("taggers/averaged_perceptron_tagger_eng"));
  if (QFileInfo::exists(QDir(json).filePath(QLatin1String(kFilePrefix) + QStringLiteral("weights.json")))) return json;
  const QString pickle = QDir(root).filePath(QStringLiteral("taggers/averaged_perceptron_tagger"));
  if (QFileInfo::exists(QDir(pickle).filePath(QLatin1String(kPickle)))) return pickle;
  return {};
}

QStringList PerceptronTagger::tag(const QStringList& words) const {
  QStringList context{QStringLiteral("-START-"), QStringLiteral("-START2-")};
  for (const QString& w : words) context << normalize(w);
  context << QStringLiteral("-END-") << QStringLiteral("-END2-");
  QString prev = QStringLiteral("-START-"), prev2 = QStringLiteral("-START2-");
  QStringList tags;
  std::vector<double> scores(size_t(classes_.size()));
  for (int i = 0; i < words.size(); ++i) {
    const QString& word = words[i];
    QString tag = tagDictionary_.value(word);
    if (tag.isEmpty()) {
      const int j = i + 2;
      const QString features[] = {QStringLiteral("bias"),
                                  QStringLiteral("i suffix ") + last(word, 3),
                                  QStringLiteral("i pref1 ") + word.left(1),
                                  QStringLiteral("i-1 tag ") + prev,
                                  QStringLiteral("i-2 tag ") + prev2,
                                  QStringLiteral("i tag+i-2 tag ") + prev + QLatin1Char(' ') + prev2,
                                  QStringLiteral("i word ") + context[j],
                                  QStringLiteral("i-1 tag+i word ") + prev + QLatin1Char(' ') + context[j],
                                  QStringLiteral("i-1 word ") + context[j - 1],
                                  QStringLiteral("i-1 suffix ") + last(context[j - 1], 3),
                                  QStringLiteral("i-2 word ") + context[j - 2],
                                  QStringLiteral("i+1 word ") + context[j + 1],
                                  QStringLiteral("i+1 suffix ") + last(context[j + 1], 3),
                                  QStringLiteral("i+2 word ") + context[j + 2]};
      std::fill(scores.begin(), scores.end(), 0.0);
      for (const QString& f : features) {
        const auto it = weights_.find(f);
        if (it == weights_.end()) continue;
        for (const auto& [c, weight] : *it) scores[size_t(c)] += weight;
      }
      size_t best = 0;  // max by (score, tag): classes are sorted, so the later one wins a tie
      for (size_t c = 1; c < scores.size(); ++c)
        if (scores[c] >= scores[best]) best = c;
      tag = classes_[int(best)];
    }
    tags << tag;
    prev2 = prev;
    prev = tag;
  }
  return tags;
}

QString PerceptronTagger::description() const {
  return tr("NLTK averaged perceptron (%1)").arg(QDir::toNativeSeparators(folder_));
}

QStringList RuleBasedTagger::tag(const QStringList& words) const {
  static const QSet<QString> prepositions = {
      QStringLiteral("in"),      QStringLiteral("on"),         QStringLiteral("at"),        QStringLiteral("near"),
      QStringLiteral("beside"),  QStringLiteral("by"),         QStringLiteral("of"),        QStringLiteral("from"),
      QStringLiteral("with"),    QStringLiteral("along"),      QStringLiteral("across"),    QStringLiteral("between"),
      QStringLiteral("behind"),  QStringLiteral("above"),      QStringLiteral("below"),     QStringLiteral("under"),
      QStringLiteral("over"),    QStringLiteral("around"),     QStringLiteral("inside"),    QStringLiteral("outside"),
      QStringLiteral("within"),  QStringLiteral("towards"),    QStringLiteral("toward"),    QStringLiteral("among"),
      QStringLiteral("through"), QStringLiteral("into"),       QStringLiteral("onto"),      QStringLiteral("against"),
      QStringLiteral("beneath"), QStringLiteral("underneath"), QStringLiteral("alongside"), QStringLiteral("opposite"),
      QStringLiteral("than"),    QStringLiteral("like")};
  static const QSet<QString> determiners = {QStringLiteral("the"),   QStringLiteral("a"),      QStringLiteral("an"),
                                            QStringLiteral("this"),  QStringLiteral("that"),   QStringLiteral("these"),
                                            QStringLiteral("those"), QStringLiteral("each"),   QStringLiteral("every"),
                                            QStringLiteral("all"),   QStringLiteral("both"),   QStringLiteral("some"),
                                            QStringLiteral("any"),   QStringLiteral("another")};
  static const QSet<QString> adjectives = {
      QStringLiteral("left"),    QStringLiteral("right"),   QStringLiteral("top"),      QStringLiteral("bottom"),
      QStringLiteral("upper"),   QStringLiteral("lower"),   QStringLiteral("middle"),   QStringLiteral("central"),
      QStringLiteral("center"),  QStringLiteral("centre"),  QStringLiteral("north"),    QStringLiteral("south"),
      QStringLiteral("east"),    QStringLiteral("west"),    QStringLiteral("northern"), QStringLiteral("southern"),
      QStringLiteral("eastern"), QStringLiteral("western"), QStringLiteral("small"),    QStringLiteral("large"),
      QStringLiteral("big"),     QStringLiteral("long"),    QStringLiteral("short"),    QStringLiteral("white"),
      QStringLiteral("black"),   QStringLiteral("red"),     QStringLiteral("blue"),     QStringLiteral("green"),
      QStringLiteral("gray"),    QStringLiteral("grey"),    QStringLiteral("dark"),     QStringLiteral("light"),
      QStringLiteral("other"),   QStringLiteral("same"),    QStringLiteral("nearby"),   QStringLiteral("adjacent")};
  QStringList tags;
  for (const QString& original : words) {
    const QString w = original.toLower();
    if (prepositions.contains(w))
      tags << QStringLiteral("IN");
    else if (determiners.contains(w))
      tags << QStringLiteral("DT");
    else if (adjectives.contains(w))
      tags << QStringLiteral("JJ");
    else if (w.endsWith(QLatin1String("est")) && w.size() > 4)
      tags << QStringLiteral("JJS");
    else if (w.endsWith(QLatin1String("ed")) && w.size() > 3)
      tags << QStringLiteral("VBD");
    else if (!w.isEmpty() && !w.front().isLetterOrNumber())
      tags << w;  // punctuation tags itself, as in the Treebank set
    else if (w.size() > 3 && w.endsWith(QLatin1Char('s')) && !w.endsWith(QLatin1String("ss")))
      tags << QStringLiteral("NNS");
    else
      tags << QStringLiteral("NN");
  }
  return tags;
}

QString RuleBasedTagger::description() const { return tr("rules (NLTK's tagger data not found)"); }

}  // namespace rrsis

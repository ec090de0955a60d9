#include "text/postagger.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace rrsis {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("PartOfSpeechTagger", text); }

const char* kFilePrefix = "averaged_perceptron_tagger_eng.";

Result<QJsonDocument> readJson(const QString& folder, const char* part) {
  const QString path = QDir(folder).filePath(QLatin1String(kFilePrefix) + QLatin1String(part) + QStringLiteral(".json"));
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly))
    return Result<QJsonDocument>::failure(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
  if (error.error != QJsonParseError::NoError)
    return Result<QJsonDocument>::failure(tr("%1 is not valid JSON: %2").arg(QDir::toNativeSeparators(path), error.errorString()));
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
  auto weights = readJson(folder, "weights");
  if (!weights) return R::failure(weights.error());
  auto tagdict = readJson(folder, "tagdict");
  if (!tagdict) return R::failure(tagdict.error());
  auto classes = readJson(folder, "classes");
  if (!classes) return R::failure(classes.error());
  if (!weights->isObject() || !tagdict->isObject() || !classes->isArray())
    return R::failure(tr("%1 does not hold NLTK's tagger (weights and tag dictionary objects, a class list).")
                          .arg(QDir::toNativeSeparators(folder)));
  auto t = std::make_unique<PerceptronTagger>();
  t->folder_ = folder;
  for (const QJsonValue& c : classes->array()) t->classes_ << c.toString();
  std::sort(t->classes_.begin(), t->classes_.end());  // the tie-break takes the greatest: keep them ordered
  QHash<QString, int> index;
  for (int i = 0; i < t->classes_.size(); ++i) index.insert(t->classes_[i], i);
  const QJsonObject w = weights->object();
  for (auto it = w.begin(); it != w.end(); ++it) {
    QVector<QPair<int, double>>& row = t->weights_[it.key()];
    const QJsonObject labels = it.value().toObject();
    for (auto l = labels.begin(); l != labels.end(); ++l)
      if (index.contains(l.key())) row.append({index.value(l.key()), l.value().toDouble()});
  }
  const QJsonObject d = tagdict->object();
  for (auto it = d.begin(); it != d.end(); ++it) t->tagDictionary_.insert(it.key(), it.value().toString());
  if (t->classes_.isEmpty()) return R::failure(tr("%1: the tagger has no classes.").arg(QDir::toNativeSeparators(folder)));
  return R(std::move(t));
}

QString PerceptronTagger::findInNltkData() {
  QStringList roots;
  for (const QString& p : qEnvironmentVariable("NLTK_DATA").split(QLatin1Char(':'), Qt::SkipEmptyParts)) roots << p;
  roots << QDir::homePath() + QStringLiteral("/nltk_data") << QStringLiteral("/usr/nltk_data")
        << QStringLiteral("/usr/share/nltk_data") << QStringLiteral("/usr/lib/nltk_data")
        << QStringLiteral("/usr/local/share/nltk_data") << QStringLiteral("/usr/local/lib/nltk_data");
  for (const QString& root : roots) {
    const QString folder = QDir(root).filePath(QStringLiteral("taggers/averaged_perceptron_tagger_eng"));
    if (QFileInfo::exists(QDir(folder).filePath(QLatin1String(kFilePrefix) + QStringLiteral("weights.json"))))
      return folder;
  }
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
      const QString features[] = {
          QStringLiteral("bias"), QStringLiteral("i suffix ") + last(word, 3),
          QStringLiteral("i pref1 ") + word.left(1), QStringLiteral("i-1 tag ") + prev,
          QStringLiteral("i-2 tag ") + prev2, QStringLiteral("i tag+i-2 tag ") + prev + QLatin1Char(' ') + prev2,
          QStringLiteral("i word ") + context[j], QStringLiteral("i-1 tag+i word ") + prev + QLatin1Char(' ') + context[j],
          QStringLiteral("i-1 word ") + context[j - 1], QStringLiteral("i-1 suffix ") + last(context[j - 1], 3),
          QStringLiteral("i-2 word ") + context[j - 2], QStringLiteral("i+1 word ") + context[j + 1],
          QStringLiteral("i+1 suffix ") + last(context[j + 1], 3), QStringLiteral("i+2 word ") + context[j + 2]};
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
      QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("at"), QStringLiteral("near"), QStringLiteral("beside"),
      QStringLiteral("by"), QStringLiteral("of"), QStringLiteral("from"), QStringLiteral("with"), QStringLiteral("along"),
      QStringLiteral("across"), QStringLiteral("between"), QStringLiteral("behind"), QStringLiteral("above"),
      QStringLiteral("below"), QStringLiteral("under"), QStringLiteral("over"), QStringLiteral("around"),
      QStringLiteral("inside"), QStringLiteral("outside"), QStringLiteral("within"), QStringLiteral("towards"),
      QStringLiteral("toward"), QStringLiteral("among"), QStringLiteral("through"), QStringLiteral("into"),
      QStringLiteral("onto"), QStringLiteral("against"), QStringLiteral("beneath"), QStringLiteral("underneath"),
      QStringLiteral("alongside"), QStringLiteral("opposite"), QStringLiteral("than"), QStringLiteral("like")};
  static const QSet<QString> determiners = {
      QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("this"), QStringLiteral("that"),
      QStringLiteral("these"), QStringLiteral("those"), QStringLiteral("each"), QStringLiteral("every"),
      QStringLiteral("all"), QStringLiteral("both"), QStringLiteral("some"), QStringLiteral("any"), QStringLiteral("another")};
  static const QSet<QString> adjectives = {
      QStringLiteral("left"), QStringLiteral("right"), QStringLiteral("top"), QStringLiteral("bottom"),
      QStringLiteral("upper"), QStringLiteral("lower"), QStringLiteral("middle"), QStringLiteral("central"),
      QStringLiteral("center"), QStringLiteral("centre"), QStringLiteral("north"), QStringLiteral("south"),
      QStringLiteral("east"), QStringLiteral("west"), QStringLiteral("northern"), QStringLiteral("southern"),
      QStringLiteral("eastern"), QStringLiteral("western"), QStringLiteral("small"), QStringLiteral("large"),
      QStringLiteral("big"), QStringLiteral("long"), QStringLiteral("short"), QStringLiteral("white"),
      QStringLiteral("black"), QStringLiteral("red"), QStringLiteral("blue"), QStringLiteral("green"),
      QStringLiteral("gray"), QStringLiteral("grey"), QStringLiteral("dark"), QStringLiteral("light"),
      QStringLiteral("other"), QStringLiteral("same"), QStringLiteral("nearby"), QStringLiteral("adjacent")};
  QStringList tags;
  for (const QString& original : words) {
    const QString w = original.toLower();
    if (prepositions.contains(w)) tags << QStringLiteral("IN");
    else if (determiners.contains(w)) tags << QStringLiteral("DT");
    else if (adjectives.contains(w)) tags << QStringLiteral("JJ");
    else if (w.endsWith(QLatin1String("est")) && w.size() > 4) tags << QStringLiteral("JJS");
    else if (w.endsWith(QLatin1String("ed")) && w.size() > 3) tags << QStringLiteral("VBD");
    else if (!w.isEmpty() && !w.front().isLetterOrNumber()) tags << w;  // punctuation tags itself, as in the Treebank set
    else if (w.size() > 3 && w.endsWith(QLatin1Char('s')) && !w.endsWith(QLatin1String("ss"))) tags << QStringLiteral("NNS");
    else tags << QStringLiteral("NN");
  }
  return tags;
}

QString RuleBasedTagger::description() const { return tr("rules (NLTK's tagger data not found)"); }

}  // namespace rrsis

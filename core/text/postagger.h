#pragma once
#include <memory>

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include "util/result.h"

namespace rrsis {

/** Tags words with Penn Treebank part-of-speech tags. Thread-safe once built. */
class PartOfSpeechTagger {
 public:
  virtual ~PartOfSpeechTagger() = default;
  virtual QStringList tag(const QStringList& words) const = 0;
  /** A short description for model information ("NLTK averaged perceptron (…path…)", "rules"). */
  virtual QString description() const = 0;
};

/**
 * NLTK's English averaged-perceptron tagger (what nltk.pos_tag runs), read from the data a
 * FIANet user already has: NLTK 3.9's `taggers/averaged_perceptron_tagger_eng/` JSON files
 * (weights, tag dictionary, classes) or NLTK 3.8's `taggers/averaged_perceptron_tagger/`
 * pickle (read as plain data: dicts and a set, nothing executed). Same normalisation, context padding, 14 features, greedy
 * left-to-right tagging and tie-break (the greatest tag) as NLTK. Scores are summed in double
 * precision; NLTK sums a feature's labels in the file's order, which the pickle keeps and JSON
 * objects read here do not, so with JSON an exact tie up to the last bit could break differently.
 */
class PerceptronTagger final : public PartOfSpeechTagger {
 public:
  /** Loads a tagger folder: averaged_perceptron_tagger.pickle, or averaged_perceptron_tagger_eng.*.json. */
  static Result<std::unique_ptr<PerceptronTagger>> load(const QString& folder);
  /** Where NLTK looks, in its order: $NLTK_DATA, ~/nltk_data, /usr/share/nltk_data, ...; empty when absent. */
  static QString findInNltkData();
  /** The tagger folder inside one NLTK data root (NLTK 3.9's JSON first, then 3.8's pickle); empty when absent. */
  static QString folderIn(const QString& nltkDataRoot);
  QStringList tag(const QStringList& words) const override;
  QString description() const override;
  /** NLTK's normalisation of a context word (!HYPHEN, !YEAR, !DIGITS, lower case). */
  static QString normalize(const QString& word);

 private:
  Status readJsonFiles(const QString& folder);
  Status readPickleFile(const QString& path);
  void setClasses(QStringList classes);
  void addWeight(const QString& feature, const QString& label, double weight);
  QString folder_;
  QHash<QString, int> classIndex_;
  QHash<QString, QVector<QPair<int, double>>> weights_;  ///< feature -> (class, weight)
  QHash<QString, QString> tagDictionary_;
  QStringList classes_;
};

/**
 * The fallback when NLTK's data is absent: a small lexicon of prepositions (IN), determiners
 * (DT), spatial and size adjectives (JJ / JJS) and past participles used as adjectives (VBD),
 * nouns otherwise (NNS for a plural ending in s). It finds the phrases FIANet's chunk grammar
 * needs ("on the left", "near the river") but is not NLTK's tagger: bundles say which one ran.
 */
class RuleBasedTagger final : public PartOfSpeechTagger {
 public:
  QStringList tag(const QStringList& words) const override;
  QString description() const override;
};

}  // namespace rrsis

#pragma once
#include <memory>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "text/tokenizer.h"
#include "util/result.h"

namespace rrsis {

class PartOfSpeechTagger;

/**
 * What makes FIANet's object and position masks for a bundle: the part-of-speech tagger (NLTK's
 * averaged perceptron where its data is found, else the rule-based fallback) and the class list
 * the object words are matched against (the bundle's "classes", else its data set's). Used by
 * the Segmenter at inference and by the batch loader in training, so both see the same masks.
 * Thread-safe once built (tagging only reads).
 */
class FianetTextAnalysis {
 public:
  /**
   * For a FIANet manifest `config`; `taggerFolder` is NLTK's tagger folder to use, or empty to
   * look where NLTK looks (NLTK_DATA first) and fall back to the rules.
   */
  static Result<std::shared_ptr<const FianetTextAnalysis>> create(const QJsonObject& config,
                                                                  const QString& taggerFolder);
  /** create() for a FIANet `architecture`; nothing (a null pointer) for any other. */
  static Result<std::shared_ptr<const FianetTextAnalysis>> forArchitecture(const QString& architecture,
                                                                           const QJsonObject& config,
                                                                           const QString& taggerFolder);
  ~FianetTextAnalysis();
  /** Sets `text`'s object and position masks for `expression` (its attention mask must be set). */
  void addMasks(TokenizedText& text, const QString& expression) const;
  /** Which tagger makes the masks, for model information. */
  QString description() const;
  const QStringList& classes() const { return classes_; }

 private:
  FianetTextAnalysis() = default;
  std::unique_ptr<PartOfSpeechTagger> tagger_;
  QStringList classes_;
};

}  // namespace rrsis

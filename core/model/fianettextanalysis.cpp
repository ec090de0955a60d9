#include "model/fianettextanalysis.h"

#include <QJsonArray>

#include "text/fianettextmasks.h"
#include "text/postagger.h"

namespace rrsis {

FianetTextAnalysis::~FianetTextAnalysis() = default;

Result<std::shared_ptr<const FianetTextAnalysis>> FianetTextAnalysis::create(const QJsonObject& config,
                                                                             const QString& taggerFolder) {
  using R = Result<std::shared_ptr<const FianetTextAnalysis>>;
  std::shared_ptr<FianetTextAnalysis> a(new FianetTextAnalysis);
  const QString folder = taggerFolder.isEmpty() ? PerceptronTagger::findInNltkData() : taggerFolder;
  if (folder.isEmpty()) {
    a->tagger_ = std::make_unique<RuleBasedTagger>();
  } else {
    auto tagger = PerceptronTagger::load(folder);
    if (!tagger) return R::failure(tagger.error());
    a->tagger_ = std::move(*tagger);
  }
  for (const QJsonValue& v : config.value(QStringLiteral("classes")).toArray()) a->classes_ << v.toString();
  if (a->classes_.isEmpty()) a->classes_ = fianetClasses(config.value(QStringLiteral("dataset")).toString());
  return R(std::shared_ptr<const FianetTextAnalysis>(std::move(a)));
}

Result<std::shared_ptr<const FianetTextAnalysis>> FianetTextAnalysis::forArchitecture(const QString& architecture,
                                                                                      const QJsonObject& config,
                                                                                      const QString& taggerFolder) {
  if (architecture != QLatin1String("fianet")) return std::shared_ptr<const FianetTextAnalysis>();
  return create(config, taggerFolder);
}

void FianetTextAnalysis::addMasks(TokenizedText& text, const QString& expression) const {
  const FianetTextMasks masks = fianetTextMasks(expression, classes_, *tagger_, text.attentionMask);
  text.objectMask = masks.object;
  text.positionMask = masks.position;
}

QString FianetTextAnalysis::description() const { return tagger_->description(); }

}  // namespace rrsis

#include "train/trainablenetwork.h"

#include <QCoreApplication>

#include "model/nativeconfig.h"
#include "model/segmentationnetwork.h"
#include "nets/compactnet.h"
#include "nets/lavtnet.h"

namespace rrsis::train {

bool isTrainableArchitecture(const QString& a) {
  // FIANet's training data would also need its object and position masks: not yet.
  return a == QLatin1String("compact") || (isLavtFamily(a) && a != QLatin1String("fianet"));
}

Result<TrainableNetwork> TrainableNetwork::build(const QString& architecture, QJsonObject config, int vocabSize,
                                                 int maxTokens, int inputSize) {
  using R = Result<TrainableNetwork>;
  TrainableNetwork t;
  try {
    if (architecture == QLatin1String("compact")) {
      config.remove(QStringLiteral("vocab_size"));
      auto options = compactOptionsFromConfig(config, vocabSize, maxTokens);
      if (!options) return R::failure(options.error());
      nets::CompactNet net(*options);
      t.module_ = net.ptr();
      t.forward_ = [net](const torch::Tensor& i, const torch::Tensor& ids, const torch::Tensor& m) mutable {
        return net->forward(i, ids, m);
      };
      t.config_ = compactConfigToJson(*options);
      return t;
    }
    if (isTrainableArchitecture(architecture)) {  // the LAVT family's trainable members
      auto options = lavtOptionsFromConfig(config, 0, architecture, inputSize);
      if (!options) return R::failure(options.error());
      options->bert.vocabSize = vocabSize;
      nets::LavtNet net(*options);
      t.module_ = net.ptr();
      t.forward_ = [net](const torch::Tensor& i, const torch::Tensor& ids, const torch::Tensor& m) mutable {
        return net->forward(i, ids, m);
      };
      t.config_ = lavtConfigToJson(*options);
      if (config.contains(QStringLiteral("layout"))) t.config_[QStringLiteral("layout")] = config.value(QStringLiteral("layout"));
      return t;
    }
  } catch (const std::exception& e) {
    return R::failure(QCoreApplication::translate("TrainingText", "Cannot build the %1 network: %2")
                          .arg(architecture, QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 2)));
  }
  return R::failure(QCoreApplication::translate("TrainingText", "Unknown architecture “%1”; this build trains: compact, lavt, rmsin.")
                        .arg(architecture));
}

torch::Tensor TrainableNetwork::forward(const torch::Tensor& image, const torch::Tensor& ids,
                                        const torch::Tensor& mask) const {
  return forward_(image, ids, mask);
}

}  // namespace rrsis::train

#include "train/checkpoint.h"

#include <map>
#include <mutex>

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

namespace rrsis::train {

namespace {

struct TrainingText {
  Q_DECLARE_TR_FUNCTIONS(Training)
};
constexpr const char* kCheckpointFormat = "rrsis-checkpoint/1";
constexpr const char* kModel = "model.";
constexpr const char* kExpAvg = "adam.exp_avg.";
constexpr const char* kExpAvgSq = "adam.exp_avg_sq.";

bool takePrefix(const std::string& key, const std::string& prefix, std::string* rest) {
  if (key.rfind(prefix, 0) != 0) return false;
  *rest = key.substr(prefix.size());
  return true;
}
}  // namespace

Status writeCheckpoint(const QString& folder, const nets::TensorMap& model, const nets::AdamW& adam,
                       const QJsonObject& state, bool best) {
  std::string error;
  if (best && !nets::writeSafetensors(QDir(folder).filePath(QStringLiteral("best.safetensors")).toStdString(), model,
                                      {}, &error))
    return Status::failure(QString::fromStdString(error));
  nets::TensorMap all;
  for (const auto& [key, value] : model) all[kModel + key] = value;
  for (std::size_t i = 0; i < adam.names.size(); ++i) {
    all[kExpAvg + adam.names[i]] = adam.expAvg[i];
    all[kExpAvgSq + adam.names[i]] = adam.expAvgSq[i];
  }
  {
    auto gen = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(gen.mutex());
    all["rng.cpu"] = gen.get_state();
  }
  const std::map<std::string, std::string> meta{
      {"format", kCheckpointFormat}, {"state", QJsonDocument(state).toJson(QJsonDocument::Compact).toStdString()}};
  if (!nets::writeSafetensors(QDir(folder).filePath(QStringLiteral("last.safetensors")).toStdString(), all, meta,
                              &error))
    return Status::failure(QString::fromStdString(error));
  return {};
}

Result<Checkpoint> readCheckpoint(const QString& folder) {
  using R = Result<Checkpoint>;
  const QString path = QDir(folder).filePath(QStringLiteral("last.safetensors"));
  nets::TensorMap tensors;
  std::map<std::string, std::string> meta;
  std::string error;
  if (!nets::readSafetensors(path.toStdString(), tensors, &meta, &error))
    return R::failure(TrainingText::tr("Cannot read the checkpoint: %1").arg(QString::fromStdString(error)));
  if (meta["format"] != kCheckpointFormat)
    return R::failure(TrainingText::tr("%1 is not an rrsis training checkpoint.").arg(QDir::toNativeSeparators(path)));
  Checkpoint c;
  c.state = QJsonDocument::fromJson(QByteArray::fromStdString(meta["state"])).object();
  for (auto& [key, value] : tensors) {
    std::string rest;
    if (takePrefix(key, kModel, &rest))
      c.model[rest] = value;
    else if (takePrefix(key, kExpAvgSq, &rest))
      c.expAvgSq[rest] = value;
    else if (takePrefix(key, kExpAvg, &rest))
      c.expAvg[rest] = value;
    else if (key == "rng.cpu")
      c.rng = value;
  }
  return c;
}

Status restoreOptimizer(const Checkpoint& checkpoint, nets::AdamW& adam) {
  torch::NoGradGuard noGrad;
  for (std::size_t i = 0; i < adam.names.size(); ++i) {
    const auto m = checkpoint.expAvg.find(adam.names[i]);
    const auto v = checkpoint.expAvgSq.find(adam.names[i]);
    const auto shape = adam.params[i].sizes();
    if (m == checkpoint.expAvg.end() || v == checkpoint.expAvgSq.end() || !m->second.sizes().equals(shape) ||
        !v->second.sizes().equals(shape))
      return Status::failure(TrainingText::tr("The checkpoint lacks the optimiser state of %1.")
                                 .arg(QString::fromStdString(adam.names[i])));
    adam.expAvg[i].copy_(m->second);
    adam.expAvgSq[i].copy_(v->second);
  }
  if (checkpoint.rng.defined()) {
    auto gen = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(gen.mutex());
    gen.set_state(checkpoint.rng);
  }
  return {};
}

}  // namespace rrsis::train

#pragma once
// Private to core: includes LibTorch.
#include <QJsonObject>
#include <QString>

#include "nets/adamw.h"
#include "nets/safetensors.h"
#include "util/result.h"

namespace rrsis::train {

/**
 * What a training checkpoint holds besides the run's JSON state: the network's weights, the
 * AdamW moments by parameter name and the CPU generator's state. A value type; its tensors
 * are on the CPU.
 */
struct Checkpoint {
  nets::TensorMap model;
  nets::TensorMap expAvg, expAvgSq;  ///< by parameter name
  torch::Tensor rng;                 ///< undefined when the file has none
  QJsonObject state;                 ///< the run's progress, as the trainer wrote it
};

/**
 * Writes `folder`/last.safetensors (weights, moments, generator state and `state`) through
 * a temporary file and a rename, so a failed write leaves the previous checkpoint intact;
 * when `best`, also `folder`/best.safetensors with the weights alone.
 */
Status writeCheckpoint(const QString& folder, const nets::TensorMap& model, const nets::AdamW& adam,
                       const QJsonObject& state, bool best);

/** Reads `folder`/last.safetensors; an error when it is missing, damaged or not a checkpoint. */
Result<Checkpoint> readCheckpoint(const QString& folder);

/**
 * Puts a checkpoint's moments into `adam` (every parameter must have both, of its shape) and
 * restores the CPU generator. `adam.step` is the caller's (it lives in the state JSON).
 */
Status restoreOptimizer(const Checkpoint& checkpoint, nets::AdamW& adam);

}  // namespace rrsis::train

#pragma once
#include <memory>

#include <QString>

#include "model/segmenter.h"
#include "util/result.h"

namespace rrsis {

/**
 * Loads a model bundle into the LibTorch engine: its tokenizer, and its network (TorchScript,
 * the compact network, or one of the LAVT family) on the GPU when there is one and
 * `options.forceCpu` is not set, else on the CPU. With `options.warmUp`, runs one query so the
 * first real one is fast and the module is known to keep its contract. Each problem (manifest,
 * vocabulary, weights, a first run that fails) is an error message.
 */
Result<std::unique_ptr<Segmenter>> loadSegmenter(const QString& bundle, const SegmenterOptions& options = {});

}  // namespace rrsis

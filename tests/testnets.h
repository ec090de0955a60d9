#pragma once
// Helpers of the native-network tests (tst_lavt, tst_rmsin): golden files and training steps.
#include <string>

#include <torch/torch.h>

#include "nets/lavtnet.h"
#include "nets/safetensors.h"

namespace rrsis::test {

/** Reads a golden safetensors file or ends the test run with the reason. */
nets::TensorMap readGoldenFile(const std::string& path);

/** A network of `options` with the golden file's "model.*" weights, in eval mode. */
nets::LavtNet netFromGolden(const nets::LavtOptions& options, const nets::TensorMap& golden);

/**
 * Writes a golden file: a network of `options` with its random weights moved a little (and
 * batch-norm statistics that are not the identity), two inputs of `height` x `width`, two
 * token sequences with padding, and the logits this implementation gives for them.
 */
void writeGoldenFile(const nets::LavtOptions& options, unsigned seed, int64_t height, int64_t width,
                     const std::string& path);

/**
 * Trains `net` for 25 AdamW steps on a fixed two-sample task (top half, right half) at
 * `size` x `size` and returns the first and the last loss.
 */
std::pair<double, double> trainBriefly(nets::LavtNet& net, int64_t size);

}  // namespace rrsis::test

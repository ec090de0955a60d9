#pragma once
// Helpers of the native-network tests (tst_lavt, tst_rmsin): golden files and training steps.
#include <string>

#include <QString>
#include <torch/torch.h>

#include "nets/lavtnet.h"
#include "nets/safetensors.h"
#include "train/trainer.h"

namespace rrsis::test {

/**
 * The tiny sizes of the native-network tests on top of `base` (LAVT, RMSIN or FIANet options):
 * Swin with 4 stages of 2 blocks, window 4, heads 1,1,2,2, PWAM heads 1,2,1,2, 16-wide word
 * features, and a one-layer 16-wide BERT over 24 words with 16 positions. `embedDim` as given.
 */
nets::LavtOptions tinyOptions(nets::LavtOptions base, int64_t embedDim);

/**
 * A network of `options` built after seeding with `seed`, its random weights moved a little and
 * batch-norm statistics that are not the identity, in eval mode; the weights also go into
 * `golden` as "model.*" (what a golden file holds).
 */
nets::LavtNet perturbedNet(const nets::LavtOptions& options, unsigned seed, nets::TensorMap* golden);

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
 * `size` x `size` and returns the first and the last loss. With object and position masks
 * ([2,4] long) the network runs as FIANet.
 */
std::pair<double, double> trainBriefly(nets::LavtNet& net, int64_t size, const torch::Tensor& objectMask = {},
                                       const torch::Tensor& positionMask = {});

/** The largest absolute difference of two tensors. */
double maxDiff(const torch::Tensor& a, const torch::Tensor& b);

/**
 * What `rrsis convert` says when it refuses `checkpoint` as `architecture` (vocabulary
 * tests/data/lavt/vocab.txt); "converted" when it did not refuse, "wrote a bundle" when it
 * refused but left a bundle behind.
 */
QString conversionRefusal(const QString& checkpoint, const QString& architecture, int inputSize = 0);

/** A one-epoch fine-tuning run of `base` on `data` into `out`: batch 2, one thread, fp32, backbone frozen. */
TrainOptions fineTuneOptions(const QString& base, const QString& data, const QString& out);

}  // namespace rrsis::test

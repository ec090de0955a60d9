#pragma once
#include <string>

#include <torch/types.h>

namespace rrsis::nets {

/** How computation is placed: the device chosen once per process and the intra-op threads. */
struct ComputeSettings {
  bool forceCpu = false;
  int threads = 0;  ///< 0: all logical CPUs
};

/** CUDA when LibTorch was built with it and a GPU is present (and not forced off), else CPU. */
torch::Device selectDevice(bool forceCpu);

/** A short human-readable name of a device ("CPU", "CUDA:0"). */
std::string deviceName(const torch::Device& device);

/** The default intra-op thread count: every logical CPU of this machine. */
int defaultThreadCount();

/**
 * Sets the intra-op thread count (0 = default) for ATen in the calling thread and returns
 * the count in effect. Call at the start of every thread that runs ATen (OpenMP settings are
 * per thread).
 */
int applyThreadSettings(int threads);

/** True when the CPU computes bf16 natively (AVX512-BF16 or AMX, from /proc/cpuinfo). */
bool cpuHasBf16();

/** A one-line summary of the LibTorch build: version, CUDA availability, thread count. */
std::string torchBuildSummary();

}  // namespace rrsis::nets

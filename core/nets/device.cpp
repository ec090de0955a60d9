#include "nets/device.h"

#include <thread>

#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/version.h>

#include <fstream>

namespace rrsis::nets {

bool cpuHasBf16() {
  static const bool has = [] {
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line))
      if (line.rfind("flags", 0) == 0)
        return line.find(" avx512_bf16") != std::string::npos || line.find(" amx_bf16") != std::string::npos;
    return false;
  }();
  return has;
}

torch::Device selectDevice(bool forceCpu) {
  if (!forceCpu && torch::cuda::is_available()) return torch::Device(torch::kCUDA, 0);
  return torch::Device(torch::kCPU);
}

std::string deviceName(const torch::Device& device) {
  if (device.is_cuda()) return "CUDA:" + std::to_string(device.has_index() ? device.index() : 0);
  return "CPU";
}

int defaultThreadCount() {
  const unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

int applyThreadSettings(int threads) {
  at::init_num_threads();
  const int wanted = threads > 0 ? threads : defaultThreadCount();
  if (at::get_num_threads() != wanted) at::set_num_threads(wanted);
  return at::get_num_threads();
}

std::string torchBuildSummary() {
  std::string s = "LibTorch " TORCH_VERSION;
  s += torch::cuda::is_available() ? ", CUDA devices: " + std::to_string(torch::cuda::device_count()) : ", no CUDA";
  s += ", intra-op threads: " + std::to_string(at::get_num_threads());
  return s;
}

}  // namespace rrsis::nets

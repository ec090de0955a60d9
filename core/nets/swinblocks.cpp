#include "nets/swinblocks.h"
#include "nets/precision.h"

#include "nets/gelu.h"

namespace rrsis::nets {

namespace nn = torch::nn;
namespace F = torch::nn::functional;

namespace {

/** [B, Hp, Wp, C] -> [nW*B, w*w, C] */
torch::Tensor partition(const torch::Tensor& x, int64_t w) {
  const auto B = x.size(0), H = x.size(1), W = x.size(2), C = x.size(3);
  return x.view({B, H / w, w, W / w, w, C}).permute({0, 1, 3, 2, 4, 5}).contiguous().view({-1, w * w, C});
}

/** [nW*B, w*w, C] -> [B, Hp, Wp, C] */
torch::Tensor reverse(const torch::Tensor& windows, int64_t w, int64_t H, int64_t W) {
  const auto C = windows.size(-1);
  const auto B = windows.size(0) / ((H / w) * (W / w));
  return windows.view({B, H / w, W / w, w, w, C}).permute({0, 1, 3, 2, 4, 5}).contiguous().view({B, H, W, C});
}

}  // namespace

WindowAttentionImpl::WindowAttentionImpl(int64_t dim, int64_t window_, int64_t heads_)
    : window(window_), heads(heads_), scale(std::pow(double(dim / heads_), -0.5)) {
  relative_position_bias_table =
      register_parameter("relative_position_bias_table", torch::zeros({(2 * window - 1) * (2 * window - 1), heads}));
  const auto coords = torch::stack(torch::meshgrid({torch::arange(window), torch::arange(window)}, "ij")).flatten(1);
  auto relative = (coords.unsqueeze(2) - coords.unsqueeze(1)).permute({1, 2, 0}).contiguous();
  relative.select(2, 0).add_(window - 1).mul_(2 * window - 1);
  relative.select(2, 1).add_(window - 1);
  relative_position_index = register_buffer("relative_position_index", relative.sum(-1));
  qkv = register_module("qkv", nn::Linear(dim, 3 * dim));
  proj = register_module("proj", nn::Linear(dim, dim));
}

torch::Tensor WindowAttentionImpl::forward(const torch::Tensor& x, const torch::Tensor& mask) {
  const auto B_ = x.size(0), N = x.size(1), C = x.size(2);
  const auto parts = qkv(x).reshape({B_, N, 3, heads, C / heads}).permute({2, 0, 3, 1, 4});
  auto attn = torch::matmul(parts[0] * scale, parts[1].transpose(-2, -1));
  const auto bias = relative_position_bias_table.index_select(0, relative_position_index.view(-1))
                        .view({N, N, -1})
                        .permute({2, 0, 1});
  attn = attn + bias.unsqueeze(0);
  if (mask.defined()) {
    const auto nW = mask.size(0);
    attn = (attn.view({B_ / nW, nW, heads, N, N}) + mask.unsqueeze(1).unsqueeze(0)).view({-1, heads, N, N});
  }
  return proj(torch::matmul(attn.softmax(-1), parts[2]).transpose(1, 2).reshape({B_, N, C}));
}

SwinMlpImpl::SwinMlpImpl(int64_t dim, int64_t hidden) {
  fc1 = register_module("fc1", nn::Linear(dim, hidden));
  fc2 = register_module("fc2", nn::Linear(hidden, dim));
}

torch::Tensor SwinMlpImpl::forward(const torch::Tensor& x) { return fc2(nets::gelu(fc1(x))); }

SwinBlockImpl::SwinBlockImpl(int64_t dim, int64_t heads, int64_t window_, int64_t shift_, double mlpRatio)
    : window(window_), shift(shift_) {
  norm1 = register_module("norm1", nn::LayerNorm(nn::LayerNormOptions({dim})));
  attn = register_module("attn", WindowAttention(dim, window, heads));
  norm2 = register_module("norm2", nn::LayerNorm(nn::LayerNormOptions({dim})));
  mlp = register_module("mlp", SwinMlp(dim, int64_t(double(dim) * mlpRatio)));
}

torch::Tensor SwinBlockImpl::forward(const torch::Tensor& input, int64_t H, int64_t W, const torch::Tensor& mask) {
  const auto B = input.size(0), C = input.size(2);
  auto x = layerNormFp32(norm1, input).view({B, H, W, C});
  const int64_t padR = (window - W % window) % window, padB = (window - H % window) % window;
  if (padR > 0 || padB > 0) x = F::pad(x, F::PadFuncOptions({0, 0, 0, padR, 0, padB}));
  const auto Hp = x.size(1), Wp = x.size(2);
  if (shift > 0) x = torch::roll(x, {-shift, -shift}, {1, 2});
  x = reverse(attn(partition(x, window), shift > 0 ? mask : torch::Tensor()), window, Hp, Wp);
  if (shift > 0) x = torch::roll(x, {shift, shift}, {1, 2});
  if (padR > 0 || padB > 0) x = x.slice(1, 0, H).slice(2, 0, W).contiguous();
  x = input + x.view({B, H * W, C});
  return x + mlp(layerNormFp32(norm2, x));
}

torch::Tensor shiftedWindowMask(int64_t H, int64_t W, int64_t w, int64_t s, const torch::TensorOptions& options) {
  const int64_t Hp = (H + w - 1) / w * w, Wp = (W + w - 1) / w * w;
  auto img = torch::zeros({1, Hp, Wp, 1}, options);
  int64_t count = 0;
  const std::pair<int64_t, int64_t> slices[3] = {{0, Hp - w}, {Hp - w, Hp - s}, {Hp - s, Hp}};
  const std::pair<int64_t, int64_t> cols[3] = {{0, Wp - w}, {Wp - w, Wp - s}, {Wp - s, Wp}};
  for (const auto& [h0, h1] : slices)
    for (const auto& [w0, w1] : cols) {
      img.slice(1, h0, h1).slice(2, w0, w1).fill_(double(count));
      ++count;
    }
  const auto windows = partition(img, w).view({-1, w * w});
  auto mask = windows.unsqueeze(1) - windows.unsqueeze(2);
  return mask.masked_fill(mask != 0, -100.0).masked_fill(mask == 0, 0.0);
}

PatchMergingImpl::PatchMergingImpl(int64_t dim) {
  reduction = register_module("reduction", nn::Linear(nn::LinearOptions(4 * dim, 2 * dim).bias(false)));
  norm = register_module("norm", nn::LayerNorm(nn::LayerNormOptions({4 * dim})));
}

torch::Tensor PatchMergingImpl::forward(const torch::Tensor& input, int64_t H, int64_t W) {
  const auto B = input.size(0), C = input.size(2);
  auto x = input.view({B, H, W, C});
  if (H % 2 == 1 || W % 2 == 1) x = F::pad(x, F::PadFuncOptions({0, 0, 0, W % 2, 0, H % 2}));
  using torch::indexing::Slice;
  const auto x0 = x.index({Slice(), Slice(0, torch::indexing::None, 2), Slice(0, torch::indexing::None, 2)});
  const auto x1 = x.index({Slice(), Slice(1, torch::indexing::None, 2), Slice(0, torch::indexing::None, 2)});
  const auto x2 = x.index({Slice(), Slice(0, torch::indexing::None, 2), Slice(1, torch::indexing::None, 2)});
  const auto x3 = x.index({Slice(), Slice(1, torch::indexing::None, 2), Slice(1, torch::indexing::None, 2)});
  return reduction(layerNormFp32(norm, torch::cat({x0, x1, x2, x3}, -1).view({B, -1, 4 * C})));
}

}  // namespace rrsis::nets

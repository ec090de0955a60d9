#pragma once
#include <cstdint>
#include <string>

#include <torch/torch.h>

#include "nets/bertencoder.h"
#include "nets/multimodalswin.h"
#include "nets/simpledecoding.h"

namespace rrsis::nets {

/** Sizes of a LAVT network: the backbone and its BERT. */
struct LavtOptions {
  SwinOptions swin;
  BertOptions bert;
  bool rotatedDecoder = false;  ///< RMSIN: adaptive rotated convolutions in the decoder
  LgceOptions lgce;             ///< LGCE: the decoder's language-guided enhancement of stages 3 and 4
  /** RMSIN's options on top of LAVT's: intra-scale branch, cross-scale module for `inputSize`, rotated decoder. */
  static LavtOptions rmsin(int64_t inputSize);
  /** FIANet's options: its stages and `tmemBlocks` text-aware enhancement blocks (1 RefSegRS, 3 RRSIS-D). */
  static LavtOptions fianet(int64_t tmemBlocks);
  /** LGCE's options (RRSIS paper): LAVT with the language-guided enhancement in the decoder. */
  static LavtOptions withLgce();
  /** Empty when usable, else what is wrong (text width must be BERT's hidden size). */
  std::string validate() const;
};

/** The side of the deepest backbone map for a square input (15 at 480 px, 28 at 896 px). */
int64_t deepestSide(int64_t inputSize);

/**
 * LAVT (yz93/LAVT-RIS) as `lavt_one` lays it out, RMSIN (Lsan2401/RMSIN, also RemoteSAM),
 * FIANet and LGCE with their options: "backbone" (the multi-modal Swin),
 * "classifier" (SimpleDecoding on 8 x embed channels) and "text_encoder" (BERT). A checkpoint
 * of the `lavt` layout keeps BERT apart as "bert_model"; the converter files it under
 * "text_encoder", so both layouts run in this one module. Logits [B,2,H,W] at the input size.
 */
struct LavtNetImpl : torch::nn::Module {
  explicit LavtNetImpl(const LavtOptions& options);
  /** image [B,3,H,W] float; ids, mask [B,L] long. */
  torch::Tensor forward(const torch::Tensor& image, const torch::Tensor& ids, const torch::Tensor& mask);
  /** The word features [B, hidden, L] BERT gives for a query (what forwardWithText reuses). */
  torch::Tensor encodeText(const torch::Tensor& ids, const torch::Tensor& mask);
  /** The rest of forward() for word features already computed; `mask` [B,L] as for forward. */
  torch::Tensor forwardWithText(const torch::Tensor& image, const torch::Tensor& words, const torch::Tensor& mask);
  /**
   * FIANet: BERT run with the expression's mask, its object-word mask and its position-word
   * mask (each [B,L] long), the three word features into the backbone.
   */
  torch::Tensor forwardFianet(const torch::Tensor& image, const torch::Tensor& ids, const torch::Tensor& mask,
                              const torch::Tensor& objectMask, const torch::Tensor& positionMask);
  /** FIANet's three word features and masks for a query (what forwardWithLanguage reuses). */
  LanguageFeatures encodeFianetText(const torch::Tensor& ids, const torch::Tensor& mask,
                                    const torch::Tensor& objectMask, const torch::Tensor& positionMask);
  /** The rest of forwardFianet() for word features already computed. */
  torch::Tensor forwardWithLanguage(const torch::Tensor& image, const LanguageFeatures& language);
  /** The decoder on the backbone's four maps (and the word features, for LGCE), logits upsampled to the image. */
  torch::Tensor decode(const torch::Tensor& image, const std::vector<torch::Tensor>& features,
                       const torch::Tensor& words);
  LavtOptions options;
  MultiModalSwin backbone{nullptr};
  SimpleDecoding classifier{nullptr};
  BertEncoder text_encoder{nullptr};
};
TORCH_MODULE(LavtNet);

}  // namespace rrsis::nets

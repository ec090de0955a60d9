#pragma once
// Private to core: includes LibTorch.
#include <map>
#include <string>

#include <QJsonObject>
#include <QStringList>

#include "nets/lavtnet.h"
#include "nets/safetensors.h"
#include "util/result.h"

namespace rrsis {

/**
 * The manifest "config" of the LAVT family's parts, and the same sizes read back from a
 * checkpoint's weights. Config layout:
 *   "swin": {"embed_dim", "depths", "heads", "window", "mlp_ratio", "fusion_heads",
 *            "various_receptive", "cim_side", "fianet", "tmem_blocks"} (or a name: "tiny", "small", "base", "large",
 *           optionally "-w7" / "-w12"),
 *   "bert": {"vocab_size", "hidden_size", "layers", "heads", "intermediate_size", "max_positions"}.
 *   "decoder": "simple" (LAVT) or "rotated" (RMSIN).
 * Missing keys keep the published defaults (Swin-B window 12, BERT-base; for RMSIN its
 * branches and the cross-scale module for the bundle's input size).
 */
Result<nets::SwinOptions> swinOptionsFromJson(const QJsonValue& value, nets::SwinOptions defaults = {});
QJsonObject swinOptionsToJson(const nets::SwinOptions& options);
Result<nets::BertOptions> bertOptionsFromJson(const QJsonValue& value);
QJsonObject bertOptionsToJson(const nets::BertOptions& options);

/**
 * Whether `architecture` is one of the LAVT family ("lavt", "rmsin", "fianet"): one network
 * class (nets::LavtNet with options), BERT under "text_encoder", the same Swin names.
 */
bool isLavtFamily(const QString& architecture);

/**
 * LAVT, RMSIN or FIANet ("lavt", "rmsin", "fianet") from a manifest config; `vocabSize` (the tokenizer's, 0
 * unknown) must equal BERT's; `inputSize` is the bundle's (RMSIN's cross-scale module is
 * built for it).
 */
Result<nets::LavtOptions> lavtOptionsFromConfig(const QJsonObject& config, int vocabSize,
                                                const QString& architecture = QStringLiteral("lavt"),
                                                int inputSize = 480);
QJsonObject lavtConfigToJson(const nets::LavtOptions& options);

/** LGCE's decoder sizes from config "lgce" (an object: depths, heads, mlp_ratio); absent: `defaults`. */
Result<nets::LgceOptions> lgceOptionsFromJson(const QJsonValue& value, nets::LgceOptions defaults);
QJsonObject lgceOptionsToJson(const nets::LgceOptions& options);
/** LGCE's decoder sizes read from weights under prefix `p` (disabled when it has no lg_layer3). */
nets::LgceOptions lgceOptionsFromWeights(const nets::TensorMap& weights, const std::string& p);

/**
 * The Swin sizes a checkpoint's weights imply under `prefix` ("backbone."): embed width from
 * the patch embedding, depths from the block count, heads and window from the relative
 * position tables ((2w-1)^2 rows; official files say window12=False even for window 12).
 * PWAM heads leave no trace in the shapes: `fusionHeads` comes from the training arguments.
 */
Result<nets::SwinOptions> swinOptionsFromWeights(const nets::TensorMap& weights, const std::string& prefix);
/**
 * The deepest map's side RMSIN's cross-scale module was built for, from the shape of its
 * attention's "proj" under `prefix`; 0 when the weights have no such module.
 */
Result<int64_t> cimSideFromWeights(const nets::TensorMap& weights, const std::string& prefix);
/** BERT's sizes from its weights under `prefix` ("text_encoder."); heads = hidden / 64. */
Result<nets::BertOptions> bertOptionsFromWeights(const nets::TensorMap& weights, const std::string& prefix);

}  // namespace rrsis

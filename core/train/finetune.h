#pragma once
// Private to core: includes LibTorch.
#include <QString>
#include <QStringList>

#include "model/modelmanifest.h"
#include "nets/safetensors.h"
#include "train/trainer.h"
#include "util/result.h"

namespace torch::nn {
class Module;
}

namespace rrsis {
class WordPieceTokenizer;
}

namespace rrsis::train {

/** A bundle that a run starts from, read once; the bundle itself is never written. */
struct BaseModel {
  ModelManifest manifest;
  QString hash;             ///< bundleHash(), recorded as the parent of the new model
  nets::TensorMap weights;  ///< on the CPU
  QStringList vocab;        ///< vocab.txt, one token per entry
};

/**
 * Reads a bundle to fine-tune from: its manifest, weights and WordPiece vocabulary. An error
 * when the architecture cannot be trained by this build (TorchScript modules, for one) or
 * the files are damaged.
 */
Result<BaseModel> loadBaseModel(const QString& bundle);

/**
 * The lower-cased words of `expressions` (runs of letters and digits) that `vocab` lacks as
 * whole tokens, most frequent first, each once.
 */
QStringList missingWords(const QStringList& vocab, const QStringList& expressions);

/**
 * Grows the embedding table `key` of `weights` by one row per word in `words` (appended in
 * order, so every old id keeps its row). A new row starts as the mean of the rows of the
 * pieces `oldTokenizer` splits the word into, which is what the network saw for it before;
 * a word that only splits into [UNK] starts at the [UNK] row.
 */
Status extendEmbedding(nets::TensorMap& weights, const std::string& key, const WordPieceTokenizer& oldTokenizer,
                       const QStringList& words);

/** The embedding table of an architecture's text encoder ("text.embed.weight" for compact). */
std::string embeddingKey(const QString& architecture);

/** Whether parameter `name` of `architecture` is in `group`. */
bool inFreezeGroup(const QString& architecture, const std::string& name, FreezeGroup group);

/** Stops gradients for every parameter in `group`; returns how many tensors were frozen. */
int freezeParameters(torch::nn::Module& module, const QString& architecture, FreezeGroup group);

/**
 * After module.train(): puts the normalisation layers of the frozen group back in eval mode,
 * so their running statistics stay those of the base model.
 */
void holdFrozenNormalisation(torch::nn::Module& module, const QString& architecture, FreezeGroup group);

}  // namespace rrsis::train

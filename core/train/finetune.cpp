#include "train/finetune.h"

#include "engine/nativeconfig.h"
#include "train/trainablenetwork.h"

#include <algorithm>
#include <cstring>
#include <map>

#include <torch/torch.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

#include "text/wordpiecetokenizer.h"

namespace rrsis::train {

namespace {
struct TrainingText {
  Q_DECLARE_TR_FUNCTIONS(Training)
};

bool startsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

/** "stages.2.blocks.0.dw.weight" -> the part after "stages.N.", or "" when not a stage. */
std::string stageMember(const std::string& name) {
  if (!startsWith(name, "stages.")) return {};
  const std::size_t dot = name.find('.', 7);
  return dot == std::string::npos ? std::string() : name.substr(dot + 1);
}
}  // namespace

Result<BaseModel> loadBaseModel(const QString& bundle) {
  using R = Result<BaseModel>;
  auto manifest = readModelManifest(bundle);
  if (!manifest) return R::failure(manifest.error());
  BaseModel base;
  base.manifest = *manifest;
  if (!isTrainableArchitecture(base.manifest.architecture))
    return R::failure(TrainingText::tr("%1 is a “%2” model; this build fine-tunes: compact, lavt, rmsin.")
                          .arg(QDir::toNativeSeparators(base.manifest.bundlePath), base.manifest.architecture));
  if (base.manifest.tokenizer != QLatin1String("wordpiece"))
    return R::failure(TrainingText::tr("%1 uses a %2 tokenizer; fine-tuning needs a WordPiece vocabulary.")
                          .arg(QDir::toNativeSeparators(base.manifest.bundlePath), base.manifest.tokenizer));
  std::string error;
  if (!nets::readSafetensors(base.manifest.weightsPath.toStdString(), base.weights, nullptr, &error))
    return R::failure(TrainingText::tr("Cannot read the base model's weights: %1").arg(QString::fromStdString(error)));
  QFile vocab(base.manifest.vocabPath);
  if (!vocab.open(QIODevice::ReadOnly))
    return R::failure(TrainingText::tr("Cannot read the base model's vocabulary %1: %2")
                          .arg(QDir::toNativeSeparators(base.manifest.vocabPath), vocab.errorString()));
  base.vocab = QString::fromUtf8(vocab.readAll()).split(QLatin1Char('\n'));
  while (!base.vocab.isEmpty() && base.vocab.back().trimmed().isEmpty()) base.vocab.removeLast();
  for (QString& token : base.vocab) token = token.trimmed();
  base.hash = bundleHash(base.manifest);
  return base;
}

QStringList missingWords(const QStringList& vocab, const QStringList& expressions) {
  const QSet<QString> known(vocab.begin(), vocab.end());
  std::map<QString, int> counts;
  QStringList firstSeen;
  for (const QString& e : expressions)
    for (const QString& w : expressionWords(e)) {
      if (known.contains(w)) continue;
      if (counts[w]++ == 0) firstSeen << w;
    }
  std::stable_sort(firstSeen.begin(), firstSeen.end(),
                   [&](const QString& a, const QString& b) { return counts[a] > counts[b]; });
  return firstSeen;
}

Status extendEmbedding(nets::TensorMap& weights, const std::string& key, const WordPieceTokenizer& oldTokenizer,
                       const QStringList& words) {
  const auto it = weights.find(key);
  if (it == weights.end() || it->second.dim() != 2)
    return Status::failure(
        TrainingText::tr("The base model has no embedding table “%1”.").arg(QString::fromStdString(key)));
  torch::NoGradGuard noGrad;
  const torch::Tensor old = it->second.to(torch::kFloat);
  std::vector<torch::Tensor> rows{old};
  for (const QString& w : words) {
    std::vector<int64_t> ids;
    for (const QString& piece : oldTokenizer.tokenize(w)) ids.push_back(oldTokenizer.tokenId(piece));
    if (ids.empty()) ids.push_back(oldTokenizer.tokenId(QStringLiteral("[UNK]")));
    for (int64_t& id : ids)
      if (id < 0 || id >= old.size(0)) id = oldTokenizer.tokenId(QStringLiteral("[UNK]"));
    rows.push_back(old.index_select(0, torch::tensor(ids, torch::kLong)).mean(0, true));
  }
  it->second = torch::cat(rows, 0).to(it->second.scalar_type()).contiguous();
  return {};
}

std::string embeddingKey(const QString& architecture) {
  if (isLavtFamily(architecture)) return "text_encoder.embeddings.word_embeddings.weight";
  return "text.embed.weight";
}

namespace {

/** The LAVT family's groups: BERT is the text; the Swin blocks, patch embedding and merging are the backbone. */
bool inLavtFreezeGroup(const std::string& name, FreezeGroup group) {
  if (group == FreezeGroup::Text) return startsWith(name, "text_encoder.");
  if (group != FreezeGroup::Backbone) return false;
  if (startsWith(name, "backbone.patch_embed.")) return true;
  const char* layers = "backbone.layers.";
  if (!startsWith(name, layers)) return false;
  const std::size_t dot = name.find('.', std::strlen(layers));
  const std::string member = dot == std::string::npos ? std::string() : name.substr(dot + 1);
  // The language fusion, its gates and RMSIN's branches keep learning, as the decoder does.
  return startsWith(member, "blocks.") || startsWith(member, "downsample.");
}

}  // namespace

bool inFreezeGroup(const QString& architecture, const std::string& name, FreezeGroup group) {
  if (isLavtFamily(architecture)) return inLavtFreezeGroup(name, group);
  switch (group) {
    case FreezeGroup::None:
      return false;
    case FreezeGroup::Text:
      return startsWith(name, "text.");
    case FreezeGroup::Backbone: {
      // The visual encoder: the stem and each stage's downsampling and blocks. The stages'
      // word fusion, the decoder and the head keep learning.
      if (startsWith(name, "stem.")) return true;
      const std::string member = stageMember(name);
      return startsWith(member, "down.") || startsWith(member, "blocks.");
    }
  }
  return false;
}

int freezeParameters(torch::nn::Module& module, const QString& architecture, FreezeGroup group) {
  int frozen = 0;
  for (auto& item : module.named_parameters(true))
    if (inFreezeGroup(architecture, item.key(), group)) {
      item.value().set_requires_grad(false);
      ++frozen;
    }
  return frozen;
}

void holdFrozenNormalisation(torch::nn::Module& module, const QString& architecture, FreezeGroup group) {
  if (group == FreezeGroup::None) return;
  for (const auto& item : module.named_modules(std::string(), false)) {
    if (!item.value()->as<torch::nn::BatchNorm2d>()) continue;
    if (inFreezeGroup(architecture, item.key() + ".weight", group)) item.value()->eval();
  }
}

}  // namespace rrsis::train

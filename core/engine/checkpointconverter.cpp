#include "engine/checkpointconverter.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include "model/modelmanifest.h"
#include "engine/nativeconfig.h"
#include "text/fianettextmasks.h"
#include "nets/statedict.h"
#include "nets/torchcheckpoint.h"

namespace rrsis {

namespace {

struct ConvertCheckpointText {
  Q_DECLARE_TR_FUNCTIONS(ConvertCheckpoint)
};

QString tr(const char* text) { return ConvertCheckpointText::tr(text); }
QString native(const QString& path) { return QDir::toNativeSeparators(path); }

bool startsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

std::string stripModulePrefix(std::string key) {
  while (startsWith(key, "module.")) key.erase(0, 7);
  return key;
}

/** Training state that a model never needs: never read from the file. */
bool isTrainingState(const std::string& path) {
  static const char* skipped[] = {"optimizer", "lr_scheduler", "scheduler", "optim", "scaler", "amp"};
  const std::string head = path.substr(0, path.find('.'));
  for (const char* s : skipped)
    if (head == s) return true;
  return false;
}

/** The network's state dict out of a checkpoint: "model.", "state_dict." or the file itself. */
nets::TensorMap modelWeights(const nets::TorchCheckpoint& c, QString* layout) {
  std::string root;
  for (const char* candidate : {"model.", "state_dict.", "model_state_dict."})
    for (const auto& [k, v] : c.tensors)
      if (root.empty() && startsWith(k, candidate)) root = candidate;
  nets::TensorMap weights;
  bool separateBert = false;
  for (const auto& [k, v] : c.tensors) {
    if (startsWith(k, "bert_model.")) {
      weights["text_encoder." + stripModulePrefix(k.substr(11))] = v;
      separateBert = true;
    } else if (root.empty() || startsWith(k, root)) {
      weights[stripModulePrefix(k.substr(root.size()))] = v;
    }
  }
  *layout = separateBert ? QStringLiteral("lavt") : QStringLiteral("lavt_one");
  return weights;
}

std::vector<int64_t> parseHeads(const std::string& mha) {
  std::vector<int64_t> heads;
  size_t start = 0;
  while (start <= mha.size()) {
    const size_t dash = mha.find('-', start);
    try {
      heads.push_back(std::stoll(mha.substr(start, dash == std::string::npos ? std::string::npos : dash - start)));
    } catch (const std::exception&) {
      return {};
    }
    if (dash == std::string::npos) break;
    start = dash + 1;
  }
  return heads;
}

std::string argument(const nets::TorchCheckpoint& c, const std::string& name) {
  const auto it = c.arguments.find("args." + name);
  return it == c.arguments.end() ? std::string() : it->second;
}

Result<nets::LavtOptions> lavtOptions(const nets::TorchCheckpoint& c, const nets::TensorMap& w,
                                      const QString& architecture, QStringList* notes) {
  using R = Result<nets::LavtOptions>;
  auto swin = swinOptionsFromWeights(w, "backbone.");
  if (!swin) return R::failure(swin.error());
  auto bert = bertOptionsFromWeights(w, "text_encoder.");
  if (!bert)
    return R::failure(
        tr("The checkpoint holds no BERT weights (a lavt checkpoint keeps them in \"bert_model\", "
           "a lavt_one checkpoint in \"model\" as \"text_encoder.*\")."));
  const std::string mha = argument(c, "mha");
  if (!mha.empty()) {
    const auto heads = parseHeads(mha);
    if (heads.size() != 4)
      return R::failure(tr("args.mha \"%1\" is not four numbers a-b-c-d").arg(QString::fromStdString(mha)));
    swin->fusionHeads = heads;
  }
  const bool rmsin = swin->cimSide > 0 || swin->variousReceptive;
  const nets::LgceOptions lgce = lgceOptionsFromWeights(w, "classifier.");
  const QString found = rmsin          ? QStringLiteral("rmsin")
                        : swin->fianet ? QStringLiteral("fianet")
                        : lgce.enabled ? QStringLiteral("lgce")
                                       : QStringLiteral("lavt");
  const QString asked = architecture == QLatin1String("lavt_one") ? QStringLiteral("lavt") : architecture;
  if (found != asked)
    return R::failure(rmsin          ? tr("The weights are RMSIN's (cross-scale module, intra-scale branches): convert "
                                                   "with --arch rmsin.")
                      : swin->fianet ? tr("The weights are FIANet's (object-position alignment, text-aware "
                                          "enhancement): convert with --arch fianet.")
                      : lgce.enabled
                          ? tr("The weights are LGCE's (language-guided enhancement in the decoder): "
                               "convert with --arch lgce.")
                          : tr("The weights are LAVT's (no RMSIN, FIANet or LGCE modules): convert with --arch "
                               "lavt or lavt_one."));
  if (argument(c, "window12") == "False" && swin->window == 12)
    notes->append(
        tr("args.window12 says False, but the relative position tables (529 rows) are those of "
           "window 12: window 12 is used."));
  const std::string type = argument(c, "swin_type");
  nets::SwinOptions named;
  if (!type.empty() && nets::SwinOptions::fromName(type, named) &&
      (named.embedDim != swin->embedDim || named.depths != swin->depths))
    notes->append(tr("args.swin_type says %1, but the weights are of another size; the weights' sizes are used.")
                      .arg(QString::fromStdString(type)));
  if (bert->hiddenSize != 768)
    notes->append(tr("BERT is %1 wide, not BERT-base's 768; its heads leave no trace in the weights, so %2 "
                     "(one per 64 channels) are assumed.")
                      .arg(bert->hiddenSize)
                      .arg(bert->heads));
  nets::LavtOptions o;
  o.swin = *swin;
  o.bert = *bert;
  o.rotatedDecoder = rmsin;
  o.lgce = lgce;
  const std::string problem = o.validate();
  if (!problem.empty()) return R::failure(QString::fromStdString(problem));
  return o;
}

/**
 * LGCE's reference decoder builds modules whose results never reach the logits: msb2 and msb3
 * (their calls are commented out), lg_layer1 and lg_layer2, msb1's patch embeddings, and msb1's
 * CLS-token cross-attention (projs, fusion, revert_projs), whose output token is dropped before
 * the decoder. Their weights are left out of the bundle, and a note says how many.
 */
void dropUnusedLgceWeights(nets::TensorMap* weights, QStringList* notes) {
  static const char* unused[] = {"classifier.msb2.",
                                 "classifier.msb3.",
                                 "classifier.lg_layer1.",
                                 "classifier.lg_layer2.",
                                 "classifier.msb1.patch_embed.",
                                 "classifier.msb1.msb.projs.",
                                 "classifier.msb1.msb.fusion.",
                                 "classifier.msb1.msb.revert_projs."};
  int64_t tensors = 0, values = 0;
  for (auto it = weights->begin(); it != weights->end();) {
    bool drop = false;
    for (const char* prefix : unused) drop = drop || startsWith(it->first, prefix);
    if (!drop) {
      ++it;
      continue;
    }
    ++tensors;
    values += it->second.numel();
    it = weights->erase(it);
  }
  if (tensors > 0)
    notes->append(tr("%1 tensors (%2 parameters) of LGCE's reference decoder do not reach its output (msb2, msb3, "
                     "lg_layer1, lg_layer2, msb1's patch embeddings and its CLS-token cross-attention); they "
                     "are left out.")
                      .arg(tensors)
                      .arg(values));
}

/** vocab.txt lines (the last may lack its newline). */
int countLines(const QByteArray& data) {
  int n = data.count('\n');
  if (!data.isEmpty() && !data.endsWith('\n')) ++n;
  return n;
}

}  // namespace

QString findBertVocabulary() {
  QStringList roots;
  const QString hfHome = qEnvironmentVariable("HF_HOME");
  if (!hfHome.isEmpty()) roots << hfHome + QStringLiteral("/hub");
  roots << QDir::homePath() + QStringLiteral("/.cache/huggingface/hub");
  for (const QString& root : roots) {
    const QString model = root + QStringLiteral("/models--bert-base-uncased/snapshots");
    QDirIterator it(model, {QStringLiteral("vocab.txt")}, QDir::Files, QDirIterator::Subdirectories);
    if (it.hasNext()) return it.next();
  }
  return {};
}

namespace {

struct Converted {
  nets::TorchCheckpoint checkpoint;
  nets::TensorMap weights;
  nets::LavtOptions options;
  ConvertReport report;
};

Status readAndCheck(const ConvertRequest& r, Converted* c, const std::function<void(const QString&)>& progress) {
  std::string error;
  nets::CheckpointReadOptions read;
  read.keep = [](const std::string& path) { return !isTrainingState(path); };
  progress(tr("Reading %1").arg(native(r.checkpoint)));
  if (!nets::readTorchCheckpoint(QFile::encodeName(r.checkpoint).toStdString(), &c->checkpoint, &error, read))
    return Status::failure(QString::fromStdString(error));
  c->weights = modelWeights(c->checkpoint, &c->report.layout);
  c->checkpoint.tensors.clear();
  dropUnusedLgceWeights(&c->weights, &c->report.notes);
  if (r.architecture == QLatin1String("lavt_one") && c->report.layout == QLatin1String("lavt"))
    c->report.notes << tr(
        "The file keeps BERT apart (the lavt layout); it is filed under text_encoder as lavt_one does.");
  auto options = lavtOptions(c->checkpoint, c->weights, r.architecture, &c->report.notes);
  if (!options) return Status::failure(tr("%1: %2").arg(native(r.checkpoint), options.error()));
  c->options = *options;
  for (auto& [k, v] : c->weights)
    if (v.is_floating_point() && v.scalar_type() != torch::kFloat) v = v.to(torch::kFloat);
  progress(tr("Checking %1 tensors against the %2 network").arg(c->weights.size()).arg(r.architecture));
  try {
    nets::LavtNet net(c->options);
    if (!nets::loadStateDict(*net, c->weights, &error, true))
      return Status::failure(tr("%1 does not fit the %2 network: %3")
                                 .arg(native(r.checkpoint), r.architecture, QString::fromStdString(error)));
    c->report.parameters = 0;
    for (const auto& p : net->parameters()) c->report.parameters += p.numel();
  } catch (const std::exception& e) {
    return Status::failure(tr("Cannot build the %1 network: %2").arg(r.architecture, QString::fromUtf8(e.what())));
  }
  return {};
}

ModelManifest manifestFor(const ConvertRequest& r, const Converted& c, const QString& folder) {
  ModelManifest m;
  m.bundlePath = folder;
  m.name =
      r.name.isEmpty()
          ? QStringLiteral("%1 (converted from %2)").arg(r.architecture.toUpper(), QFileInfo(r.checkpoint).fileName())
          : r.name;
  m.architecture = c.report.architecture;
  m.config = lavtConfigToJson(c.options);
  m.config[QStringLiteral("layout")] = c.report.layout;
  if (c.options.swin.fianet) {
    // The class names FIANet searches for in an expression: its training data set's categories.
    const QString dataset = QString::fromStdString(argument(c.checkpoint, "dataset"));
    m.config[QStringLiteral("dataset")] = dataset.isEmpty() ? QStringLiteral("refsegrs") : dataset;
    m.config[QStringLiteral("classes")] = QJsonArray::fromStringList(fianetClasses(dataset));
  }
  m.weightsPath = QDir(folder).filePath(QStringLiteral("weights.safetensors"));
  m.inputSize = QSize(c.report.inputSize, c.report.inputSize);
  m.tokenizer = QStringLiteral("wordpiece");
  m.vocabPath = QDir(folder).filePath(QStringLiteral("vocab.txt"));
  m.lowercase = true;
  m.maxTokens = int(std::min<int64_t>(20, c.options.bert.maxPositions));  // the family's 20, within BERT's positions
  m.outputKind = QStringLiteral("logits2");
  m.threshold = 0.5;
  const std::string dataset = argument(c.checkpoint, "dataset");
  if (!dataset.empty()) m.trainedOn = QString::fromStdString(dataset);
  QJsonObject arguments;
  for (const auto& [k, v] : c.checkpoint.arguments)
    arguments[QString::fromStdString(k.substr(5))] = QString::fromStdString(v);
  m.extra[QStringLiteral("converted_from")] =
      QJsonObject{{QStringLiteral("file"), QFileInfo(r.checkpoint).fileName()},
                  {QStringLiteral("arch"), r.architecture},
                  {QStringLiteral("arguments"), arguments},
                  {QStringLiteral("notes"), QJsonArray::fromStringList(c.report.notes)}};
  return m;
}

/** The request's size, else args.img_size, else 480 (RMSIN: what its cross-scale module was built for). */
Status chooseInputSize(const ConvertRequest& r, Converted* c) {
  const int argSize = QString::fromStdString(argument(c->checkpoint, "img_size")).toInt();
  const int64_t side = c->options.swin.cimSide;
  int size = r.inputSize > 0 ? r.inputSize : argSize > 0 ? argSize : side > 0 ? int(side * 32) : 480;
  if (size < 32 || size > 4096) return Status::failure(tr("The input size %1 is outside 32..4096.").arg(size));
  if (side > 0 && nets::deepestSide(size) != side)
    return Status::failure(tr("RMSIN's cross-scale attention in this checkpoint was built for a %1 x %1 deepest map, "
                              "that is an input of %2 px; %3 px does not fit it.")
                               .arg(side)
                               .arg(side * 32)
                               .arg(size));
  c->report.inputSize = size;
  return {};
}

Status writeBundle(const ConvertRequest& r, const Converted& c, const QByteArray& vocab,
                   const std::function<void(const QString&)>& progress) {
  const QFileInfo outInfo(r.out);
  const QString temp = outInfo.absoluteFilePath() + QStringLiteral(".partial");
  QDir(temp).removeRecursively();
  if (!QDir().mkpath(temp)) return Status::failure(tr("Cannot create the folder %1.").arg(native(temp)));
  auto fail = [&](const QString& message) {
    QDir(temp).removeRecursively();
    return Status::failure(message);
  };
  const ModelManifest m = manifestFor(r, c, temp);
  progress(tr("Writing %1").arg(native(m.weightsPath)));
  std::string error;
  if (!nets::writeSafetensors(QFile::encodeName(m.weightsPath).toStdString(), c.weights, {}, &error))
    return fail(QString::fromStdString(error));
  QFile v(m.vocabPath);
  if (!v.open(QIODevice::WriteOnly) || v.write(vocab) != vocab.size() || !v.flush())
    return fail(tr("Cannot write %1: %2").arg(native(m.vocabPath), v.errorString()));
  v.close();
  if (const Status s = writeModelManifest(m); !s) return fail(s.error());
  const QString old = outInfo.absoluteFilePath() + QStringLiteral(".old");
  if (outInfo.exists() && !QDir().rename(outInfo.absoluteFilePath(), old))
    return fail(tr("Cannot replace %1.").arg(native(r.out)));
  if (!QDir().rename(temp, outInfo.absoluteFilePath())) {
    QDir().rename(old, outInfo.absoluteFilePath());
    return fail(tr("Cannot move the new bundle to %1.").arg(native(r.out)));
  }
  QDir(old).removeRecursively();
  return {};
}

}  // namespace

Result<ConvertReport> convertCheckpoint(const ConvertRequest& r,
                                        const std::function<void(const QString&)>& progressIn) {
  using R = Result<ConvertReport>;
  const auto progress = [&](const QString& line) {
    if (progressIn) progressIn(line);
  };
  if (r.architecture != QLatin1String("lavt") && r.architecture != QLatin1String("lavt_one") &&
      r.architecture != QLatin1String("rmsin") && r.architecture != QLatin1String("fianet") &&
      r.architecture != QLatin1String("lgce"))
    return R::failure(
        tr("Unknown architecture \"%1\" (known: lavt, lavt_one, rmsin, fianet, lgce).").arg(r.architecture));
  if (QFileInfo::exists(r.out) && !r.overwrite)
    return R::failure(tr("%1 exists; choose another name or allow overwriting.").arg(native(r.out)));
  const QString vocabPath = r.vocab.isEmpty() ? findBertVocabulary() : r.vocab;
  if (vocabPath.isEmpty())
    return R::failure(
        tr("The LAVT family tokenizes with BERT's vocab.txt (bert-base-uncased, 30,522 lines); none "
           "was given and none is in Hugging Face's cache. Pass it with --vocab FILE."));
  QFile vocabFile(vocabPath);
  if (!vocabFile.open(QIODevice::ReadOnly))
    return R::failure(tr("Cannot read the vocabulary %1: %2").arg(native(vocabPath), vocabFile.errorString()));
  const QByteArray vocab = vocabFile.readAll();
  Converted c;
  if (const Status s = readAndCheck(r, &c, progress); !s) return R::failure(s.error());
  if (countLines(vocab) != c.options.bert.vocabSize)
    return R::failure(tr("The vocabulary %1 has %2 entries but the checkpoint's BERT has %3 word embeddings.")
                          .arg(native(vocabPath))
                          .arg(countLines(vocab))
                          .arg(c.options.bert.vocabSize));
  if (const Status s = chooseInputSize(r, &c); !s) return R::failure(s.error());
  c.report.architecture = r.architecture == QLatin1String("lavt_one") ? QStringLiteral("lavt") : r.architecture;
  c.report.bundle = QFileInfo(r.out).absoluteFilePath();
  if (const Status s = writeBundle(r, c, vocab, progress); !s) return R::failure(s.error());
  return c.report;
}

}  // namespace rrsis

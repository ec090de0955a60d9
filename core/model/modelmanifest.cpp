#include "model/modelmanifest.h"

#include <cmath>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include "util/safesave.h"

namespace rrsis {

namespace {

struct ModelManifestText {
  Q_DECLARE_TR_FUNCTIONS(ModelManifest)
};

/** Reads manifest sections; the first problem found becomes `error`. */
class ManifestReader {
 public:
  ManifestReader(const QString& file, const QJsonObject& root) : file_(file), root_(root) {}

  bool failed() const { return !error_.isEmpty(); }
  const QString& error() const { return error_; }

  void fail(const QString& key, const QString& problem) {
    if (error_.isEmpty())
      error_ = ModelManifestText::tr("%1: \"%2\" %3").arg(QDir::toNativeSeparators(file_), key, problem);
  }

  QJsonObject object(const QJsonObject& parent, const QString& key, const QString& path) {
    const QJsonValue v = parent.value(key);
    if (v.isUndefined()) return {};
    if (!v.isObject()) fail(path, ModelManifestText::tr("must be an object"));
    return v.toObject();
  }

  QString string(const QJsonObject& parent, const QString& key, const QString& path, bool required,
                 const QString& fallback = {}) {
    const QJsonValue v = parent.value(key);
    if (v.isUndefined()) {
      if (required) fail(path, ModelManifestText::tr("is missing"));
      return fallback;
    }
    if (!v.isString()) {
      fail(path, ModelManifestText::tr("must be a string"));
      return fallback;
    }
    return v.toString();
  }

  double number(const QJsonObject& parent, const QString& key, const QString& path, double fallback, double lo,
                double hi) {
    const QJsonValue v = parent.value(key);
    if (v.isUndefined()) return fallback;
    if (!v.isDouble() || v.toDouble() < lo || v.toDouble() > hi) {
      fail(path, ModelManifestText::tr("must be a number from %1 to %2").arg(lo).arg(hi));
      return fallback;
    }
    return v.toDouble();
  }

  std::vector<double> numbers(const QJsonObject& parent, const QString& key, const QString& path, int count) {
    const QJsonValue v = parent.value(key);
    if (v.isUndefined()) return {};
    const QJsonArray a = v.toArray();
    std::vector<double> out;
    for (const QJsonValue& e : a)
      if (e.isDouble()) out.push_back(e.toDouble());
    if (!v.isArray() || int(a.size()) != count || int(out.size()) != count) {
      fail(path, ModelManifestText::tr("must be an array of %1 numbers").arg(count));
      return {};
    }
    return out;
  }

  /** A file named by `key`, resolved in the bundle; it must exist. */
  QString file(const QString& bundle, const QString& name, const QString& path) {
    if (name.isEmpty()) return {};
    if (QDir::isAbsolutePath(name) || name.contains(QLatin1String(".."))) {
      fail(path, ModelManifestText::tr("must name a file inside the bundle folder"));
      return {};
    }
    const QString full = QDir(bundle).filePath(name);
    if (!QFileInfo(full).isFile())
      fail(path, ModelManifestText::tr("names %1, which does not exist").arg(QDir::toNativeSeparators(full)));
    return full;
  }

 private:
  QString file_;
  QJsonObject root_;
  QString error_;
};

}  // namespace

QStringList knownArchitectures() {
  return {QStringLiteral("compact"), QStringLiteral("lavt"), QStringLiteral("rmsin"),
          QStringLiteral("fianet"),  QStringLiteral("lgce"), QStringLiteral("torchscript")};
}

Result<ModelManifest> readModelManifest(const QString& bundleArg) {
  QFileInfo argInfo(bundleArg);
  const QString bundle = argInfo.isFile() ? argInfo.absolutePath() : argInfo.absoluteFilePath();
  const QString file = QDir(bundle).filePath(QStringLiteral("model.json"));
  if (!argInfo.exists())
    return Result<ModelManifest>::failure(
        ModelManifestText::tr("The model bundle %1 does not exist.").arg(QDir::toNativeSeparators(bundleArg)));
  QFile f(file);
  if (!f.exists())
    return Result<ModelManifest>::failure(
        ModelManifestText::tr("%1 is not a model bundle: it has no model.json.").arg(QDir::toNativeSeparators(bundle)));
  if (f.size() > 16 * 1024 * 1024)
    return Result<ModelManifest>::failure(
        ModelManifestText::tr("%1 is too large to be a model manifest.").arg(QDir::toNativeSeparators(file)));
  if (!f.open(QIODevice::ReadOnly))
    return Result<ModelManifest>::failure(
        ModelManifestText::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file), f.errorString()));
  QJsonParseError perr;
  const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
  if (perr.error != QJsonParseError::NoError || !doc.isObject())
    return Result<ModelManifest>::failure(
        ModelManifestText::tr("%1 is not valid JSON: %2 (at byte %3).")
            .arg(QDir::toNativeSeparators(file), perr.error != QJsonParseError::NoError
                                                     ? perr.errorString()
                                                     : ModelManifestText::tr("the top level is not an object"))
            .arg(perr.offset));
  const QJsonObject root = doc.object();
  ManifestReader r(file, root);
  ModelManifest m;
  m.bundlePath = bundle;

  const QString format = r.string(root, QStringLiteral("format"), QStringLiteral("format"), true);
  if (r.failed()) return Result<ModelManifest>::failure(r.error());
  if (format != QLatin1String(ModelManifest::kFormat)) {
    if (format.startsWith(QLatin1String("rrsis-model/")))
      return Result<ModelManifest>::failure(
          ModelManifestText::tr("%1 uses the bundle format \"%2\", which is newer than this version of RRSIS "
                                "Studio understands (\"%3\"). Update RRSIS Studio to use this model.")
              .arg(QDir::toNativeSeparators(file), format, QLatin1String(ModelManifest::kFormat)));
    return Result<ModelManifest>::failure(
        ModelManifestText::tr("%1: unknown bundle format \"%2\" (expected \"%3\").")
            .arg(QDir::toNativeSeparators(file), format, QLatin1String(ModelManifest::kFormat)));
  }

  m.name = r.string(root, QStringLiteral("name"), QStringLiteral("name"), false, QFileInfo(bundle).completeBaseName());
  m.architecture = r.string(root, QStringLiteral("architecture"), QStringLiteral("architecture"), true);
  if (!r.failed() && !knownArchitectures().contains(m.architecture))
    r.fail(QStringLiteral("architecture"),
           ModelManifestText::tr("is \"%1\", which this build does not know (known: %2)")
               .arg(m.architecture, knownArchitectures().join(QLatin1String(", "))));
  m.config = r.object(root, QStringLiteral("config"), QStringLiteral("config"));
  if (m.architecture == QLatin1String("torchscript")) {
    m.modulePath = r.file(bundle, r.string(root, QStringLiteral("module"), QStringLiteral("module"), true),
                          QStringLiteral("module"));
  } else if (!r.failed()) {
    m.weightsPath = r.file(bundle, r.string(root, QStringLiteral("weights"), QStringLiteral("weights"), true),
                           QStringLiteral("weights"));
  }

  const QJsonObject input = r.object(root, QStringLiteral("input"), QStringLiteral("input"));
  const auto size = r.numbers(input, QStringLiteral("size"), QStringLiteral("input.size"), 2);
  if (!size.empty()) {
    if (size[0] < 32 || size[1] < 32 || size[0] > 4096 || size[1] > 4096 || size[0] != std::floor(size[0]) ||
        size[1] != std::floor(size[1]))
      r.fail(QStringLiteral("input.size"), ModelManifestText::tr("must be two whole numbers from 32 to 4096"));
    else
      m.inputSize = QSize(int(size[0]), int(size[1]));  // [width, height]
  }
  const auto mean = r.numbers(input, QStringLiteral("mean"), QStringLiteral("input.mean"), 3);
  const auto stdv = r.numbers(input, QStringLiteral("std"), QStringLiteral("input.std"), 3);
  // Pixels are normalised from 0..1: values far outside these ranges are damage, and would not
  // survive the conversion to float and back to JSON (found by fuzz_manifest: a mean of 2e65
  // became infinity, written back as null).
  constexpr double kMaxNormalisation = 1000;
  for (int i = 0; i < 3; ++i) {
    if (!mean.empty()) {
      if (!(std::abs(mean[i]) <= kMaxNormalisation))
        r.fail(QStringLiteral("input.mean"),
               ModelManifestText::tr("must be numbers from %1 to %2").arg(-kMaxNormalisation).arg(kMaxNormalisation));
      else
        m.mean[i] = float(mean[i]);
    }
    if (!stdv.empty()) {
      if (stdv[i] <= 0)
        r.fail(QStringLiteral("input.std"), ModelManifestText::tr("must be positive"));
      else if (!(stdv[i] >= 1e-6 && stdv[i] <= kMaxNormalisation))
        r.fail(QStringLiteral("input.std"),
               ModelManifestText::tr("must be numbers from %1 to %2").arg(1e-6).arg(kMaxNormalisation));
      else
        m.std[i] = float(stdv[i]);
    }
  }

  const QJsonObject text = r.object(root, QStringLiteral("text"), QStringLiteral("text"));
  m.tokenizer = r.string(text, QStringLiteral("tokenizer"), QStringLiteral("text.tokenizer"), true);
  if (!r.failed() && m.tokenizer != QLatin1String("wordpiece") && m.tokenizer != QLatin1String("sentencepiece"))
    r.fail(QStringLiteral("text.tokenizer"),
           ModelManifestText::tr("is \"%1\"; expected \"wordpiece\" or \"sentencepiece\"").arg(m.tokenizer));
  m.vocabPath = r.file(bundle, r.string(text, QStringLiteral("vocab"), QStringLiteral("text.vocab"), true),
                       QStringLiteral("text.vocab"));
  m.lowercase = text.value(QStringLiteral("lowercase")).toBool(true);
  m.maxTokens = int(r.number(text, QStringLiteral("max_tokens"), QStringLiteral("text.max_tokens"), 20, 2, 512));

  const QJsonObject output = r.object(root, QStringLiteral("output"), QStringLiteral("output"));
  m.outputKind =
      r.string(output, QStringLiteral("kind"), QStringLiteral("output.kind"), false, QStringLiteral("logits2"));
  if (!r.failed() && m.outputKind != QLatin1String("logits2") && m.outputKind != QLatin1String("logit1"))
    r.fail(QStringLiteral("output.kind"),
           ModelManifestText::tr("is \"%1\"; expected \"logits2\" or \"logit1\"").arg(m.outputKind));
  m.threshold = r.number(output, QStringLiteral("threshold"), QStringLiteral("output.threshold"), 0.5, 0.0, 1.0);
  m.groundSampleDistance =
      r.number(root, QStringLiteral("ground_sample_distance_m"), QStringLiteral("ground_sample_distance_m"), 0, 0, 1e6);
  m.trainedOn = root.value(QStringLiteral("trained_on")).toString();
  m.metrics = root.value(QStringLiteral("metrics")).toObject();

  static const QStringList known = {"format",     "name",   "architecture", "config", "weights",
                                    "module",     "input",  "text",         "output", "ground_sample_distance_m",
                                    "trained_on", "metrics"};
  for (auto it = root.begin(); it != root.end(); ++it)
    if (!known.contains(it.key())) m.extra.insert(it.key(), it.value());

  if (r.failed()) return Result<ModelManifest>::failure(r.error());
  return m;
}

QJsonObject ModelManifest::toJson() const {
  const QDir dir(bundlePath);
  QJsonObject root = extra;
  root[QStringLiteral("format")] = QLatin1String(kFormat);
  root[QStringLiteral("name")] = name;
  root[QStringLiteral("architecture")] = architecture;
  if (!config.isEmpty()) root[QStringLiteral("config")] = config;
  if (!weightsPath.isEmpty()) root[QStringLiteral("weights")] = dir.relativeFilePath(weightsPath);
  if (!modulePath.isEmpty()) root[QStringLiteral("module")] = dir.relativeFilePath(modulePath);
  // The shortest decimal that reads back as the same float: 0.485, not 0.48500001430511475.
  auto decimals = [](const std::array<float, 3>& v) {
    QJsonArray a;
    for (float x : v) a.append(QString::number(x, 'g', 7).toDouble());
    return a;
  };
  root[QStringLiteral("input")] =
      QJsonObject{{QStringLiteral("size"), QJsonArray{inputSize.width(), inputSize.height()}},
                  {QStringLiteral("mean"), decimals(mean)},
                  {QStringLiteral("std"), decimals(std)}};
  root[QStringLiteral("text")] = QJsonObject{{QStringLiteral("tokenizer"), tokenizer},
                                             {QStringLiteral("vocab"), dir.relativeFilePath(vocabPath)},
                                             {QStringLiteral("lowercase"), lowercase},
                                             {QStringLiteral("max_tokens"), maxTokens}};
  root[QStringLiteral("output")] =
      QJsonObject{{QStringLiteral("kind"), outputKind}, {QStringLiteral("threshold"), threshold}};
  if (groundSampleDistance > 0) root[QStringLiteral("ground_sample_distance_m")] = groundSampleDistance;
  if (!trainedOn.isEmpty()) root[QStringLiteral("trained_on")] = trainedOn;
  if (!metrics.isEmpty()) root[QStringLiteral("metrics")] = metrics;
  return root;
}

QString bundleHash(const ModelManifest& m) {
  QCryptographicHash hash(QCryptographicHash::Sha256);
  const QString files[] = {QDir(m.bundlePath).filePath(QStringLiteral("model.json")), m.weightsPath, m.modulePath,
                           m.vocabPath};
  for (const QString& path : files) {
    if (path.isEmpty()) continue;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f)) return {};
  }
  return QString::fromLatin1(hash.result().toHex().left(16));
}

Status writeModelManifest(const ModelManifest& manifest) {
  const QString file = QDir(manifest.bundlePath).filePath(QStringLiteral("model.json"));
  return safeWriteFile(file, QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Indented));
}

}  // namespace rrsis

#include "dataset/rrsisd.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "annotation/cocorle.h"
#include "util/pickle.h"
#include "util/jsoninteger.h"

namespace rrsis {

namespace {

struct DatasetText {
  Q_DECLARE_TR_FUNCTIONS(Dataset)
};

QString native(const QString& p) { return QDir::toNativeSeparators(p); }

struct ImageEntry {
  QString fileName;
  int width = 0;
  int height = 0;
};

struct Annotation {
  QJsonValue segmentation;
  qint64 imageId = -1;
};

}  // namespace

Result<RrsisdDataset> RrsisdDataset::open(const QString& folderIn) {
  using R = Result<RrsisdDataset>;
  const QString folder = QFileInfo(folderIn).absoluteFilePath();
  if (!QFileInfo(folder).isDir())
    return R::failure(DatasetText::tr("The dataset folder %1 does not exist.").arg(native(folder)));
  const QString instancesPath = QDir(folder).filePath(QStringLiteral("instances.json"));
  QFile instances(instancesPath);
  if (!instances.open(QIODevice::ReadOnly))
    return R::failure(DatasetText::tr("Cannot read %1: %2").arg(native(instancesPath), instances.errorString()));
  QJsonParseError perr;
  const QJsonDocument doc = QJsonDocument::fromJson(instances.readAll(), &perr);
  if (perr.error != QJsonParseError::NoError || !doc.isObject())
    return R::failure(DatasetText::tr("%1 is not valid JSON: %2 (at byte %3).")
                          .arg(native(instancesPath), perr.errorString())
                          .arg(perr.offset));
  const QJsonObject root = doc.object();

  RrsisdDataset d;
  d.folder_ = folder;
  std::map<qint64, ImageEntry> images;
  for (const QJsonValue& v : root.value(QStringLiteral("images")).toArray()) {
    const QJsonObject o = v.toObject();
    images[jsonInteger(o.value(QStringLiteral("id")), -1)] =
        ImageEntry{o.value(QStringLiteral("file_name")).toString(), o.value(QStringLiteral("width")).toInt(),
                   o.value(QStringLiteral("height")).toInt()};
  }
  std::map<qint64, Annotation> annotations;
  for (const QJsonValue& v : root.value(QStringLiteral("annotations")).toArray()) {
    const QJsonObject o = v.toObject();
    annotations[jsonInteger(o.value(QStringLiteral("id")), -1)] =
        Annotation{o.value(QStringLiteral("segmentation")), jsonInteger(o.value(QStringLiteral("image_id")), -1)};
  }
  for (const QJsonValue& v : root.value(QStringLiteral("categories")).toArray()) {
    const QJsonObject o = v.toObject();
    d.categories_[jsonInteger(o.value(QStringLiteral("id")), -1)] = o.value(QStringLiteral("name")).toString();
  }
  if (images.empty() || annotations.empty())
    return R::failure(DatasetText::tr("%1 has no images or no annotations.").arg(native(instancesPath)));

  QString refsPath = QDir(folder).filePath(QStringLiteral("refs(unc).p"));
  if (!QFileInfo::exists(refsPath)) {
    const QStringList found = QDir(folder).entryList({QStringLiteral("refs*.p")}, QDir::Files, QDir::Name);
    if (found.isEmpty()) return R::failure(DatasetText::tr("%1 has no refs(unc).p file.").arg(native(folder)));
    refsPath = QDir(folder).filePath(found.front());
  }
  QFile refsFile(refsPath);
  if (!refsFile.open(QIODevice::ReadOnly))
    return R::failure(DatasetText::tr("Cannot read %1: %2").arg(native(refsPath), refsFile.errorString()));
  auto refs = readPickle(refsFile.readAll());
  if (!refs) return R::failure(QStringLiteral("%1: %2").arg(native(refsPath), refs.error()));
  if (refs->kind != PickleValue::Kind::List)
    return R::failure(DatasetText::tr("%1 does not hold a list of refs.").arg(native(refsPath)));

  const QString imageDir = QDir(folder).filePath(QStringLiteral("JPEGImages"));
  const QString refsName = QFileInfo(refsPath).fileName();
  for (size_t r = 0; r < refs->items->size(); ++r) {
    const PickleValue& ref = refs->items->at(r);
    auto refError = [&](const QString& problem) {
      return R::failure(DatasetText::tr("%1, ref %2: %3").arg(native(refsPath)).arg(r).arg(problem));
    };
    const PickleValue* imageId = ref.get("image_id");
    const PickleValue* annId = ref.get("ann_id");
    const PickleValue* split = ref.get("split");
    const PickleValue* sentences = ref.get("sentences");
    if (!imageId || !annId || !split || !sentences || sentences->kind != PickleValue::Kind::List)
      return refError(DatasetText::tr("image_id, ann_id, split or sentences is missing."));
    const auto ann = annotations.find(annId->integer);
    if (ann == annotations.end())
      return refError(DatasetText::tr("annotation %1 is not in instances.json.").arg(annId->integer));
    const auto image = images.find(imageId->integer);
    if (image == images.end())
      return refError(DatasetText::tr("image %1 is not in instances.json.").arg(imageId->integer));
    const QString fileName = image->second.fileName;
    if (fileName.isEmpty() || fileName.contains(QLatin1String("..")) || QDir::isAbsolutePath(fileName))
      return refError(DatasetText::tr("the image file name “%1” is not valid.").arg(fileName));
    const QString imagePath = QDir(imageDir).filePath(fileName);
    if (!QFileInfo(imagePath).isFile()) return refError(DatasetText::tr("%1 is missing.").arg(native(imagePath)));
    const PickleValue* category = ref.get("category_id");
    const QString categoryName = category ? d.categories_[category->integer] : QString();
    const QJsonValue segmentation = ann->second.segmentation;
    const int h = image->second.height, w = image->second.width;
    for (size_t s = 0; s < sentences->items->size(); ++s) {
      const PickleValue& sentence = sentences->items->at(s);
      const PickleValue* text = sentence.get("raw");  // what the official loaders tokenize
      if (!text || !text->isString() || text->toText().trimmed().isEmpty()) text = sentence.get("sent");
      const PickleValue* sentId = sentence.get("sent_id");
      if (!text || !text->isString() || text->toText().trimmed().isEmpty())
        return refError(DatasetText::tr("sentence %1 has no text.").arg(s));
      Sample sample;
      const PickleValue* refId = ref.get("ref_id");
      sample.id =
          QStringLiteral("%1_%2").arg(refId ? refId->integer : qint64(r)).arg(sentId ? sentId->integer : qint64(s));
      sample.expression = text->toText().simplified();
      sample.split = split->toText();
      sample.category = categoryName;
      sample.imagePath = imagePath;
      sample.sourceId = QStringLiteral("%1 ref %2 sentence %3").arg(refsName).arg(r).arg(s);
      sample.maskSource = [segmentation, h, w]() { return decodeSegmentation(segmentation, h, w); };
      d.samples_.push_back(std::move(sample));
    }
  }
  return d;
}

Result<std::vector<Sample>> RrsisdDataset::split(const QString& name) const {
  return samplesInSplit(samples_, name, folder_);
}

}  // namespace rrsis

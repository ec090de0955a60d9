#include "dataset/refsegrs.h"

#include <map>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryFile>
#include <opencv2/core.hpp>

#include "raster/bytegeotiff.h"
#include "util/safesave.h"

namespace rrsis {

namespace {

struct DatasetText {
  Q_DECLARE_TR_FUNCTIONS(Dataset)
};

QString native(const QString& p) { return QDir::toNativeSeparators(p); }

QString phraseFile(const QString& folder, const QString& split) {
  return QDir(folder).filePath(QStringLiteral("output_phrase_%1.txt").arg(split));
}

/** A phrase line's id (its first whitespace-separated token) and expression (the rest). */
std::pair<QString, QString> splitPhraseLine(const QString& line) {
  static const QRegularExpression space(QStringLiteral("\\s"));
  const QString trimmed = line.trimmed();
  const int cut = int(trimmed.indexOf(space));
  if (cut < 0) return {trimmed, QString()};
  return {trimmed.left(cut), trimmed.mid(cut + 1).simplified()};
}

/** An error that names a phrase file and a 1-based line. */
QString lineError(const QString& file, int line, const QString& problem) {
  return DatasetText::tr("%1, line %2: %3").arg(native(file)).arg(line).arg(problem);
}

}  // namespace

const QStringList& RefSegRsDataset::splits() {
  static const QStringList s = {QStringLiteral("train"), QStringLiteral("val"), QStringLiteral("test")};
  return s;
}

Result<RefSegRsDataset> RefSegRsDataset::open(const QString& folder, const QStringList& wanted) {
  using R = Result<RefSegRsDataset>;
  if (!QFileInfo(folder).isDir())
    return R::failure(DatasetText::tr("The dataset folder %1 does not exist.").arg(native(folder)));
  RefSegRsDataset d;
  d.folder_ = QFileInfo(folder).absoluteFilePath();
  static const QRegularExpression safeId(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]*$"));
  std::map<QString, QString> seen;  // id -> "file:line"
  bool anyFile = false;
  for (const QString& split : splits()) {
    if (!wanted.isEmpty() && !wanted.contains(split)) continue;
    const QString file = phraseFile(d.folder_, split);
    QFile f(file);
    if (!f.exists()) {
      if (wanted.contains(split))
        return R::failure(
            DatasetText::tr("%1 has no %2 split: %3 is missing.").arg(native(d.folder_), split, native(file)));
      continue;
    }
    anyFile = true;
    if (!f.open(QIODevice::ReadOnly))
      return R::failure(DatasetText::tr("Cannot read %1: %2").arg(native(file), f.errorString()));
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (int i = 0; i < lines.size(); ++i) {
      const int lineNo = i + 1;
      QByteArray raw = lines[i];
      if (raw.endsWith('\r')) raw.chop(1);
      QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
      const QString text = decoder.decode(raw);
      if (decoder.hasError())
        return R::failure(lineError(file, lineNo, DatasetText::tr("the text is not valid UTF-8.")));
      const QString line = text.trimmed();
      if (line.isEmpty()) continue;
      const auto [id, expression] = splitPhraseLine(line);
      if (expression.isEmpty())
        return R::failure(lineError(file, lineNo, DatasetText::tr("the id “%1” has no expression.").arg(id)));
      if (id.contains(QLatin1Char('/')) || id.contains(QLatin1Char('\\')) || id.contains(QLatin1String("..")))
        return R::failure(
            lineError(file, lineNo, DatasetText::tr("the id “%1” would lead outside the dataset folder.").arg(id)));
      if (!safeId.match(id).hasMatch())
        return R::failure(
            lineError(file, lineNo, DatasetText::tr("“%1” is not a valid id (letters, digits, _ . - only).").arg(id)));
      const QString where = QStringLiteral("%1:%2").arg(QFileInfo(file).fileName()).arg(lineNo);
      if (auto it = seen.find(id); it != seen.end())
        return R::failure(
            lineError(file, lineNo, DatasetText::tr("the id “%1” is already used at %2.").arg(id, it->second)));
      seen[id] = where;
      Sample s;
      s.id = id;
      s.expression = expression;
      s.split = split;
      s.category = categoryFromExpression(expression);
      s.imagePath = QDir(d.folder_).filePath(QStringLiteral("images/%1.tif").arg(id));
      s.maskPath = QDir(d.folder_).filePath(QStringLiteral("masks/%1.tif").arg(id));
      s.sourceId = where;
      for (const QString& p : {s.imagePath, s.maskPath})
        if (!QFileInfo(p).isFile())
          return R::failure(lineError(file, lineNo, DatasetText::tr("%1 is missing.").arg(native(p))));
      d.samples_.push_back(std::move(s));
    }
  }
  if (!anyFile)
    return R::failure(
        DatasetText::tr("%1 is not a RefSegRS dataset: it has no output_phrase_*.txt file.").arg(native(d.folder_)));
  return d;
}

Result<std::vector<Sample>> RefSegRsDataset::split(const QString& name) const {
  return samplesInSplit(samples_, name, folder_);
}

Result<RefSegRsWriter> RefSegRsWriter::open(const QString& folderIn) {
  using R = Result<RefSegRsWriter>;
  const QString folder = QFileInfo(folderIn).absoluteFilePath();
  QDir dir;
  for (const QString& sub : {QStringLiteral("images"), QStringLiteral("masks")})
    if (!dir.mkpath(QDir(folder).filePath(sub)))
      return R::failure(DatasetText::tr("Cannot create %1.").arg(native(QDir(folder).filePath(sub))));
  QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".write-test-XXXXXX")));
  if (!probe.open())
    return R::failure(DatasetText::tr("Cannot write to %1: %2").arg(native(folder), probe.errorString()));
  RefSegRsWriter w;
  w.folder_ = folder;
  // The next id follows every id in use: in phrase files and among the chip files.
  long long maxId = -1;
  auto consider = [&](const QString& id) {
    bool ok = false;
    const long long v = id.toLongLong(&ok);
    if (ok && v > maxId) maxId = v;
  };
  for (const QString& split : RefSegRsDataset::splits()) {
    QFile f(phraseFile(folder, split));
    if (f.open(QIODevice::ReadOnly))
      for (const QByteArray& line : f.readAll().split('\n')) consider(splitPhraseLine(QString::fromUtf8(line)).first);
  }
  for (const QString& sub : {QStringLiteral("images"), QStringLiteral("masks")})
    for (const QFileInfo& fi : QDir(QDir(folder).filePath(sub)).entryInfoList(QDir::Files))
      consider(fi.completeBaseName());
  w.nextId_ = maxId + 1;
  return w;
}

Result<QString> RefSegRsWriter::append(const cv::Mat& rgb, const cv::Mat& mask, const QString& expressionIn,
                                       const QString& split, const GeoReference& geo) {
  using R = Result<QString>;
  const QString expression = expressionIn.simplified();
  if (expression.isEmpty()) return R::failure(DatasetText::tr("The expression is empty."));
  if (!RefSegRsDataset::splits().contains(split))
    return R::failure(DatasetText::tr("Unknown split “%1” (train, val or test).").arg(split));
  if (rgb.type() != CV_8UC3 || mask.type() != CV_8U || rgb.size() != mask.size() || rgb.empty())
    return R::failure(DatasetText::tr("The image must be 8-bit RGB and the mask 8-bit, of the same size."));
  const QString id = QString::number(nextId_);
  const QString image = QDir(folder_).filePath(QStringLiteral("images/%1.tif").arg(id));
  const QString maskPath = QDir(folder_).filePath(QStringLiteral("masks/%1.tif").arg(id));
  if (Status st = writeByteGeoTiff(image, rgb, geo, ExistingFile::Refuse); !st) return R::failure(st.error());
  cv::Mat binary = (mask != 0);
  if (Status st = writeByteGeoTiff(maskPath, binary, geo, ExistingFile::Refuse); !st) {
    QFile::remove(image);
    return R::failure(st.error());
  }
  const QString file = phraseFile(folder_, split);
  QByteArray content;
  if (QFile old(file); old.exists()) {
    if (!old.open(QIODevice::ReadOnly)) {
      QFile::remove(image);
      QFile::remove(maskPath);
      return R::failure(DatasetText::tr("Cannot read %1: %2").arg(native(file), old.errorString()));
    }
    content = old.readAll();
    if (!content.isEmpty() && !content.endsWith('\n')) content += '\n';
  }
  content += id.toUtf8() + ' ' + expression.toUtf8() + '\n';
  if (Status st = safeWriteFile(file, content); !st) {
    QFile::remove(image);
    QFile::remove(maskPath);
    return R::failure(st.error());
  }
  ++nextId_;
  return id;
}

}  // namespace rrsis

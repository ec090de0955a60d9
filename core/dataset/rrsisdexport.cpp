#include "dataset/rrsisdexport.h"

#include <map>
#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <opencv2/imgproc.hpp>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "annotation/cocorle.h"
#include "util/pickle.h"
#include "raster/gdaldatasetptr.h"
#include "raster/gdalrastersource.h"
#include "util/stagingfolder.h"

namespace rrsis {

namespace {

struct RrsisdText {
  Q_DECLARE_TR_FUNCTIONS(RrsisdExport)
};

using R = Result<RrsisdExportReport>;

Status writeBytes(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.flush())
    return Status::failure(RrsisdText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
  f.close();
  if (f.error() != QFileDevice::NoError)
    return Status::failure(RrsisdText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
  return {};
}

/** Writes an RGB chip as a baseline JPEG through GDAL (MEM dataset copied by the JPEG driver). */
Status writeJpeg(const QString& path, const cv::Mat& rgb, int quality) {
  ensureGdalInitialized();
  const auto failure = [&](const QString& why) {
    return Status::failure(RrsisdText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why));
  };
  GDALDriver* mem = GetGDALDriverManager()->GetDriverByName("MEM");
  GDALDriver* jpeg = GetGDALDriverManager()->GetDriverByName("JPEG");
  if (!mem || !jpeg) return failure(RrsisdText::tr("GDAL has no JPEG driver."));
  GdalDatasetPtr source(mem->Create("", rgb.cols, rgb.rows, 3, GDT_Byte, nullptr));
  if (!source) return failure(lastGdalError());
  const cv::Mat packed = rgb.isContinuous() ? rgb : rgb.clone();
  int bands[3] = {1, 2, 3};
  if (source->RasterIO(GF_Write, 0, 0, rgb.cols, rgb.rows, const_cast<uchar*>(packed.ptr<uchar>()), rgb.cols, rgb.rows,
                       GDT_Byte, 3, bands, 3, int(packed.step[0]), 1, nullptr) != CE_None)
    return failure(lastGdalError());
  CPLStringList options;
  options.SetNameValue("QUALITY", QByteArray::number(quality).constData());
  CPLErrorReset();
  GdalDatasetPtr out(
      jpeg->CreateCopy(QFile::encodeName(path).constData(), source.get(), FALSE, options.List(), nullptr, nullptr));
  if (!out || CPLGetLastErrorType() >= CE_Failure) return failure(lastGdalError());
  out.reset();  // closing flushes the file
  if (CPLGetLastErrorType() >= CE_Failure) return failure(lastGdalError());
  return {};
}

/** One ref as the REFER API reads it: one sentence per annotation. */
PickleValue refEntry(int id, const QString& fileName, int categoryId, const QString& split, const QString& expression) {
  const auto key = [](const char* k) { return pickleString(QString::fromLatin1(k)); };
  PickleValue::Items tokens;
  for (const QString& t : refTokens(expression)) tokens.push_back(pickleString(t));
  const QString sent = refTokens(expression).join(QLatin1Char(' '));
  PickleValue sentence = pickleDict({{key("tokens"), pickleList(std::move(tokens))},
                                     {key("raw"), pickleString(expression)},
                                     {key("sent_id"), pickleInt(id)},
                                     {key("sent"), pickleString(sent.isEmpty() ? expression : sent)}});
  return pickleDict({{key("image_id"), pickleInt(id)},
                     {key("split"), pickleString(split)},
                     {key("sentences"), pickleList({sentence})},
                     {key("file_name"), pickleString(fileName)},
                     {key("category_id"), pickleInt(categoryId)},
                     {key("ann_id"), pickleInt(id)},
                     {key("sent_ids"), pickleList({pickleInt(id)})},
                     {key("ref_id"), pickleInt(id)}});
}

QJsonObject annotationEntry(int id, int categoryId, const cv::Mat& mask) {
  const cv::Rect box = cv::boundingRect(mask);
  const QSize size(mask.cols, mask.rows);
  const CocoRle rle = encodeRle(mask);
  return {
      {QStringLiteral("id"), id},
      {QStringLiteral("image_id"), id},
      {QStringLiteral("categories_id"), categoryId},
      {QStringLiteral("category_id"), categoryId},
      {QStringLiteral("segmentation"), QJsonObject{{QStringLiteral("size"), QJsonArray{size.height(), size.width()}},
                                                   {QStringLiteral("counts"), QString::fromLatin1(rleToString(rle))}}},
      {QStringLiteral("area"), double(cv::countNonZero(mask))},
      {QStringLiteral("bbox"), QJsonArray{box.x, box.y, box.width, box.height}},
      {QStringLiteral("iscrowd"), 0}};
}

}  // namespace

QStringList refTokens(const QString& sentence) {
  static const QRegularExpression separators(QStringLiteral("[^\\w']+"),
                                             QRegularExpression::UseUnicodePropertiesOption);
  return sentence.toLower().split(separators, Qt::SkipEmptyParts);
}

Result<RrsisdExportReport> exportRrsisd(const Project& project, const QString& folder, const RrsisdExportOptions& o,
                                        const std::function<bool(int, int)>& progress) {
  auto staging = StagingFolder::create(folder, o.overwrite);
  if (!staging) return R::failure(staging.error());
  auto plan = ChipPlan::make(project, o);
  if (!plan) return R::failure(plan.error());
  if (!QDir((*staging)->path()).mkdir(QStringLiteral("JPEGImages")))
    return R::failure(RrsisdText::tr("Cannot create %1.")
                          .arg(QDir::toNativeSeparators((*staging)->filePath(QStringLiteral("JPEGImages")))));
  RrsisdExportReport report;
  report.notes = plan->notes();
  QJsonArray images, annotations, categories;
  PickleValue::Items refs;
  std::map<QString, int> categoryIds;
  const int total = int(plan->chips().size());
  for (int i = 0; i < total; ++i) {
    if (progress && !progress(i, total))
      return R::failure(RrsisdText::tr("The export was cancelled; nothing was written."));
    const PlannedChip& chip = plan->chips()[size_t(i)];
    const ProjectScene& scene = project.scene(chip.scene);
    const Annotation& a = scene.document->at(chip.annotation);
    auto rgb = plan->readRgb(chip);
    if (!rgb) return R::failure(RrsisdText::tr("Cannot read the chip of “%1”: %2").arg(a.expression, rgb.error()));
    const int id = i + 1;
    const QString fileName = QStringLiteral("%1.jpg").arg(id, 5, 10, QLatin1Char('0'));
    if (Status s = writeJpeg((*staging)->filePath(QStringLiteral("JPEGImages/") + fileName), *rgb, o.jpegQuality); !s)
      return R::failure(s.error());
    const QString category = a.category.trimmed().isEmpty() ? QStringLiteral("object") : a.category.trimmed();
    auto [it, added] = categoryIds.emplace(category, int(categoryIds.size()) + 1);
    if (added)
      categories.append(QJsonObject{{QStringLiteral("id"), it->second},
                                    {QStringLiteral("name"), category},
                                    {QStringLiteral("supercategory"), QString()}});
    const QRect f = chip.footprint;
    images.append(QJsonObject{{QStringLiteral("id"), id},
                              {QStringLiteral("file_name"), fileName},
                              {QStringLiteral("width"), plan->chipSize()},
                              {QStringLiteral("height"), plan->chipSize()},
                              {QStringLiteral("scene"), QFileInfo(scene.path).fileName()},
                              {QStringLiteral("scene_window"), QJsonArray{f.x(), f.y(), f.width(), f.height()}}});
    annotations.append(annotationEntry(id, it->second, plan->readMask(a, chip)));
    refs.push_back(refEntry(id, fileName, it->second, splitName(chip.split), a.expression.simplified()));
  }
  const QJsonObject instances{
      {QStringLiteral("info"), QJsonObject{{QStringLiteral("description"), QStringLiteral("RRSIS Studio export")},
                                           {QStringLiteral("project"), project.fileName()}}},
      {QStringLiteral("images"), images},
      {QStringLiteral("annotations"), annotations},
      {QStringLiteral("categories"), categories}};
  if (Status s = writeBytes((*staging)->filePath(QStringLiteral("instances.json")),
                            QJsonDocument(instances).toJson(QJsonDocument::Compact));
      !s)
    return R::failure(s.error());
  if (Status s =
          writeBytes((*staging)->filePath(QStringLiteral("refs(unc).p")), writePickle(pickleList(std::move(refs))));
      !s)
    return R::failure(s.error());
  if (Status s = (*staging)->commit(); !s) return R::failure(s.error());
  if (progress) progress(total, total);
  report.images = total;
  report.refs = total;
  report.categories = int(categories.size());
  return report;
}

}  // namespace rrsis

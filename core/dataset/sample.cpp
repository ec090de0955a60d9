#include "dataset/sample.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <opencv2/core.hpp>

#include "raster/bytebands.h"

namespace rrsis {

namespace {

struct DatasetText {
  Q_DECLARE_TR_FUNCTIONS(Dataset)
};

}  // namespace

Result<cv::Mat> Sample::loadImage() const {
  auto bands = readByteBands(imagePath);
  if (!bands) return Result<cv::Mat>::failure(bands.error());
  std::vector<cv::Mat> rgb;
  for (int c = 0; c < 3; ++c) rgb.push_back((*bands)[size_t(std::min<int>(c, int(bands->size()) - 1))]);
  cv::Mat out;
  cv::merge(rgb, out);
  return out;
}

Result<cv::Mat> Sample::loadMask() const {
  if (maskSource) return maskSource();
  auto bands = readByteBands(maskPath);
  if (!bands) return Result<cv::Mat>::failure(bands.error());
  if (bands->size() != 1)
    return Result<cv::Mat>::failure(
        DatasetText::tr("%1 has %2 bands; a mask has one.").arg(QDir::toNativeSeparators(maskPath)).arg(bands->size()));
  const cv::Mat& m = bands->front();
  const int other = int(m.total()) - cv::countNonZero(m == 0) - cv::countNonZero(m == 255);
  if (other > 0)
    return Result<cv::Mat>::failure(DatasetText::tr("%1 has %2 pixel(s) that are neither 0 nor 255.")
                                        .arg(QDir::toNativeSeparators(maskPath))
                                        .arg(other));
  return m;
}

Result<std::pair<cv::Mat, cv::Mat>> Sample::load() const {
  using R = Result<std::pair<cv::Mat, cv::Mat>>;
  auto image = loadImage();
  if (!image) return R::failure(image.error());
  auto m = loadMask();
  if (!m) return R::failure(m.error());
  if (image->size() != m->size())
    return R::failure(DatasetText::tr("%1 is %2 x %3 but its image %4 is %5 x %6.")
                          .arg(QDir::toNativeSeparators(maskPath))
                          .arg(m->cols)
                          .arg(m->rows)
                          .arg(QDir::toNativeSeparators(imagePath))
                          .arg(image->cols)
                          .arg(image->rows));
  return std::make_pair(*image, *m);
}

Result<std::vector<Sample>> samplesInSplit(const std::vector<Sample>& samples, const QString& split,
                                           const QString& folder) {
  std::vector<Sample> out;
  for (const Sample& s : samples)
    if (s.split == split) out.push_back(s);
  if (out.empty())
    return Result<std::vector<Sample>>::failure(
        DatasetText::tr("The %1 split of %2 is empty.").arg(split, QDir::toNativeSeparators(folder)));
  return out;
}

const QStringList& refSegRsCategories() {
  static const QStringList names = {"impervious surface",
                                    "low vegetation",
                                    "road marking",
                                    "building",
                                    "sidewalk",
                                    "vehicle",
                                    "trailer",
                                    "bikeway",
                                    "truck",
                                    "road",
                                    "tree",
                                    "car",
                                    "van",
                                    "bus"};
  return names;
}

QString categoryFromExpression(const QString& expression) {
  const QString text = expression.toLower();
  for (const QString& name : refSegRsCategories()) {
    // Whole words, allowing a plural "s".
    const QRegularExpression word(QStringLiteral("\\b%1(s|es)?\\b").arg(QRegularExpression::escape(name)));
    if (word.match(text).hasMatch()) return name;
  }
  // Words analysts use for the same things (class-level expressions of imported datasets).
  static const std::pair<const char*, const char*> synonyms[] = {
      {"houses?|rooftops?|roofs?", "building"}, {"streets?|highways?", "road"}, {"forest|tree canopy", "tree"}};
  for (const auto& [words, category] : synonyms)
    if (QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(QLatin1String(words))).match(text).hasMatch())
      return QString::fromLatin1(category);
  return {};
}

}  // namespace rrsis

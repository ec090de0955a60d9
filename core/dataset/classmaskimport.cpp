#include "dataset/classmaskimport.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <set>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gdal_priv.h>
#include <opencv2/imgproc.hpp>

#include "raster/bytegeotiff.h"
#include "raster/gdalrastersource.h"
#include "util/csvfield.h"
#include "util/safesave.h"

namespace rrsis {

namespace {

struct ImportText {
  Q_DECLARE_TR_FUNCTIONS(ClassMaskImport)
};

QString native(const QString& path) { return QDir::toNativeSeparators(path); }

const char* const kSplitNames[3] = {"train", "val", "test"};

/** SplitMix64: a small generator whose sequence is the same on every platform and compiler. */
class Random {
 public:
  explicit Random(unsigned long long seed) : state_(seed) {}
  unsigned long long next() {
    unsigned long long z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
  int below(int n) { return n <= 1 ? 0 : int(next() % (unsigned long long)(n)); }

 private:
  unsigned long long state_;
};

/** An image, its mask, and the key that sorts it (and draws its split). */
struct SourcePair {
  QString image;
  QString mask;
  QString key;
  int split = 0;
};

bool isImageFile(const QFileInfo& fi) {
  static const QStringList ext = {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
                                  QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("bmp"),
                                  QStringLiteral("jp2"), QStringLiteral("webp")};
  return fi.isFile() && ext.contains(fi.suffix().toLower());
}

/** The image files of a folder by base name; a second file with the same base name is a warning. */
Result<std::map<QString, QString>> listImages(const QString& folder, const QString& role, QStringList& warnings) {
  using R = Result<std::map<QString, QString>>;
  const QFileInfo fi(folder);
  if (!fi.exists()) return R::failure(ImportText::tr("The %1 folder %2 does not exist.").arg(role, native(folder)));
  if (!fi.isDir()) return R::failure(ImportText::tr("The %1 folder %2 is not a folder.").arg(role, native(folder)));
  std::map<QString, QString> files;
  const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files, QDir::Name);
  for (const QFileInfo& e : entries) {
    if (!isImageFile(e)) continue;
    if (!files.emplace(e.completeBaseName(), e.filePath()).second)
      warnings << ImportText::tr("%1: another file has the base name “%2”; only %3 is used.")
                      .arg(native(e.filePath()), e.completeBaseName(), native(files[e.completeBaseName()]));
  }
  return files;
}

/** Every image with a mask of the same base name, with its split drawn per image from the seed. */
Result<std::vector<SourcePair>> collectPairs(const ClassMaskImportOptions& o, ClassMaskImportReport& report) {
  using R = Result<std::vector<SourcePair>>;
  std::vector<SourcePair> pairs;
  for (const ImageMaskFolders& f : o.folders) {
    auto images = listImages(f.images, ImportText::tr("images"), report.warnings);
    if (!images) return R::failure(images.error());
    auto masks = listImages(f.masks, ImportText::tr("masks"), report.warnings);
    if (!masks) return R::failure(masks.error());
    report.imagesFound += int(images->size());
    const QString base = QDir::cleanPath(QFileInfo(f.images).absoluteFilePath());
    for (const auto& [name, path] : *images) {
      auto m = masks->find(name);
      if (m == masks->end()) {
        ++report.withoutMask;
        report.warnings << ImportText::tr("%1 has no mask: skipped.").arg(native(path));
        continue;
      }
      pairs.push_back({path, m->second, base + QLatin1Char('/') + name, 0});
    }
    for (const auto& [name, path] : *masks)
      if (images->find(name) == images->end()) ++report.masksWithoutImage;
  }
  std::sort(pairs.begin(), pairs.end(), [](const SourcePair& a, const SourcePair& b) { return a.key < b.key; });
  return pairs;
}

/** Whole images to splits: shuffled with the seed, then the first test, the next val, the rest train. */
void assignSplits(std::vector<SourcePair>& pairs, const ClassMaskImportOptions& o) {
  const int n = int(pairs.size());
  auto count = [n](double share) {
    int c = int(std::lround(n * share));
    return share > 0 && c == 0 && n >= 3 ? 1 : c;  // a split asked for gets an image when there are a few
  };
  const int test = std::min(n, count(o.testFraction));
  const int val = std::min(n - test, count(o.valFraction));
  std::vector<int> order(size_t(n), 0);
  for (int i = 0; i < n; ++i) order[size_t(i)] = i;
  Random random(o.seed ^ 0x5EEDu);
  for (int i = n - 1; i > 0; --i) std::swap(order[size_t(i)], order[size_t(random.below(i + 1))]);
  for (int k = 0; k < n; ++k) pairs[size_t(order[size_t(k)])].split = k < test ? 2 : k < test + val ? 1 : 0;
}

/** An 8-bit raster as RGB (a grey band repeated, a palette expanded, extra bands dropped) and its georeference. */
Result<cv::Mat> readRgb(const QString& path, GeoReference* geo) {
  using R = Result<cv::Mat>;
  ensureGdalInitialized();
  CPLErrorReset();
  std::unique_ptr<GDALDataset> ds(
      GDALDataset::Open(QFile::encodeName(path).constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
  if (!ds) return R::failure(ImportText::tr("Cannot read %1: %2").arg(native(path), lastGdalError()));
  const int w = ds->GetRasterXSize(), h = ds->GetRasterYSize(), bands = ds->GetRasterCount();
  if (bands < 1 || double(w) * h > 64.0 * 1024 * 1024)
    return R::failure(ImportText::tr("%1 has no bands or is larger than 64 M pixels.").arg(native(path)));
  if (ds->GetRasterBand(1)->GetRasterDataType() != GDT_Byte)
    return R::failure(ImportText::tr("%1 is not an 8-bit image.").arg(native(path)));
  std::vector<cv::Mat> planes;
  for (int b = 1; b <= std::min(bands, 3); ++b) {
    cv::Mat plane(h, w, CV_8U);
    if (ds->GetRasterBand(b)->RasterIO(GF_Read, 0, 0, w, h, plane.data, w, h, GDT_Byte, 0, 0) != CE_None)
      return R::failure(ImportText::tr("Cannot read %1: %2").arg(native(path), lastGdalError()));
    planes.push_back(plane);
  }
  cv::Mat rgb;
  const GDALColorTable* palette = bands == 1 ? ds->GetRasterBand(1)->GetColorTable() : nullptr;
  if (palette) {
    cv::Mat lut(1, 256, CV_8UC3, cv::Scalar(0, 0, 0));
    for (int i = 0; i < std::min(256, palette->GetColorEntryCount()); ++i) {
      const GDALColorEntry* e = palette->GetColorEntry(i);
      lut.at<cv::Vec3b>(0, i) = cv::Vec3b(uchar(e->c1), uchar(e->c2), uchar(e->c3));
    }
    cv::Mat grey3;
    cv::merge(std::vector<cv::Mat>{planes[0], planes[0], planes[0]}, grey3);
    cv::LUT(grey3, lut, rgb);
  } else {
    while (planes.size() < 3) planes.push_back(planes.back());
    cv::merge(planes, rgb);
  }
  double gt[6];
  if (geo && ds->GetGeoTransform(gt) == CE_None)
    *geo = GeoReference({gt[0], gt[1], gt[2], gt[3], gt[4], gt[5]}, QString::fromUtf8(ds->GetProjectionRef()));
  return rgb;
}

/** Writes samples into the staging folder: chip files, phrase lines and the provenance table. */
class SampleWriter {
 public:
  explicit SampleWriter(QString folder) : folder_(std::move(folder)) {
    csv_ = "id,split,source,scale,x,y,width,height,class,kind,fraction,expression\n";
  }

  /**
   * One sample of chip number `chipIndex`; the chip image is written once per chip and
   * linked for its other samples.
   */
  Result<QString> write(long long chipIndex, const cv::Mat& chip, const cv::Mat& mask, const QString& expression,
                        int split, const GeoReference& geo, const QByteArray& provenance) {
    const QString id = QString::number(nextId_++);
    const QString image = imagePath(id);
    if (chipIndex != lastChip_ || !linkTo(lastImage_, image)) {
      if (Status st = writeByteGeoTiff(image, chip, geo, ExistingFile::Refuse); !st)
        return Result<QString>::failure(st.error());
      lastChip_ = chipIndex;
      lastImage_ = image;
    }
    if (Status st = writeByteGeoTiff(QDir(folder_).filePath(QStringLiteral("masks/%1.tif").arg(id)), mask, geo,
                                     ExistingFile::Refuse);
        !st)
      return Result<QString>::failure(st.error());
    phrases_[size_t(split)] += id.toUtf8() + ' ' + expression.toUtf8() + '\n';
    csv_ += id.toUtf8() + ',' + kSplitNames[split] + ',' + provenance + ',' + csvField(expression) + '\n';
    return id;
  }

  /** The phrase files (one per split, even when empty) and chips.csv. */
  Status finish() {
    for (int s = 0; s < 3; ++s)
      if (Status st = safeWriteFile(
              QDir(folder_).filePath(QStringLiteral("output_phrase_%1.txt").arg(QLatin1String(kSplitNames[s]))),
              phrases_[size_t(s)]);
          !st)
        return st;
    return safeWriteFile(QDir(folder_).filePath(QStringLiteral("chips.csv")), csv_);
  }

 private:
  QString imagePath(const QString& id) const { return QDir(folder_).filePath(QStringLiteral("images/%1.tif").arg(id)); }
  /** A hard link saves writing (and storing) the same chip once per class; false where links fail. */
  static bool linkTo(const QString& existing, const QString& path) {
    return !existing.isEmpty() &&
           ::link(QFile::encodeName(existing).constData(), QFile::encodeName(path).constData()) == 0;
  }

  QString folder_;
  long long nextId_ = 0;
  long long lastChip_ = -1;
  QString lastImage_;
  std::array<QByteArray, 3> phrases_;
  QByteArray csv_;
};

/** Grid positions of `chip`-sized windows along `length`, every `stride`, centred. */
std::vector<int> gridPositions(int length, int chip, int stride) {
  std::vector<int> out;
  if (length < chip) return out;
  const int n = (length - chip) / stride + 1;
  const int margin = (length - ((n - 1) * stride + chip)) / 2;
  for (int k = 0; k < n; ++k) out.push_back(margin + k * stride);
  return out;
}

/** State that runs across images: expression turns per class and the absent-class draw. */
struct ImportState {
  ImportState(const std::vector<MaskClass>& classes, unsigned long long seed) : absentRandom(seed ^ 0xAB5E17u) {
    Random offsets(seed ^ 0xE7u);
    for (const MaskClass& c : classes) nextExpression.push_back(offsets.below(int(c.expressions.size())));
  }
  /** The class's next expression; the turns go through every synonym. */
  QString expression(const std::vector<MaskClass>& classes, int c) {
    const QStringList& e = classes[size_t(c)].expressions;
    return e[nextExpression[size_t(c)]++ % int(e.size())];
  }
  std::vector<int> nextExpression;
  Random absentRandom;
};

/** One image at one scale: its pixels and the classes' masks (0/255), and the shrink factor per axis. */
struct ScaledImage {
  int scale = 1;
  cv::Mat rgb;
  std::vector<cv::Mat> classMasks;
  std::vector<cv::Mat> sourceMasks;  ///< at full resolution
  cv::Size sourceSize;
  double fx = 1, fy = 1;

  /** The source pixels under a window of this scale. */
  cv::Rect sourceRect(const cv::Rect& r) const {
    const cv::Rect source(int(std::lround(r.x * fx)), int(std::lround(r.y * fy)), int(std::lround(r.width * fx)),
                          int(std::lround(r.height * fy)));
    return source & cv::Rect(cv::Point(0, 0), sourceSize);
  }
};

ScaledImage shrink(const cv::Mat& rgb, const std::vector<cv::Mat>& masks, int scale) {
  ScaledImage s;
  s.scale = scale;
  s.sourceMasks = masks;
  s.sourceSize = rgb.size();
  if (scale == 1) {
    s.rgb = rgb;
    s.classMasks = masks;
    return s;
  }
  const cv::Size size(std::max(1, int(std::lround(rgb.cols / double(scale)))),
                      std::max(1, int(std::lround(rgb.rows / double(scale)))));
  s.fx = double(rgb.cols) / size.width;
  s.fy = double(rgb.rows) / size.height;
  cv::resize(rgb, s.rgb, size, 0, 0, cv::INTER_AREA);
  for (const cv::Mat& m : masks) {
    cv::Mat area, binary;
    if (!m.empty()) {
      cv::resize(m, area, size, 0, 0, cv::INTER_AREA);
      cv::threshold(area, binary, 127, 255, cv::THRESH_BINARY);  // the class covers at least half the area
    }
    s.classMasks.push_back(binary);
  }
  return s;
}

}  // namespace

namespace {

/** One import run: the classes, the options, the expression turns, the writer and the report. */
class Importer {
 public:
  Importer(const std::vector<MaskClass>& classes, const ClassMaskImportOptions& options, const QString& folder,
           ClassMaskImportReport& report)
      : classes_(classes), o_(options), state_(classes, options.seed), writer_(folder), report_(report) {}

  /** Reads one pair and writes its samples; a file that cannot be used is a warning, a write failure an error. */
  Status importImage(const SourcePair& pair) {
    GeoReference geo;
    auto rgb = readRgb(pair.image, &geo);
    auto mask = rgb ? readRgb(pair.mask, nullptr) : Result<cv::Mat>::failure(QString());
    if (!rgb || !mask) {
      ++report_.unreadable;
      report_.warnings << ImportText::tr("%1 skipped: %2").arg(native(pair.image), rgb ? mask.error() : rgb.error());
      return {};
    }
    if (rgb->size() != mask->size()) {
      ++report_.sizeMismatch;
      report_.warnings << ImportText::tr("%1 is %2 x %3 pixels but its mask %4 is %5 x %6: skipped.")
                              .arg(native(pair.image))
                              .arg(rgb->cols)
                              .arg(rgb->rows)
                              .arg(native(pair.mask))
                              .arg(mask->cols)
                              .arg(mask->rows);
      return {};
    }
    ++report_.imagesRead;
    ++report_.imagesPerSplit[size_t(pair.split)];
    std::vector<cv::Mat> masks;
    cv::Mat known = cv::Mat::zeros(mask->size(), CV_8U);
    for (const MaskClass& c : classes_) {
      const cv::Mat m = c.match(*mask);
      known |= m;
      masks.push_back(c.isQueried() ? m : cv::Mat());
    }
    if (cv::countNonZero(known) < int(known.total())) ++report_.unknownColourImages;
    for (int scale : o_.scales) {
      const int w = int(std::lround(rgb->cols / double(scale))), h = int(std::lround(rgb->rows / double(scale)));
      if (w < o_.chipSize || h < o_.chipSize) {
        ++report_.scalesTooSmall;
        continue;
      }
      const ScaledImage s = shrink(*rgb, masks, scale);
      const int stride = o_.stride > 0 ? o_.stride : o_.chipSize;
      for (int y : gridPositions(s.rgb.rows, o_.chipSize, stride))
        for (int x : gridPositions(s.rgb.cols, o_.chipSize, stride))
          if (Status st = sampleChip(s, cv::Rect(x, y, o_.chipSize, o_.chipSize), pair, geo); !st) return st;
    }
    return {};
  }

  Status finish() { return writer_.finish(); }

 private:
  /** The samples of one chip: each class present enough, then perhaps one absent class. */
  Status sampleChip(const ScaledImage& s, const cv::Rect& r, const SourcePair& pair, const GeoReference& geo) {
    const cv::Mat chip = s.rgb(r).clone();
    const GeoReference chipGeo =
        geo.hasTransform() ? geo.forWindow(r.x * s.fx, r.y * s.fy, s.fx, s.fy) : GeoReference();
    const long long chipIndex = report_.chips++;
    ++report_.chipsPerSplit[size_t(pair.split)];
    std::vector<int> absent;
    for (size_t c = 0; c < classes_.size(); ++c) {
      if (!classes_[c].isQueried()) continue;
      const cv::Mat m = s.classMasks[c](r);
      const int pixels = cv::countNonZero(m);
      const double fraction = pixels / double(r.area());
      // Absent means no pixel at all in the source, not only none left after shrinking.
      if (pixels == 0 && (s.scale == 1 || cv::countNonZero(s.sourceMasks[c](s.sourceRect(r))) == 0))
        absent.push_back(int(c));
      else if (pixels > 0 && fraction >= classes_[c].minFraction) {
        if (Status st = add(chipIndex, chip, m.clone(), int(c), fraction, pair, s, r, chipGeo); !st) return st;
        ++report_.present[c][size_t(pair.split)];
      }
    }
    // Both numbers are drawn for every chip, so one chip's classes never shift the next chip's draw.
    const bool wantAbsent = state_.absentRandom.uniform() < o_.absentRate;
    const double pick = state_.absentRandom.uniform();
    if (!wantAbsent || absent.empty()) return {};
    const int c = absent[std::min(absent.size() - 1, size_t(pick * double(absent.size())))];
    if (Status st = add(chipIndex, chip, cv::Mat::zeros(r.size(), CV_8U), c, 0.0, pair, s, r, chipGeo); !st) return st;
    ++report_.absent[size_t(c)][size_t(pair.split)];
    return {};
  }

  Status add(long long chipIndex, const cv::Mat& chip, const cv::Mat& mask, int c, double fraction,
             const SourcePair& pair, const ScaledImage& s, const cv::Rect& r, const GeoReference& geo) {
    const QString expression = state_.expression(classes_, c);
    const cv::Rect source = s.sourceRect(r);
    const QByteArray provenance = csvField(pair.image) + ',' + QByteArray::number(s.scale) + ',' +
                                  QByteArray::number(source.x) + ',' + QByteArray::number(source.y) + ',' +
                                  QByteArray::number(source.width) + ',' + QByteArray::number(source.height) + ',' +
                                  csvField(classes_[size_t(c)].name) + ',' + (fraction > 0 ? "present," : "absent,") +
                                  QByteArray::number(fraction, 'f', 6);
    auto id = writer_.write(chipIndex, chip, mask, expression, pair.split, geo, provenance);
    if (!id) return Status::failure(id.error());
    ++report_.samples;
    return {};
  }

  const std::vector<MaskClass>& classes_;
  const ClassMaskImportOptions& o_;
  ImportState state_;
  SampleWriter writer_;
  ClassMaskImportReport& report_;
};

Status validate(const std::vector<MaskClass>& classes, const ClassMaskImportOptions& o) {
  if (classes.empty()) return Status::failure(ImportText::tr("No class is given."));
  if (o.folders.empty()) return Status::failure(ImportText::tr("No folder of images and masks is given."));
  if (o.chipSize < 16 || o.chipSize > 8192)
    return Status::failure(ImportText::tr("The chip size %1 is outside 16..8192 pixels.").arg(o.chipSize));
  if (o.stride < 0 || o.stride > 8192)
    return Status::failure(ImportText::tr("The stride %1 is outside 1..8192 pixels.").arg(o.stride));
  const std::set<int> distinct(o.scales.begin(), o.scales.end());
  if (o.scales.empty() || distinct.size() != o.scales.size() || *distinct.begin() < 1 || *distinct.rbegin() > 64)
    return Status::failure(ImportText::tr("The scales must be distinct whole numbers within 1..64."));
  if (!(o.valFraction >= 0) || !(o.testFraction >= 0) || !(o.valFraction + o.testFraction <= 1))
    return Status::failure(ImportText::tr("The val and test fractions must be >= 0 with a sum of at most 1."));
  if (!(o.absentRate >= 0) || !(o.absentRate <= 1))
    return Status::failure(ImportText::tr("The absent rate must be within 0..1."));
  return {};
}

/** A hidden folder beside `out`, removed unless published; `out` must not exist or be empty. */
Result<std::unique_ptr<QTemporaryDir>> makeStaging(const QString& out) {
  using R = Result<std::unique_ptr<QTemporaryDir>>;
  const QFileInfo fi(out);
  if (fi.exists() && !fi.isDir()) return R::failure(ImportText::tr("%1 exists and is not a folder.").arg(native(out)));
  if (fi.isDir() && !QDir(out).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
    return R::failure(
        ImportText::tr("%1 is not empty; nothing was written (choose a new or empty folder).").arg(native(out)));
  const QString parent = fi.absolutePath();
  if (!QDir().mkpath(parent)) return R::failure(ImportText::tr("Cannot create the folder %1.").arg(native(parent)));
  auto dir =
      std::make_unique<QTemporaryDir>(QDir(parent).filePath(QStringLiteral(".%1.partial-XXXXXX").arg(fi.fileName())));
  if (!dir->isValid())
    return R::failure(ImportText::tr("Cannot write to %1: %2").arg(native(parent), dir->errorString()));
  for (const QString& sub : {QStringLiteral("images"), QStringLiteral("masks")})
    if (!QDir(dir->path()).mkdir(sub))
      return R::failure(ImportText::tr("Cannot create %1.").arg(native(QDir(dir->path()).filePath(sub))));
  return R(std::move(dir));
}

/** Moves the complete staging folder to `out` (replacing an empty folder) with the usual permissions. */
Status publish(QTemporaryDir& staging, const QString& out) {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  const QByteArray from = QFile::encodeName(staging.path()), to = QFile::encodeName(QFileInfo(out).absoluteFilePath());
  ::chmod(from.constData(), 0777 & ~mask);
  if (QFileInfo(out).isDir() && ::rmdir(to.constData()) != 0)
    return Status::failure(ImportText::tr("Cannot replace the empty folder %1: %2")
                               .arg(native(out), QString::fromLocal8Bit(std::strerror(errno))));
  if (std::rename(from.constData(), to.constData()) != 0)
    return Status::failure(ImportText::tr("Cannot move the dataset to %1: %2")
                               .arg(native(out), QString::fromLocal8Bit(std::strerror(errno))));
  staging.setAutoRemove(false);
  return {};
}

}  // namespace

std::vector<ImageMaskFolders> findImageMaskFolders(const QString& root) {
  std::vector<ImageMaskFolders> found;
  QStringList folders{QDir::cleanPath(root)};
  QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
  while (it.hasNext()) folders << QDir::cleanPath(it.next());
  folders.sort();
  for (const QString& f : folders) {
    const QDir d(f);
    if (QFileInfo(d.filePath(QStringLiteral("images"))).isDir() &&
        QFileInfo(d.filePath(QStringLiteral("masks"))).isDir())
      found.push_back({d.filePath(QStringLiteral("images")), d.filePath(QStringLiteral("masks"))});
  }
  return found;
}

Result<ClassMaskImportReport> importClassMasks(const std::vector<MaskClass>& classes, const ClassMaskImportOptions& o,
                                               const QString& out, const std::function<bool(int, int)>& progress) {
  using R = Result<ClassMaskImportReport>;
  if (Status st = validate(classes, o); !st) return R::failure(st.error());
  ClassMaskImportReport report;
  report.present.assign(classes.size(), {0, 0, 0});
  report.absent.assign(classes.size(), {0, 0, 0});
  auto pairs = collectPairs(o, report);
  if (!pairs) return R::failure(pairs.error());
  if (pairs->empty())
    return R::failure(
        ImportText::tr("No image has a mask of the same base name (%1 image(s) found); nothing was written.")
            .arg(report.imagesFound));
  assignSplits(*pairs, o);
  auto staging = makeStaging(out);
  if (!staging) return R::failure(staging.error());
  Importer importer(classes, o, (*staging)->path(), report);
  const int total = int(pairs->size());
  for (int i = 0; i < total; ++i) {
    if (progress && !progress(i, total)) return R::failure(ImportText::tr("Cancelled; nothing was written."));
    if (Status st = importer.importImage((*pairs)[size_t(i)]); !st) return R::failure(st.error());
  }
  if (progress) progress(total, total);
  if (report.samples == 0)
    return R::failure(ImportText::tr("No sample: %1 image(s) read, %2 chip(s), and no chip shows a queried class "
                                     "(check the class colours, the chip size and the scales). Nothing was written.")
                          .arg(report.imagesRead)
                          .arg(report.chips));
  if (Status st = importer.finish(); !st) return R::failure(st.error());
  if (Status st = publish(**staging, out); !st) return R::failure(st.error());
  return report;
}

}  // namespace rrsis

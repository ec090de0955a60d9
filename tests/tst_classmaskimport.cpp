// Semantic segmentation masks (colour-coded classes) turned into RefSegRS referring samples.
#include <cstdlib>
#include <map>
#include <memory>
#include <set>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <gdal_priv.h>
#include <opencv2/core.hpp>

#include "dataset/classmaskimport.h"
#include "dataset/refsegrs.h"
#include "dataset/sample.h"
#include "raster/gdalrastersource.h"

using namespace rrsis;

namespace {

const cv::Vec3b kRed(255, 0, 0), kGreen(0, 255, 0), kDarkGreen(0, 200, 0), kGrey(128, 128, 128);

/** Writes an RGB Mat (RGB order) with GDAL: PNG, or GeoTIFF for a .tif name. */
bool writeRgb(const QString& path, const cv::Mat& rgb) {
  ensureGdalInitialized();
  GDALDriver* mem = GetGDALDriverManager()->GetDriverByName("MEM");
  std::unique_ptr<GDALDataset> ds(mem->Create("", rgb.cols, rgb.rows, 3, GDT_Byte, nullptr));
  std::vector<cv::Mat> planes;
  cv::split(rgb, planes);
  for (int b = 0; b < 3; ++b)
    if (ds->GetRasterBand(b + 1)->RasterIO(GF_Write, 0, 0, rgb.cols, rgb.rows, planes[size_t(b)].data, rgb.cols,
                                           rgb.rows, GDT_Byte, 0, 0) != CE_None)
      return false;
  GDALDriver* out = GetGDALDriverManager()->GetDriverByName(path.endsWith(".tif") ? "GTiff" : "PNG");
  std::unique_ptr<GDALDataset> copy(
      out->CreateCopy(path.toUtf8().constData(), ds.get(), FALSE, nullptr, nullptr, nullptr));
  return copy != nullptr;
}

/** A textured image: every chip is different. */
cv::Mat makeImage(int w, int h, int seed) {
  cv::Mat m(h, w, CV_8UC3);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      m.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(x + seed), uchar(y * 3 + seed), uchar((x ^ y) + seed));
  return m;
}

/**
 * A mask: red on the left quarter, a green block and a dark-green strip (both "green") on the
 * right, grey elsewhere, a few pixels of a colour of no class and a few almost-red pixels.
 */
cv::Mat makeMask(int w, int h) {
  cv::Mat m(h, w, CV_8UC3, cv::Scalar(kGrey[0], kGrey[1], kGrey[2]));
  m(cv::Rect(0, 0, w / 4, h)).setTo(cv::Scalar(255, 0, 0));
  m(cv::Rect(w / 2 + 10, 20, w / 4, h / 3)).setTo(cv::Scalar(0, 255, 0));
  m(cv::Rect(w - 30, 0, 12, h)).setTo(cv::Scalar(0, 200, 0));
  m(cv::Rect(w / 2, h / 2, 3, 3)).setTo(cv::Scalar(10, 20, 30));
  m(cv::Rect(5, 5, 4, 4)).setTo(cv::Scalar(254, 0, 0));
  return m;
}

const char* kClasses = R"([
  {"name": "red", "color": [255, 0, 0], "expressions": ["red a", "red b", "red c"], "min_fraction": 0.01},
  {"name": "green", "color": [[0, 255, 0], "#00C800"], "expressions": ["green"], "min_fraction": 0.01},
  {"name": "blue", "color": "#0000FF", "expressions": ["blue thing"], "min_fraction": 0},
  {"name": "unlabeled", "color": [128, 128, 128], "expressions": []}
])";

std::vector<MaskClass> classes(const QByteArray& json = kClasses) {
  auto c = parseMaskClasses(json, QStringLiteral("test"));
  if (!c) qFatal("%s", qPrintable(c.error()));
  return *c;
}

/** One row of chips.csv. */
struct Row {
  QString id, split, source, cls, kind, expression;
  int scale = 0, x = 0, y = 0, w = 0, h = 0;
};

std::vector<Row> readRows(const QString& out) {
  QFile f(out + "/chips.csv");
  if (!f.open(QIODevice::ReadOnly)) return {};
  const QList<QByteArray> lines = f.readAll().split('\n');
  static const QRegularExpression field(QStringLiteral("(\"(?:[^\"]|\"\")*\"|[^,]*)(?:,|$)"));
  std::vector<Row> rows;
  for (int i = 1; i < lines.size(); ++i) {
    if (lines[i].isEmpty()) continue;
    QStringList v;
    auto it = field.globalMatch(QString::fromUtf8(lines[i]));
    while (it.hasNext() && v.size() < 12) {
      QString s = it.next().captured(1);
      if (s.startsWith('"')) s = s.mid(1, s.size() - 2).replace("\"\"", "\"");
      v << s;
    }
    rows.push_back(
        {v[0], v[1], v[2], v[8], v[9], v[11], v[3].toInt(), v[4].toInt(), v[5].toInt(), v[6].toInt(), v[7].toInt()});
  }
  return rows;
}

cv::Mat readBand(const QString& path, int band = 0) {
  auto b = readByteBands(path);
  return b && int(b->size()) > band ? (*b)[size_t(band)] : cv::Mat();
}

/** 255 where `mask` shows one of `colours`, computed pixel by pixel. */
cv::Mat expected(const cv::Mat& mask, const std::vector<cv::Vec3b>& colours) {
  cv::Mat out = cv::Mat::zeros(mask.size(), CV_8U);
  for (int y = 0; y < mask.rows; ++y)
    for (int x = 0; x < mask.cols; ++x)
      for (const cv::Vec3b& c : colours)
        if (mask.at<cv::Vec3b>(y, x) == c) out.at<uchar>(y, x) = 255;
  return out;
}

bool sameMat(const cv::Mat& a, const cv::Mat& b) {
  return a.size() == b.size() && a.type() == b.type() && cv::countNonZero(a != b) == 0;
}

/** `count` image/mask pairs of `w` x `h` in dir/images and dir/masks. */
ImageMaskFolders writePairs(const QString& dir, int count, int w, int h) {
  QDir().mkpath(dir + "/images");
  QDir().mkpath(dir + "/masks");
  for (int i = 0; i < count; ++i) {
    writeRgb(QStringLiteral("%1/images/img_%2.png").arg(dir).arg(i, 2, 10, QLatin1Char('0')), makeImage(w, h, i));
    writeRgb(QStringLiteral("%1/masks/img_%2.png").arg(dir).arg(i, 2, 10, QLatin1Char('0')), makeMask(w, h));
  }
  return {dir + "/images", dir + "/masks"};
}

ClassMaskImportOptions options(const ImageMaskFolders& f, int chip, std::vector<int> scales) {
  ClassMaskImportOptions o;
  o.folders = {f};
  o.chipSize = chip;
  o.scales = std::move(scales);
  o.valFraction = 0;
  o.testFraction = 0;
  o.absentRate = 0;
  return o;
}

}  // namespace

class TestClassMaskImport : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void masks_matchTheClassColoursExactly() {
    QTemporaryDir dir;
    const ImageMaskFolders f = writePairs(dir.path(), 1, 512, 384);
    auto report = importClassMasks(classes(), options(f, 128, {1}), dir.path() + "/out");
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->chips, 12);
    QCOMPARE(report->unknownColourImages, 1);
    const cv::Mat image = makeImage(512, 384, 0), mask = makeMask(512, 384);
    const std::vector<Row> rows = readRows(dir.path() + "/out");
    QCOMPARE(int(rows.size()), report->samples);
    std::set<QString> seen;
    for (const Row& r : rows) {
      QCOMPARE(r.kind, QStringLiteral("present"));
      const cv::Rect window(r.x, r.y, r.w, r.h);
      const std::vector<cv::Vec3b> colours =
          r.cls == "red" ? std::vector<cv::Vec3b>{kRed} : std::vector<cv::Vec3b>{kGreen, kDarkGreen};
      QVERIFY2(sameMat(readBand(dir.path() + "/out/masks/" + r.id + ".tif"), expected(mask(window).clone(), colours)),
               qPrintable(r.id + " " + r.cls));
      for (int b = 0; b < 3; ++b) {
        cv::Mat plane;
        cv::extractChannel(image(window), plane, b);
        QVERIFY(sameMat(readBand(dir.path() + "/out/images/" + r.id + ".tif", b), plane));
      }
      seen.insert(r.cls);
    }
    QCOMPARE(seen, (std::set<QString>{"red", "green"}));
    // The almost-red pixels at (5..8, 5..8) are not red.
    const auto first =
        std::find_if(rows.begin(), rows.end(), [](const Row& r) { return r.x == 0 && r.y == 0 && r.cls == "red"; });
    QVERIFY(first != rows.end());
    QCOMPARE(int(readBand(dir.path() + "/out/masks/" + first->id + ".tif").at<uchar>(6, 6)), 0);
  }

  void tolerance_widensTheColourMatch() {
    QTemporaryDir dir;
    const ImageMaskFolders f = writePairs(dir.path(), 1, 256, 256);
    std::vector<MaskClass> c = classes();
    c[0].tolerance = 1;
    QVERIFY(importClassMasks(c, options(f, 256, {1}), dir.path() + "/out"));
    const std::vector<Row> rows = readRows(dir.path() + "/out");
    QCOMPARE(rows.front().cls, QStringLiteral("red"));
    QCOMPARE(int(readBand(dir.path() + "/out/masks/" + rows.front().id + ".tif").at<uchar>(6, 6)), 255);
  }

  void split_isDrawnPerSourceImage_andFollowsTheSeed() {
    QTemporaryDir dir;
    ClassMaskImportOptions o = options(writePairs(dir.path(), 10, 256, 256), 128, {1, 2});
    o.valFraction = 0.2;
    o.testFraction = 0.2;
    auto report = importClassMasks(classes(), o, dir.path() + "/a");
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->imagesPerSplit, (std::array<int, 3>{6, 2, 2}));
    QCOMPARE(report->chipsPerSplit, (std::array<int, 3>{30, 10, 10}));
    std::map<QString, std::set<QString>> splitsOfSource;
    for (const Row& r : readRows(dir.path() + "/a")) splitsOfSource[r.source].insert(r.split);
    QCOMPARE(int(splitsOfSource.size()), 10);
    for (const auto& [source, splits] : splitsOfSource) QVERIFY2(splits.size() == 1, qPrintable(source));
    // Every phrase line's id is in the split that chips.csv says.
    auto dataset = RefSegRsDataset::open(dir.path() + "/a");
    QVERIFY2(dataset, qPrintable(dataset.error()));
    std::map<QString, QString> splitOfId;
    for (const Row& r : readRows(dir.path() + "/a")) splitOfId[r.id] = r.split;
    QCOMPARE(int(dataset->samples().size()), report->samples);
    for (const Sample& s : dataset->samples()) QCOMPARE(s.split, splitOfId[s.id]);
    // The same seed gives the same dataset; another seed another split.
    QVERIFY(importClassMasks(classes(), o, dir.path() + "/b"));
    QFile a(dir.path() + "/a/chips.csv"), b(dir.path() + "/b/chips.csv");
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
    o.seed = 2;
    QVERIFY(importClassMasks(classes(), o, dir.path() + "/c"));
    std::map<QString, QString> first, second;
    for (const Row& r : readRows(dir.path() + "/a")) first[r.source] = r.split;
    for (const Row& r : readRows(dir.path() + "/c")) second[r.source] = r.split;
    QVERIFY(first != second);
  }

  void absentSamples_nameAnAbsentClass_withAnEmptyMask() {
    QTemporaryDir dir;
    ClassMaskImportOptions o = options(writePairs(dir.path(), 2, 256, 256), 128, {1});
    o.absentRate = 1.0;
    auto report = importClassMasks(classes(), o, dir.path() + "/out");
    QVERIFY2(report, qPrintable(report.error()));
    const cv::Mat mask = makeMask(256, 256);
    const std::map<QString, std::vector<cv::Vec3b>> colours = {
        {"red", {kRed}}, {"green", {kGreen, kDarkGreen}}, {"blue", {}}};
    int absent = 0;
    for (const Row& r : readRows(dir.path() + "/out")) {
      if (r.kind != "absent") continue;
      ++absent;
      QVERIFY2(colours.count(r.cls) == 1, qPrintable(r.cls));
      // The class named has no pixel in the chip, and the sample's mask is empty.
      QCOMPARE(cv::countNonZero(expected(mask(cv::Rect(r.x, r.y, r.w, r.h)).clone(), colours.at(r.cls))), 0);
      QCOMPARE(cv::countNonZero(readBand(dir.path() + "/out/masks/" + r.id + ".tif")), 0);
      QVERIFY(r.cls != "blue" || r.expression == "blue thing");
    }
    QCOMPARE(absent, report->chips);  // blue is never there, so every chip has a candidate
    QCOMPARE(report->absent[2][0] + report->absent[1][0] + report->absent[0][0], absent);
  }

  void scales_produceChipsAtEachGroundResolution() {
    QTemporaryDir dir;
    ClassMaskImportOptions o = options(writePairs(dir.path(), 1, 512, 512), 128, {1, 2, 3, 5});
    o.absentRate = 1;  // every chip gets a sample (blue is never there), so chips.csv lists every chip
    auto report = importClassMasks(classes(), o, dir.path() + "/out");
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->chips, 16 + 4 + 1);
    QCOMPARE(report->scalesTooSmall, 1);  // 512 / 5 < 128
    std::map<int, std::set<std::pair<int, int>>> chips;
    for (const Row& r : readRows(dir.path() + "/out")) {
      chips[r.scale].insert({r.x, r.y});
      QCOMPARE(readBand(dir.path() + "/out/images/" + r.id + ".tif").size(), cv::Size(128, 128));
      if (r.scale == 2 && r.x == 0 && r.y == 0 && r.cls == "red") {
        // Red covers source x < 128: at half resolution, chip columns 0..63.
        const cv::Mat m = readBand(dir.path() + "/out/masks/" + r.id + ".tif");
        // (The almost-red pixels near the corner are left out: they are not red.)
        QCOMPARE(cv::countNonZero(m(cv::Rect(0, 8, 64, 120))), 64 * 120);
        QCOMPARE(cv::countNonZero(m(cv::Rect(64, 0, 64, 128))), 0);
      }
    }
    QCOMPARE(int(chips[1].size()), 16);
    QCOMPARE(int(chips[2].size()), 4);
    QCOMPARE(int(chips[3].size()), 1);
    QCOMPARE(*chips[3].begin(), std::make_pair(63, 63));  // 171 px at 1/3, one chip centred: 21 px margin
  }

  void expressions_rotateThroughEverySynonym() {
    QTemporaryDir dir;
    QVERIFY(importClassMasks(classes(), options(writePairs(dir.path(), 1, 512, 512), 128, {1}), dir.path() + "/out"));
    std::map<QString, int> uses;
    for (const Row& r : readRows(dir.path() + "/out"))
      if (r.cls == "red") ++uses[r.expression];
    QCOMPARE(int(uses.size()), 3);
    QVERIFY(std::abs(uses["red a"] - uses["red b"]) <= 1 && std::abs(uses["red b"] - uses["red c"]) <= 1);
  }

  void minFraction_dropsClassesThatBarelyShow() {
    QTemporaryDir dir;
    const ImageMaskFolders f = writePairs(dir.path(), 1, 256, 256);
    std::vector<MaskClass> c = classes();
    c[1].minFraction = 0.5;  // green never covers half a chip
    auto report = importClassMasks(c, options(f, 128, {1}), dir.path() + "/out");
    QVERIFY(report);
    QCOMPARE(report->present[1], (std::array<int, 3>{0, 0, 0}));
    QVERIFY(report->present[0][0] > 0);
  }

  void skippedFiles_areCounted_notFatal() {
    QTemporaryDir dir;
    const ImageMaskFolders f = writePairs(dir.path(), 1, 256, 256);
    writeRgb(f.images + "/lonely.png", makeImage(256, 256, 1));
    writeRgb(f.images + "/small.png", makeImage(256, 256, 2));
    writeRgb(f.masks + "/small.png", makeMask(200, 256));
    QFile junk(f.images + "/junk.png");
    QVERIFY(junk.open(QIODevice::WriteOnly) && junk.write("not a png") > 0);
    junk.close();
    writeRgb(f.masks + "/junk.png", makeMask(256, 256));
    writeRgb(f.masks + "/orphan.png", makeMask(256, 256));
    auto report = importClassMasks(classes(), options(f, 128, {1}), dir.path() + "/out");
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->imagesFound, 4);
    QCOMPARE(report->imagesRead, 1);
    QCOMPARE(report->withoutMask, 1);
    QCOMPARE(report->sizeMismatch, 1);
    QCOMPARE(report->unreadable, 1);
    QCOMPARE(report->masksWithoutImage, 1);
    const QString all = report->warnings.join('\n');
    QVERIFY2(all.contains("lonely.png has no mask") && all.contains("is 256 x 256 pixels but its mask") &&
                 all.contains("junk.png skipped"),
             qPrintable(all));
  }

  void badInput_givesAClearMessage_andWritesNothing_data() {
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("message");
    QTest::newRow("no images folder") << "images"
                                      << "The images folder";
    QTest::newRow("no masks folder") << "masks"
                                     << "The masks folder";
    QTest::newRow("output not empty") << "full"
                                      << "is not empty";
    QTest::newRow("output under a file") << "file"
                                         << "Cannot create the folder";
    QTest::newRow("no pairs") << "nopairs"
                              << "No image has a mask of the same base name";
    QTest::newRow("no class") << "noclass"
                              << "No class is given";
    QTest::newRow("no class shows") << "nosample"
                                    << "No sample";
    QTest::newRow("bad scales") << "scales"
                                << "scales must be distinct";
  }
  void badInput_givesAClearMessage_andWritesNothing() {
    QFETCH(QString, problem);
    QFETCH(QString, message);
    QTemporaryDir dir;
    ImageMaskFolders f = writePairs(dir.path() + "/src", 1, 256, 256);
    QString out = dir.path() + "/out";
    std::vector<MaskClass> c = classes();
    ClassMaskImportOptions o = options(f, 128, {1});
    if (problem == "images") o.folders[0].images += "-missing";
    if (problem == "masks") o.folders[0].masks += "-missing";
    if (problem == "full") QVERIFY(QDir().mkpath(out + "/something"));
    if (problem == "file") {
      QFile file(dir.path() + "/plain");
      QVERIFY(file.open(QIODevice::WriteOnly));
      out = dir.path() + "/plain/out";
    }
    if (problem == "nopairs") QVERIFY(QFile::rename(f.masks + "/img_00.png", f.masks + "/other.png"));
    if (problem == "noclass") c.clear();
    if (problem == "nosample") c = classes(R"([{"name": "x", "color": [1, 2, 3], "expressions": ["x"]}])");
    if (problem == "scales") o.scales = {1, 1};
    auto report = importClassMasks(c, o, out);
    QVERIFY(!report);
    QVERIFY2(report.error().contains(message), qPrintable(report.error()));
    if (problem != "full") QVERIFY(!QFileInfo::exists(out));
    // No staging folder is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot).filter("partial").size(), 0);
  }

  void classesFile_refusesBadDefinitions_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{oops") << "not valid JSON";
    QTest::newRow("empty list") << QByteArray("[]") << "lists no class";
    QTest::newRow("no name") << QByteArray(R"([{"color": [1,2,3], "expressions": ["a"]}])") << "class 1 has no name";
    QTest::newRow("bad colour") << QByteArray(R"([{"name": "a", "color": [1,2,300], "expressions": ["a"]}])")
                                << "“color” must be";
    QTest::newRow("bad hex") << QByteArray("[{\"name\": \"a\", \"color\": \"#12345\", \"expressions\": [\"a\"]}]")
                             << "“color” must be";
    QTest::newRow("no colour") << QByteArray(R"([{"name": "a", "expressions": ["a"]}])") << "“color” must be";
    QTest::newRow("expressions not a list")
        << QByteArray(R"([{"name": "a", "color": [1,2,3], "expressions": "a"}])") << "must be a list";
    QTest::newRow("min fraction")
        << QByteArray(R"([{"name": "a", "color": [1,2,3], "expressions": ["a"], "min_fraction": 2}])")
        << "“min_fraction”";
    QTest::newRow("tolerance") << QByteArray(
                                      R"([{"name": "a", "color": [1,2,3], "expressions": ["a"], "tolerance": -1}])")
                               << "“tolerance”";
    QTest::newRow("twice")
        << QByteArray(R"([{"name": "a", "color": [1,2,3], "expressions": ["a"]}, {"name": "A", "color": [1,2,4]}])")
        << "used twice";
    QTest::newRow("nothing to ask") << QByteArray(
                                           R"({"classes": [{"name": "a", "color": [1,2,3], "expressions": []}]})")
                                    << "no class has expressions";
  }
  void classesFile_refusesBadDefinitions() {
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    auto c = parseMaskClasses(json, QStringLiteral("classes.json"));
    QVERIFY(!c);
    QVERIFY2(c.error().startsWith("Classes file classes.json: ") && c.error().contains(message), qPrintable(c.error()));
  }

  void classesFile_shippedForTheDubaiDataset_isValid() {
    auto c = loadMaskClasses(QStringLiteral(RRSIS_SOURCE_DIR "/resources/datasets/dubai-classes.json"));
    QVERIFY2(c, qPrintable(c.error()));
    QCOMPARE(int(c->size()), 6);
    QVERIFY(!c->back().isQueried());
  }

  void roots_findEveryTileFolder() {
    QTemporaryDir dir;
    writePairs(dir.path() + "/Tile 2", 1, 64, 64);
    writePairs(dir.path() + "/Tile 1", 1, 64, 64);
    QDir().mkpath(dir.path() + "/Tile 3/images");
    const std::vector<ImageMaskFolders> found = findImageMaskFolders(dir.path());
    QCOMPARE(int(found.size()), 2);
    QVERIFY(found[0].images.endsWith("Tile 1/images") && found[1].masks.endsWith("Tile 2/masks"));
  }
};

QTEST_GUILESS_MAIN(TestClassMaskImport)
#include "tst_classmaskimport.moc"

// Building overviews into an external .ovr: progress, cancellation, source untouched.
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "raster/gdalrastersource.h"
#include "raster/overviewbuilder.h"
#include "testrasters.h"

using namespace rrsis;
using rrsis::test::RasterSpec;

namespace {
QByteArray hashOf(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
}  // namespace

class TestOverviews : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void factors_haltNearOneTile();
  void recommended_onlyForLargeRastersWithoutOverviews();
  void build_writesExternalOvrAndLeavesSourceUntouched();
  void build_cancelled_leavesNoOvr();
  void build_missingFile_failsWithMessage();

 private:
  QTemporaryDir dir_;
};

void TestOverviews::factors_haltNearOneTile() {
  QCOMPARE(OverviewBuilder::factorsFor(1024, 512), (std::vector<int>{2, 4, 8}));
  QVERIFY(OverviewBuilder::factorsFor(200, 100).empty());
}

void TestOverviews::recommended_onlyForLargeRastersWithoutOverviews() {
  RasterInfo info;
  info.width = 30000;
  info.height = 20000;
  info.levels = {QSize(30000, 20000)};
  QVERIFY(OverviewBuilder::recommended(info));
  info.levels.push_back(QSize(1875, 1250));
  QVERIFY(!OverviewBuilder::recommended(info));
  RasterInfo small;
  small.width = small.height = 2000;
  small.levels = {QSize(2000, 2000)};
  QVERIFY(!OverviewBuilder::recommended(small));
}

void TestOverviews::build_writesExternalOvrAndLeavesSourceUntouched() {
  RasterSpec spec;
  spec.width = 1024;
  spec.height = 768;
  spec.bands = 1;
  spec.options = {"TILED=YES"};
  const QString path = dir_.filePath(QStringLiteral("big.tif"));
  QVERIFY(test::writeRaster(path, spec));
  const QByteArray before = hashOf(path);
  double last = -1;
  int calls = 0;
  const Status st = OverviewBuilder::build(path, [&](double p) {
    last = p;
    ++calls;
    return true;
  });
  QVERIFY2(st, qPrintable(st.error()));
  QVERIFY(calls > 0);
  QCOMPARE(last, 1.0);
  QVERIFY(QFile::exists(path + QStringLiteral(".ovr")));
  QCOMPARE(hashOf(path), before);
  auto src = GdalRasterSource::open(path);
  QVERIFY(src);
  QCOMPARE((*src)->info().overviewCount(), 3);
  QCOMPARE((*src)->info().levels[1], QSize(512, 384));
}

void TestOverviews::build_cancelled_leavesNoOvr() {
  RasterSpec spec;
  spec.width = 1024;
  spec.height = 1024;
  spec.bands = 1;
  spec.options = {"TILED=YES"};
  const QString path = dir_.filePath(QStringLiteral("cancel.tif"));
  QVERIFY(test::writeRaster(path, spec));
  const Status st = OverviewBuilder::build(path, [](double p) { return p < 0.2; });
  QVERIFY(!st);
  QVERIFY2(st.error().contains(QStringLiteral("cancelled")), qPrintable(st.error()));
  QVERIFY(!QFile::exists(path + QStringLiteral(".ovr")));
  auto src = GdalRasterSource::open(path);
  QVERIFY(src);
  QCOMPARE((*src)->info().overviewCount(), 0);
}

void TestOverviews::build_missingFile_failsWithMessage() {
  const Status st = OverviewBuilder::build(dir_.filePath(QStringLiteral("absent.tif")));
  QVERIFY(!st);
  QVERIFY(st.error().contains(QStringLiteral("absent.tif")));
}

QTEST_GUILESS_MAIN(TestOverviews)
#include "tst_overviews.moc"

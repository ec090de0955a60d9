// The studio's File ▸ Export Annotations dialog and File ▸ Import Annotations: an export of the
// live project in every format from the dialog, and imports that arrive in the live project as
// one undo step per image while the import itself ran on a snapshot.
#include <QApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <opencv2/core.hpp>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "testprojects.h"
#include "exportdialog.h"
#include "importannotations.h"

using namespace rrsis;

class TestExchangeUi : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void exportDialog_writesEachFormat_data() {
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("name");
    QTest::newRow("rrsisd") << int(ui::ExportDialog::Rrsisd) << "rrsisd";
    QTest::newRow("coco") << int(ui::ExportDialog::Coco) << "instances.json";
    QTest::newRow("masks") << int(ui::ExportDialog::MaskTiffs) << "masks";
    QTest::newRow("labels") << int(ui::ExportDialog::LabelTiffs) << "labels";
    QTest::newRow("gpkg") << int(ui::ExportDialog::GeoPackage) << "out.gpkg";
    QTest::newRow("geojson") << int(ui::ExportDialog::GeoJson) << "out.geojson";
    QTest::newRow("shp") << int(ui::ExportDialog::Shapefile) << "shp";
  }
  void exportDialog_writesEachFormat() {
    QFETCH(int, format);
    QFETCH(QString, name);
    QTemporaryDir dir;
    auto p = test::makeShapesProject(dir.path());
    QVERIFY(p);
    ui::ExportDialog dialog(p.get());
    dialog.setFormat(ui::ExportDialog::Format(format));
    dialog.setTarget(dir.filePath(name));
    const QString message = dialog.exportNow();
    QVERIFY2(message.startsWith("Wrote "), qPrintable(message));
    QVERIFY(QFileInfo::exists(dir.filePath(name)));
    const QString again = dialog.exportNow();  // never over existing work unless asked
    QVERIFY2(again.contains("already exists"), qPrintable(again));
  }

  void import_reachesTheLiveProjectAsOneUndoStep() {
    QTemporaryDir dir;
    auto p = test::makeShapesProject(dir.path());
    QVERIFY(p);
    ui::ExportDialog dialog(p.get());
    dialog.setFormat(ui::ExportDialog::GeoPackage);
    dialog.setTarget(dir.filePath("work.gpkg"));
    QVERIFY(dialog.exportNow().startsWith("Wrote 3"));
    AnnotationDocument& d = *p->document(0);
    const int before = d.count(), steps = d.undoStack()->count();
    const QString message = ui::importAnnotationsInto(nullptr, p.get(), dir.filePath("work.gpkg"), -1);
    QVERIFY2(message.startsWith("Imported 3 annotation(s)"), qPrintable(message));
    QCOMPARE(d.count(), before + 3);
    QCOMPARE(d.undoStack()->count(), steps + 1);
    const QRect whole(0, 0, test::kShapesWidth, test::kShapesHeight);
    QCOMPARE(cv::norm(d.at(before).mask(whole), d.at(0).mask(whole), cv::NORM_INF), 0.0);
    QVERIFY(d.at(before).id != d.at(0).id);
    d.undoStack()->undo();
    QCOMPARE(d.count(), before);
    const QString broken = ui::importAnnotationsInto(nullptr, p.get(), dir.filePath("missing.gpkg"), -1);
    QVERIFY2(broken.startsWith("Nothing was imported"), qPrintable(broken));
    QCOMPARE(d.count(), before);
  }

  void importOfADataset_addsItsImagesAsScenes() {
    QTemporaryDir dir;
    auto p = test::makeShapesProject(dir.path());
    QVERIFY(p);
    ui::ExportDialog dialog(p.get());
    dialog.setFormat(ui::ExportDialog::Rrsisd);
    dialog.setTarget(dir.filePath("rrsisd"));
    QVERIFY(dialog.exportNow().startsWith("Wrote 4"));
    Project fresh;
    const QString message = ui::importAnnotationsInto(nullptr, &fresh, dir.filePath("rrsisd"), -1);
    QVERIFY2(message.startsWith("Imported 4 annotation(s)"), qPrintable(message));
    QCOMPARE(fresh.sceneCount(), 4);
    QCOMPARE(fresh.document(0)->undoStack()->count(), 1);
  }
};

QTEST_MAIN(TestExchangeUi)
#include "tst_exchangeui.moc"

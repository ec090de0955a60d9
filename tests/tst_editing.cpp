// Editing in the studio as a user does it (offscreen platform, real input events): tools
// through their shortcuts, brush drags, polygons, the magic wand, the area of interest,
// Space to pan, one undo step per gesture, switching images without losing annotations.
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTableWidget>
#include <QToolButton>
#include <QTemporaryDir>
#include <QUndoGroup>
#include <QUndoStack>
#include <QtTest>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "testrasters.h"
#include "edittools.h"
#include "layersdock.h"
#include "mainwindow.h"
#include "querybar.h"
#include "shortcutsdialog.h"
#include "tiledview.h"
#include "tools/abstracttool.h"
#include "tools/polygontool.h"
#include "tools/toolmanager.h"

using namespace rrsis;

namespace {

/** A grey field with a dark 100 x 80 rectangle at (300, 200). */
double field(int b, int x, int y) { return (x >= 300 && x < 400 && y >= 200 && y < 280) ? 30 + b : 200; }

bool set(const AnnotationDocument* d, int index, QPointF at) {
  return d->at(index).mask(QRect(int(at.x()), int(at.y()), 1, 1)).at<uchar>(0, 0) != 0;
}

}  // namespace

class TestEditing : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    test::RasterSpec spec;
    spec.width = 800;
    spec.height = 600;
    spec.value = field;
    a_ = dir_.filePath("a.tif");
    b_ = dir_.filePath("b.tif");
    QVERIFY(test::writeRaster(a_, spec));
    QVERIFY(test::writeRaster(b_, spec));
  }

  void init() {
    window_ = std::make_unique<ui::MainWindow>();
    window_->setQuietErrors(true);
    window_->resize(1200, 900);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    open(a_);
    view()->setView(QPointF(400, 300), 1.0);  // 1:1, the image centred
  }

  void cleanup() { window_.reset(); }

  void brushDrag_paintsANewAnnotationNamedFromTheFindBar_asOneUndoStep() {
    window_->queryBar()->setExpression("the dark roof");
    key(Qt::Key_B);
    QCOMPARE(tools()->activeTool()->name(), QString("Brush"));
    tools()->setBrushRadius(5);
    QTest::mousePress(view(), Qt::LeftButton, {}, pos(100, 100));
    for (int i = 1; i <= 10; ++i) QTest::mouseMove(view(), pos(100 + i * 20, 100));
    QTest::mouseRelease(view(), Qt::LeftButton, {}, pos(300, 100));
    AnnotationDocument* d = window_->document();
    QCOMPARE(d->count(), 1);
    QCOMPARE(d->at(0).expression, QString("the dark roof"));
    QCOMPARE(d->at(0).provenance.mode, QString("hand"));
    QVERIFY(set(d, 0, {100, 100}) && set(d, 0, {250, 100}) && !set(d, 0, {250, 110}));
    QCOMPARE(d->at(0).provenance.handEdits, 1);
    // Add + one drag: two steps; undoing the drag leaves the empty annotation.
    QCOMPARE(d->undoStack()->count(), 2);
    window_->undoGroup()->undo();
    QVERIFY(!set(d, 0, {250, 100}));
    window_->undoGroup()->redo();
    QVERIFY(set(d, 0, {250, 100}));
    // The eraser on the selected annotation.
    key(Qt::Key_E);
    QTest::mousePress(view(), Qt::LeftButton, {}, pos(200, 100));
    QTest::mouseRelease(view(), Qt::LeftButton, {}, pos(200, 100));
    QCOMPARE(d->count(), 1);
    QVERIFY(!set(d, 0, {200, 100}) && set(d, 0, {250, 100}));
    // [ and ] change the brush size.
    const double r = tools()->brushRadius();
    key(Qt::Key_BracketRight);
    QVERIFY(tools()->brushRadius() > r);
  }

  void polygonAndWand_editTheSelectedAnnotation() {
    key(Qt::Key_P);
    for (QPoint p : {pos(50, 400), pos(150, 400), pos(150, 500), pos(50, 500)})
      QTest::mouseClick(view(), Qt::LeftButton, {}, p);
    auto* polygon = qobject_cast<ui::PolygonTool*>(tools()->activeTool());
    QVERIFY(polygon);
    QCOMPARE(int(polygon->vertices().size()), 4);
    key(Qt::Key_Return);
    AnnotationDocument* d = window_->document();
    QCOMPARE(d->count(), 1);
    QVERIFY(set(d, 0, {100, 450}) && !set(d, 0, {200, 450}));
    // The wand adds the dark rectangle to the same (selected) annotation.
    key(Qt::Key_W);
    QTest::mouseClick(view(), Qt::LeftButton, {}, pos(350, 240));
    QCOMPARE(d->count(), 1);
    QVERIFY(set(d, 0, {301, 201}) && set(d, 0, {398, 278}) && !set(d, 0, {402, 240}));
    QCOMPARE(d->at(0).area(), std::int64_t(100 * 100 + 100 * 80));
    // Ctrl+click removes it again.
    QTest::mouseClick(view(), Qt::LeftButton, Qt::ControlModifier, pos(350, 240));
    QCOMPARE(d->at(0).area(), std::int64_t(100 * 100));
  }

  void spaceHeld_pansWithAnyTool_andAreaOfInterestComesBackToTheTool() {
    key(Qt::Key_B);
    const QPointF before = view()->viewToImage(QPointF(view()->width() / 2.0, view()->height() / 2.0));
    QTest::keyPress(view(), Qt::Key_Space);
    QTest::mousePress(view(), Qt::LeftButton, {}, pos(400, 300));
    QTest::mouseMove(view(), pos(400, 300) + QPoint(50, 0));
    QTest::mouseRelease(view(), Qt::LeftButton, {}, pos(400, 300) + QPoint(50, 0));
    QTest::keyRelease(view(), Qt::Key_Space);
    const QPointF after = view()->viewToImage(QPointF(view()->width() / 2.0, view()->height() / 2.0));
    QVERIFY2(std::abs(after.x() - (before.x() - 50)) < 1, qPrintable(QString::number(after.x())));
    QCOMPARE(window_->document()->count(), 0);  // nothing painted
    // R: draw an area of interest; afterwards the brush is back.
    key(Qt::Key_R);
    QVERIFY(window_->queryBar()->aoiButton()->isChecked());
    QTest::mousePress(view(), Qt::LeftButton, {}, QPoint(100, 100));
    QTest::mouseMove(view(), QPoint(300, 250));
    QTest::mouseRelease(view(), Qt::LeftButton, {}, QPoint(300, 250));
    const QSize aoi = view()->areaOfInterest().size();  // 200 x 150 screen pixels at 1:1, give or take a pixel edge
    QVERIFY2(std::abs(aoi.width() - 200) <= 1 && std::abs(aoi.height() - 150) <= 1,
             qPrintable(QString("%1 x %2").arg(aoi.width()).arg(aoi.height())));
    QCOMPARE(window_->queryBar()->scope(), ui::QueryBar::Scope::AreaOfInterest);
    QCOMPARE(tools()->activeTool()->name(), QString("Brush"));
    QVERIFY(!window_->queryBar()->aoiButton()->isChecked());
  }

  void switchingImages_keepsEachImagesAnnotations_andUndoHistory() {
    key(Qt::Key_B);
    QTest::mouseClick(view(), Qt::LeftButton, {}, pos(100, 100));
    QCOMPARE(window_->document()->count(), 1);
    AnnotationDocument* first = window_->document();
    open(b_);
    QVERIFY(window_->document() != first);
    QCOMPARE(window_->document()->count(), 0);
    QCOMPARE(window_->project()->sceneCount(), 2);
    QTest::mouseClick(view(), Qt::LeftButton, {}, view()->imageToView(QPointF(500, 500)).toPoint());
    QCOMPARE(window_->document()->count(), 1);
    open(a_);
    QCOMPARE(window_->document(), first);
    QCOMPARE(window_->document()->count(), 1);
    QVERIFY(set(first, 0, {100, 100}));
    QCOMPARE(window_->undoGroup()->activeStack(), first->undoStack());
    QCOMPARE(window_->layersDock()->list()->model()->rowCount(), 1);
  }

  void layersDock_editsInPlace_andRemovesWithUndo() {
    key(Qt::Key_B);
    QTest::mouseClick(view(), Qt::LeftButton, {}, pos(100, 100));
    AnnotationDocument* d = window_->document();
    QListView* list = window_->layersDock()->list();
    QVERIFY(list->model()->setData(list->model()->index(0, 0), "a renamed layer", Qt::EditRole));
    QCOMPARE(d->at(0).expression, QString("a renamed layer"));
    QVERIFY(list->model()->setData(list->model()->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!d->at(0).visible);
    QVERIFY(list->model()->data(list->model()->index(0, 0), Qt::ToolTipRole).toString().contains("Drawn by hand"));
    window_->undoGroup()->undo();
    window_->undoGroup()->undo();
    QCOMPARE(d->at(0).expression, QString("annotation 1"));
    QVERIFY(d->at(0).visible);
  }

  void keyboardShortcuts_listEveryTool() {
    QList<QAction*> actions = window_->editTools()->toolActions();
    ui::ShortcutsDialog dialog(actions);
    QStringList rows;
    for (int r = 0; r < dialog.table()->rowCount(); ++r)
      rows << dialog.table()->item(r, 0)->text() + "=" + dialog.table()->item(r, 1)->text();
    for (const char* expected :
         {"Brush=B", "Eraser=E", "Polygon / Lasso=P", "Magic Wand=W", "Pan=H", "Area of Interest=R"})
      QVERIFY2(rows.contains(expected), qPrintable(rows.join(", ")));
  }

 private:
  void open(const QString& path) {
    QSignalSpy opened(window_.get(), &ui::MainWindow::sceneOpened);
    window_->openFile(path);
    QVERIFY(opened.wait(20000));
    QVERIFY(opened.at(0).at(0).toBool());
  }
  ui::TiledView* view() const { return window_->view(); }
  ui::ToolManager* tools() const { return window_->editTools()->manager(); }
  QPoint pos(double x, double y) const { return view()->imageToView(QPointF(x + 0.5, y + 0.5)).toPoint(); }
  void key(Qt::Key k) {
    view()->setFocus();
    QTest::keyClick(view(), k);
  }

  QTemporaryDir dir_;
  QString a_, b_;
  std::unique_ptr<ui::MainWindow> window_;
};

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"

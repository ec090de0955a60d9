#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <QShortcut>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "raster/overviewbuilder.h"
#include "bandsdialog.h"
#include "edittools.h"
#include "exportdialog.h"
#include "importannotations.h"
#include "projectsession.h"
#include "scenesdock.h"
#include "shortcutsdialog.h"
#include "tools/abstracttool.h"
#include "tools/aoitool.h"
#include "tools/toolmanager.h"
#include "inferenceservice.h"
#include "layersdock.h"
#include "learning/learningtools.h"
#include "modelinfodialog.h"
#include "querybar.h"
#include "querycontroller.h"
#include "overviewtask.h"
#include "preferencesdialog.h"
#include "statusinfo.h"
#include "tiledview.h"

namespace rrsis::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), prefs_(Preferences::load()) {
  setWindowTitle(tr("RRSIS Studio"));
  setAcceptDrops(true);
  setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

  auto* central = new QWidget(this);
  auto* layout = new QVBoxLayout(central);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);

  // A notice bar above the view: offers to build overviews for large rasters without them.
  notice_ = new QWidget(central);
  notice_->setAutoFillBackground(true);
  QPalette pal = notice_->palette();
  pal.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xc8));
  pal.setColor(QPalette::WindowText, QColor(0x33, 0x2b, 0x00));
  notice_->setPalette(pal);
  auto* noticeLayout = new QHBoxLayout(notice_);
  noticeText_ = new QLabel(notice_);
  noticeText_->setWordWrap(true);
  auto* buildButton = new QPushButton(tr("Build Overviews"), notice_);
  auto* dismissButton = new QPushButton(tr("Not Now"), notice_);
  noticeLayout->addWidget(noticeText_, 1);
  noticeLayout->addWidget(buildButton);
  noticeLayout->addWidget(dismissButton);
  notice_->hide();
  connect(buildButton, &QPushButton::clicked, this, &MainWindow::buildOverviews);
  connect(dismissButton, &QPushButton::clicked, notice_, &QWidget::hide);

  view_ = new TiledView(central);
  layout->addWidget(notice_);
  layout->addWidget(view_, 1);
  setCentralWidget(central);

  statusInfo_ = new StatusInfo(view_, this);
  // The cursor read-out gives way to a message while one shows; moving over the image brings
  // it back once the message has been readable for a few seconds.
  statusBar()->addWidget(statusInfo_, 1);
  messageAge_.start();
  connect(statusBar(), &QStatusBar::messageChanged, this, [this] { messageAge_.restart(); });
  connect(view_, &TiledView::cursorMoved, this, [this] {
    if (!statusBar()->currentMessage().isEmpty() && messageAge_.elapsed() > 3000) statusBar()->clearMessage();
  });
  connect(view_, &TiledView::tileError, this, [this](const QString& message) {
    lastError_ = message;
    statusBar()->showMessage(tr("Cannot read part of the image: %1").arg(message), 15000);
  });

  undoGroup_ = new QUndoGroup(this);
  edit_ = new EditTools(view_, this);
  view_->setToolManager(edit_->manager());
  queryBar_ = new QueryBar(this);
  query_ = new QueryController(view_, queryBar_, this);
  statusBar()->addPermanentWidget(query_->statusWidget());
  session_ = new ProjectSession(this, this);

  createActions();
  createMenus();
  createDocks();
  createQueryTools();
  createEditDocks();
  learning_ = new LearningTools(this, modelMenu_, viewMenu_);
  applyPreferences();
  connect(session_, &ProjectSession::projectReplaced, this, &MainWindow::onProjectReplaced);
  connect(session_, &ProjectSession::titleChanged, this, &MainWindow::updateTitle);
  connect(session_, &ProjectSession::statusMessage, this,
          [this](const QString& m, int ms) { statusBar()->showMessage(m, ms); });
  onProjectReplaced(session_->project());
  connect(&openWatcher_, &QFutureWatcher<Result<SceneContent>>::finished, this, &MainWindow::onOpened);
  updateActions();
  resize(1400, 900);
  statusBar()->showMessage(tr("Open an image with File ▸ Open (Ctrl+O) or drop a file on the window."));
}

MainWindow::~MainWindow() {
  openWatcher_.waitForFinished();
  // Views and docks let go of the documents before the project goes.
  attachDocument(nullptr);
  // Stop the inference worker (cancelling its query) before the scene and view go.
  delete query_;
  // The view's tile threads hold the source; stop them before the scene goes.
  view_->setScene(nullptr);
}

void MainWindow::createActions() {
  auto make = [this](const QString& text, const QKeySequence& key, const QString& icon) {
    auto* a = new QAction(QIcon::fromTheme(icon), text, this);
    if (!key.isEmpty()) a->setShortcut(key);
    return a;
  };
  openAction_ = make(tr("&Open Image…"), QKeySequence::Open, QStringLiteral("document-open"));
  closeAction_ = make(tr("&Close Image"), QKeySequence::Close, QStringLiteral("document-close"));
  quitAction_ = make(tr("&Quit"), QKeySequence::Quit, QStringLiteral("application-exit"));
  overviewsAction_ = make(tr("Build &Overviews…"), QKeySequence(), QString());
  zoomInAction_ = make(tr("Zoom &In"), QKeySequence::ZoomIn, QStringLiteral("zoom-in"));
  zoomOutAction_ = make(tr("Zoom &Out"), QKeySequence::ZoomOut, QStringLiteral("zoom-out"));
  fitAction_ = make(tr("&Fit to Window"), QKeySequence(Qt::CTRL | Qt::Key_0), QStringLiteral("zoom-fit-best"));
  actualAction_ = make(tr("&Actual Pixels (1:1)"), QKeySequence(Qt::CTRL | Qt::Key_1), QStringLiteral("zoom-original"));
  bandsAction_ = make(tr("&Bands and Stretch…"), QKeySequence(Qt::CTRL | Qt::Key_B), QString());
  prefsAction_ = make(tr("&Preferences…"), QKeySequence::Preferences, QStringLiteral("preferences-system"));
  aboutAction_ = make(tr("&About RRSIS Studio"), QKeySequence(), QStringLiteral("help-about"));
  prefsAction_->setMenuRole(QAction::PreferencesRole);
  openModelAction_ = make(tr("Open &Model…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), QString());
  modelInfoAction_ = make(tr("Model &Information…"), QKeySequence(), QString());
  connect(openModelAction_, &QAction::triggered, this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Model Bundle (a folder with model.json)"));
    if (!dir.isEmpty()) openModel(dir);
  });
  connect(modelInfoAction_, &QAction::triggered, this, &MainWindow::showModelInfo);

  connect(openAction_, &QAction::triggered, this, [this] {
    const QString filter = tr("Raster images (*.tif *.tiff *.vrt *.jp2 *.png *.jpg *.jpeg *.img *.ntf);;All files (*)");
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Image"), QString(), filter);
    if (!path.isEmpty()) openFile(path);
  });
  connect(closeAction_, &QAction::triggered, this, &MainWindow::closeScene);
  connect(quitAction_, &QAction::triggered, this, &QWidget::close);
  connect(overviewsAction_, &QAction::triggered, this, &MainWindow::buildOverviews);
  connect(zoomInAction_, &QAction::triggered, view_, &TiledView::zoomIn);
  connect(zoomOutAction_, &QAction::triggered, view_, &TiledView::zoomOut);
  connect(fitAction_, &QAction::triggered, view_, &TiledView::fitToWindow);
  connect(actualAction_, &QAction::triggered, view_, &TiledView::actualPixels);
  connect(bandsAction_, &QAction::triggered, this, &MainWindow::showBandsDialog);
  connect(prefsAction_, &QAction::triggered, this, &MainWindow::showPreferences);
  connect(aboutAction_, &QAction::triggered, this, [this] {
    QMessageBox::about(this, tr("About RRSIS Studio"),
                       tr("<h3>RRSIS Studio %1</h3><p>Referring remote sensing image segmentation: "
                          "find what an expression describes in aerial and satellite imagery.</p>")
                           .arg(QApplication::applicationVersion()));
  });
}

void MainWindow::createMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  createProjectActions(file);
  file->addAction(openAction_);
  recentMenu_ = file->addMenu(tr("Open &Recent"));
  file->addAction(closeAction_);
  file->addSeparator();
  file->addAction(overviewsAction_);
  file->addSeparator();
  file->addAction(quitAction_);
  editMenu_ = menuBar()->addMenu(tr("&Edit"));
  QAction* undo = undoGroup_->createUndoAction(this, tr("&Undo"));
  undo->setShortcut(QKeySequence::Undo);
  QAction* redo = undoGroup_->createRedoAction(this, tr("&Redo"));
  redo->setShortcut(QKeySequence::Redo);
  editMenu_->addAction(undo);
  editMenu_->addAction(redo);
  editMenu_->addSeparator();
  QMenu* mask = editMenu_->addMenu(tr("&Mask"));
  mask->addActions(edit_->maskActions());
  editMenu_->addSeparator();
  editMenu_->addAction(prefsAction_);
  viewMenu_ = menuBar()->addMenu(tr("&View"));
  viewMenu_->addAction(zoomInAction_);
  viewMenu_->addAction(zoomOutAction_);
  viewMenu_->addAction(fitAction_);
  viewMenu_->addAction(actualAction_);
  viewMenu_->addSeparator();
  viewMenu_->addAction(bandsAction_);
  viewMenu_->addSeparator();
  QMenu* model = modelMenu_ = menuBar()->addMenu(tr("&Model"));
  model->addAction(openModelAction_);
  recentModelsMenu_ = model->addMenu(tr("Recent &Models"));
  model->addSeparator();
  model->addAction(modelInfoAction_);
  updateRecentModelsMenu();
  QMenu* tools = menuBar()->addMenu(tr("&Tools"));
  tools->addActions(edit_->toolActions());
  QMenu* help = menuBar()->addMenu(tr("&Help"));
  shortcutsAction_ = help->addAction(tr("&Keyboard Shortcuts…"), this, &MainWindow::showShortcuts);
  shortcutsAction_->setShortcut(QKeySequence::HelpContents);
  help->addAction(aboutAction_);
  updateRecentMenu();

  QToolBar* tb = addToolBar(tr("Main"));
  tb->setObjectName(QStringLiteral("mainToolBar"));
  tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  for (QAction* a : {openAction_, zoomInAction_, zoomOutAction_, fitAction_, actualAction_, bandsAction_})
    tb->addAction(a);
  addToolBar(edit_->toolBar());
}

void MainWindow::createDocks() {
  infoDock_ = new QDockWidget(tr("Image Information"), this);
  infoDock_->setObjectName(QStringLiteral("infoDock"));
  infoText_ = new QPlainTextEdit(infoDock_);
  infoText_->setReadOnly(true);
  infoText_->setLineWrapMode(QPlainTextEdit::WidgetWidth);
  infoDock_->setWidget(infoText_);
  addDockWidget(Qt::RightDockWidgetArea, infoDock_);
  viewMenu_->addAction(infoDock_->toggleViewAction());
  resizeDocks({infoDock_}, {340}, Qt::Horizontal);
}

void MainWindow::createQueryTools() {
  QToolBar* bar = new QToolBar(tr("Find"), this);
  bar->setObjectName(QStringLiteral("queryToolBar"));
  bar->setMovable(false);
  bar->addWidget(queryBar_);
  addToolBarBreak();
  addToolBar(bar);
  viewMenu_->addAction(bar->toggleViewAction());

  auto* focusFind = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
  connect(focusFind, &QShortcut::activated, queryBar_, &QueryBar::focusExpression);
  auto* slash = new QShortcut(QKeySequence(Qt::Key_Slash), view_, nullptr, nullptr, Qt::WidgetShortcut);
  connect(slash, &QShortcut::activated, queryBar_, &QueryBar::focusExpression);

  layersDock_ = new LayersDock(this);
  connect(layersDock_, &LayersDock::rerunRequested, query_, &QueryController::rerun);
  addDockWidget(Qt::RightDockWidgetArea, layersDock_);
  tabifyDockWidget(layersDock_, infoDock_);
  layersDock_->raise();
  viewMenu_->addAction(layersDock_->toggleViewAction());

  connect(query_, &QueryController::errorOccurred, this, &MainWindow::showError);
  // An answer arrived: the next thing is looking at it and correcting it, so the keys go to
  // the view (B, E, P, W...); Ctrl+L or / returns to the Find bar.
  connect(query_, &QueryController::queryDone, this, [this](int layerId, const QString&) {
    if (layerId > 0 && queryBar_->isAncestorOf(QApplication::focusWidget())) view_->setFocus(Qt::OtherFocusReason);
  });
  connect(query_, &QueryController::statusMessage, this,
          [this](const QString& m, int ms) { statusBar()->showMessage(m, ms); });
  connect(query_, &QueryController::modelReady, this, [this](bool ok, const QString&) {
    if (ok) Preferences::addRecentModel(query_->modelInfo().bundlePath);
    updateRecentModelsMenu();
    updateActions();
  });
}

void MainWindow::openModel(const QString& bundle) {
  SegmenterOptions options;
  options.forceCpu = prefs_.forceCpu;
  options.threads = prefs_.modelThreads;
  parsePrecision(prefs_.precision, &options.precision);  // an unknown word keeps Auto
  query_->loadModel(QFileInfo(bundle).absoluteFilePath(), options);
}

void MainWindow::updateRecentModelsMenu() {
  fillRecentMenu(recentModelsMenu_, Preferences::recentModels(), [this](const QString& b) { openModel(b); });
}

void MainWindow::showModelInfo() {
  if (!query_->hasModel()) return;
  ModelInfoDialog dialog(query_->modelInfo(), this);
  dialog.exec();
}

void MainWindow::applyPreferences() {
  view_->setCacheBytes(std::size_t(prefs_.cacheMegabytes) * 1024 * 1024);
  view_->setThreadCount(prefs_.threads);
}

void MainWindow::openFile(const QString& path) {
  if (path.endsWith(QStringLiteral(".rrsisproj"), Qt::CaseInsensitive)) {
    saveViewState();
    session_->openProject(path);
    return;
  }
  if (openWatcher_.isRunning()) {
    statusBar()->showMessage(tr("Still opening %1…").arg(openingPath_), 5000);
    return;
  }
  openingPath_ = QFileInfo(path).absoluteFilePath();
  statusBar()->showMessage(tr("Opening %1…").arg(openingPath_));
  QApplication::setOverrideCursor(Qt::BusyCursor);
  openWatcher_.setFuture(QtConcurrent::run(loadSceneContent, openingPath_, prefs_.stretch));
}

void MainWindow::onOpened() {
  QApplication::restoreOverrideCursor();
  Result<SceneContent> content = openWatcher_.result();
  if (!content) {
    Preferences::removeRecentFile(openingPath_);
    updateRecentMenu();
    statusBar()->clearMessage();
    showError(tr("Cannot Open Image"), content.error());
    Q_EMIT sceneOpened(false, content.error());
    return;
  }
  Preferences::addRecentFile(openingPath_);
  updateRecentMenu();
  showScene(std::make_shared<Scene>(std::move(*content)));
  Q_EMIT sceneOpened(true, QString());
}

void MainWindow::showScene(std::shared_ptr<Scene> scene) {
  if (bandsDialog_) bandsDialog_->close();
  saveViewState();
  scene_ = std::move(scene);
  const RasterInfo& info = scene_->info();
  Project* p = project();
  int index = p->indexOfScene(info.path);
  const SceneFingerprint now = SceneFingerprint::of(info.path);
  if (index < 0) {
    index = p->addScene(info.path, QSize(info.width, info.height), now);
  } else if (p->scene(index).fingerprint.bytes >= 0 && p->scene(index).fingerprint != now) {
    statusBar()->showMessage(tr("%1 changed since it was annotated: check that the annotations still fit.")
                                 .arg(QFileInfo(info.path).fileName()),
                             15000);
  }
  view_->setAreaOfInterest(QRect());
  view_->setScene(scene_);
  query_->setScene(scene_);
  edit_->manager()->setScene(scene_.get());
  AnnotationDocument* doc = p->document(index);
  if (doc->sceneSize() != QSize(info.width, info.height))
    showError(tr("Image Size Changed"),
              tr("%1 is now %2 x %3 pixels; its annotations were made on %4 x %5. They are shown as they were.")
                  .arg(info.path)
                  .arg(info.width)
                  .arg(info.height)
                  .arg(doc->sceneSize().width())
                  .arg(doc->sceneSize().height()));
  attachDocument(doc);
  const ViewState& saved = p->scene(index).view;
  if (saved.zoom > 0) view_->setView(saved.center, saved.zoom);
  scenesDock_->setCurrent(info.path);
  updateTitle();
  infoText_->setPlainText(describeRasterInfo(info) + QStringLiteral("\n") +
                          tr("Display statistics: %1").arg(scene_->statistics().origin()));
  bool anyValid = false;
  for (int b = 1; b <= info.bandCount(); ++b) anyValid = anyValid || scene_->statistics().validCount(b) > 0;
  if (!anyValid)
    statusBar()->showMessage(tr("The sampled pixels of this image are all nodata."), 15000);
  else
    statusBar()->showMessage(
        tr("Opened %1 (%2 x %3, %4 band(s)).").arg(info.path).arg(info.width).arg(info.height).arg(info.bandCount()),
        8000);
  if (OverviewBuilder::recommended(info)) {
    noticeText_->setText(
        tr("This image is large and has no overviews, so zoomed-out views show a "
           "sparse preview. Build overviews (into a separate .ovr file) for full quality?"));
    notice_->show();
  } else {
    notice_->hide();
  }
  statusInfo_->updateZoom();
  updateActions();
}

void MainWindow::closeScene() {
  if (bandsDialog_) bandsDialog_->close();
  saveViewState();
  query_->setScene(nullptr);
  attachDocument(nullptr);
  edit_->manager()->setScene(nullptr);
  view_->setAreaOfInterest(QRect());
  view_->setScene(nullptr);
  scene_.reset();
  scenesDock_->setCurrent(QString());
  infoText_->clear();
  notice_->hide();
  updateTitle();
  statusInfo_->clearCursor();
  statusInfo_->updateZoom();
  updateActions();
}

void MainWindow::setQuietErrors(bool quiet) {
  quietErrors_ = quiet;
  session_->setQuiet(quiet, QMessageBox::Discard);
}

Project* MainWindow::project() const { return session_->project(); }

AnnotationDocument* MainWindow::document() const { return edit_->manager()->document(); }

void MainWindow::attachDocument(AnnotationDocument* doc) {
  view_->setDocument(doc);
  layersDock_->setDocument(doc);
  query_->setDocument(doc);
  edit_->manager()->setDocument(doc);
  if (doc) {
    undoGroup_->addStack(doc->undoStack());
    undoGroup_->setActiveStack(doc->undoStack());
  } else {
    undoGroup_->setActiveStack(nullptr);
  }
  edit_->updateActions();
}

void MainWindow::saveViewState() {
  if (!scene_) return;
  const int index = project()->indexOfScene(scene_->path());
  project()->setViewState(
      index, ViewState{view_->viewToImage(QPointF(view_->width() / 2.0, view_->height() / 2.0)), view_->zoom()});
}

void MainWindow::onProjectReplaced(Project* p) {
  closeScene();
  scenesDock_->setProject(p);
  connect(p, &Project::sceneRemoved, this, [this](int, const QString& path) {
    if (scene_ && scene_->path() == path) closeScene();
  });
  updateTitle();
  if (p->sceneCount() > 0) openFile(p->scene(0).path);
}

int MainWindow::createHandAnnotation() {
  AnnotationDocument* doc = document();
  if (!doc) return 0;
  Annotation a;
  a.expression = queryBar_->expression().simplified();
  if (a.expression.isEmpty()) a.expression = tr("annotation %1").arg(doc->nextId());
  a.provenance.mode = QStringLiteral("hand");
  const int id = doc->addAnnotation(std::move(a));
  layersDock_->selectLayer(id);
  return id;
}

void MainWindow::removeScene(const QString& path) {
  const int index = project()->indexOfScene(path);
  if (index < 0) return;
  const int n = project()->document(index)->count();
  if (n > 0 && !quietErrors_ &&
      QMessageBox::question(this, tr("Remove Image"),
                            tr("Remove %1 and its %n annotation(s) from the project? The image file stays.", nullptr, n)
                                .arg(QFileInfo(path).fileName())) != QMessageBox::Yes)
    return;
  project()->removeScene(index);
}

void MainWindow::updateTitle() {
  QString title = session_->title();
  if (scene_) title = tr("%1 – %2").arg(QFileInfo(scene_->path()).fileName(), title);
  setWindowTitle(tr("%1 – RRSIS Studio").arg(title));
  setWindowModified(project()->isModified());
  if (saveAction_) saveAction_->setEnabled(true);
}

void MainWindow::startUp(const QString& path) {
  session_->offerRecovery();
  if (!path.isEmpty()) openFile(path);
}

void MainWindow::createProjectActions(QMenu* file) {
  newProjectAction_ = file->addAction(tr("&New Project"), this, [this] { session_->newProject(); });
  newProjectAction_->setShortcut(QKeySequence::New);
  openProjectAction_ = file->addAction(tr("Open &Project…"), this, [this] {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Project"), QString(), ProjectSession::fileFilter());
    if (!path.isEmpty()) openFile(path);
  });
  openProjectAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
  recentProjectsMenu_ = file->addMenu(tr("Recent Pro&jects"));
  connect(recentProjectsMenu_, &QMenu::aboutToShow, this, [this] {
    fillRecentMenu(recentProjectsMenu_, Preferences::recentProjects(), [this](const QString& f) { openFile(f); });
  });
  fillRecentMenu(recentProjectsMenu_, Preferences::recentProjects(), [this](const QString& f) { openFile(f); });
  saveAction_ = file->addAction(tr("&Save Project"), this, [this] {
    saveViewState();
    session_->save();
  });
  saveAction_->setShortcut(QKeySequence::Save);
  saveAsAction_ = file->addAction(tr("Save Project &As…"), this, [this] {
    saveViewState();
    session_->saveAs();
  });
  // QKeySequence::SaveAs is empty on some platforms (plain X11): say it explicitly.
  saveAsAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
  QAction* exportAction = file->addAction(tr("&Export Annotations…"), this, [this] {
    if (project()->annotationCount() == 0) {
      showError(tr("Nothing to Export"), tr("The project has no annotations yet."));
      return;
    }
    ExportDialog dialog(project(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    bool ok = false;
    const QString message = dialog.exportNow(&ok);
    showExchangeMessage(tr("Export"), message, ok);
  });
  exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  QAction* importAction = file->addAction(tr("&Import Annotations…"), this, [this] {
    const QString source =
        QFileDialog::getOpenFileName(this, tr("Import Annotations"), QString(),
                                     tr("Annotations (*.json *.gpkg *.geojson *.shp *.tif *.tiff *.p);;All files (*)"));
    if (!source.isEmpty()) importAnnotationsFrom(source);
  });
  importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
  file->addSeparator();
}

void MainWindow::importAnnotationsFrom(const QString& source) {
  // A dataset's refs file or instances.json stands for its folder.
  QString path = source;
  const QString name = QFileInfo(source).fileName();
  if (name.startsWith(QLatin1String("refs(")) || name.startsWith(QLatin1String("output_phrase_")) ||
      (name == QLatin1String("instances.json") &&
       QFileInfo::exists(QFileInfo(source).dir().filePath(QStringLiteral("refs(unc).p")))))
    path = QFileInfo(source).absolutePath();
  bool ok = false;
  const QString message = importAnnotationsInto(this, project(), path, -1, &ok);
  showExchangeMessage(tr("Import"), message, ok);
}

void MainWindow::showExchangeMessage(const QString& title, const QString& message, bool ok) {
  if (quietErrors_)
    statusBar()->showMessage(message, 15000);
  else if (ok)
    QMessageBox::information(this, title, message);
  else
    QMessageBox::warning(this, title, message);
}

void MainWindow::createEditDocks() {
  scenesDock_ = new ScenesDock(this);
  addDockWidget(Qt::RightDockWidgetArea, scenesDock_);
  viewMenu_->addAction(scenesDock_->toggleViewAction());
  connect(scenesDock_, &ScenesDock::sceneActivated, this, [this](const QString& path) {
    if (!scene_ || scene_->path() != path) openFile(path);
  });
  connect(scenesDock_, &ScenesDock::addRequested, openAction_, &QAction::trigger);
  connect(scenesDock_, &ScenesDock::removeRequested, this, &MainWindow::removeScene);
  undoDock_ = new QDockWidget(tr("Undo History"), this);
  undoDock_->setObjectName(QStringLiteral("undoDock"));
  undoDock_->setWidget(new QUndoView(undoGroup_, undoDock_));
  addDockWidget(Qt::RightDockWidgetArea, undoDock_);
  tabifyDockWidget(scenesDock_, undoDock_);
  scenesDock_->raise();
  viewMenu_->addAction(undoDock_->toggleViewAction());

  ToolManager* tools = edit_->manager();
  tools->setTargets([this] { return layersDock_->currentLayer(); }, [this] { return createHandAnnotation(); });
  connect(tools, &ToolManager::message, this, [this](const QString& m) { statusBar()->showMessage(m, 8000); });
  connect(tools, &ToolManager::activeToolChanged, this, [this](AbstractTool* tool) {
    const QSignalBlocker block(queryBar_->aoiButton());
    queryBar_->aoiButton()->setChecked(tool == edit_->aoiTool());
    statusBar()->showMessage(tool->statusTip(), 8000);
  });
  for (AbstractTool* t : tools->tools())
    connect(t, &AbstractTool::statusTipChanged, this,
            [this](const QString& tip) { statusBar()->showMessage(tip, 8000); });
  connect(queryBar_, &QueryBar::aoiToolToggled, this, [this, tools](bool on) {
    if (on)
      tools->setActiveTool(edit_->aoiTool());
    else if (tools->activeTool() == edit_->aoiTool() && tools->previousTool())
      tools->setActiveTool(tools->previousTool());
  });
  connect(edit_->aoiTool(), &AoiTool::drawn, this, [this](const QRect& aoi) {
    if (!aoi.isEmpty())
      queryBar_->setScope(QueryBar::Scope::AreaOfInterest);
    else if (queryBar_->scope() == QueryBar::Scope::AreaOfInterest)
      queryBar_->setScope(QueryBar::Scope::View);
  });
}

void MainWindow::showShortcuts() {
  QList<QAction*> actions;
  for (QAction* menu : menuBar()->actions())
    if (menu->menu())
      for (QAction* a : menu->menu()->actions()) {
        if (a->menu())
          actions << a->menu()->actions();
        else
          actions << a;
      }
  ShortcutsDialog dialog(actions, this);
  dialog.exec();
}

void MainWindow::fillRecentMenu(QMenu* menu, const QStringList& paths,
                                const std::function<void(const QString&)>& open) {
  menu->clear();
  for (const QString& path : paths) {
    QAction* a = menu->addAction(QFileInfo(path).fileName());
    a->setToolTip(path);
    a->setStatusTip(path);
    connect(a, &QAction::triggered, this, [open, path] { open(path); });
  }
  menu->setEnabled(!paths.isEmpty());
}

void MainWindow::updateRecentMenu() {
  fillRecentMenu(recentMenu_, Preferences::recentFiles(), [this](const QString& f) { openFile(f); });
}

void MainWindow::updateActions() {
  const bool has = scene_ != nullptr;
  for (QAction* a :
       {closeAction_, overviewsAction_, zoomInAction_, zoomOutAction_, fitAction_, actualAction_, bandsAction_})
    a->setEnabled(has);
  modelInfoAction_->setEnabled(query_->hasModel());
}

void MainWindow::showError(const QString& title, const QString& message) {
  lastError_ = message;
  if (quietErrors_)
    statusBar()->showMessage(message);
  else
    QMessageBox::warning(this, title, message);
}

void MainWindow::showBandsDialog() {
  if (!scene_) return;
  if (!bandsDialog_) {
    bandsDialog_ = new BandsDialog(scene_.get(), prefs_.stretch, this);
    bandsDialog_->setAttribute(Qt::WA_DeleteOnClose);
  }
  bandsDialog_->show();
  bandsDialog_->raise();
  bandsDialog_->activateWindow();
}

void MainWindow::showPreferences() {
  PreferencesDialog dialog(prefs_, this);
  if (dialog.exec() != QDialog::Accepted) return;
  prefs_ = dialog.preferences();
  prefs_.save();
  applyPreferences();
}

void MainWindow::buildOverviews() {
  if (!scene_) return;
  notice_->hide();
  auto* task = new OverviewTask(scene_->path(), this);
  connect(task, &OverviewTask::finished, this, [this](const QString& path, bool ok, const QString& message) {
    if (!ok) {
      showError(tr("Overviews Not Built"), message);
      return;
    }
    statusBar()->showMessage(tr("Overviews built; reopening %1.").arg(path), 8000);
    // Reopen so the new .ovr is seen, keeping the display mapping.
    if (scene_ && scene_->path() == path) {
      const DisplayMapping mapping = scene_->mapping();
      auto content = loadSceneContent(path, prefs_.stretch);
      if (!content) {
        showError(tr("Cannot Open Image"), content.error());
        return;
      }
      content->mapping = mapping;
      showScene(std::make_shared<Scene>(std::move(*content)));
    }
  });
  task->start();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
  const QList<QUrl> urls = event->mimeData()->urls();
  for (const QUrl& url : urls) {
    if (url.isLocalFile()) {
      openFile(url.toLocalFile());
      event->acceptProposedAction();
      return;
    }
  }
}

void MainWindow::closeEvent(QCloseEvent* event) {
  openWatcher_.waitForFinished();
  saveViewState();
  if (learning_->isTraining() && !quietErrors_ &&
      QMessageBox::question(this, tr("Training is running"),
                            tr("Stop training and close? The finished epochs are kept: Model ▸ Train on These "
                               "Annotations ▸ Resume continues the run.")) != QMessageBox::Yes) {
    event->ignore();
    return;
  }
  learning_->shutdown();
  if (!session_->maybeSave()) {
    event->ignore();
    return;
  }
  session_->shutdown();
  event->accept();
}

}  // namespace rrsis::ui

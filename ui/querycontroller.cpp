#include "querycontroller.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>
#include <opencv2/core.hpp>

#include "annotation/annotationdocument.h"
#include "raster/scene.h"
#include "inferenceservice.h"
#include "tiledview.h"

namespace rrsis::ui {

QueryController::QueryController(TiledView* view, QueryBar* bar, QObject* parent)
    : QObject(parent), view_(view), bar_(bar), service_(new InferenceService(this)) {
  statusWidget_ = new QWidget;
  auto* layout = new QHBoxLayout(statusWidget_);
  layout->setContentsMargins(0, 0, 0, 0);
  modelLabel_ = new QLabel(statusWidget_);
  progress_ = new QProgressBar(statusWidget_);
  progress_->setMaximumWidth(160);
  progress_->setTextVisible(true);
  progress_->hide();
  cancel_ = new QToolButton(statusWidget_);
  cancel_->setText(tr("Cancel"));
  cancel_->setToolTip(tr("Cancel the running query (Esc in the Find bar)"));
  cancel_->hide();
  layout->addWidget(modelLabel_);
  layout->addWidget(progress_);
  layout->addWidget(cancel_);
  // Showing the progress bar must not change the status bar's height: that would resize the
  // view and make it re-fit and redraw everything in the middle of a query.
  for (QWidget* w : {static_cast<QWidget*>(progress_), static_cast<QWidget*>(cancel_)}) {
    QSizePolicy policy = w->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    w->setSizePolicy(policy);
  }
  updateModelLabel();

  connect(cancel_, &QToolButton::clicked, this, &QueryController::cancel);
  connect(bar_, &QueryBar::submitted, this, &QueryController::run);
  connect(bar_, &QueryBar::cancelRequested, this, &QueryController::cancel);

  connect(service_, &InferenceService::modelLoading, this, [this](const QString& bundle) {
    modelLabel_->setText(tr("Loading model %1…").arg(QFileInfo(bundle).fileName()));
    updateReady();
  });
  connect(service_, &InferenceService::modelLoaded, this, [this](const ModelInfo& info) {
    updateModelLabel();
    updateReady();
    Q_EMIT statusMessage(tr("Model “%1” is ready on %2.").arg(info.name, info.device), 6000);
    Q_EMIT modelReady(true, QString());
  });
  connect(service_, &InferenceService::modelFailed, this, [this](const QString&, const QString& message) {
    updateModelLabel();
    updateReady();
    Q_EMIT errorOccurred(tr("Cannot Load Model"), message);
    Q_EMIT modelReady(false, message);
  });
  connect(service_, &InferenceService::progress, this, [this](int id, int done, int total) {
    if (id != current_) return;
    progress_->setRange(0, total);
    progress_->setValue(done);
    progress_->setFormat(total > 1 ? tr("%v / %m windows") : tr("running"));
  });
  connect(service_, &InferenceService::finished, this, &QueryController::onFinished);
  connect(service_, &InferenceService::failed, this, [this](int id, const QString& message) {
    if (id != current_) return;
    finish(id);
    Q_EMIT errorOccurred(tr("Query Failed"), message);
    Q_EMIT queryDone(0, message);
  });
  connect(service_, &InferenceService::cancelled, this, [this](int id) {
    if (id != current_) return;
    finish(id);
    Q_EMIT statusMessage(tr("Query cancelled."), 4000);
    Q_EMIT queryDone(0, tr("Cancelled."));
  });
  updateReady();
}

QueryController::~QueryController() {
  // The service (a child) stops its worker in its destructor; nothing is waited for here.
  delete statusWidget_.data();
}

bool QueryController::hasModel() const { return service_->hasModel(); }
const ModelInfo& QueryController::modelInfo() const { return service_->modelInfo(); }

void QueryController::setScene(std::shared_ptr<Scene> scene) {
  if (current_) cancel();
  scene_ = std::move(scene);
  updateReady();
}

void QueryController::setDocument(AnnotationDocument* document) { document_ = document; }

void QueryController::loadModel(const QString& bundle, const SegmenterOptions& options) {
  service_->loadModel(bundle, options);
}

void QueryController::run(const QString& expression, QueryBar::Scope scope) {
  if (!scene_ || !document_ || !service_->hasModel()) {
    Q_EMIT statusMessage(
        !scene_ || !document_ ? tr("Open an image first.") : tr("Load a model first (Model ▸ Open Model…)."), 6000);
    return;
  }
  if (expression.trimmed().isEmpty()) {
    const QString message = tr("Type what to find, for example “the red car on the left”.");
    Q_EMIT statusMessage(message, 6000);
    Q_EMIT queryDone(0, message);
    return;
  }
  QueryRequest request;
  request.expression = expression;
  // A view or area far coarser than the model's native scale runs in windows at that scale
  // (up to 36 of them, about a second on 2 cores for the demo model) rather than squashed.
  request.autoTileWindows = 36;
  switch (scope) {
    case QueryBar::Scope::View:
      request.region = view_->visibleImagePixels();
      break;
    case QueryBar::Scope::AreaOfInterest:
      request.region = view_->areaOfInterest();
      if (request.region.isEmpty()) {
        const QString message = tr("Draw an area of interest first: press R and drag on the image.");
        Q_EMIT statusMessage(message, 8000);
        Q_EMIT queryDone(0, message);
        return;
      }
      break;
    case QueryBar::Scope::WholeScene:
      request.region = QRect(0, 0, scene_->info().width, scene_->info().height);
      request.tiled = true;
      break;
  }
  currentExpression_ = expression.simplified();
  submit(request,
         scope == QueryBar::Scope::WholeScene       ? QStringLiteral("tiled")
         : scope == QueryBar::Scope::AreaOfInterest ? QStringLiteral("area")
                                                    : QStringLiteral("view"),
         0);
}

void QueryController::rerun(int annotationId) {
  const Annotation* a = document_ ? document_->find(annotationId) : nullptr;
  if (!a || !scene_ || !service_->hasModel()) {
    Q_EMIT statusMessage(
        !service_->hasModel() ? tr("Load a model first (Model ▸ Open Model…).") : tr("Nothing to run again."), 6000);
    return;
  }
  QueryRequest request;
  request.expression = a->expression;
  request.autoTileWindows = 36;
  request.region = view_->visibleImagePixels();
  currentExpression_ = a->expression;
  submit(request, QStringLiteral("view"), annotationId);
}

void QueryController::submit(const QueryRequest& request, const QString& mode, int target) {
  if (current_) service_->cancel(current_);  // the newest query wins
  InferenceJob job;
  job.source = scene_->source();
  job.mapping = scene_->mapping();
  job.sceneKey = QStringLiteral("%1:%2").arg(scene_->serial()).arg(scene_->generation());
  job.request = request;
  current_ = service_->submit(std::move(job));
  requestDocument_ = document_;
  requestTarget_ = target;
  requestMode_ = mode;
  requestRegion_ = request.region;
  bar_->setBusy(true);
  progress_->setRange(0, 0);  // busy until the first progress report
  progress_->show();
  cancel_->show();
}

void QueryController::cancel() {
  if (current_) service_->cancel(current_);
}

void QueryController::onFinished(int id, const QueryOutcome& outcome, bool fromCache) {
  if (id != current_) return;

  finish(id);
  if (!requestDocument_) {
    Q_EMIT queryDone(0, tr("The scene was closed before the answer came."));
    return;
  }
  const ModelInfo& info = service_->modelInfo();
  Provenance p;
  p.model = info.name;
  p.modelHash = info.hash;
  p.modelPath = info.bundlePath;
  p.device = info.device;
  p.mode = outcome.tiled ? QStringLiteral("tiled") : requestMode_;
  p.region = requestRegion_;
  p.threshold = info.threshold;
  p.seconds = outcome.seconds;
  p.created = QDateTime::currentDateTime();
  int layerId = requestTarget_;
  if (layerId && requestDocument_->find(layerId)) {
    requestDocument_->replacePrediction(layerId, outcome.map, p);
  } else {
    Annotation a;
    a.expression = currentExpression_;
    a.probability = outcome.map;
    a.threshold = info.threshold;
    a.provenance = p;
    layerId = requestDocument_->addAnnotation(std::move(a));
  }
  lastTime_ = fromCache ? tr("cached") : tr("%1 ms").arg(outcome.seconds * 1000.0, 0, 'f', 0);
  updateModelLabel();
  const int pixels = cv::countNonZero(outcome.map.mask(service_->modelInfo().threshold));
  Q_EMIT statusMessage(
      pixels == 0
          ? tr("“%1”: nothing reached the threshold. Try lowering it in the Layers panel.").arg(currentExpression_)
          : tr("“%1”: %2 (model %3 ms, %4 window(s)).")
                .arg(currentExpression_, lastTime_)
                .arg(outcome.timing.forwardMs, 0, 'f', 0)
                .arg(outcome.windows),
      8000);
  Q_EMIT queryDone(layerId, QString());
}

void QueryController::finish(int id) {
  if (id == current_) current_ = 0;
  bar_->setBusy(false);
  progress_->hide();
  cancel_->hide();
}

void QueryController::updateReady() {
  QString reason;
  if (!scene_)
    reason = tr("Open an image first.");
  else if (service_->isLoading())
    reason = tr("The model is loading.");
  else if (!service_->hasModel())
    reason = tr("Load a model first (Model ▸ Open Model…).");
  bar_->setReady(reason.isEmpty(), reason);
}

void QueryController::updateModelLabel() {
  if (!service_->hasModel()) {
    modelLabel_->setText(tr("No model"));
    return;
  }
  const ModelInfo& i = service_->modelInfo();
  QString text = tr("%1 · %2").arg(i.name, i.device);
  if (!lastTime_.isEmpty()) text += tr(" · last query %1").arg(lastTime_);
  modelLabel_->setText(text);
}

}  // namespace rrsis::ui

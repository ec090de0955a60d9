#pragma once
#include <memory>

#include <QObject>
#include <QPointer>

#include "inference/queryrunner.h"
#include "model/segmenter.h"
#include "querybar.h"

class QLabel;
class QProgressBar;
class QToolButton;

namespace rrsis {
class AnnotationDocument;
class Scene;
struct QueryOutcome;
}  // namespace rrsis

namespace rrsis::ui {

class InferenceService;
class TiledView;

/**
 * Connects the query bar, the view, the layer stack and the inference service: turns a
 * typed expression into a request for the right region, shows progress (a status-bar
 * progress bar with a cancel button) and model/device/time, and turns each result into an
 * annotation of the current scene's document (or, for a re-run, a new answer for an existing
 * annotation, its hand edits kept). Owned by the main window; owns the service.
 */
class QueryController : public QObject {
  Q_OBJECT

 public:
  QueryController(TiledView* view, QueryBar* bar, QObject* parent = nullptr);
  ~QueryController() override;

  InferenceService* service() const { return service_; }
  /** Status-bar widgets: model/time label, progress bar, cancel button. */
  QWidget* statusWidget() const { return statusWidget_; }

  void setScene(std::shared_ptr<Scene> scene);
  /** Where answers go: the current scene's annotations (not owned; may be null). */
  void setDocument(AnnotationDocument* document);
  void loadModel(const QString& bundle, const SegmenterOptions& options);
  bool hasModel() const;
  const ModelInfo& modelInfo() const;
  /** Runs an expression over the scope's region. */
  void run(const QString& expression, QueryBar::Scope scope);
  /** Runs an annotation's expression again over the current view; the answer replaces its prediction. */
  void rerun(int annotationId);
  void cancel();
  bool isBusy() const { return current_ != 0; }

 Q_SIGNALS:
  /** A query ended: `layerId` > 0 when it added a layer, else `message` says why not. */
  void queryDone(int layerId, const QString& message);
  void modelReady(bool ok, const QString& message);
  /** A failure the user must see (model load or model run). */
  void errorOccurred(const QString& title, const QString& message);
  /** A short note for the status bar. */
  void statusMessage(const QString& message, int timeoutMs);

 private:
  void onFinished(int id, const rrsis::QueryOutcome& outcome, bool fromCache);
  void finish(int id);
  void updateReady();
  void updateModelLabel();
  /** Submits `request`; the answer goes to `target` (0: a new annotation). */
  void submit(const QueryRequest& request, const QString& mode, int target);

  TiledView* view_;
  QueryBar* bar_;
  QPointer<AnnotationDocument> document_;
  QPointer<AnnotationDocument> requestDocument_;  // where the running query's answer goes
  int requestTarget_ = 0;
  QString requestMode_;
  QRect requestRegion_;
  InferenceService* service_;
  std::shared_ptr<Scene> scene_;
  QPointer<QWidget> statusWidget_;
  QLabel* modelLabel_;
  QProgressBar* progress_;
  QToolButton* cancel_;
  int current_ = 0;
  QString currentExpression_;
  QString lastTime_;
};

}  // namespace rrsis::ui

#include "learning/traindialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "annotation/projectfile.h"
#include "dataset/datasetfolder.h"
#include "eval/evaluator.h"
#include "engineloader.h"
#include "model/segmenter.h"
#include "train/trainer.h"
#include "learning/backgroundjob.h"
#include "learning/trainingcurvesview.h"
#include "projectsession.h"
#include "util/safesave.h"

namespace rrsis::ui {

namespace {

QString duration(double seconds) {
  const int s = int(seconds + 0.5);
  return QStringLiteral("%1:%2:%3")
      .arg(s / 3600)
      .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
      .arg(s % 60, 2, 10, QLatin1Char('0'));
}

Status writeRunFile(const QJsonObject& settings) {
  return safeWriteFile(settings.value(QStringLiteral("run_file")).toString(), QJsonDocument(settings).toJson());
}

/** The base and the new model scored on the held-out annotations. */
QString compareOnHeldOut(const QJsonObject& settings, BackgroundJob::Context& context, QJsonObject* out) {
  const QString data = checkpointFolderFor(settings.value(QStringLiteral("out")).toString()) + QStringLiteral("/data");
  auto samples = openDatasetSplit(data, QStringLiteral("val"));
  QString note;
  if (!samples) {
    samples = openDatasetSplit(data, QStringLiteral("train"));
    note = QStringLiteral("training");
  }
  if (!samples) return samples.error();
  for (const char* which : {"before", "after"}) {
    const QString bundle =
        settings.value(QLatin1String(which) == QLatin1String("before") ? QStringLiteral("init") : QStringLiteral("out"))
            .toString();
    auto segmenter = loadModel(bundle);
    if (!segmenter) return segmenter.error();
    auto report = evaluate(**segmenter, *samples, EvalProtocol::Lavt, [&](int done, int total) {
      context.progress(done, total, QString::fromLatin1(which));
      return !context.isCancelled();
    });
    if (!report) return context.isCancelled() ? QString() : report.error();
    (*out)[QLatin1String(which)] = report->metrics.summary().toJson();
  }
  (*out)[QStringLiteral("samples")] = int(samples->size());
  (*out)[QStringLiteral("held_out")] = note.isEmpty();
  return QString();
}

}  // namespace

TrainDialog::TrainDialog(ProjectSession* session, QWidget* parent)
    : QDialog(parent), session_(session), job_(new BackgroundJob(this)) {
  setWindowTitle(tr("Train on These Annotations"));
  createWidgets();
  connect(job_, &BackgroundJob::progress, this, [this](int done, int total, const QString& text) {
    progress_->setRange(0, std::max(1, total));
    progress_->setValue(done);
    if (!text.isEmpty()) status_->setText(text);
  });
  connect(job_, &BackgroundJob::finished, this, &TrainDialog::onFinished);
}

TrainDialog::~TrainDialog() = default;

void TrainDialog::createWidgets() {
  auto* layout = new QVBoxLayout(this);
  auto* form = new QFormLayout;
  base_ = new QLabel(tr("No model loaded"), this);
  base_->setWordWrap(true);
  form->addRow(tr("Base model:"), base_);
  annotations_ = new QLabel(this);
  annotations_->setWordWrap(true);
  form->addRow(tr("Annotations:"), annotations_);
  epochs_ = new QSpinBox(this);
  epochs_->setRange(0, 1000);
  epochs_->setSpecialValueText(tr("Automatic"));
  epochs_->setToolTip(tr("Automatic: about 3,000 samples seen, 10 to 60 epochs"));
  form->addRow(tr("Epochs:"), epochs_);
  freeze_ = new QComboBox(this);
  freeze_->addItem(tr("Nothing (every layer learns)"), QStringLiteral("none"));
  freeze_->addItem(tr("Image backbone (faster, for very few annotations)"), QStringLiteral("backbone"));
  freeze_->addItem(tr("Text encoder"), QStringLiteral("text"));
  form->addRow(tr("Keep fixed:"), freeze_);
  layout->addLayout(form);

  auto* runRow = new QHBoxLayout;
  train_ = new QPushButton(tr("Train"), this);
  train_->setDefault(true);
  resume_ = new QPushButton(tr("Resume"), this);
  resume_->setToolTip(tr("Continue the last run that was cancelled or cut short"));
  cancel_ = new QPushButton(tr("Cancel"), this);
  cancel_->setEnabled(false);
  progress_ = new QProgressBar(this);
  connect(train_, &QPushButton::clicked, this, &TrainDialog::start);
  connect(resume_, &QPushButton::clicked, this, &TrainDialog::resume);
  connect(cancel_, &QPushButton::clicked, this, &TrainDialog::cancel);
  runRow->addWidget(train_);
  runRow->addWidget(resume_);
  runRow->addWidget(cancel_);
  runRow->addWidget(progress_, 1);
  layout->addLayout(runRow);
  status_ = new QLabel(this);
  layout->addWidget(status_);
  curves_ = new TrainingCurvesView(this);
  layout->addWidget(curves_, 1);
  result_ = new QLabel(this);
  result_->setTextFormat(Qt::RichText);
  result_->setWordWrap(true);
  layout->addWidget(result_);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  use_ = buttons->addButton(tr("Use This Model"), QDialogButtonBox::ActionRole);
  use_->setEnabled(false);
  connect(use_, &QPushButton::clicked, this, [this] { Q_EMIT useModelRequested(trainedBundle_); });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  resize(760, 640);
}

void TrainDialog::setBaseModel(const QString& bundle, const QString& name) {
  baseBundle_ = bundle;
  baseName_ = name;
  base_->setText(bundle.isEmpty() ? tr("No model loaded: open one first (Model ▸ Open Model…)")
                                  : tr("%1 (%2)").arg(name, QDir::toNativeSeparators(bundle)));
  refresh();
}

void TrainDialog::refresh() {
  int counts[4] = {0, 0, 0, 0};
  int empty = 0;
  Project* p = session_->project();
  for (int i = 0; p && i < p->sceneCount(); ++i) {
    const AnnotationDocument* d = p->document(i);
    for (int k = 0; d && k < d->count(); ++k) {
      const Annotation& a = d->at(k);
      if (a.expression.trimmed().isEmpty()) continue;
      ++counts[int(a.split)];
      if (a.bounds().isEmpty()) ++empty;
    }
  }
  const int total = counts[0] + counts[1] + counts[2] + counts[3];
  QString text = tr("%n with an expression: ", nullptr, total) + tr("%1 train, %2 val, %3 test, %4 unassigned")
                                                                     .arg(counts[int(Split::Train)])
                                                                     .arg(counts[int(Split::Val)])
                                                                     .arg(counts[int(Split::Test)])
                                                                     .arg(counts[int(Split::Unassigned)]);
  if (counts[int(Split::Val)] == 0)
    text += tr(". None is marked val: a fifth of the others is held out to measure the gain.");
  if (empty > 0) text += tr(" %n of them mark nothing (“not here” examples).", nullptr, empty);
  annotations_->setText(text);
  const bool idle = !isRunning();
  train_->setEnabled(idle && total > 0 && !baseBundle_.isEmpty());
  resume_->setEnabled(idle && !unfinishedRun().isEmpty());
}

QString TrainDialog::trainingFolder() const {
  const Project* p = session_->project();
  return p && !p->isUntitled() ? projectfile::dataFolder(p->fileName()) + QStringLiteral("/training") : QString();
}

QJsonObject TrainDialog::unfinishedRun() const {
  const QString folder = trainingFolder();
  if (folder.isEmpty()) return {};
  QStringList runs = QDir(folder).entryList({QStringLiteral("run-*.json")}, QDir::Files, QDir::Name);
  for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
    QFile f(QDir(folder).filePath(*it));
    if (!f.open(QIODevice::ReadOnly)) continue;
    const QJsonObject s = QJsonDocument::fromJson(f.readAll()).object();
    const QString last =
        checkpointFolderFor(s.value(QStringLiteral("out")).toString()) + QStringLiteral("/last.safetensors");
    if (!s.value(QStringLiteral("finished")).toBool() && QFileInfo::exists(last)) return s;
  }
  return {};
}

bool TrainDialog::isRunning() const { return job_->isRunning(); }

void TrainDialog::cancel() {
  job_->cancel();
  status_->setText(tr("Stopping after this batch…"));
}

void TrainDialog::start() {
  if (isRunning() || baseBundle_.isEmpty()) return;
  // Training reads the saved project: save it first (Save As for an untitled one).
  if ((session_->project()->isUntitled() || session_->project()->isModified()) && !session_->save()) {
    lastError_ = tr("Save the project first: training reads its annotations from the project file.");
    status_->setText(lastError_);
    return;
  }
  const QString folder = trainingFolder();
  const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
  QJsonObject s;
  s[QStringLiteral("project")] = session_->project()->fileName();
  s[QStringLiteral("init")] = baseBundle_;
  s[QStringLiteral("init_name")] = baseName_;
  s[QStringLiteral("out")] = QDir(folder).filePath(QStringLiteral("run-%1.rrsismodel").arg(stamp));
  s[QStringLiteral("epochs")] = epochs_->value();
  s[QStringLiteral("freeze")] = freeze_->currentData().toString();
  s[QStringLiteral("run_file")] = QDir(folder).filePath(QStringLiteral("run-%1.json").arg(stamp));
  s[QStringLiteral("finished")] = false;
  QDir().mkpath(folder);
  if (Status st = writeRunFile(s); !st) {
    lastError_ = st.error();
    QMessageBox::warning(this, tr("Cannot train"), st.error());
    return;
  }
  run(s, false);
}

void TrainDialog::resume() {
  const QJsonObject s = unfinishedRun();
  if (!s.isEmpty() && !isRunning()) run(s, true);
}

void TrainDialog::run(const QJsonObject& settings, bool resuming) {
  settings_ = settings;
  comparison_ = {};
  trainedBundle_.clear();
  curves_->clear();
  result_->clear();
  use_->setEnabled(false);
  train_->setEnabled(false);
  resume_->setEnabled(false);
  cancel_->setEnabled(true);
  status_->setText(resuming ? tr("Resuming…") : tr("Preparing the annotations…"));
  TrainOptions o;
  o.initBundle = settings.value(QStringLiteral("init")).toString();
  o.projectPath = settings.value(QStringLiteral("project")).toString();
  o.outBundle = settings.value(QStringLiteral("out")).toString();
  o.epochs = settings.value(QStringLiteral("epochs")).toInt();
  parseFreezeGroup(settings.value(QStringLiteral("freeze")).toString(), &o.freeze);
  o.resume = resuming;
  o.command = QStringLiteral("rrsis-studio: Train on These Annotations");
  auto comparison = pendingComparison_ = std::make_shared<QJsonObject>();
  job_->start([this, o, settings, comparison](BackgroundJob::Context& context) -> QString {
    auto engine = EngineLoader::instance().wait();
    if (!engine) return engine.error();
    auto r = (*engine)->train(o, [&](const TrainProgress& p) {
      if (p.phase == QLatin1String("epoch") && p.finished) {
        const EpochRecord e = *p.finished;
        context.post([this, e] {
          curves_->addEpoch(e.epoch, e.trainLoss, e.valLoss, e.validation.meanIoU, e.validation.overallIoU);
        });
      } else if (p.phase == QLatin1String("train")) {
        context.progress(p.step, p.steps,
                         tr("Epoch %1 of %2 · loss %3 · %4 samples/s · about %5 left")
                             .arg(p.epoch)
                             .arg(p.epochs)
                             .arg(p.loss, 0, 'f', 4)
                             .arg(p.samplesPerSecond, 0, 'f', 1)
                             .arg(p.etaSeconds >= 0 ? duration(p.etaSeconds) : tr("?")));
      }
      return !context.isCancelled();
    });
    if (!r) return r.error();
    if (r->interrupted) return QString();
    context.progress(0, 1, tr("Scoring the base and the new model on the held-out annotations…"));
    return compareOnHeldOut(settings, context, comparison.get());
  });
}

void TrainDialog::onFinished(bool ok, bool cancelled, const QString& message) {
  if (pendingComparison_) comparison_ = *pendingComparison_;
  cancel_->setEnabled(false);
  progress_->setValue(progress_->maximum());
  if (!ok) {
    lastError_ = message;
    status_->setText(tr("Training stopped: %1").arg(message));
  } else if (cancelled || comparison_.isEmpty()) {
    status_->setText(tr("Cancelled. The finished epochs are kept: Resume continues the run."));
  } else {
    settings_[QStringLiteral("finished")] = true;
    writeRunFile(settings_);
    trainedBundle_ = settings_.value(QStringLiteral("out")).toString();
    status_->setText(tr("Done: %1").arg(QDir::toNativeSeparators(trainedBundle_)));
    use_->setEnabled(true);
    showComparison();
  }
  refresh();
}

void TrainDialog::showComparison() {
  const MetricSummary before = MetricSummary::fromJson(comparison_.value(QStringLiteral("before")).toObject());
  const MetricSummary after = MetricSummary::fromJson(comparison_.value(QStringLiteral("after")).toObject());
  const int n = comparison_.value(QStringLiteral("samples")).toInt();
  QString html = comparison_.value(QStringLiteral("held_out")).toBool()
                     ? tr("<b>On %n held-out annotation(s):</b>", nullptr, n)
                     : tr("<b>On the %n training annotation(s)</b> (none could be held out):", nullptr, n);
  auto row = [](const QString& name, double a, double b) {
    const QString colour = b > a   ? QStringLiteral("#1e8c3c")
                           : b < a ? QStringLiteral("#b41e1e")
                                   : QStringLiteral("#444");
    return QStringLiteral(
               "<tr><td>%1</td><td align='right'>%2</td><td>→</td><td align='right' "
               "style='color:%4'><b>%3</b></td></tr>")
        .arg(name)
        .arg(a, 0, 'f', 2)
        .arg(b, 0, 'f', 2)
        .arg(colour);
  };
  html += tr("<table cellspacing='8'><tr><th></th><th>base</th><th></th><th>fine-tuned</th></tr>");
  html += row(tr("mIoU %"), before.meanIoU, after.meanIoU);
  html += row(tr("oIoU %"), before.overallIoU, after.overallIoU);
  html += row(tr("Prec@0.5 %"), before.precision[0], after.precision[0]);
  html += QStringLiteral("</table>");
  result_->setText(html);
}

}  // namespace rrsis::ui

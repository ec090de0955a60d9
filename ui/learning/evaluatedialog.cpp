#include "learning/evaluatedialog.h"

#include <algorithm>

#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "dataset/datasetfolder.h"
#include "eval/evaluator.h"
#include "engineloader.h"
#include "model/segmenter.h"
#include "learning/backgroundjob.h"
#include "learning/iouhistogramview.h"
#include "util/safesave.h"

namespace rrsis::ui {

namespace {
constexpr int kWorstShown = 25;

QString percent(double v) { return QString::number(v, 'f', 2); }
}  // namespace

EvaluateDialog::EvaluateDialog(QWidget* parent) : QDialog(parent), job_(new BackgroundJob(this)) {
  setWindowTitle(tr("Evaluate Model"));
  createWidgets();
  connect(job_, &BackgroundJob::progress, this, [this](int done, int total, const QString&) {
    progress_->setRange(0, total);
    progress_->setValue(done);
  });
  connect(job_, &BackgroundJob::finished, this, &EvaluateDialog::onFinished);
}

EvaluateDialog::~EvaluateDialog() = default;

void EvaluateDialog::createWidgets() {
  auto* layout = new QVBoxLayout(this);
  auto* form = new QFormLayout;
  auto* folderRow = new QHBoxLayout;
  folder_ = new QLineEdit(this);
  folder_->setPlaceholderText(tr("A RefSegRS or RRSIS-D folder"));
  auto* browse = new QPushButton(tr("Browse…"), this);
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString f = QFileDialog::getExistingDirectory(this, tr("Dataset"), folder_->text());
    if (!f.isEmpty()) folder_->setText(f);
  });
  folderRow->addWidget(folder_, 1);
  folderRow->addWidget(browse);
  form->addRow(tr("Dataset:"), folderRow);
  split_ = new QComboBox(this);
  split_->addItems({QStringLiteral("test"), QStringLiteral("val"), QStringLiteral("train")});
  form->addRow(tr("Split:"), split_);
  protocol_ = new QComboBox(this);
  protocol_->addItem(tr("LAVT (prediction at the model input, IoU 0 for an empty union)"), int(EvalProtocol::Lavt));
  protocol_->addItem(tr("Native resolution"), int(EvalProtocol::Native));
  form->addRow(tr("Protocol:"), protocol_);
  model_ = new QLabel(tr("No model loaded"), this);
  model_->setWordWrap(true);
  form->addRow(tr("Model:"), model_);
  layout->addLayout(form);

  auto* runRow = new QHBoxLayout;
  run_ = new QPushButton(tr("Evaluate"), this);
  run_->setDefault(true);
  cancel_ = new QPushButton(tr("Cancel"), this);
  cancel_->setEnabled(false);
  progress_ = new QProgressBar(this);
  progress_->setValue(0);
  connect(run_, &QPushButton::clicked, this, &EvaluateDialog::start);
  connect(cancel_, &QPushButton::clicked, this, &EvaluateDialog::cancel);
  runRow->addWidget(run_);
  runRow->addWidget(cancel_);
  runRow->addWidget(progress_, 1);
  layout->addLayout(runRow);

  auto* results = new QGridLayout;
  summary_ = new QLabel(this);
  summary_->setTextFormat(Qt::RichText);
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  categories_ = new QTableWidget(0, 4, this);
  categories_->setHorizontalHeaderLabels({tr("Category"), tr("Samples"), tr("oIoU"), tr("mIoU")});
  categories_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
  categories_->verticalHeader()->hide();
  categories_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  histogram_ = new IoUHistogramView(this);
  worst_ = new QListWidget(this);
  worst_->setToolTip(tr("Double-click to show the sample in the Dataset Browser"));
  connect(worst_, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
    Q_EMIT showSampleRequested(runFolder_, runSplit_, item->data(Qt::UserRole).toString());
  });
  results->addWidget(summary_, 0, 0);
  results->addWidget(histogram_, 0, 1);
  results->addWidget(categories_, 1, 0);
  auto* worstBox = new QVBoxLayout;
  worstBox->addWidget(new QLabel(tr("Worst samples:"), this));
  worstBox->addWidget(worst_);
  results->addLayout(worstBox, 1, 1);
  results->setColumnStretch(1, 1);
  layout->addLayout(results, 1);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  save_ = buttons->addButton(tr("Save Report…"), QDialogButtonBox::ActionRole);
  save_->setEnabled(false);
  connect(save_, &QPushButton::clicked, this, &EvaluateDialog::chooseReportFolder);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  resize(900, 680);
}

void EvaluateDialog::setModel(const QString& bundle, const QString& name) {
  bundle_ = bundle;
  modelName_ = name;
  model_->setText(bundle.isEmpty() ? tr("No model loaded") : tr("%1 (%2)").arg(name, QDir::toNativeSeparators(bundle)));
  run_->setEnabled(!bundle.isEmpty() && !isRunning());
}

void EvaluateDialog::setDataset(const QString& folder, const QString& split) {
  folder_->setText(folder);
  const int i = split_->findText(split);
  if (i >= 0) split_->setCurrentIndex(i);
}

bool EvaluateDialog::isRunning() const { return job_->isRunning(); }

void EvaluateDialog::cancel() { job_->cancel(); }

void EvaluateDialog::start() {
  if (isRunning() || bundle_.isEmpty()) return;
  runFolder_ = folder_->text().trimmed();
  runSplit_ = split_->currentText();
  const QString folder = runFolder_, split = runSplit_, bundle = bundle_;
  const auto protocol = EvalProtocol(protocol_->currentData().toInt());
  pending_ = std::make_shared<MetricAccumulator>(protocol);
  skipped_ = std::make_shared<QStringList>();
  auto expressions = std::make_shared<QHash<QString, QString>>();
  auto pending = pending_;
  auto skipped = skipped_;
  run_->setEnabled(false);
  cancel_->setEnabled(true);
  progress_->setValue(0);
  job_->start([=](BackgroundJob::Context& context) -> QString {
    auto samples = openDatasetSplit(folder, split);
    if (!samples) return samples.error();
    for (const Sample& s : *samples) expressions->insert(s.id, s.expression);
    auto segmenter = loadModel(bundle);
    if (!segmenter) return segmenter.error();
    auto report = evaluate(
        **segmenter, *samples, protocol,
        [&](int done, int total) {
          context.progress(done, total);
          return !context.isCancelled();
        },
        0.0, true);
    if (!report) return context.isCancelled() ? QString() : report.error();
    *pending = report->metrics;
    *skipped = report->skipped;
    context.post([this, expressions] { expressions_ = *expressions; });
    return QString();
  });
}

void EvaluateDialog::onFinished(bool ok, bool cancelled, const QString& message) {
  run_->setEnabled(!bundle_.isEmpty());
  cancel_->setEnabled(false);
  if (cancelled) {
    progress_->setValue(0);
    return;
  }
  if (!ok) {
    lastError_ = message;
    summary_->setText(tr("<p style='color:#b41e1e'><b>The evaluation failed:</b> %1</p>").arg(message.toHtmlEscaped()));
    return;
  }
  result_ = pending_;
  showResult();
  QHash<QString, double> ious;
  for (const SampleScore& s : result_->samples()) ious.insert(s.id, s.iou);
  Q_EMIT scored(runFolder_, runSplit_, ious);
}

void EvaluateDialog::showResult() {
  const MetricSummary m = result_->summary();
  QString html = tr("<h3>%1 samples, %2 split</h3>").arg(m.samples).arg(runSplit_);
  html += QStringLiteral(
              "<table cellspacing='6'><tr><td><b>oIoU</b></td><td>%1</td></tr><tr><td><b>mIoU</b></td><td>%2</td></tr>")
              .arg(percent(m.overallIoU), percent(m.meanIoU));
  for (size_t i = 0; i < m.precision.size(); ++i)
    html += QStringLiteral("<tr><td>Prec@%1</td><td>%2</td></tr>")
                .arg(MetricSummary::kThresholds[i], 0, 'f', 1)
                .arg(percent(m.precision[i]));
  html += QStringLiteral("</table>");
  html += tr("<p>Protocol: %1. Model: %2.</p>").arg(protocolName(result_->protocol()), modelName_.toHtmlEscaped());
  if (!skipped_->isEmpty())
    html += tr("<p style='color:#b41e1e'>%n unreadable sample(s) left out.</p>", nullptr, int(skipped_->size()));
  summary_->setText(html);

  const auto perCategory = result_->perCategory();
  categories_->setRowCount(int(perCategory.size()));
  int row = 0;
  for (const auto& [name, c] : perCategory) {
    const QStringList cells{name.isEmpty() ? tr("(none)") : name, QString::number(c.samples), percent(c.overallIoU),
                            percent(c.meanIoU)};
    for (int col = 0; col < 4; ++col) categories_->setItem(row, col, new QTableWidgetItem(cells[col]));
    ++row;
  }
  std::vector<double> ious;
  std::vector<const SampleScore*> order;
  for (const SampleScore& s : result_->samples()) {
    ious.push_back(s.iou);
    order.push_back(&s);
  }
  histogram_->setValues(ious);
  std::stable_sort(order.begin(), order.end(),
                   [](const SampleScore* a, const SampleScore* b) { return a->iou < b->iou; });
  worst_->clear();
  for (size_t i = 0; i < order.size() && int(i) < kWorstShown; ++i) {
    auto* item = new QListWidgetItem(tr("%1  IoU %2 %  “%3”")
                                         .arg(order[i]->id)
                                         .arg(percent(order[i]->iou * 100.0))
                                         .arg(expressions_.value(order[i]->id)),
                                     worst_);
    item->setData(Qt::UserRole, order[i]->id);
  }
  save_->setEnabled(true);
}

void EvaluateDialog::chooseReportFolder() {
  const QString folder = QFileDialog::getExistingDirectory(this, tr("Save the Report in"), runFolder_);
  if (folder.isEmpty()) return;
  QString error;
  if (!saveReport(folder, &error)) QMessageBox::warning(this, tr("Could not save the report"), error);
}

bool EvaluateDialog::saveReport(const QString& folder, QString* error) const {
  if (!result_) return false;
  QJsonObject json = result_->toJson();
  json[QStringLiteral("model")] = bundle_;
  json[QStringLiteral("model_name")] = modelName_;
  json[QStringLiteral("dataset")] = runFolder_;
  json[QStringLiteral("split")] = runSplit_;
  json[QStringLiteral("skipped")] = QJsonArray::fromStringList(*skipped_);
  const QByteArray csv = scoresCsv(result_->samples(), runSplit_, expressions_);
  const QDir dir(folder);
  Status st = safeWriteFile(dir.filePath(QStringLiteral("report.json")), QJsonDocument(json).toJson());
  if (st) st = safeWriteFile(dir.filePath(QStringLiteral("samples.csv")), csv);
  if (st) {
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    histogram_->grab().save(&buffer, "PNG");
    st = safeWriteFile(dir.filePath(QStringLiteral("histogram.png")), png);
  }
  if (!st && error) *error = st.error();
  return bool(st);
}

}  // namespace rrsis::ui

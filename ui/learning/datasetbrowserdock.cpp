#include "learning/datasetbrowserdock.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <opencv2/imgproc.hpp>

#include "annotation/maskoverlay.h"
#include "dataset/datasetfolder.h"
#include "eval/evaluator.h"
#include "eval/metrics.h"
#include "engineloader.h"
#include "model/segmenter.h"
#include "learning/backgroundjob.h"
#include "learning/datasetsamplemodel.h"
#include "learning/samplefilterproxy.h"

namespace rrsis::ui {

namespace {

constexpr int kPreviewSize = 320;

QImage toImage(const cv::Mat& rgb) {
  return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
}

/** The mask outline and fill over `size` pixels (nearest sampling, as the view draws it). */
QImage maskPicture(const cv::Mat& mask, const QSize& size, const QColor& colour, double fill) {
  cv::Mat scaled, padded;
  cv::resize(mask, scaled, cv::Size(size.width(), size.height()), 0, 0, cv::INTER_NEAREST);
  cv::copyMakeBorder(scaled, padded, 1, 1, 1, 1, cv::BORDER_CONSTANT, cv::Scalar(0));
  return renderMaskImage(padded, colour, fill);
}

/** Loads every split there is; an error only when none can be read. */
QString loadSplits(const QString& folder, std::vector<Sample>* out) {
  QString firstError;
  for (const QString& split : {QStringLiteral("train"), QStringLiteral("val"), QStringLiteral("test")}) {
    auto samples = openDatasetSplit(folder, split);
    if (samples)
      out->insert(out->end(), samples->begin(), samples->end());
    else if (firstError.isEmpty())
      firstError = samples.error();
  }
  return out->empty() ? firstError : QString();
}

}  // namespace

DatasetBrowserDock::DatasetBrowserDock(QWidget* parent)
    : QDockWidget(tr("Dataset Browser"), parent),
      model_(new DatasetSampleModel(this)),
      proxy_(new SampleFilterProxy(this)),
      loader_(new BackgroundJob(this)),
      scanner_(new BackgroundJob(this)),
      predictor_(new BackgroundJob(this)) {
  setObjectName(QStringLiteral("DatasetBrowserDock"));
  proxy_->setSourceModel(model_);
  createWidgets();
  connect(scanner_, &BackgroundJob::progress, this, [this](int done, int total, const QString&) {
    scanStatus_->setText(tr("Checking samples… %1 / %2").arg(done).arg(total));
  });
  connect(scanner_, &BackgroundJob::finished, this, [this](bool, bool cancelled, const QString&) {
    if (cancelled) return;
    const int broken = model_->brokenCount();
    scanStatus_->setText(broken ? tr("%n sample(s) are broken (red); the others are usable.", nullptr, broken)
                                : tr("All %n sample(s) can be read.", nullptr, model_->rowCount()));
  });
}

DatasetBrowserDock::~DatasetBrowserDock() = default;

void DatasetBrowserDock::createWidgets() {
  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);
  auto* top = new QHBoxLayout;
  auto* open = new QPushButton(tr("Open Dataset…"), body);
  open->setToolTip(tr("A RefSegRS or RRSIS-D folder, or a folder a project was exported to"));
  connect(open, &QPushButton::clicked, this, &DatasetBrowserDock::chooseFolder);
  folderLabel_ = new QLabel(tr("No dataset open"), body);
  folderLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  top->addWidget(open);
  top->addWidget(folderLabel_, 1);
  layout->addLayout(top);

  auto* filters = new QHBoxLayout;
  filter_ = new QLineEdit(body);
  filter_->setPlaceholderText(tr("Filter by id, expression or category"));
  filter_->setClearButtonEnabled(true);
  split_ = new QComboBox(body);
  split_->addItem(tr("All splits"), QString());
  for (const char* s : {"train", "val", "test"}) split_->addItem(QString::fromLatin1(s), QString::fromLatin1(s));
  connect(filter_, &QLineEdit::textChanged, this, &DatasetBrowserDock::updateFilter);
  connect(split_, &QComboBox::currentIndexChanged, this, &DatasetBrowserDock::updateFilter);
  filters->addWidget(filter_, 1);
  filters->addWidget(split_);
  layout->addLayout(filters);

  auto* splitter = new QSplitter(Qt::Vertical, body);
  table_ = new QTableView(splitter);
  table_->setModel(proxy_);
  table_->setSortingEnabled(true);
  table_->sortByColumn(DatasetSampleModel::Id, Qt::AscendingOrder);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
  table_->verticalHeader()->hide();
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setSectionResizeMode(DatasetSampleModel::Expression, QHeaderView::Stretch);
  table_->horizontalHeader()->setMinimumSectionSize(40);
  table_->setWordWrap(false);
  connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DatasetBrowserDock::showCurrent);

  auto* previewBox = new QWidget(splitter);
  auto* previewLayout = new QVBoxLayout(previewBox);
  previewLayout->setContentsMargins(0, 0, 0, 0);
  preview_ = new QLabel(previewBox);
  preview_->setAlignment(Qt::AlignCenter);
  preview_->setMinimumSize(200, 200);
  info_ = new QLabel(previewBox);
  info_->setWordWrap(true);
  auto* buttons = new QHBoxLayout;
  predict_ = new QPushButton(tr("Predict"), previewBox);
  predict_->setToolTip(tr("Run the current model on this sample and score it (Ctrl+Shift+P)"));
  predict_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
  edit_ = new QPushButton(tr("Edit in Project"), previewBox);
  edit_->setToolTip(
      tr("Open the selected samples' chips as images of the project, each with its sample as an "
         "annotation (split kept); export them again to save corrections as new samples (Ctrl+Return)"));
  edit_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
  evaluate_ = new QPushButton(tr("Evaluate…"), previewBox);
  connect(predict_, &QPushButton::clicked, this, &DatasetBrowserDock::predictSelected);
  connect(edit_, &QPushButton::clicked, this, [this] {
    std::vector<Sample> chosen;
    for (const QModelIndex& index : table_->selectionModel()->selectedRows()) {
      const int row = proxy_->mapToSource(index).row();
      if (const Sample* s = model_->sample(row); s && !model_->isBroken(row)) chosen.push_back(*s);
    }
    if (!chosen.empty()) Q_EMIT editRequested(chosen);
  });
  connect(evaluate_, &QPushButton::clicked, this, [this] { Q_EMIT evaluateRequested(folder_); });
  buttons->addWidget(predict_);
  buttons->addWidget(edit_);
  buttons->addStretch(1);
  buttons->addWidget(evaluate_);
  previewLayout->addWidget(preview_, 1);
  previewLayout->addWidget(info_);
  previewLayout->addLayout(buttons);
  splitter->addWidget(table_);
  splitter->addWidget(previewBox);
  splitter->setStretchFactor(0, 2);
  splitter->setStretchFactor(1, 3);
  layout->addWidget(splitter, 1);
  scanStatus_ = new QLabel(body);
  layout->addWidget(scanStatus_);
  body->setMinimumWidth(440);
  setWidget(body);
  predict_->setEnabled(false);
  edit_->setEnabled(false);
  evaluate_->setEnabled(false);
}

void DatasetBrowserDock::chooseFolder() {
  const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Dataset"), folder_);
  if (!folder.isEmpty()) openFolder(folder);
}

void DatasetBrowserDock::openFolder(const QString& folder) {
  scanner_->cancelAndWait();
  loader_->cancelAndWait();
  folderLabel_->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(folder)));
  auto samples = std::make_shared<std::vector<Sample>>();
  loader_->start([folder, samples](BackgroundJob::Context&) { return loadSplits(folder, samples.get()); });
  QObject* guard = new QObject(this);
  connect(loader_, &BackgroundJob::finished, guard,
          [this, guard, samples, folder](bool ok, bool, const QString& error) {
            guard->deleteLater();
            if (!ok) {
              lastError_ = error;
              folderLabel_->setText(tr("Not a dataset: %1").arg(error));
              Q_EMIT statusMessage(error);
              return;
            }
            onLoaded(std::move(*samples), folder);
          });
}

void DatasetBrowserDock::onLoaded(std::vector<Sample> samples, const QString& folder) {
  folder_ = folder;
  shownRow_ = -1;
  model_->setSamples(std::move(samples));
  folderLabel_->setText(tr("%1: %n sample(s)", nullptr, model_->rowCount()).arg(QDir::toNativeSeparators(folder)));
  evaluate_->setEnabled(true);
  preview_->clear();
  scanForBroken();
  if (proxy_->rowCount() > 0) table_->selectRow(0);
}

void DatasetBrowserDock::scanForBroken() {
  auto samples = std::make_shared<const std::vector<Sample>>(model_->samples());
  scanner_->start([this, samples](BackgroundJob::Context& context) {
    const int total = int(samples->size());
    for (int i = 0; i < total && !context.isCancelled(); ++i) {
      auto loaded = (*samples)[size_t(i)].load();
      if (!loaded) {
        const QString reason = loaded.error();
        context.post([this, i, reason] { model_->setBroken(i, reason); });
      }
      context.progress(i + 1, total);
    }
    return QString();
  });
}

void DatasetBrowserDock::updateFilter() {
  proxy_->setSplit(split_->currentData().toString());
  proxy_->setText(filter_->text());
}

int DatasetBrowserDock::currentRow() const {
  const QModelIndex index = table_->currentIndex();
  return index.isValid() ? proxy_->mapToSource(index).row() : -1;
}

bool DatasetBrowserDock::showSample(const QString& split, const QString& id) {
  const int row = model_->rowOf(split, id);
  if (row < 0) return false;
  if (!split_->currentData().toString().isEmpty() && split_->currentData().toString() != split)
    split_->setCurrentIndex(0);
  const QModelIndex index = proxy_->mapFromSource(model_->index(row, 0));
  if (!index.isValid()) {
    filter_->clear();
    return showSample(split, id);
  }
  table_->setCurrentIndex(index);
  table_->scrollTo(index, QAbstractItemView::PositionAtCenter);
  return true;
}

void DatasetBrowserDock::setScores(const QString& split, const QHash<QString, double>& iouById) {
  for (auto it = iouById.begin(); it != iouById.end(); ++it) model_->setIoU(model_->rowOf(split, it.key()), it.value());
}

void DatasetBrowserDock::setModel(const QString& bundle) {
  bundle_ = bundle;
  shownPrediction_.release();
  updatePreview();
}

bool DatasetBrowserDock::isBusy() const { return loader_->isRunning() || predictor_->isRunning(); }

void DatasetBrowserDock::showCurrent() {
  const int row = currentRow();
  const Sample* s = model_->sample(row);
  shownRow_ = row;
  shownImage_.release();
  shownTruth_.release();
  shownPrediction_.release();
  predict_->setEnabled(false);
  edit_->setEnabled(false);
  if (!s) {
    preview_->clear();
    info_->clear();
    return;
  }
  auto loaded = s->load();
  if (!loaded) {
    model_->setBroken(row, loaded.error());
    preview_->clear();
    info_->setText(tr("Broken sample: %1").arg(loaded.error()));
    return;
  }
  shownImage_ = loaded->first;
  shownTruth_ = loaded->second;
  predict_->setEnabled(!bundle_.isEmpty());
  edit_->setEnabled(true);
  updatePreview();
}

void DatasetBrowserDock::updatePreview() {
  const Sample* s = model_->sample(shownRow_);
  if (!s || shownImage_.empty()) return;
  const QSize size = QSize(shownImage_.cols, shownImage_.rows).scaled(kPreviewSize, kPreviewSize, Qt::KeepAspectRatio);
  QImage picture = toImage(shownImage_).scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
  QPainter painter(&picture);
  painter.drawImage(0, 0, maskPicture(shownTruth_, size, QColor(40, 220, 90), 0.35));
  if (!shownPrediction_.empty())
    painter.drawImage(0, 0, maskPicture(shownPrediction_, size, QColor(255, 40, 200), 0.0));
  painter.end();
  preview_->setPixmap(QPixmap::fromImage(picture));
  QString text =
      tr("<b>%1</b> (%2, %3)<br>“%4”")
          .arg(s->id, s->split, s->category.isEmpty() ? tr("no category") : s->category, s->expression.toHtmlEscaped());
  text += tr("<br><span style='color:#28b45a'>■</span> ground truth");
  if (!shownPrediction_.empty())
    text += tr("&nbsp;&nbsp;<span style='color:#ff28c8'>□</span> prediction, IoU %1 %")
                .arg(model_->data(model_->index(shownRow_, DatasetSampleModel::IoU)).toString());
  info_->setText(text);
}

void DatasetBrowserDock::predictSelected() {
  const Sample* s = model_->sample(shownRow_);
  if (!s || shownImage_.empty() || bundle_.isEmpty() || predictor_->isRunning()) return;
  const int row = shownRow_;
  const cv::Mat image = shownImage_, truth = shownTruth_;
  const QString expression = s->expression, bundle = bundle_;
  auto prediction = std::make_shared<cv::Mat>();
  auto iou = std::make_shared<double>(0);
  predict_->setEnabled(false);
  info_->setText(tr("Predicting…"));
  predictor_->start([=](BackgroundJob::Context&) -> QString {
    if (!segmenter_ || segmenterBundle_ != bundle) {
      auto loaded = loadModel(bundle);
      if (!loaded) return loaded.error();
      segmenter_ = std::move(*loaded);
      segmenterBundle_ = bundle;
    }
    auto text = segmenter_->encode(expression);
    if (!text) return text.error();
    auto probs = predictAtInput(*segmenter_, image, *text);
    if (!probs) return probs.error();
    // The evaluation's rule (argmax, p > 0.5), so Predict and Evaluate fill the IoU column alike.
    cv::Mat mask = *probs > 0.5f;
    *iou = MetricAccumulator(EvalProtocol::Lavt, segmenter_->inputSize()).score(mask, truth).iou;
    *prediction = mask;
    return QString();
  });
  QObject* guard = new QObject(this);
  connect(predictor_, &BackgroundJob::finished, guard, [=](bool ok, bool, const QString& error) {
    guard->deleteLater();
    predict_->setEnabled(true);
    if (!ok) {
      lastError_ = error;
      info_->setText(tr("The model could not run: %1").arg(error));
      return;
    }
    model_->setIoU(row, *iou);
    if (row == shownRow_) shownPrediction_ = *prediction;
    updatePreview();
  });
}

}  // namespace rrsis::ui

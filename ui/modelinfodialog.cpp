#include "modelinfodialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "eval/metrics.h"

namespace rrsis::ui {

QStringList ModelInfoDialog::describe(const ModelInfo& i) {
  const QLocale loc;
  QStringList lines;
  lines << tr("Name: %1").arg(i.name) << tr("Bundle: %1").arg(QDir::toNativeSeparators(i.bundlePath))
        << tr("Architecture: %1").arg(i.architecture)
        << tr("Tokenizer: %1, %2 entries, %3 tokens").arg(i.tokenizer).arg(i.vocabularySize).arg(i.maxTokens)
        << tr("Input size: %1 x %2").arg(i.inputSize.width()).arg(i.inputSize.height())
        << tr("Output: %1").arg(i.outputKind)
        << tr("Device: %1, %2 thread(s), %3").arg(i.device).arg(i.threads).arg(i.precision)
        << tr("Parameters: %1").arg(loc.toString(i.parameters));
  if (!i.provenance.isEmpty()) lines << tr("Implementation: %1").arg(i.provenance);
  if (!i.textAnalysis.isEmpty()) lines << tr("Object and position words: %1").arg(i.textAnalysis);
  if (i.groundSampleDistance > 0) lines << tr("Native ground sample distance: %1 m").arg(i.groundSampleDistance);
  if (!i.trainedOn.isEmpty()) lines << tr("Trained on: %1").arg(i.trainedOn);
  // Scores recorded by rrsis train (held-out test split first), in percent as papers print them.
  for (const QString& split : {QStringLiteral("test"), QStringLiteral("validation")}) {
    const QJsonObject json = i.metrics.value(split).toObject();
    if (!json.contains(QLatin1String("oIoU"))) continue;
    const MetricSummary m = MetricSummary::fromJson(json);
    const QString figures = tr("oIoU %1, mIoU %2, Prec@0.5 %3 (%4 samples)")
                                .arg(m.overallIoU, 0, 'f', 2)
                                .arg(m.meanIoU, 0, 'f', 2)
                                .arg(m.precision[0], 0, 'f', 2)
                                .arg(m.samples);
    lines << (split == QLatin1String("test") ? tr("Test split: %1") : tr("Validation split: %1")).arg(figures);
  }
  return lines;
}

ModelInfoDialog::ModelInfoDialog(const ModelInfo& info, QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Model Information"));
  auto* layout = new QVBoxLayout(this);
  auto* form = new QFormLayout;
  for (const QString& line : describe(info)) {
    const int colon = line.indexOf(QLatin1String(": "));
    auto* value = new QLabel(line.mid(colon + 2), this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(line.left(colon + 1), value);
  }
  layout->addLayout(form);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  resize(520, sizeHint().height());
}

}  // namespace rrsis::ui

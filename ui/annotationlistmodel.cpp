#include "annotationlistmodel.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include "annotation/annotationdocument.h"

namespace rrsis::ui {

namespace {
QIcon swatch(const QColor& c) {
  QPixmap pm(14, 14);
  pm.fill(Qt::transparent);
  QPainter p(&pm);
  p.setPen(QPen(Qt::black, 1));
  p.setBrush(c);
  p.drawRect(QRectF(0.5, 0.5, 13, 13));
  return QIcon(pm);
}
}  // namespace

AnnotationListModel::AnnotationListModel(QObject* parent) : QAbstractListModel(parent) {}

void AnnotationListModel::setDocument(AnnotationDocument* document) {
  beginResetModel();
  if (document_) disconnect(document_, nullptr, this, nullptr);
  document_ = document;
  if (document_) {
    auto reset = [this] {
      beginResetModel();
      endResetModel();
    };
    connect(document_, &AnnotationDocument::annotationAdded, this, reset);
    connect(document_, &AnnotationDocument::annotationRemoved, this, reset);
    connect(document_, &AnnotationDocument::cleared, this, reset);
    connect(document_, &AnnotationDocument::annotationChanged, this, [this](int id) {
      const QModelIndex i = index(rowOf(id));
      if (i.isValid()) Q_EMIT dataChanged(i, i);
    });
  }
  endResetModel();
}

int AnnotationListModel::idAt(int row) const {
  if (!document_ || row < 0 || row >= document_->count()) return 0;
  return document_->at(document_->count() - 1 - row).id;
}

int AnnotationListModel::rowOf(int id) const {
  if (!document_) return -1;
  const int i = document_->indexOf(id);
  return i < 0 ? -1 : document_->count() - 1 - i;
}

int AnnotationListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() || !document_ ? 0 : document_->count();
}

QString AnnotationListModel::describe(const AnnotationDocument& d, int id) {
  const Annotation* a = d.find(id);
  if (!a) return {};
  const Provenance& p = a->provenance;
  QStringList lines{QStringLiteral("<b>%1</b>").arg(a->expression.toHtmlEscaped())};
  if (!p.model.isEmpty())
    lines << tr("Model %1 on %2, %3 query of %4 x %5 px at (%6, %7), %8 s")
                 .arg(p.model.toHtmlEscaped(), p.device, p.mode)
                 .arg(p.region.width())
                 .arg(p.region.height())
                 .arg(p.region.x())
                 .arg(p.region.y())
                 .arg(p.seconds, 0, 'f', 2);
  else
    lines << tr("Drawn by hand");
  if (!p.modelHash.isEmpty()) lines << tr("Model hash %1").arg(p.modelHash.left(16));
  lines << (p.handEdits > 0 ? tr("Edited by hand %n time(s)", nullptr, p.handEdits) : tr("Not edited by hand"));
  if (!a->category.isEmpty()) lines << tr("Category: %1").arg(a->category.toHtmlEscaped());
  if (a->split != Split::Unassigned) lines << tr("Split: %1").arg(splitName(a->split));
  lines << tr("Created %1").arg(QLocale().toString(p.created.toLocalTime(), QLocale::ShortFormat));
  return lines.join(QStringLiteral("<br>"));
}

QVariant AnnotationListModel::data(const QModelIndex& index, int role) const {
  const int id = idAt(index.row());
  const Annotation* a = id ? document_->find(id) : nullptr;
  if (!a) return {};
  switch (role) {
    case Qt::DisplayRole:
      return a->expression.isEmpty() ? tr("(no expression)") : a->expression;
    case Qt::EditRole:
      return a->expression;
    case Qt::DecorationRole:
      return swatch(a->colour);
    case Qt::CheckStateRole:
      return a->visible ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
      return describe(*document_, id);
    case IdRole:
      return id;
    default:
      return {};
  }
}

bool AnnotationListModel::setData(const QModelIndex& index, const QVariant& value, int role) {
  const int id = idAt(index.row());
  if (!id) return false;
  if (role == Qt::EditRole) {
    if (value.toString().simplified().isEmpty()) return false;
    document_->setExpression(id, value.toString());
    return true;
  }
  if (role == Qt::CheckStateRole) {
    document_->setVisible(id, value.toInt() == Qt::Checked);
    return true;
  }
  return false;
}

Qt::ItemFlags AnnotationListModel::flags(const QModelIndex& index) const {
  if (!index.isValid()) return Qt::NoItemFlags;
  return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsEditable;
}

}  // namespace rrsis::ui

#pragma once
#include <QAbstractListModel>

namespace rrsis {
class AnnotationDocument;
}

namespace rrsis::ui {

/**
 * The annotations of a document as a list, top one first: the expression (editable in
 * place), a colour swatch, the visibility check box and the provenance as a tooltip. Edits
 * go through the document (undoable); the model only listens to its signals.
 */
class AnnotationListModel : public QAbstractListModel {
  Q_OBJECT

 public:
  static constexpr int IdRole = Qt::UserRole + 1;

  explicit AnnotationListModel(QObject* parent = nullptr);
  void setDocument(AnnotationDocument* document);
  AnnotationDocument* document() const { return document_; }
  /** Annotation id of a row, and the row of an id (-1 when absent). */
  int idAt(int row) const;
  int rowOf(int id) const;

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  bool setData(const QModelIndex& index, const QVariant& value, int role) override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;

  /** The tooltip text of an annotation: expression, model, device, region, edits, time. */
  static QString describe(const AnnotationDocument& document, int id);

 private:
  AnnotationDocument* document_ = nullptr;
};

}  // namespace rrsis::ui

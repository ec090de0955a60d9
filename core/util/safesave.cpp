#include "util/safesave.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace rrsis {

namespace {

struct SafeWriteText {
  Q_DECLARE_TR_FUNCTIONS(SafeWrite)
};

}  // namespace

QString safeWriteFailure(const QString& path, const std::string& reason) {
  return SafeWriteText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), QString::fromStdString(reason));
}

Status safeWriteFile(const QString& path, const QByteArray& bytes, Overwrite overwrite) {
  std::string reason;
  if (!safeWriteFile(QFile::encodeName(path).toStdString(), bytes.constData(), std::size_t(bytes.size()), overwrite,
                     &reason))
    return Status::failure(safeWriteFailure(path, reason));
  return {};
}

}  // namespace rrsis

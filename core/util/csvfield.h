#pragma once
// One CSV field, as every CSV this project writes quotes it.
#include <QByteArray>
#include <QString>

namespace rrsis {

/** `text` as a quoted CSV field (inner quotes doubled), UTF-8. */
inline QByteArray csvField(const QString& text) {
  QString t = text;
  t.replace(QLatin1Char('"'), QLatin1String("\"\""));
  return (QLatin1Char('"') + t + QLatin1Char('"')).toUtf8();
}

}  // namespace rrsis

#pragma once
// The scratch folder of a harness whose parser reads files, and writing an input into it.
#include <cstdlib>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace rrsis::fuzz {

/** This process's scratch folder, made on first use; it stays until the process ends. */
inline const QDir& scratchFolder() {
  static const QTemporaryDir* temporary = new QTemporaryDir;  // reachable to the end: no leak report
  if (!temporary->isValid()) std::abort();
  static const QDir dir(temporary->path());
  return dir;
}

/** Replaces the file `name` in the scratch folder with `bytes` and returns its path. */
inline QString writeScratchFile(const QString& name, const QByteArray& bytes) {
  const QString path = scratchFolder().filePath(name);
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) std::abort();
  return path;
}

}  // namespace rrsis::fuzz

#include "util/stagingfolder.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include "util/safewrite.h"

namespace rrsis {

namespace {

struct StagingText {
  Q_DECLARE_TR_FUNCTIONS(StagingFolder)
};

QString native(const QString& p) { return QDir::toNativeSeparators(p); }

void syncFolder(const QString& folder) {
  const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

/** Creates the hidden sibling folder `.NAME.XXXXXX.partial` of `target`. */
Result<QString> makeHiddenSibling(const QString& target, bool overwrite) {
  using R = Result<QString>;
  const QFileInfo info(target);
  if (info.fileName().isEmpty()) return R::failure(StagingText::tr("No output name was given."));
  if (info.exists() && !overwrite)
    return R::failure(
        StagingText::tr("%1 already exists; choose another name or allow overwriting.").arg(native(target)));
  const QDir parent = info.absoluteDir();
  if (!parent.exists()) return R::failure(StagingText::tr("The folder %1 does not exist.").arg(native(parent.path())));
  for (int attempt = 0; attempt < 16; ++attempt) {
    const QString name = QStringLiteral(".%1.%2.partial")
                             .arg(info.fileName().left(80))
                             .arg(QRandomGenerator::global()->generate() % 1000000u, 6, 10, QLatin1Char('0'));
    const QString path = parent.filePath(name);
    if (::mkdir(QFile::encodeName(path).constData(), 0777) == 0) return path;
    if (errno != EEXIST)
      return R::failure(StagingText::tr("Cannot write into %1: %2")
                            .arg(native(parent.path()), QString::fromLocal8Bit(std::strerror(errno))));
  }
  return R::failure(StagingText::tr("Cannot create a temporary folder in %1.").arg(native(parent.path())));
}

}  // namespace

Result<std::unique_ptr<StagingFolder>> StagingFolder::create(const QString& target, bool overwrite) {
  auto staging = makeHiddenSibling(target, overwrite);
  if (!staging) return Result<std::unique_ptr<StagingFolder>>::failure(staging.error());
  return std::unique_ptr<StagingFolder>(new StagingFolder(QFileInfo(target).absoluteFilePath(), *staging, overwrite));
}

StagingFolder::StagingFolder(QString target, QString staging, bool overwrite)
    : target_(std::move(target)), staging_(std::move(staging)), overwrite_(overwrite) {}

StagingFolder::~StagingFolder() {
  if (!committed_ && !staging_.isEmpty()) QDir(staging_).removeRecursively();
}

QString StagingFolder::filePath(const QString& name) const { return QDir(staging_).filePath(name); }

Status StagingFolder::commit() {
  const QByteArray from = QFile::encodeName(staging_), to = QFile::encodeName(target_);
  const QString parent = QFileInfo(target_).absolutePath();
  auto failure = [&](int errnum) {
    return Status::failure(StagingText::tr("Cannot put %1 in place: %2")
                               .arg(native(target_), QString::fromLocal8Bit(std::strerror(errnum))));
  };
  // Everything written inside must be on disk before the name appears.
  QDirIterator files(staging_, QDir::Files, QDirIterator::Subdirectories);
  while (files.hasNext()) {
    const int fd = ::open(QFile::encodeName(files.next()).constData(), O_RDONLY);
    if (fd >= 0) {
      ::fsync(fd);
      ::close(fd);
    }
  }
  syncFolder(staging_);
  if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0) {
    committed_ = true;
    syncFolder(parent);
    return {};
  }
  if (errno != EEXIST) return failure(errno);
  if (!overwrite_)
    return Status::failure(StagingText::tr("%1 appeared while writing; it was left as it was.").arg(native(target_)));
  if (!QFileInfo(target_).isDir())
    return Status::failure(
        StagingText::tr("%1 exists and is not a folder; it was left as it was.").arg(native(target_)));
  if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_EXCHANGE) != 0) return failure(errno);
  syncFolder(parent);
  // The old folder now has the hidden name: the destructor's cleanup removes it.
  return {};
}

Result<std::unique_ptr<StagedFile>> StagedFile::create(const QString& target, bool overwrite) {
  using R = Result<std::unique_ptr<StagedFile>>;
  if (QFileInfo(target).isDir()) return R::failure(StagingText::tr("%1 is a folder.").arg(native(target)));
  auto folder = makeHiddenSibling(target, overwrite);
  if (!folder) return R::failure(folder.error());
  const QString staged = QDir(*folder).filePath(QFileInfo(target).fileName());
  return std::unique_ptr<StagedFile>(new StagedFile(QFileInfo(target).absoluteFilePath(), *folder, staged, overwrite));
}

StagedFile::StagedFile(QString target, QString folder, QString staged, bool overwrite)
    : target_(std::move(target)), folder_(std::move(folder)), staged_(std::move(staged)), overwrite_(overwrite) {}

StagedFile::~StagedFile() { QDir(folder_).removeRecursively(); }

Status StagedFile::publish() {
  std::string reason;
  if (!publishFile(QFile::encodeName(staged_).toStdString(), QFile::encodeName(target_).toStdString(),
                   overwrite_ ? Overwrite::Replace : Overwrite::Refuse, &reason))
    return Status::failure(StagingText::tr("Cannot write %1: %2").arg(native(target_), QString::fromStdString(reason)));
  return {};
}

}  // namespace rrsis

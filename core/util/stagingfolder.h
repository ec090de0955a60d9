#pragma once
#include <memory>

#include <QString>

#include "util/result.h"

namespace rrsis {

/**
 * Builds an output that is a folder (a dataset, a set of GeoTIFFs, a Shapefile) out of sight
 * and puts it in place in one step: the files go into a hidden sibling folder
 * `.NAME.XXXXXX.partial` of the target, and commit() renames it to the target. Without
 * overwriting an existing target is never touched (the rename refuses to replace it, even one
 * that appeared meanwhile); with overwriting the old folder is exchanged with the new one in
 * one rename and then removed. Destroying an uncommitted staging folder removes it, so a
 * failed or cancelled export leaves nothing behind; a process killed mid-write leaves only the
 * hidden `.partial` folder, never a half-written target. Not copyable; one thread.
 */
class StagingFolder {
 public:
  /** Checks the target's parent folder and creates the hidden folder. */
  static Result<std::unique_ptr<StagingFolder>> create(const QString& target, bool overwrite);
  ~StagingFolder();
  StagingFolder(const StagingFolder&) = delete;
  StagingFolder& operator=(const StagingFolder&) = delete;

  /** The hidden folder to write into. */
  const QString& path() const { return staging_; }
  /** A path inside the hidden folder. */
  QString filePath(const QString& name) const;
  const QString& target() const { return target_; }

  /** Moves the hidden folder into place (fsyncs the parent folder). */
  Status commit();

 private:
  StagingFolder(QString target, QString staging, bool overwrite);

  QString target_;
  QString staging_;
  bool overwrite_ = false;
  bool committed_ = false;
};

/**
 * The single-file form: `target` is refused if it exists and `overwrite` is false, else a
 * hidden sibling folder is created where the file can be written under its own name (some
 * GDAL drivers need their extension); publish() moves it into place, as safeWriteFile does.
 */
class StagedFile {
 public:
  static Result<std::unique_ptr<StagedFile>> create(const QString& target, bool overwrite);
  ~StagedFile();
  StagedFile(const StagedFile&) = delete;
  StagedFile& operator=(const StagedFile&) = delete;

  /** Where to write the file (inside the hidden folder, with the target's file name). */
  const QString& path() const { return staged_; }
  const QString& target() const { return target_; }
  Status publish();

 private:
  StagedFile(QString target, QString folder, QString staged, bool overwrite);

  QString target_;
  QString folder_;
  QString staged_;
  bool overwrite_ = false;
};

}  // namespace rrsis

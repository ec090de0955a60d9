#pragma once
// Crash-safe file writing: plain C++17 + POSIX, no Qt and no LibTorch, so that every layer
// (core/nets included) writes files the same way. Qt callers use util/safesave.h.
#include <cstddef>
#include <string>

namespace rrsis {

/** What a safe write does when the target file already exists. */
enum class Overwrite {
  Replace,  ///< the target is replaced in one step (rename); its permissions are kept
  Refuse,   ///< an existing target is never touched; the write fails instead
};

/**
 * Writes `size` bytes to `path` so that the file is, at every moment and after a crash or
 * power loss, either its old complete content or the new complete content: the bytes go to
 * a temporary file `.name.XXXXXX.tmp` in the same folder, every write is checked (short
 * writes, EINTR, ENOSPC, EFBIG), the file is fsync'ed and renamed over the target, then the
 * folder is fsync'ed. Every failure removes the temporary file. With Overwrite::Refuse the
 * final step cannot replace a file that appeared meanwhile (renameat2 RENAME_NOREPLACE, or
 * link + unlink).
 *
 * On failure returns false and sets `*error` (when given) to the reason with the system's
 * text, e.g. "writing failed: No space left on device"; other files it concerns (the folder)
 * are named, the target is not: callers name it in their own message.
 *
 * A process whose file-size limit (RLIMIT_FSIZE) can be reached should ignore SIGXFSZ, or the
 * kernel kills it instead of letting write() report EFBIG.
 */
bool safeWriteFile(const std::string& path, const void* data, std::size_t size, Overwrite overwrite,
                   std::string* error);

/**
 * The streaming form of safeWriteFile for large outputs written piece by piece: open(), any
 * number of write() calls, then commit(). The first failure removes the temporary file and
 * makes every later call fail with the same reason. Destroying the writer (or discard())
 * without a successful commit() removes the temporary file and leaves the target untouched.
 * Not copyable; one thread at a time.
 */
class SafeFileWriter {
 public:
  SafeFileWriter(std::string path, Overwrite overwrite);
  ~SafeFileWriter();
  SafeFileWriter(const SafeFileWriter&) = delete;
  SafeFileWriter& operator=(const SafeFileWriter&) = delete;

  /** Creates the temporary file. With Refuse, fails at once when the target exists. */
  bool open(std::string* error);
  /** Appends `size` bytes; retries short writes and EINTR. */
  bool write(const void* data, std::size_t size, std::string* error);
  /** Flushes the temporary file to disk and moves it into place. */
  bool commit(std::string* error);
  /** Removes the temporary file; the target stays as it was. */
  void discard();

  const std::string& path() const { return path_; }
  /** The temporary file's path while open; empty before open() and after commit/discard. */
  const std::string& temporaryPath() const { return temporary_; }

 private:
  bool fail(std::string reason, std::string* error);

  std::string path_;
  Overwrite overwrite_;
  std::string temporary_;
  int fd_ = -1;
  bool failed_ = false;
  std::string failure_;
};

/**
 * For a writer that only takes a file name (GDAL): creates an empty temporary file
 * `.name.XXXXXX.tmp` beside `path` and returns its name in `*temporary`. Hand it to
 * publishFile() when complete, or remove it.
 */
bool createTemporaryFile(const std::string& path, std::string* temporary, std::string* error);

/**
 * Publishes a complete temporary file written by someone else: fsyncs it, moves it to `path`
 * (Replace or Refuse as in safeWriteFile) and fsyncs the folder. The temporary must be in the
 * same folder as `path`. On failure the temporary file is removed and the target untouched.
 */
bool publishFile(const std::string& temporary, const std::string& path, Overwrite overwrite, std::string* error);

}  // namespace rrsis

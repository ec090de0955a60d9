#include "util/safewrite.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <random>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rrsis {
namespace {

std::string withSystemText(const std::string& what, int errnum) { return what + ": " + std::strerror(errnum); }

/** The folder part of `path` including its final '/', or "" for a bare name. */
std::string folderPrefix(const std::string& path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

/** The folder to name in messages and to fsync. */
std::string folderOf(const std::string& path) {
  const std::string prefix = folderPrefix(path);
  if (prefix.empty()) return ".";
  return prefix.size() == 1 ? prefix : prefix.substr(0, prefix.size() - 1);
}

/** `.name.XXXXXX.tmp` beside `path`, the name shortened so that the result fits NAME_MAX. */
std::string temporaryNameFor(const std::string& path) {
  static constexpr char kLetters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  thread_local std::mt19937_64 generator([] {
    std::random_device device;
    return (std::uint64_t(device()) << 32) ^ device() ^
           std::uint64_t(std::chrono::steady_clock::now().time_since_epoch().count());
  }());
  const std::string prefix = folderPrefix(path);
  std::string base = path.substr(prefix.size());
  if (base.size() > 200) {
    base.resize(200);
    while (!base.empty() && (static_cast<unsigned char>(base.back()) & 0xC0) == 0x80) base.pop_back();
    if (!base.empty() && (static_cast<unsigned char>(base.back()) & 0x80)) base.pop_back();  // a cut lead byte
  }
  // A forked child inherits the generator's state: mixing in the pid keeps the names apart.
  std::uint64_t bits = generator() ^ (std::uint64_t(::getpid()) * 0x9E3779B97F4A7C15ull);
  std::string suffix(6, 'x');
  for (char& c : suffix) {
    c = kLetters[bits % (sizeof kLetters - 1)];
    bits /= sizeof kLetters - 1;
  }
  return prefix + "." + base + "." + suffix + ".tmp";
}

/** Creates a new, empty temporary file beside `path` (mode 0666 minus the umask). */
int createTemporary(const std::string& path, std::string* temporary, std::string* reason) {
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string name = temporaryNameFor(path);
    const int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) {
      *temporary = std::move(name);
      return fd;
    }
    if (errno != EEXIST && errno != EINTR) {
      *reason = withSystemText("cannot create a temporary file in " + folderOf(path), errno);
      return -1;
    }
  }
  *reason = withSystemText("cannot create a temporary file in " + folderOf(path), EEXIST);
  return -1;
}

bool writeAll(int fd, const void* data, std::size_t size, std::string* reason) {
  const auto* bytes = static_cast<const unsigned char*>(data);
  while (size > 0) {
    const std::size_t chunk = std::min<std::size_t>(size, std::size_t(1) << 30);
    const ssize_t written = ::write(fd, bytes, chunk);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) {
      *reason = withSystemText("writing failed", written < 0 ? errno : ENOSPC);
      return false;
    }
    bytes += written;
    size -= std::size_t(written);
  }
  return true;
}

/** fsync + close; `fd` is closed whatever happens. */
bool syncAndClose(int fd, std::string* reason) {
  int result;
  do result = ::fsync(fd);
  while (result != 0 && errno == EINTR);
  if (result != 0) {
    *reason = withSystemText("flushing to disk failed", errno);
    ::close(fd);
    return false;
  }
  // Linux closes the descriptor even when close() reports EINTR.
  if (::close(fd) != 0 && errno != EINTR) {
    *reason = withSystemText("closing failed", errno);
    return false;
  }
  return true;
}

/** With Replace, gives the temporary file the permissions of the file it replaces. */
void keepPermissions(int fd, const std::string& path, Overwrite overwrite) {
  struct stat target;
  if (overwrite == Overwrite::Replace && ::stat(path.c_str(), &target) == 0 && S_ISREG(target.st_mode))
    (void)::fchmod(fd, target.st_mode & 07777);  // best effort: a failure leaves the umask's mode
}

bool targetExists(const std::string& path) {
  struct stat st;
  return ::lstat(path.c_str(), &st) == 0;
}

const char* const kExists = "the file already exists and is never overwritten";

bool moveIntoPlace(const std::string& temporary, const std::string& path, Overwrite overwrite, std::string* reason) {
  const std::string what = "cannot move the finished file into place";
  if (overwrite == Overwrite::Replace) {
    if (::rename(temporary.c_str(), path.c_str()) == 0) return true;
    *reason = withSystemText(what, errno);
    return false;
  }
#ifdef RENAME_NOREPLACE
  if (::renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) == 0) return true;
  if (errno == EEXIST) {
    *reason = kExists;
    return false;
  }
  if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) {
    *reason = withSystemText(what, errno);
    return false;
  }
#endif
  // No RENAME_NOREPLACE on this file system: link() never replaces an existing name either.
  if (::link(temporary.c_str(), path.c_str()) != 0) {
    *reason = errno == EEXIST ? std::string(kExists) : withSystemText(what, errno);
    return false;
  }
  ::unlink(temporary.c_str());
  return true;
}

/** Makes the rename durable. File systems that cannot sync a folder are not an error. */
bool syncFolder(const std::string& path, std::string* reason) {
  const std::string folder = folderOf(path);
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return true;  // e.g. a folder we may write but not read: nothing more to do
  int result;
  do result = ::fsync(fd);
  while (result != 0 && errno == EINTR);
  const int errnum = errno;
  ::close(fd);
  if (result != 0 && errnum != EINVAL && errnum != ENOTSUP && errnum != EROFS) {
    *reason = withSystemText("the file is in place but flushing the folder " + folder + " failed", errnum);
    return false;
  }
  return true;
}

bool setError(std::string* error, const std::string& reason) {
  if (error) *error = reason;
  return false;
}

}  // namespace

// ---- SafeFileWriter -------------------------------------------------------------------------

SafeFileWriter::SafeFileWriter(std::string path, Overwrite overwrite) : path_(std::move(path)), overwrite_(overwrite) {}

SafeFileWriter::~SafeFileWriter() { discard(); }

bool SafeFileWriter::fail(std::string reason, std::string* error) {
  failed_ = true;
  failure_ = std::move(reason);
  discard();
  return setError(error, failure_);
}

void SafeFileWriter::discard() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (!temporary_.empty()) ::unlink(temporary_.c_str());
  temporary_.clear();
}

bool SafeFileWriter::open(std::string* error) {
  if (failed_) return setError(error, failure_);
  if (fd_ >= 0) return fail("the file is already open", error);
  if (path_.empty() || path_.back() == '/') return fail("this is not a file name", error);
  if (overwrite_ == Overwrite::Refuse && targetExists(path_)) return fail(kExists, error);
  std::string reason;
  fd_ = createTemporary(path_, &temporary_, &reason);
  if (fd_ < 0) return fail(reason, error);
  keepPermissions(fd_, path_, overwrite_);
  return true;
}

bool SafeFileWriter::write(const void* data, std::size_t size, std::string* error) {
  if (failed_) return setError(error, failure_);
  if (fd_ < 0) return fail("the file is not open", error);
  std::string reason;
  return writeAll(fd_, data, size, &reason) || fail(reason, error);
}

bool SafeFileWriter::commit(std::string* error) {
  if (failed_) return setError(error, failure_);
  if (fd_ < 0) return fail("the file is not open", error);
  std::string reason;
  const int fd = std::exchange(fd_, -1);
  if (!syncAndClose(fd, &reason) || !moveIntoPlace(temporary_, path_, overwrite_, &reason)) return fail(reason, error);
  temporary_.clear();  // it is the target now
  return syncFolder(path_, &reason) || fail(reason, error);
}

// ---- one-shot forms ------------------------------------------------------------------------

bool safeWriteFile(const std::string& path, const void* data, std::size_t size, Overwrite overwrite,
                   std::string* error) {
  SafeFileWriter writer(path, overwrite);
  return writer.open(error) && writer.write(data, size, error) && writer.commit(error);
}

bool createTemporaryFile(const std::string& path, std::string* temporary, std::string* error) {
  std::string reason;
  const int fd = createTemporary(path, temporary, &reason);
  if (fd < 0) return setError(error, reason);
  ::close(fd);
  return true;
}

bool publishFile(const std::string& temporary, const std::string& path, Overwrite overwrite, std::string* error) {
  std::string reason;
  const int fd = ::open(temporary.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    reason = withSystemText("cannot open the finished file " + temporary, errno);
    ::unlink(temporary.c_str());
    return setError(error, reason);
  }
  keepPermissions(fd, path, overwrite);
  if (!syncAndClose(fd, &reason) || !moveIntoPlace(temporary, path, overwrite, &reason)) {
    ::unlink(temporary.c_str());
    return setError(error, reason);
  }
  return syncFolder(path, &reason) || setError(error, reason);
}

}  // namespace rrsis

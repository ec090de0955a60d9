// Crash-safe writing (util/safewrite.h, util/safesave.h): content, Replace and Refuse,
// unwritable folders, a full disk (RLIMIT_FSIZE), the streaming writer, publishing a file
// another library wrote, and a writer killed at random moments.
#include <cerrno>
#include <csignal>
#include <cstring>
#include <functional>
#include <string>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/safesave.h"
#include "util/safewrite.h"

using namespace rrsis;

namespace {

std::string local(const QString& path) { return QFile::encodeName(path).toStdString(); }

QByteArray contentOf(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void put(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
  QCOMPARE(f.write(bytes), bytes.size());
}

/** Temporary files the helper may have left in `folder`. */
QStringList leftovers(const QString& folder) {
  return QDir(folder).entryList({QStringLiteral("*.tmp")}, QDir::Files | QDir::Hidden | QDir::System);
}

unsigned permissions(const QString& path) {
  struct stat st {};
  return ::stat(local(path).c_str(), &st) == 0 ? unsigned(st.st_mode & 07777) : 0u;
}

/** What a forked child reported: its exit code and the text it sent back. */
struct ChildResult {
  int exitCode = -1;
  QString text;
};

/** Runs `body` in a forked child (process-wide settings such as limits stay there). */
ChildResult inChild(const std::function<int(std::string*)>& body) {
  int fds[2];
  if (::pipe(fds) != 0) return {};
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::close(fds[0]);
    std::string text;
    const int code = body(&text);
    (void)!::write(fds[1], text.data(), text.size());
    ::_exit(code);
  }
  ::close(fds[1]);
  ChildResult result;
  QByteArray text;
  char buffer[512];
  for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) != 0;) {
    if (n > 0)
      text.append(buffer, int(n));
    else if (errno != EINTR)
      break;
  }
  ::close(fds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.text = QString::fromUtf8(text);
  return result;
}

/** In a child running as root: become `nobody`, so that folder permissions apply. */
bool dropRoot() {
  if (::geteuid() != 0) return true;
  return ::setgroups(0, nullptr) == 0 && ::setgid(65534) == 0 && ::setuid(65534) == 0;
}

bool canCreateIn(const QString& folder) {
  const std::string probe = local(QDir(folder).filePath(QStringLiteral("probe")));
  const int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0) return false;
  ::close(fd);
  ::unlink(probe.c_str());
  return true;
}

constexpr int kSkip = 77;

/** Generation `g` of the crash test's file: an 8-byte generation number, then a pattern. */
QByteArray generation(quint64 g, int size) {
  QByteArray bytes(size, Qt::Uninitialized);
  std::memcpy(bytes.data(), &g, sizeof g);
  for (int i = int(sizeof g); i < size; ++i) bytes[i] = char((g * 131 + quint64(i) * 7) & 0xff);
  return bytes;
}

}  // namespace

class TestSafeWrite : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void init() { QVERIFY(dir_.isValid()); }

  void write_createsTheFileWithItsContent() {
    const QString path = dir_.filePath("new.json");
    QVERIFY(safeWriteFile(path, "{\"a\": 1}\n").ok());
    QCOMPARE(contentOf(path), QByteArray("{\"a\": 1}\n"));
    QVERIFY2(leftovers(dir_.path()).isEmpty(), qPrintable(leftovers(dir_.path()).join(' ')));
    const mode_t mask = ::umask(0);
    ::umask(mask);
    QCOMPARE(permissions(path), 0666u & ~unsigned(mask));  // like any new file, not mkstemp's 0600
  }

  void replace_swapsTheContentAndKeepsPermissions() {
    const QString path = dir_.filePath("replace.txt");
    put(path, "old content that is longer than the new one");
    QVERIFY(::chmod(local(path).c_str(), 0640) == 0);
    QVERIFY(safeWriteFile(path, "new", Overwrite::Replace).ok());
    QCOMPARE(contentOf(path), QByteArray("new"));
    QCOMPARE(permissions(path), 0640u);
    QVERIFY(leftovers(dir_.path()).isEmpty());
  }

  void emptyContent_writesAnEmptyFile() {
    const QString path = dir_.filePath("empty.txt");
    put(path, "something");
    QVERIFY(safeWriteFile(path, QByteArray()).ok());
    QVERIFY(QFile::exists(path));
    QCOMPARE(QFileInfo(path).size(), 0);
  }

  void refuse_leavesAnExistingFileUntouched() {
    const QString path = dir_.filePath("keep.txt");
    put(path, "precious");
    QVERIFY(::chmod(local(path).c_str(), 0600) == 0);
    const Status st = safeWriteFile(path, "intruder", Overwrite::Refuse);
    QVERIFY(!st.ok());
    QVERIFY2(st.error().contains(QDir::toNativeSeparators(path)) && st.error().contains("already exists"),
             qPrintable(st.error()));
    QCOMPARE(contentOf(path), QByteArray("precious"));
    QCOMPARE(permissions(path), 0600u);
    QVERIFY(leftovers(dir_.path()).isEmpty());
  }

  void refuse_writesWhenTheTargetIsMissing() {
    const QString path = dir_.filePath("fresh.txt");
    QVERIFY(safeWriteFile(path, "first", Overwrite::Refuse).ok());
    QCOMPARE(contentOf(path), QByteArray("first"));
    QVERIFY(leftovers(dir_.path()).isEmpty());
  }

  void refuse_theLoserOfARaceNeverReplacesTheWinner() {
    const std::string path = local(dir_.filePath("race.txt"));
    SafeFileWriter first(path, Overwrite::Refuse), second(path, Overwrite::Refuse);
    std::string error;
    QVERIFY(first.open(&error) && second.open(&error));  // both saw no file
    QVERIFY(first.write("first", 5, &error) && second.write("second", 6, &error));
    QVERIFY2(first.commit(&error), error.c_str());
    QVERIFY(!second.commit(&error));
    QVERIFY2(error.find("already exists") != std::string::npos, error.c_str());
    QCOMPARE(contentOf(dir_.filePath("race.txt")), QByteArray("first"));
    QVERIFY(leftovers(dir_.path()).isEmpty());
  }

  void readOnlyFolder_failsNamingThePathAndLeavesNoTemporary() {
    const QString folder = dir_.filePath("readonly");
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath("out.json");
    put(path, "old");
    // A child running as root drops to `nobody`, so the folders on the way must be open to it.
    QVERIFY(::chmod(local(dir_.path()).c_str(), 0755) == 0);
    QVERIFY(::chmod(local(folder).c_str(), 0555) == 0);
    QVERIFY(::chmod(local(path).c_str(), 0644) == 0);
    const ChildResult r = inChild([&](std::string* text) {
      if (!dropRoot() || canCreateIn(folder)) return kSkip;  // e.g. CAP_DAC_OVERRIDE kept
      const Status st = safeWriteFile(path, "new");
      *text = st.error().toStdString();
      return st.ok() ? 1 : 0;
    });
    ::chmod(local(folder).c_str(), 0755);
    if (r.exitCode == kSkip) QSKIP("this process can write into a read-only folder (root that cannot drop privileges)");
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.text.contains(QDir::toNativeSeparators(path)) &&
                 r.text.contains(QString::fromLocal8Bit(std::strerror(EACCES))),
             qPrintable(r.text));
    QCOMPARE(contentOf(path), QByteArray("old"));
    QVERIFY(leftovers(folder).isEmpty());
  }

  void pathUnderAFile_failsNamingThePath() {
    const QString plain = dir_.filePath("plainfile");
    put(plain, "x");
    const QString path = plain + "/out.json";
    const Status st = safeWriteFile(path, "new");
    QVERIFY(!st.ok());
    QVERIFY2(st.error().contains(QDir::toNativeSeparators(path)) &&
                 st.error().contains(QString::fromLocal8Bit(std::strerror(ENOTDIR))),
             qPrintable(st.error()));
    QCOMPARE(contentOf(plain), QByteArray("x"));
  }

  void targetIsAFolder_failsAndLeavesNoTemporary() {
    const QString path = dir_.filePath("folder");
    QVERIFY(QDir().mkpath(path));
    const Status st = safeWriteFile(path, "new");
    QVERIFY2(!st.ok() && st.error().contains(QDir::toNativeSeparators(path)), qPrintable(st.error()));
    QVERIFY(QFileInfo(path).isDir());
    QVERIFY(leftovers(dir_.path()).isEmpty());
  }

  void fullDisk_failsKeepsTheOldContentAndLeavesNoTemporary_data() {
    QTest::addColumn<bool>("streaming");
    QTest::newRow("one call") << false;
    QTest::newRow("streaming") << true;
  }
  void fullDisk_failsKeepsTheOldContentAndLeavesNoTemporary() {
    QFETCH(bool, streaming);
    const QString path = dir_.filePath("big.bin");
    const QByteArray old(1000, 'o');
    put(path, old);
    const QByteArray bigger(256 * 1024, 'n');
    // The file-size limit stands in for a full disk: write() fails with EFBIG part way.
    const ChildResult r = inChild([&](std::string* text) {
      std::signal(SIGXFSZ, SIG_IGN);
      rlimit limit{};
      ::getrlimit(RLIMIT_FSIZE, &limit);
      limit.rlim_cur = 100 * 1024;
      if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) return 2;
      if (!streaming) {
        const Status st = safeWriteFile(path, bigger);
        *text = st.error().toStdString();
        return st.ok() ? 1 : 0;
      }
      SafeFileWriter writer(local(path), Overwrite::Replace);
      if (!writer.open(text)) return 3;
      for (int i = 0; i < 16; ++i)
        if (!writer.write(bigger.constData() + i * 16384, 16384, text)) {
          std::string again;
          // Every later call reports the same failure; nothing reaches the target.
          if (writer.write("x", 1, &again) || writer.commit(&again) || again != *text) return 4;
          return 0;
        }
      return 1;
    });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.text.contains(QString::fromLocal8Bit(std::strerror(EFBIG))), qPrintable(r.text));
    if (!streaming) QVERIFY2(r.text.contains(QDir::toNativeSeparators(path)), qPrintable(r.text));
    QCOMPARE(contentOf(path), old);
    QVERIFY2(leftovers(dir_.path()).isEmpty(), qPrintable(leftovers(dir_.path()).join(' ')));
  }

  void streamingWriter_writesThePiecesInOrder() {
    const QString path = dir_.filePath("pieces.bin");
    SafeFileWriter writer(local(path), Overwrite::Replace);
    std::string error;
    QVERIFY(writer.open(&error));
    for (const char* piece : {"one ", "two ", "three"}) QVERIFY(writer.write(piece, std::strlen(piece), &error));
    QVERIFY(!QFile::exists(path));  // nothing is visible before commit
    QVERIFY2(writer.commit(&error), error.c_str());
    QCOMPARE(contentOf(path), QByteArray("one two three"));
    QVERIFY(writer.temporaryPath().empty());
    QVERIFY(leftovers(dir_.path()).isEmpty());
  }

  void streamingWriter_destroyedWithoutCommit_discardsTheTemporary() {
    const QString path = dir_.filePath("abandoned.bin");
    put(path, "old");
    QString temporary;
    {
      SafeFileWriter writer(local(path), Overwrite::Replace);
      std::string error;
      QVERIFY(writer.open(&error));
      QVERIFY(writer.write("half of it", 10, &error));
      temporary = QFile::decodeName(writer.temporaryPath().c_str());
      QVERIFY(QFile::exists(temporary));
      QCOMPARE(QFileInfo(temporary).absolutePath(), QFileInfo(path).absolutePath());  // same folder
    }
    QVERIFY(!QFile::exists(temporary));
    QCOMPARE(contentOf(path), QByteArray("old"));
    QVERIFY(leftovers(dir_.path()).isEmpty());
  }

  void publishFile_replaceMovesTheFinishedFileIntoPlace() {
    const QString path = dir_.filePath("raster.tif");
    put(path, "old");
    std::string temporary, error;
    QVERIFY(createTemporaryFile(local(path), &temporary, &error));
    put(QFile::decodeName(temporary.c_str()), "written by another library");
    QVERIFY2(publishFile(temporary, local(path), Overwrite::Replace, &error), error.c_str());
    QCOMPARE(contentOf(path), QByteArray("written by another library"));
    QVERIFY(!QFile::exists(QFile::decodeName(temporary.c_str())));
  }

  void publishFile_refuseKeepsTheExistingTargetAndRemovesTheTemporary() {
    const QString path = dir_.filePath("mask.tif");
    put(path, "precious");
    std::string temporary, error;
    QVERIFY(createTemporaryFile(local(path), &temporary, &error));
    put(QFile::decodeName(temporary.c_str()), "new");
    QVERIFY(!publishFile(temporary, local(path), Overwrite::Refuse, &error));
    QVERIFY2(error.find("already exists") != std::string::npos, error.c_str());
    QCOMPARE(contentOf(path), QByteArray("precious"));
    QVERIFY(!QFile::exists(QFile::decodeName(temporary.c_str())));
    QVERIFY(leftovers(dir_.path()).isEmpty());
  }

  void killedWriter_leavesTheOldOrTheNewCompleteFile() {
    const QString folder = dir_.filePath("crash");
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath("model.safetensors");
    const int size = 4 * 1024 * 1024;
    put(path, generation(0, size));
    quint64 last = 0;
    QRandomGenerator random(20240611);
    for (int round = 0; round < 5; ++round) {
      int fds[2];
      QVERIFY(::pipe(fds) == 0);
      const pid_t pid = ::fork();
      if (pid == 0) {  // rewrite the file in 64 pieces, forever; one byte on the pipe per commit
        ::close(fds[0]);
        for (quint64 g = last + 1;; ++g) {
          const QByteArray bytes = generation(g, size);
          SafeFileWriter writer(local(path), Overwrite::Replace);
          if (!writer.open(nullptr)) ::_exit(2);
          for (int piece = 0; piece < 64; ++piece)
            if (!writer.write(bytes.constData() + piece * (size / 64), size / 64, nullptr)) ::_exit(3);
          if (!writer.commit(nullptr) || ::write(fds[1], "c", 1) != 1) ::_exit(4);
        }
      }
      ::close(fds[1]);
      // Let it finish 1..3 files, then kill it a random moment into the next one.
      const int commits = 1 + int(random.bounded(3));
      for (int seen = 0; seen < commits;) {
        pollfd p{fds[0], POLLIN, 0};
        char c;
        if (::poll(&p, 1, 60000) <= 0 || ::read(fds[0], &c, 1) != 1) break;
        ++seen;
      }
      ::usleep(useconds_t(random.bounded(30000)));
      ::kill(pid, SIGKILL);
      int status = 0;
      ::waitpid(pid, &status, 0);
      ::close(fds[0]);
      QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "the writer stopped by itself");

      const QByteArray now = contentOf(path);
      QCOMPARE(now.size(), size);
      quint64 g = 0;
      std::memcpy(&g, now.constData(), sizeof g);
      QVERIFY2(now == generation(g, size),
               qPrintable(QStringLiteral("round %1: generation %2 is damaged").arg(round).arg(g)));
      QVERIFY2(g > last, "the child committed files but the target did not change");
      last = g;
      // A killed writer can leave its temporary file (nothing runs after SIGKILL), never more.
      QVERIFY(leftovers(folder).size() <= round + 1);
    }
  }

 private:
  QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestSafeWrite)
#include "tst_safewrite.moc"

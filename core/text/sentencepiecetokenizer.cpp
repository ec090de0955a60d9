#include "text/sentencepiecetokenizer.h"

#include <dlfcn.h>

#include <mutex>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include "text/spm/spmapi.h"
#include "text/tokenpadding.h"

namespace rrsis {

namespace {

struct TokenizerText {
  Q_DECLARE_TR_FUNCTIONS(Tokenizer)
};

}  // namespace

/** The entry points of an opened rrsis_spm module; lives until the process ends. */
struct SpmModule {
  void* handle = nullptr;
  decltype(&rrsis_spm_api_version) apiVersion = nullptr;
  decltype(&rrsis_spm_load) load = nullptr;
  decltype(&rrsis_spm_free) free = nullptr;
  decltype(&rrsis_spm_vocab_size) vocabSize = nullptr;
  decltype(&rrsis_spm_pad_id) padId = nullptr;
  decltype(&rrsis_spm_unk_id) unkId = nullptr;
  decltype(&rrsis_spm_bos_id) bosId = nullptr;
  decltype(&rrsis_spm_eos_id) eosId = nullptr;
  decltype(&rrsis_spm_encode) encode = nullptr;
  decltype(&rrsis_spm_id_to_piece) idToPiece = nullptr;
  decltype(&rrsis_spm_train) train = nullptr;
};

namespace {

constexpr auto kModuleFileName = "librrsis_spm.so";
constexpr size_t kErrorSize = 4096;

// Sanitizer runtimes refuse RTLD_DEEPBIND; those builds have no LibTorch, so no second protobuf.
#if defined(RTLD_DEEPBIND) && !defined(RRSIS_SANITIZED)
constexpr int kDlopenFlags = RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND;
#else
constexpr int kDlopenFlags = RTLD_NOW | RTLD_LOCAL;
#endif

QString nativePath(const QString& path) { return QDir::toNativeSeparators(path); }

template <class Fn>
bool resolve(void* handle, const char* name, Fn& fn) {
  fn = reinterpret_cast<Fn>(dlsym(handle, name));
  return fn != nullptr;
}

// Opens one candidate; returns an empty string on success, else why it failed.
QString openModule(const QString& path, SpmModule& module) {
  if (!QFileInfo::exists(path)) return TokenizerText::tr("not found");
  dlerror();
  void* handle = dlopen(QFile::encodeName(path).constData(), kDlopenFlags);
  if (!handle) return QString::fromLocal8Bit(dlerror());
  module.handle = handle;
  const bool complete =
      resolve(handle, "rrsis_spm_api_version", module.apiVersion) && resolve(handle, "rrsis_spm_load", module.load) &&
      resolve(handle, "rrsis_spm_free", module.free) && resolve(handle, "rrsis_spm_vocab_size", module.vocabSize) &&
      resolve(handle, "rrsis_spm_pad_id", module.padId) && resolve(handle, "rrsis_spm_unk_id", module.unkId) &&
      resolve(handle, "rrsis_spm_bos_id", module.bosId) && resolve(handle, "rrsis_spm_eos_id", module.eosId) &&
      resolve(handle, "rrsis_spm_encode", module.encode) &&
      resolve(handle, "rrsis_spm_id_to_piece", module.idToPiece) && resolve(handle, "rrsis_spm_train", module.train);
  QString why;
  if (!complete)
    why = TokenizerText::tr("not an rrsis_spm module: %1").arg(QString::fromLocal8Bit(dlerror()));
  else if (module.apiVersion() != RRSIS_SPM_API_VERSION)
    why = TokenizerText::tr("module interface version %1, expected %2")
              .arg(module.apiVersion())
              .arg(RRSIS_SPM_API_VERSION);
  if (!why.isEmpty()) {
    dlclose(handle);
    module = SpmModule();
  }
  return why;
}

QStringList moduleCandidates() {
  QStringList paths;
  if (QCoreApplication::instance()) {
    const QString appDir = QCoreApplication::applicationDirPath();
    paths << QDir(appDir).filePath(QLatin1String(kModuleFileName))
          << QDir::cleanPath(appDir + QLatin1String("/../lib/rrsis/") + QLatin1String(kModuleFileName));
  }
#ifdef RRSIS_SPM_MODULE_BUILD_PATH
  paths << QDir::cleanPath(QString::fromUtf8(RRSIS_SPM_MODULE_BUILD_PATH));
#endif
  paths.removeDuplicates();
  return paths;
}

// The module, opened once per process. A failure is not remembered, so a later call may
// succeed once the module is installed.
Result<const SpmModule*> spmModule() {
  static std::mutex mutex;
  static SpmModule module;
  std::lock_guard<std::mutex> lock(mutex);
  if (module.handle) return Result<const SpmModule*>(&module);

  const QString fromEnvironment = qEnvironmentVariable("RRSIS_SPM_MODULE");
  if (!fromEnvironment.isEmpty()) {
    const QString why = openModule(fromEnvironment, module);
    if (why.isEmpty()) return Result<const SpmModule*>(&module);
    return Result<const SpmModule*>::failure(
        TokenizerText::tr("The SentencePiece module %1 named by RRSIS_SPM_MODULE could not be loaded: %2")
            .arg(nativePath(fromEnvironment), why));
  }

  QStringList tried;
  for (const QString& path : moduleCandidates()) {
    const QString why = openModule(path, module);
    if (why.isEmpty()) return Result<const SpmModule*>(&module);
    tried << QStringLiteral("%1 (%2)").arg(nativePath(path), why);
  }
  return Result<const SpmModule*>::failure(
      TokenizerText::tr("The SentencePiece module %1 could not be loaded. Tried: %2. Set RRSIS_SPM_MODULE "
                        "to its path.")
          .arg(QLatin1String(kModuleFileName), tried.join(QStringLiteral("; "))));
}

}  // namespace

Result<std::unique_ptr<SentencePieceTokenizer>> SentencePieceTokenizer::load(const QString& modelPath) {
  using R = Result<std::unique_ptr<SentencePieceTokenizer>>;
  const Result<const SpmModule*> module = spmModule();
  if (!module) return R::failure(module.error());
  char error[kErrorSize] = {};
  RrsisSpmModel* model = (*module)->load(QFile::encodeName(modelPath).constData(), error, sizeof error);
  if (!model)
    return R::failure(TokenizerText::tr("Cannot load the SentencePiece model %1: %2")
                          .arg(nativePath(modelPath), QString::fromUtf8(error).trimmed()));
  return R(std::unique_ptr<SentencePieceTokenizer>(new SentencePieceTokenizer(*module, model)));
}

Status SentencePieceTokenizer::trainVocabulary(const QStringList& expressions, int vocabSize,
                                               const QString& outputPrefix) {
  const Result<const SpmModule*> module = spmModule();
  if (!module) return Status::failure(module.error());
  const QString outputDir = QFileInfo(outputPrefix).absolutePath();
  if (!QFileInfo(outputDir).isDir())
    return Status::failure(TokenizerText::tr("Cannot train a SentencePiece vocabulary: the folder %1 does "
                                             "not exist.")
                               .arg(nativePath(outputDir)));

  QTemporaryFile corpus(QDir(QDir::tempPath()).filePath(QStringLiteral("rrsis_spm_XXXXXX.txt")));
  if (!corpus.open())
    return Status::failure(TokenizerText::tr("Cannot train a SentencePiece vocabulary: cannot write a "
                                             "temporary file: %1")
                               .arg(corpus.errorString()));
  int lines = 0;
  for (QString expression : expressions) {
    expression.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (expression.trimmed().isEmpty()) continue;
    corpus.write(expression.toUtf8());
    corpus.write("\n");
    ++lines;
  }
  if (lines == 0)
    return Status::failure(TokenizerText::tr("Cannot train a SentencePiece vocabulary without expressions."));
  if (!corpus.flush())
    return Status::failure(TokenizerText::tr("Cannot train a SentencePiece vocabulary: cannot write a "
                                             "temporary file: %1")
                               .arg(corpus.errorString()));

  char error[kErrorSize] = {};
  const int rc =
      (*module)->train(QFile::encodeName(corpus.fileName()).constData(), QFile::encodeName(outputPrefix).constData(),
                       vocabSize, "unigram", error, sizeof error);
  if (rc != 0)
    return Status::failure(TokenizerText::tr("Cannot train a SentencePiece vocabulary at %1: %2")
                               .arg(nativePath(outputPrefix), QString::fromUtf8(error).trimmed()));
  return Status();
}

SentencePieceTokenizer::SentencePieceTokenizer(const SpmModule* module, RrsisSpmModel* model)
    : module_(module), model_(model) {
  vocabSize_ = module_->vocabSize(model_);
  padId_ = module_->padId(model_);
  unkId_ = module_->unkId(model_);
  bosId_ = module_->bosId(model_);
  eosId_ = module_->eosId(model_);
}

SentencePieceTokenizer::~SentencePieceTokenizer() { module_->free(model_); }

QString SentencePieceTokenizer::kind() const { return QStringLiteral("sentencepiece"); }

int SentencePieceTokenizer::vocabSize() const { return vocabSize_; }

std::vector<int> SentencePieceTokenizer::encodeIds(const QString& text) const {
  const QByteArray utf8 = text.toUtf8();
  // Without byte fallback a piece is at least one byte, so this is almost always enough.
  std::vector<int> ids(static_cast<size_t>(utf8.size()) + 8);
  char error[kErrorSize] = {};
  for (int attempt = 0; attempt < 2; ++attempt) {
    const long count = module_->encode(model_, utf8.constData(), static_cast<size_t>(utf8.size()), ids.data(),
                                       ids.size(), error, sizeof error);
    if (count < 0) return {};  // only a model that failed to load fails here, and load() refuses those
    const bool fits = static_cast<size_t>(count) <= ids.size();
    ids.resize(static_cast<size_t>(count));
    if (fits) return ids;
  }
  return ids;
}

QString SentencePieceTokenizer::idToPiece(int id) const {
  QByteArray buffer(64, Qt::Uninitialized);
  long length = module_->idToPiece(model_, id, buffer.data(), static_cast<size_t>(buffer.size()));
  if (length < 0) return QString();
  if (length >= buffer.size()) {
    buffer.resize(length + 1);
    length = module_->idToPiece(model_, id, buffer.data(), static_cast<size_t>(buffer.size()));
  }
  return QString::fromUtf8(buffer.constData(), length);
}

QStringList SentencePieceTokenizer::pieces(const QString& text) const {
  QStringList out;
  for (int id : encodeIds(text)) out.append(idToPiece(id));
  return out;
}

TokenizedText SentencePieceTokenizer::encode(const QString& text, int maxTokens) const {
  const std::vector<int> body = encodeIds(text);
  std::vector<int64_t> ids;
  ids.reserve(body.size() + 2);
  if (bosId_ >= 0) ids.push_back(bosId_);
  ids.insert(ids.end(), body.begin(), body.end());
  if (eosId_ >= 0) ids.push_back(eosId_);
  return truncateAndPad(ids, maxTokens, padId_ >= 0 ? padId_ : 0, unkId_);
}

}  // namespace rrsis

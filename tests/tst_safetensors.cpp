// safetensors files and state dicts. The files the reader is checked against are built here
// byte by byte from the published format (8-byte little-endian header length, JSON header,
// little-endian tensor bytes), never by the writer; the writer's output is checked with
// Qt's own JSON parser.
#include <cstring>
#include <random>

#include <torch/torch.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#endif

#include "nets/safetensors.h"
#include "nets/statedict.h"

using namespace rrsis::nets;
using Metadata = std::map<std::string, std::string>;

Q_DECLARE_METATYPE(torch::ScalarType)

namespace {

template <typename T>
QByteArray le(T value) {
  QByteArray bytes(sizeof(T), '\0');
  qToLittleEndian(value, bytes.data());
  return bytes;
}

/** A safetensors file from its parts: length field, header plus `padding` spaces, data. */
QByteArray fileBytes(const QByteArray& header, const QByteArray& data, int padding = 0) {
  const QByteArray padded = header + QByteArray(padding, ' ');
  return le<quint64>(quint64(padded.size())) + padded + data;
}

/** A file with one tensor "w" described by `entry`. */
QByteArray oneTensor(const QByteArray& entry, const QByteArray& data) {
  return fileBytes("{\"w\":" + entry + "}", data);
}

/** Parses a copy of `bytes` in a buffer of exactly that size, so over-reads are caught. */
bool parse(const QByteArray& bytes, TensorMap& tensors, Metadata* metadata, std::string* error) {
  const std::vector<char> exact(bytes.begin(), bytes.end());
  return parseSafetensors(exact.data(), exact.size(), tensors, metadata, error);
}

QByteArray readAll(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

std::string str(const QString& s) { return s.toStdString(); }

/** The bytes from `begin` to `end` of a tensor's data buffer. */
QByteArray tensorBytes(const QByteArray& file, const QJsonObject& entry) {
  const quint64 headerSize = qFromLittleEndian<quint64>(file.constData());
  const QJsonArray offsets = entry.value(QStringLiteral("data_offsets")).toArray();
  const qint64 begin = offsets.at(0).toInteger();
  const qint64 end = offsets.at(1).toInteger();
  return file.mid(qsizetype(8 + headerSize + begin), qsizetype(end - begin));
}

QJsonObject headerOf(const QByteArray& file) {
  const quint64 headerSize = qFromLittleEndian<quint64>(file.constData());
  return QJsonDocument::fromJson(file.mid(8, qsizetype(headerSize))).object();
}

/** 24 values exactly representable in every dtype (halves for floating point). */
torch::Tensor sampleTensor(torch::ScalarType dtype) {
  torch::Tensor base = torch::arange(-12, 12, torch::kFloat64).reshape({2, 3, 4});
  if (dtype == torch::kBool) return base.remainder(3).eq(0);
  if (dtype == torch::kUInt8) return (base + 12).to(dtype);
  if (c10::isFloatingType(dtype)) return (base * 0.5).to(dtype);
  return base.to(dtype);
}

/** A small network with parameters, buffers (including an integer one) and a plain Linear. */
torch::nn::Sequential makeNet() {
  return torch::nn::Sequential(torch::nn::Conv2d(torch::nn::Conv2dOptions(3, 4, 3)), torch::nn::BatchNorm2d(4),
                               torch::nn::Linear(6, 2));
}

void randomize(torch::nn::Module& module, int seed) {
  torch::manual_seed(seed);
  torch::NoGradGuard noGrad;
  for (auto& p : module.parameters()) p.uniform_(-1, 1);
  for (auto& b : module.buffers()) b.is_floating_point() ? b.uniform_(0.5, 2) : b.fill_(seed);
}

bool sameState(const TensorMap& a, const TensorMap& b) {
  if (a.size() != b.size()) return false;
  for (const auto& [key, tensor] : a) {
    const auto other = b.find(key);
    if (other == b.end() || other->second.scalar_type() != tensor.scalar_type() || !torch::equal(other->second, tensor))
      return false;
  }
  return true;
}

int fileCount(const QString& folder) {
  return int(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size());
}

}  // namespace

class TestSafetensors : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void roundTrip_everyDtype_keepsValuesShapeAndDtype_data();
  void roundTrip_everyDtype_keepsValuesShapeAndDtype();
  void roundTrip_unusualTensors_keepShapesAndValues();
  void roundTrip_metadataAndNames_keepUnicodeAndEscapes();
  void read_handBuiltFile_givesTensorsAndMetadata_data();
  void read_handBuiltFile_givesTensorsAndMetadata();
  void read_emptyHeaderObject_givesNoTensors();
  void write_layout_hasAlignedHeaderSortedKeysAndContiguousData();
  void write_metadata_isStringObjectAndOmittedWhenEmpty();
  void write_existingFile_isReplacedWithoutTemporaryFiles();
  void read_missingFile_saysItDoesNotExist();
  void read_folder_saysItIsAFolder();
  void parse_malformedInput_failsWithMessage_data();
  void parse_malformedInput_failsWithMessage();
  void read_malformedFileOnDisk_failsWithPath();
  void read_truncatedFile_failsAtEveryLength();
  void parse_randomHeaderByteFlips_neverCrash();
  void read_failure_leavesOutputsUntouched();
  void write_invalidTensor_failsAndKeepsPreviousFile_data();
  void write_invalidTensor_failsAndKeepsPreviousFile();
  void write_fileSizeLimitHit_failsAndKeepsPreviousFile();
  void write_missingFolder_failsAndNamesIt();
  void write_targetIsFolder_failsAndKeepsFolder();
  void loadStateDict_throughFile_copiesEveryValueInPlace();
  void loadStateDict_otherDtype_convertsToParameterDtype();
  void loadStateDict_mismatch_reportsEveryProblemAndChangesNothing_data();
  void loadStateDict_mismatch_reportsEveryProblemAndChangesNothing();
  void loadStateDict_notStrict_ignoresKeysButNotShapes();
  void stateDict_isDetachedContiguousCpuCopy();
  void stateDict_linearWithoutBias_hasNoBiasKey();

 private:
  QTemporaryDir dir_;
};

// ---- round trips -------------------------------------------------------------------------

void TestSafetensors::roundTrip_everyDtype_keepsValuesShapeAndDtype_data() {
  QTest::addColumn<torch::ScalarType>("dtype");
  QTest::addColumn<QString>("name");
  QTest::newRow("F32") << torch::kFloat32 << QStringLiteral("F32");
  QTest::newRow("F16") << torch::kFloat16 << QStringLiteral("F16");
  QTest::newRow("BF16") << torch::kBFloat16 << QStringLiteral("BF16");
  QTest::newRow("I64") << torch::kInt64 << QStringLiteral("I64");
  QTest::newRow("F64") << torch::kFloat64 << QStringLiteral("F64");
  QTest::newRow("I32") << torch::kInt32 << QStringLiteral("I32");
  QTest::newRow("I16") << torch::kInt16 << QStringLiteral("I16");
  QTest::newRow("I8") << torch::kInt8 << QStringLiteral("I8");
  QTest::newRow("U8") << torch::kUInt8 << QStringLiteral("U8");
  QTest::newRow("BOOL") << torch::kBool << QStringLiteral("BOOL");
}

void TestSafetensors::roundTrip_everyDtype_keepsValuesShapeAndDtype() {
  QFETCH(torch::ScalarType, dtype);
  QFETCH(QString, name);
  const torch::Tensor original = sampleTensor(dtype);
  const QString path = dir_.filePath(QStringLiteral("dtype_%1.safetensors").arg(name));
  std::string error;
  QVERIFY2(writeSafetensors(str(path), {{"t", original}}, {}, &error), error.c_str());

  const QByteArray file = readAll(path);
  QCOMPARE(headerOf(file).value("t").toObject().value("dtype").toString(), name);
  TensorMap fromFile, fromMemory;
  QVERIFY2(readSafetensors(str(path), fromFile, nullptr, &error), error.c_str());
  QVERIFY2(parse(file, fromMemory, nullptr, &error), error.c_str());
  for (const TensorMap* read : {&fromFile, &fromMemory}) {
    QCOMPARE(read->size(), size_t(1));
    const torch::Tensor t = read->at("t");
    QCOMPARE(t.scalar_type(), dtype);
    QCOMPARE(t.sizes().vec(), original.sizes().vec());
    QVERIFY(torch::equal(t, original));
  }
}

void TestSafetensors::roundTrip_unusualTensors_keepShapesAndValues() {
  torch::manual_seed(1);
  const torch::Tensor matrix = torch::arange(6, torch::kFloat32).reshape({2, 3});
  const torch::Tensor param = torch::randn({3, 3}).requires_grad_();
  const TensorMap tensors = {
      {"scalar", torch::tensor(3.5)},
      {"empty", torch::zeros({0, 4})},
      {"transposed", matrix.t()},
      {"slice", torch::arange(10, torch::kInt64).narrow(0, 3, 4)},
      {"strided", torch::arange(12, torch::kInt32).reshape({3, 4}).select(1, 2)},
      {"param", param},
      {"large", torch::randn({256, 1024})},
  };
  const QString path = dir_.filePath(QStringLiteral("unusual.safetensors"));
  std::string error;
  QVERIFY2(writeSafetensors(str(path), tensors, {}, &error), error.c_str());
  TensorMap read;
  QVERIFY2(readSafetensors(str(path), read, nullptr, &error), error.c_str());
  QCOMPARE(read.size(), tensors.size());
  for (const auto& [key, tensor] : tensors) {
    const torch::Tensor t = read.at(key);
    QVERIFY2(t.sizes() == tensor.sizes(), key.c_str());
    QVERIFY2(torch::equal(t, tensor.detach()), key.c_str());
    QVERIFY(!t.requires_grad());
  }
  QCOMPARE(read.at("scalar").dim(), int64_t(0));
  QCOMPARE(read.at("empty").numel(), int64_t(0));
}

void TestSafetensors::roundTrip_metadataAndNames_keepUnicodeAndEscapes() {
  const Metadata metadata = {
      {"format", "pt"},
      {"quotes \"and\" \\backslashes\\", "line\nbreak\ttab\x01control"},
      {"unicode",
       "Gr\xC3\xB6\xC3\x9F"
       "e \xE4\xB8\xAD\xE6\x96\x87 \xF0\x9F\x98\x80"},
      {"empty", ""},
  };
  const TensorMap tensors = {
      {"backbone.0.weight", torch::ones({2})},
      {"\xE5\x90\x8D\xE5\x89\x8D \"quoted\"", torch::zeros({1})},
  };
  const QString path = dir_.filePath(QStringLiteral("names.safetensors"));
  std::string error;
  QVERIFY2(writeSafetensors(str(path), tensors, metadata, &error), error.c_str());
  TensorMap read;
  Metadata readMetadata;
  QVERIFY2(readSafetensors(str(path), read, &readMetadata, &error), error.c_str());
  QVERIFY(readMetadata == metadata);
  QVERIFY(sameState(read, tensors));
  // Qt's parser agrees on the unicode text.
  QCOMPARE(headerOf(readAll(path)).value("__metadata__").toObject().value("unicode").toString(),
           QString::fromUtf8(metadata.at("unicode").c_str()));
}

// ---- the reader on hand-built files ------------------------------------------------------

namespace {

/** Seven tensors at unaligned offsets, listed out of offset order, with metadata. */
const char kHandBuiltHeader[] =
    R"json({"__metadata__":{"format":"pt","note":"caf\u00e9 \ud83d\ude00 \"q\" \\ \n \/"},)json"
    R"json("steps":{"dtype":"I64","shape":[2],"data_offsets":[8,24]},)json"
    R"json("weight":{"dtype":"F32","shape":[2,1],"data_offsets":[0,8]},)json"
    R"json("half":{"dtype":"F16","shape":[3],"data_offsets":[24,30]},)json"
    R"json("brain":{"dtype":"BF16","shape":[2],"data_offsets":[30,34]},)json"
    R"json("flags":{"dtype":"BOOL","shape":[3],"data_offsets":[34,37]},)json"
    R"json("scalar":{"dtype":"F64","shape":[],"data_offsets":[37,45]},)json"
    R"json("none":{"dtype":"U8","shape":[0,4],"data_offsets":[45,45]}})json";

QByteArray handBuiltData() {
  return le<quint32>(0x3F800000) + le<quint32>(0xC0200000)                  // F32 1.0, -2.5
         + le<qint64>(7) + le<qint64>(-1)                                   // I64 7, -1
         + le<quint16>(0x3C00) + le<quint16>(0xC000) + le<quint16>(0x3800)  // F16 1, -2, 0.5
         + le<quint16>(0x3F80) + le<quint16>(0xC040)                        // BF16 1.0, -3.0
         + QByteArray("\x00\x01\x02", 3)                                    // BOOL false, true, true
         + le<quint64>(0x4004000000000000ull);                              // F64 2.5
}

QByteArray handBuiltFile(int padding = 0) { return fileBytes(kHandBuiltHeader, handBuiltData(), padding); }

}  // namespace

void TestSafetensors::read_handBuiltFile_givesTensorsAndMetadata_data() {
  QTest::addColumn<QByteArray>("file");
  QTest::newRow("compact") << handBuiltFile();
  QTest::newRow("space-padded to 8") << handBuiltFile((8 - (sizeof kHandBuiltHeader - 1) % 8) % 8);
  QTest::newRow("long padding") << handBuiltFile(301);
  QByteArray pretty(kHandBuiltHeader);
  pretty.replace(",\"", ",\n\t\"").replace(":", " : ").replace("{", "{\r\n ");
  QTest::newRow("pretty-printed") << fileBytes(pretty, handBuiltData());
}

void TestSafetensors::read_handBuiltFile_givesTensorsAndMetadata() {
  QFETCH(QByteArray, file);
  TensorMap t;
  Metadata metadata;
  std::string error;
  QVERIFY2(parse(file, t, &metadata, &error), error.c_str());
  QCOMPARE(t.size(), size_t(7));
  QCOMPARE(metadata.size(), size_t(2));
  QCOMPARE(metadata.at("format"), std::string("pt"));
  QCOMPARE(metadata.at("note"), std::string("caf\xC3\xA9 \xF0\x9F\x98\x80 \"q\" \\ \n /"));

  QCOMPARE(t.at("weight").scalar_type(), torch::kFloat32);
  QCOMPARE(t.at("weight").sizes().vec(), (std::vector<int64_t>{2, 1}));
  QCOMPARE(t.at("weight")[0][0].item<float>(), 1.0f);
  QCOMPARE(t.at("weight")[1][0].item<float>(), -2.5f);
  QCOMPARE(t.at("steps").scalar_type(), torch::kInt64);
  QCOMPARE(t.at("steps")[0].item<int64_t>(), int64_t(7));
  QCOMPARE(t.at("steps")[1].item<int64_t>(), int64_t(-1));
  QCOMPARE(t.at("half").scalar_type(), torch::kFloat16);
  QVERIFY(torch::equal(t.at("half").to(torch::kFloat32), torch::tensor({1.0f, -2.0f, 0.5f})));
  QCOMPARE(t.at("brain").scalar_type(), torch::kBFloat16);
  QVERIFY(torch::equal(t.at("brain").to(torch::kFloat32), torch::tensor({1.0f, -3.0f})));
  QCOMPARE(t.at("flags").scalar_type(), torch::kBool);
  QVERIFY(torch::equal(t.at("flags"), torch::tensor({false, true, true})));
  QCOMPARE(t.at("scalar").scalar_type(), torch::kFloat64);
  QCOMPARE(t.at("scalar").dim(), int64_t(0));
  QCOMPARE(t.at("scalar").item<double>(), 2.5);
  QCOMPARE(t.at("none").scalar_type(), torch::kUInt8);
  QCOMPARE(t.at("none").sizes().vec(), (std::vector<int64_t>{0, 4}));
}

void TestSafetensors::read_emptyHeaderObject_givesNoTensors() {
  TensorMap t = {{"stale", torch::ones({1})}};
  Metadata metadata = {{"stale", "x"}};
  std::string error;
  QVERIFY2(parse(fileBytes("{}", {}, 6), t, &metadata, &error), error.c_str());
  QVERIFY(t.empty());
  QVERIFY(metadata.empty());
}

// ---- the writer's layout -----------------------------------------------------------------

void TestSafetensors::write_layout_hasAlignedHeaderSortedKeysAndContiguousData() {
  const TensorMap tensors = {
      {"zeta", torch::tensor({1, 2, 3}, torch::kUInt8)},
      {"alpha", torch::tensor({1.0f, -2.5f})},
      {"Mid", torch::tensor({int64_t(-1)})},
      {"mid.b", torch::tensor({1.0f}).to(torch::kFloat16)},
  };
  const QString path = dir_.filePath(QStringLiteral("layout.safetensors"));
  std::string error;
  QVERIFY2(writeSafetensors(str(path), tensors, {}, &error), error.c_str());
  const QByteArray file = readAll(path);
  QVERIFY(file.size() >= 8);
  const quint64 headerSize = qFromLittleEndian<quint64>(file.constData());
  QCOMPARE(headerSize % 8, quint64(0));
  QCOMPARE(quint64(file.size()), 8 + headerSize + 3 + 8 + 8 + 2);

  // The JSON ends with '}' followed only by spaces.
  const QByteArray header = file.mid(8, qsizetype(headerSize));
  const qsizetype close = header.lastIndexOf('}');
  QCOMPARE(header.mid(close + 1), QByteArray(header.size() - close - 1, ' '));
  QJsonParseError parseError;
  const QJsonObject json = QJsonDocument::fromJson(header, &parseError).object();
  QCOMPARE(parseError.error, QJsonParseError::NoError);
  QCOMPARE(json.size(), 4);

  // Keys in byte order, data back to back in that order from offset 0 to the end.
  const QList<QByteArray> order = {"\"Mid\"", "\"alpha\"", "\"mid.b\"", "\"zeta\""};
  qint64 expectedBegin = 0;
  qsizetype lastPosition = -1;
  for (const QByteArray& key : order) {
    const qsizetype position = header.indexOf(key);
    QVERIFY2(position > lastPosition, key.constData());
    lastPosition = position;
    const QJsonArray offsets =
        json.value(QString::fromUtf8(key.mid(1, key.size() - 2))).toObject().value("data_offsets").toArray();
    QCOMPARE(offsets.at(0).toInteger(), expectedBegin);
    expectedBegin = offsets.at(1).toInteger();
  }
  QCOMPARE(quint64(expectedBegin), quint64(file.size()) - 8 - headerSize);

  QCOMPARE(json.value("alpha").toObject().value("dtype").toString(), QStringLiteral("F32"));
  QCOMPARE(json.value("alpha").toObject().value("shape").toArray(), QJsonArray({2}));
  QCOMPARE(tensorBytes(file, json.value("alpha").toObject()), le<quint32>(0x3F800000) + le<quint32>(0xC0200000));
  QCOMPARE(tensorBytes(file, json.value("Mid").toObject()), QByteArray(8, '\xFF'));
  QCOMPARE(tensorBytes(file, json.value("mid.b").toObject()), le<quint16>(0x3C00));
  QCOMPARE(tensorBytes(file, json.value("zeta").toObject()), QByteArray("\x01\x02\x03"));
}

void TestSafetensors::write_metadata_isStringObjectAndOmittedWhenEmpty() {
  const QString withPath = dir_.filePath(QStringLiteral("with_metadata.safetensors"));
  const QString withoutPath = dir_.filePath(QStringLiteral("without_metadata.safetensors"));
  const TensorMap tensors = {{"w", torch::ones({2})}};
  QVERIFY(writeSafetensors(str(withPath), tensors, {{"format", "pt"}, {"epoch", "3"}}, nullptr));
  QVERIFY(writeSafetensors(str(withoutPath), tensors, {}, nullptr));

  const QJsonObject meta = headerOf(readAll(withPath)).value("__metadata__").toObject();
  QCOMPARE(meta.size(), 2);
  QCOMPARE(meta.value("format").toString(), QStringLiteral("pt"));
  QCOMPARE(meta.value("epoch").toString(), QStringLiteral("3"));
  const QJsonObject without = headerOf(readAll(withoutPath));
  QCOMPARE(without.keys(), QStringList{QStringLiteral("w")});
}

void TestSafetensors::write_existingFile_isReplacedWithoutTemporaryFiles() {
  QTemporaryDir folder;
  const QString path = folder.filePath(QStringLiteral("model.safetensors"));
  QVERIFY(writeSafetensors(str(path), {{"a", torch::ones({100})}}, {}, nullptr));
  QVERIFY(writeSafetensors(str(path), {{"b", torch::zeros({3})}}, {}, nullptr));
  TensorMap read;
  QVERIFY(readSafetensors(str(path), read, nullptr, nullptr));
  QCOMPARE(read.size(), size_t(1));
  QVERIFY(torch::equal(read.at("b"), torch::zeros({3})));
  QCOMPARE(fileCount(folder.path()), 1);
}

void TestSafetensors::read_missingFile_saysItDoesNotExist() {
  const std::string path = str(dir_.filePath(QStringLiteral("nope.safetensors")));
  TensorMap t;
  std::string error;
  QVERIFY(!readSafetensors(path, t, nullptr, &error));
  QVERIFY2(error.find("does not exist") != std::string::npos, error.c_str());
  QVERIFY2(error.find(path) != std::string::npos, error.c_str());
}

void TestSafetensors::read_folder_saysItIsAFolder() {
  TensorMap t;
  std::string error;
  QVERIFY(!readSafetensors(str(dir_.path()), t, nullptr, &error));
  QVERIFY2(error.find("folder") != std::string::npos, error.c_str());
}

// ---- malformed input ---------------------------------------------------------------------

void TestSafetensors::parse_malformedInput_failsWithMessage_data() {
  QTest::addColumn<QByteArray>("bytes");
  QTest::addColumn<QStringList>("fragments");
  const QByteArray f32x2 = R"({"dtype":"F32","shape":[2],"data_offsets":[0,8]})";
  const QByteArray eight(8, '\0');
  const auto row = [](const char* name, const QByteArray& bytes, const QStringList& fragments) {
    QTest::newRow(name) << bytes << fragments;
  };
  row("empty file", {}, {"too short"});
  row("7 bytes", QByteArray(7, '\x10'), {"too short"});
  row("header length 0", le<quint64>(0) + "{}", {"length is 0"});
  row("header length beyond file", le<quint64>(100) + "{}", {"runs past the end"});
  row("absurd header length", le<quint64>(1ull << 40) + "{}", {"implausibly large"});
  row("absurd header length, all ones", QByteArray(16, '\xFF'), {"implausibly large"});
  row("not JSON", fileBytes("hello", {}), {"invalid JSON", "byte 0"});
  row("header is an array", fileBytes("[]", {}), {"must be a JSON object"});
  row("unterminated header", fileBytes(R"({"w":{"dtype":"F32")", {}), {"end of the header"});
  row("text after the JSON", fileBytes("{} x", {}), {"after the JSON value"});
  row("padding with NUL bytes", fileBytes(QByteArray("{}") + '\0', {}), {"byte 0x00"});
  row("invalid UTF-8 in a name", fileBytes("{\"w\xFF\":{}}", {}), {"invalid UTF-8"});
  row("overlong UTF-8", fileBytes("{\"\xC0\xAF\":{}}", {}), {"invalid UTF-8"});
  row("UTF-8 encoded surrogate", fileBytes("{\"\xED\xA0\x80\":{}}", {}), {"invalid UTF-8"});
  row("lone surrogate escape", fileBytes(R"({"\ud800":{}})", {}), {"surrogate"});
  row("low surrogate first", fileBytes(R"({"\udc00\ud800":{}})", {}), {"surrogate"});
  row("invalid escape", fileBytes(R"({"\x41":{}})", {}), {"escape"});
  row("truncated unicode escape", fileBytes(R"({"\u12":{}})", {}), {"hex digit"});
  row("control character in a string", fileBytes("{\"a\nb\":{}}", {}), {"control character"});
  row("true literal", oneTensor("true", {}), {"\"w\"", "true, false and null"});
  row("tensor entry is a string", oneTensor("\"F32\"", {}), {"\"w\"", "expected an object"});
  row("missing dtype", oneTensor(R"({"shape":[2],"data_offsets":[0,8]})", eight), {"\"w\"", "missing \"dtype\""});
  row("missing shape", oneTensor(R"({"dtype":"F32","data_offsets":[0,8]})", eight), {"\"w\"", "missing \"shape\""});
  row("missing data_offsets", oneTensor(R"({"dtype":"F32","shape":[2]})", eight),
      {"\"w\"", "missing \"data_offsets\""});
  row("dtype is a number", oneTensor(R"({"dtype":4,"shape":[2],"data_offsets":[0,8]})", eight),
      {"\"w\"", "\"dtype\" must be a string"});
  row("unknown dtype", oneTensor(R"({"dtype":"F8_E4M3","shape":[2],"data_offsets":[0,2]})", eight),
      {"\"w\"", "F8_E4M3"});
  row("negative dimension", oneTensor(R"({"dtype":"F32","shape":[-2],"data_offsets":[0,8]})", eight),
      {"\"w\"", "negative"});
  row("fractional dimension", oneTensor(R"({"dtype":"F32","shape":[2.0],"data_offsets":[0,8]})", eight),
      {"\"w\"", "whole numbers"});
  row("exponent dimension", oneTensor(R"({"dtype":"F32","shape":[2e0],"data_offsets":[0,8]})", eight),
      {"\"w\"", "whole numbers"});
  row("leading zero", oneTensor(R"({"dtype":"F32","shape":[02],"data_offsets":[0,8]})", eight),
      {"\"w\"", "leading zeros"});
  row("huge number", oneTensor(R"({"dtype":"F32","shape":[99999999999999999999999],"data_offsets":[0,8]})", eight),
      {"\"w\"", "too large"});
  row("dimension beyond int64",
      oneTensor(R"({"dtype":"U8","shape":[9223372036854775808],"data_offsets":[0,8]})", eight), {"\"w\"", "overflow"});
  row("shape product overflow",
      oneTensor(R"({"dtype":"F32","shape":[4294967296,4294967296,16],"data_offsets":[0,8]})", eight),
      {"\"w\"", "overflow"});
  row("byte size overflow", oneTensor(R"({"dtype":"F64","shape":[4611686018427387904],"data_offsets":[0,8]})", eight),
      {"\"w\"", "overflow"});
  row("shape is a number", oneTensor(R"({"dtype":"F32","shape":2,"data_offsets":[0,8]})", eight),
      {"\"w\"", "\"shape\""});
  row("data_offsets end before begin", oneTensor(R"({"dtype":"F32","shape":[0],"data_offsets":[8,0]})", eight),
      {"\"w\"", "end before"});
  row("data_offsets beyond the buffer", oneTensor(f32x2, QByteArray(4, '\0')), {"\"w\"", "beyond the data buffer"});
  row("data_offsets far beyond the buffer",
      oneTensor(R"({"dtype":"U8","shape":[8],"data_offsets":[18446744073709551607,18446744073709551615]})", eight),
      {"\"w\"", "beyond the data buffer"});
  row("byte size differs from shape", oneTensor(R"({"dtype":"F32","shape":[2],"data_offsets":[0,4]})", eight),
      {"\"w\"", "span 4 bytes", "takes 8"});
  row("three data_offsets", oneTensor(R"({"dtype":"F32","shape":[2],"data_offsets":[0,8,8]})", eight),
      {"\"w\"", "data_offsets"});
  row("overlapping tensors",
      fileBytes(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                R"("b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})",
                QByteArray(12, '\0')),
      {"\"a\"", "\"b\"", "overlap"});
  row("same bytes twice",
      fileBytes(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                R"("b":{"dtype":"I64","shape":[1],"data_offsets":[0,8]}})",
                eight),
      {"\"a\"", "\"b\"", "overlap"});
  row("duplicate tensor names", fileBytes("{\"w\":" + f32x2 + ",\"w\":" + f32x2 + "}", eight), {"duplicate", "\"w\""});
  row("duplicate fields", oneTensor(R"({"dtype":"F32","dtype":"F32","shape":[2],"data_offsets":[0,8]})", eight),
      {"duplicate", "\"dtype\""});
  row("metadata value is a number", fileBytes(R"({"__metadata__":{"k":1}})", {}), {"__metadata__", "\"k\""});
  row("metadata is an array", fileBytes(R"({"__metadata__":["a"]})", {}), {"__metadata__"});
  row("deep nesting", fileBytes(QByteArray(100000, '['), {}), {"nested too deeply"});
}

void TestSafetensors::parse_malformedInput_failsWithMessage() {
  QFETCH(QByteArray, bytes);
  QFETCH(QStringList, fragments);
  TensorMap t;
  std::string error;
  QVERIFY(!parse(bytes, t, nullptr, &error));
  const QString message = QString::fromStdString(error);
  QVERIFY(!message.isEmpty());
  for (const QString& fragment : fragments)
    QVERIFY2(message.contains(fragment, Qt::CaseInsensitive),
             qPrintable(QStringLiteral("'%1' not in: %2").arg(fragment, message)));
}

void TestSafetensors::read_malformedFileOnDisk_failsWithPath() {
  const QString path = dir_.filePath(QStringLiteral("badsize.safetensors"));
  QVERIFY(writeAll(path, oneTensor(R"({"dtype":"BF16","shape":[2],"data_offsets":[0,2]})", QByteArray(4, '\0'))));
  TensorMap t;
  std::string error;
  QVERIFY(!readSafetensors(str(path), t, nullptr, &error));
  QVERIFY2(error.rfind(str(path) + ": tensor \"w\"", 0) == 0, error.c_str());
}

void TestSafetensors::read_truncatedFile_failsAtEveryLength() {
  const QByteArray whole = handBuiltFile(3);
  const QString path = dir_.filePath(QStringLiteral("truncated.safetensors"));
  for (qsizetype length = 0; length < whole.size(); ++length) {
    TensorMap t;
    std::string error;
    QVERIFY2(!parse(whole.left(length), t, nullptr, &error), qPrintable(QString::number(length)));
    QVERIFY(!error.empty());
    QVERIFY(writeAll(path, whole.left(length)));
    error.clear();
    QVERIFY2(!readSafetensors(str(path), t, nullptr, &error), qPrintable(QString::number(length)));
    QVERIFY(!error.empty());
  }
}

void TestSafetensors::parse_randomHeaderByteFlips_neverCrash() {
  const QByteArray whole = handBuiltFile();
  const quint64 headerEnd = 8 + qFromLittleEndian<quint64>(whole.constData());
  std::mt19937 random(20240601);
  std::uniform_int_distribution<quint64> position(0, headerEnd - 1);
  std::uniform_int_distribution<int> bit(0, 7);
  std::uniform_int_distribution<int> flips(1, 4);
  int rejected = 0;
  const int runs = 4000;
  for (int run = 0; run < runs; ++run) {
    QByteArray bytes = whole;
    for (int i = flips(random); i > 0; --i) bytes[qsizetype(position(random))] ^= char(1 << bit(random));
    TensorMap t;
    std::string error;
    if (parse(bytes, t, nullptr, &error)) {
      qint64 total = 0;  // whatever was accepted fits in the file
      for (const auto& entry : t) total += entry.second.numel() * entry.second.element_size();
      QVERIFY(total <= bytes.size());
    } else {
      QVERIFY(!error.empty());
      ++rejected;
    }
  }
  QVERIFY2(rejected > runs / 2, qPrintable(QString::number(rejected)));
}

void TestSafetensors::read_failure_leavesOutputsUntouched() {
  TensorMap t = {{"keep", torch::ones({2})}};
  Metadata metadata = {{"keep", "me"}};
  std::string error;
  const QByteArray bad = fileBytes(QByteArray(kHandBuiltHeader).replace("\"F16\"", "\"F17\""), handBuiltData());
  QVERIFY(!parse(bad, t, &metadata, &error));
  QVERIFY2(error.find("\"half\"") != std::string::npos, error.c_str());
  QCOMPARE(t.size(), size_t(1));
  QVERIFY(t.count("keep"));
  QVERIFY(metadata == (Metadata{{"keep", "me"}}));
}

// ---- failing writes ----------------------------------------------------------------------

void TestSafetensors::write_invalidTensor_failsAndKeepsPreviousFile_data() {
  QTest::addColumn<QString>("problem");
  QTest::addColumn<QString>("fragment");
  QTest::newRow("complex dtype") << QStringLiteral("complex") << QStringLiteral("cannot be stored");
  QTest::newRow("undefined tensor") << QStringLiteral("undefined") << QStringLiteral("undefined");
  QTest::newRow("reserved name") << QStringLiteral("reserved") << QStringLiteral("reserved");
  QTest::newRow("name not UTF-8") << QStringLiteral("utf8") << QStringLiteral("UTF-8");
  QTest::newRow("sparse tensor") << QStringLiteral("sparse") << QStringLiteral("dense");
}

void TestSafetensors::write_invalidTensor_failsAndKeepsPreviousFile() {
  QFETCH(QString, problem);
  QFETCH(QString, fragment);
  QTemporaryDir folder;
  const QString path = folder.filePath(QStringLiteral("model.safetensors"));
  QVERIFY(writeSafetensors(str(path), {{"old", torch::ones({4})}}, {{"v", "1"}}, nullptr));
  const QByteArray before = readAll(path);

  TensorMap tensors = {{"good", torch::zeros({1000})}};
  if (problem == QLatin1String("complex"))
    tensors["bad"] = torch::zeros({2}, torch::kComplexFloat);
  else if (problem == QLatin1String("undefined"))
    tensors["bad"] = torch::Tensor();
  else if (problem == QLatin1String("reserved"))
    tensors["__metadata__"] = torch::zeros({2});
  else if (problem == QLatin1String("utf8"))
    tensors["bad\xC3"] = torch::zeros({2});
  else
    tensors["bad"] = torch::eye(3).to_sparse();
  std::string error;
  QVERIFY(!writeSafetensors(str(path), tensors, {}, &error));
  QVERIFY2(QString::fromStdString(error).contains(fragment), error.c_str());
  QCOMPARE(readAll(path), before);
  QCOMPARE(fileCount(folder.path()), 1);
}

void TestSafetensors::write_fileSizeLimitHit_failsAndKeepsPreviousFile() {
#ifdef Q_OS_LINUX
  // A write that runs out of space half way; a file size limit does that even for root.
  QTemporaryDir folder;
  const QString path = folder.filePath(QStringLiteral("model.safetensors"));
  QVERIFY(writeSafetensors(str(path), {{"old", torch::ones({4})}}, {}, nullptr));
  const QByteArray before = readAll(path);

  rlimit saved{};
  QVERIFY(getrlimit(RLIMIT_FSIZE, &saved) == 0);
  rlimit limited = saved;
  limited.rlim_cur = 64 * 1024;
  auto* previousHandler = std::signal(SIGXFSZ, SIG_IGN);
  QVERIFY(setrlimit(RLIMIT_FSIZE, &limited) == 0);
  std::string error;
  const bool written = writeSafetensors(str(path), {{"big", torch::ones({1024, 1024})}}, {}, &error);
  setrlimit(RLIMIT_FSIZE, &saved);
  std::signal(SIGXFSZ, previousHandler);

  QVERIFY(!written);
  QVERIFY(!error.empty());
  QCOMPARE(readAll(path), before);
  QCOMPARE(fileCount(folder.path()), 1);
#else
  QSKIP("needs RLIMIT_FSIZE");
#endif
}

void TestSafetensors::write_missingFolder_failsAndNamesIt() {
  const QString path = dir_.filePath(QStringLiteral("no/such/folder/model.safetensors"));
  std::string error;
  QVERIFY(!writeSafetensors(str(path), {{"w", torch::ones({1})}}, {}, &error));
  QVERIFY2(error.find("does not exist") != std::string::npos, error.c_str());
  QVERIFY2(error.find("no/such/folder") != std::string::npos, error.c_str());
  QVERIFY(!QFile::exists(path));
}

void TestSafetensors::write_targetIsFolder_failsAndKeepsFolder() {
  QTemporaryDir folder;
  const QString target = folder.filePath(QStringLiteral("model.safetensors"));
  QVERIFY(QDir().mkpath(target + QStringLiteral("/inside")));
  std::string error;
  QVERIFY(!writeSafetensors(str(target), {{"w", torch::ones({1})}}, {}, &error));
  QVERIFY(!error.empty());
  QVERIFY(QFileInfo(target + QStringLiteral("/inside")).isDir());
  QCOMPARE(fileCount(folder.path()), 0);
}

// ---- state dicts -------------------------------------------------------------------------

void TestSafetensors::loadStateDict_throughFile_copiesEveryValueInPlace() {
  torch::nn::Sequential source = makeNet();
  torch::nn::Sequential target = makeNet();
  randomize(*source, 1);
  randomize(*target, 2);
  const QString path = dir_.filePath(QStringLiteral("state.safetensors"));
  std::string error;
  QVERIFY2(writeSafetensors(str(path), stateDict(*source), {}, &error), error.c_str());
  TensorMap read;
  QVERIFY2(readSafetensors(str(path), read, nullptr, &error), error.c_str());
  QCOMPARE(read.size(), size_t(9));

  std::map<std::string, void*> storage;
  for (const auto& item : target->named_parameters()) storage[item.key()] = item.value().data_ptr();
  QVERIFY2(loadStateDict(*target, read, &error), error.c_str());
  QVERIFY(sameState(stateDict(*target), stateDict(*source)));
  for (const auto& item : target->named_parameters()) {
    QCOMPARE(item.value().data_ptr(), storage.at(item.key()));
    QVERIFY(item.value().requires_grad());
  }
  QCOMPARE(target->named_buffers()["1.num_batches_tracked"].item<int64_t>(), int64_t(1));
}

void TestSafetensors::loadStateDict_otherDtype_convertsToParameterDtype() {
  torch::nn::Sequential source = makeNet();
  torch::nn::Sequential target = makeNet();
  randomize(*source, 3);
  TensorMap halves = stateDict(*source);
  for (auto& entry : halves)
    if (entry.second.is_floating_point()) entry.second = entry.second.to(torch::kFloat16);
  std::string error;
  QVERIFY2(loadStateDict(*target, halves, &error), error.c_str());
  for (const auto& [key, value] : stateDict(*target)) {
    QCOMPARE(value.scalar_type(), halves.at(key).is_floating_point() ? torch::kFloat32 : torch::kInt64);
    QVERIFY2(torch::equal(value, halves.at(key).to(value.scalar_type())), key.c_str());
  }
}

void TestSafetensors::loadStateDict_mismatch_reportsEveryProblemAndChangesNothing_data() {
  QTest::addColumn<bool>("dropKey");
  QTest::addColumn<bool>("addKey");
  QTest::addColumn<bool>("reshape");
  QTest::newRow("missing key") << true << false << false;
  QTest::newRow("unexpected key") << false << true << false;
  QTest::newRow("wrong shape") << false << false << true;
  QTest::newRow("all three") << true << true << true;
}

void TestSafetensors::loadStateDict_mismatch_reportsEveryProblemAndChangesNothing() {
  QFETCH(bool, dropKey);
  QFETCH(bool, addKey);
  QFETCH(bool, reshape);
  torch::nn::Sequential source = makeNet();
  torch::nn::Sequential target = makeNet();
  randomize(*source, 4);
  randomize(*target, 5);
  const TensorMap before = stateDict(*target);
  TensorMap file = stateDict(*source);
  if (dropKey) file.erase("1.running_var");
  if (addKey) file["3.weight"] = torch::zeros({2});
  if (reshape) file["2.weight"] = torch::zeros({2, 7});

  std::string error;
  QVERIFY(!loadStateDict(*target, file, &error));
  const auto mentions = [&](const std::string& text) { return error.find(text) != std::string::npos; };
  QCOMPARE(mentions("missing keys: 1.running_var"), dropKey);
  QCOMPARE(mentions("unexpected keys: 3.weight"), addKey);
  QCOMPARE(mentions("2.weight: expected [2, 6], file has [2, 7]"), reshape);
  QVERIFY2(sameState(stateDict(*target), before), error.c_str());
}

void TestSafetensors::loadStateDict_notStrict_ignoresKeysButNotShapes() {
  torch::nn::Sequential source = makeNet();
  torch::nn::Sequential target = makeNet();
  randomize(*source, 6);
  randomize(*target, 7);
  const TensorMap before = stateDict(*target);
  TensorMap file = stateDict(*source);
  file.erase("1.running_var");
  file["extra"] = torch::zeros({1});
  std::string error;
  QVERIFY2(loadStateDict(*target, file, &error, /*strict=*/false), error.c_str());
  const TensorMap after = stateDict(*target);
  QVERIFY(torch::equal(after.at("1.running_var"), before.at("1.running_var")));
  QVERIFY(torch::equal(after.at("0.weight"), file.at("0.weight")));

  file["0.bias"] = torch::zeros({5});
  QVERIFY(!loadStateDict(*target, file, &error, /*strict=*/false));
  QVERIFY2(error.find("0.bias: expected [4], file has [5]") != std::string::npos, error.c_str());
  QVERIFY(error.find("missing") == std::string::npos);
  QVERIFY(sameState(stateDict(*target), after));
}

void TestSafetensors::stateDict_isDetachedContiguousCpuCopy() {
  torch::nn::Sequential net = makeNet();
  const TensorMap state = stateDict(*net);
  std::vector<std::string> keys;
  for (const auto& entry : state) keys.push_back(entry.first);
  QCOMPARE(keys, (std::vector<std::string>{"0.bias", "0.weight", "1.bias", "1.num_batches_tracked", "1.running_mean",
                                           "1.running_var", "1.weight", "2.bias", "2.weight"}));
  for (const auto& [key, tensor] : state) {
    QVERIFY(!tensor.requires_grad());
    QVERIFY(tensor.is_contiguous());
    QVERIFY(tensor.device().is_cpu());
  }
  state.at("0.weight").fill_(42);
  QVERIFY(!torch::equal(net->named_parameters()["0.weight"], state.at("0.weight")));
}

void TestSafetensors::stateDict_linearWithoutBias_hasNoBiasKey() {
  torch::nn::Linear linear(torch::nn::LinearOptions(3, 2).bias(false));
  const TensorMap state = stateDict(*linear);
  QCOMPARE(state.size(), size_t(1));
  QVERIFY(state.count("weight"));
  std::string error;
  QVERIFY2(loadStateDict(*linear, {{"weight", torch::ones({2, 3})}}, &error), error.c_str());
  QVERIFY(torch::equal(linear->weight, torch::ones({2, 3})));
}

QTEST_GUILESS_MAIN(TestSafetensors)
#include "tst_safetensors.moc"

// rrsis checkpoint info: what a PyTorch checkpoint holds, read without Python.
#include <map>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <torch/torch.h>

#include "cli_common.h"
#include "cli_functions.h"
#include "nets/torchcheckpoint.h"
#include "util/jsoninteger.h"

namespace rrsis::cli {

namespace {

/** Tensors grouped by their first name part ("model", "bert_model"): count and elements. */
QJsonObject groups(const nets::TorchCheckpoint& c) {
  std::map<std::string, std::pair<int, std::int64_t>> g;
  for (const auto& [name, t] : c.tensors) {
    auto& [count, elements] = g[name.substr(0, name.find('.'))];
    ++count;
    elements += t.numel();
  }
  QJsonObject out;
  for (const auto& [name, ce] : g)
    out[QString::fromStdString(name)] = QJsonObject{{"tensors", ce.first}, {"elements", double(ce.second)}};
  return out;
}

QJsonObject describe(const nets::TorchCheckpoint& c, bool listTensors) {
  QJsonObject json;
  json[QStringLiteral("groups")] = groups(c);
  QJsonObject args, values;
  for (const auto& [k, v] : c.arguments) args[QString::fromStdString(k)] = QString::fromStdString(v);
  for (const auto& [k, v] : c.values) values[QString::fromStdString(k)] = QString::fromStdString(v);
  json[QStringLiteral("arguments")] = args;
  json[QStringLiteral("values")] = values;
  if (listTensors) {
    QJsonArray tensors;
    for (const auto& [name, t] : c.tensors) {
      QJsonArray shape;
      for (const auto s : t.sizes()) shape.append(double(s));
      tensors.append(QJsonObject{{"name", QString::fromStdString(name)},
                                 {"dtype", QString::fromStdString(std::string(c10::toString(t.scalar_type())))},
                                 {"shape", shape}});
    }
    json[QStringLiteral("tensors")] = tensors;
  }
  return json;
}

}  // namespace

int runCheckpointInfo(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(
      CliText::tr("Describe a PyTorch checkpoint (torch.save, PyTorch 1.6 or later) without Python: its tensors by "
                  "group, its training arguments and other values. The file is read by a restricted reader that runs "
                  "nothing; a checkpoint that asks to run code is refused."));
  p.addHelpOption();
  p.addOption({QStringLiteral("json"), CliText::tr("Print JSON instead of text.")});
  p.addOption({QStringLiteral("tensors"), CliText::tr("Also list every tensor with its type and shape.")});
  p.addPositionalArgument(QStringLiteral("file"), CliText::tr("The checkpoint (.pth, .pt)."));
  if (const int code = parseArguments(p, args); code >= 0) return code;
  if (p.positionalArguments().size() != 1) {
    printErr(CliText::tr("rrsis checkpoint info: expected exactly one file."));
    return 2;
  }
  nets::TorchCheckpoint c;
  std::string error;
  nets::CheckpointReadOptions shapesOnly;  // sizes and types are all it prints: nothing is loaded
  shapesOnly.readData = false;
  if (!nets::readTorchCheckpoint(p.positionalArguments().front().toStdString(), &c, &error, shapesOnly)) {
    printErr(CliText::tr("rrsis checkpoint info: %1").arg(QString::fromStdString(error)));
    return 1;
  }
  const QJsonObject json = describe(c, p.isSet(QStringLiteral("tensors")));
  if (p.isSet(QStringLiteral("json"))) {
    printOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
    return 0;
  }
  const QJsonObject g = json.value(QStringLiteral("groups")).toObject();
  for (auto it = g.begin(); it != g.end(); ++it)
    printOut(CliText::tr("%1: %2 tensors, %3 elements")
                 .arg(it.key())
                 .arg(it.value()[QStringLiteral("tensors")].toInt())
                 .arg(jsonInteger(it.value()[QStringLiteral("elements")], -1)));
  for (const auto& [k, v] : c.arguments)
    printOut(QStringLiteral("%1 = %2").arg(QString::fromStdString(k), QString::fromStdString(v)));
  for (const auto& [k, v] : c.values)
    printOut(QStringLiteral("%1 = %2").arg(QString::fromStdString(k), QString::fromStdString(v)));
  if (p.isSet(QStringLiteral("tensors")))
    for (const QJsonValue& t : json.value(QStringLiteral("tensors")).toArray()) {
      QStringList shape;
      for (const QJsonValue& s : t[QStringLiteral("shape")].toArray()) shape << QString::number(jsonInteger(s, -1));
      printOut(QStringLiteral("%1  %2  [%3]")
                   .arg(t[QStringLiteral("name")].toString(), t[QStringLiteral("dtype")].toString(),
                        shape.join(QStringLiteral(", "))));
    }
  return 0;
}

}  // namespace rrsis::cli

#pragma once
#include <QStringList>

namespace rrsis::cli {

/** rrsis predict: run a model bundle on an image and write a mask GeoTIFF. */
int runPredict(const QStringList& args);
/** rrsis eval: score a model bundle on a RefSegRS-layout dataset split. */
int runEval(const QStringList& args);
/** rrsis tokenize: print the ids and attention mask a tokenizer gives for a text. */
int runTokenize(const QStringList& args);

void printOut(const QString& text);
void printErr(const QString& text);

}  // namespace rrsis::cli

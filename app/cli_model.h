#pragma once
#include <QStringList>

class QCommandLineParser;
class QRect;

namespace rrsis {
struct SegmenterOptions;
}

namespace rrsis::cli {

/** rrsis predict: run a model bundle on an image and write a mask GeoTIFF. */
int runPredict(const QStringList& args);
/** rrsis eval: score a model bundle on a RefSegRS-layout dataset split. */
int runEval(const QStringList& args);
/** rrsis tokenize: print the ids and attention mask a tokenizer gives for a text. */
int runTokenize(const QStringList& args);

/** rrsis train: train a network and write a model bundle. */
int runTrain(const QStringList& args);

/** rrsis project new / info / add-scene / annotate / export-refsegrs / recover. */
int runProjectNew(const QStringList& args);
int runProjectInfo(const QStringList& args);
int runProjectAddScene(const QStringList& args);
int runProjectAnnotate(const QStringList& args);
int runProjectExport(const QStringList& args);
int runProjectRecover(const QStringList& args);

void printOut(const QString& text);
void printErr(const QString& text);

/** Prints "rrsis project COMMAND: MESSAGE" to stderr and returns `code`. */
int projectFailure(const QString& command, const QString& message, int code = 1);
/** `text` as a whole number within [lo, hi]; false, `*out` untouched, otherwise. */
bool parseInt(const QString& text, int lo, int hi, int* out);
/** `text` as a number within [lo, hi] (NaN never is); false, `*out` untouched, otherwise. */
bool parseDouble(const QString& text, double lo, double hi, double* out);
/** `text` as a seed (any unsigned 64-bit number). */
bool parseSeed(const QString& text, unsigned long long* out);
/** "x,y,w,h" with x, y >= 0 and w, h > 0 (--aoi). */
bool parseAoi(const QString& text, QRect* out);
/** --cpu and --threads, shared by every command that runs a model. */
void addComputeOptions(QCommandLineParser& parser);
/** The options --cpu and --threads ask for; false when --threads is not a count. */
bool computeOptions(const QCommandLineParser& parser, SegmenterOptions* options);
/**
 * A progress bar on stderr: "label[#####     ]  50 % 5/10  ETA 0:01:02" (no ETA when it is
 * negative). On a terminal it is redrawn in place; otherwise one whole line every 5 s and at
 * the end, so a log of a long run stays readable.
 */
void drawProgress(int done, int total, double etaSeconds, const QString& label);

}  // namespace rrsis::cli

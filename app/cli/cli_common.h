#pragma once
#include <functional>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QRect;

namespace rrsis::cli {

/** The translation context of every CLI message: CliText::tr("...") is context "rrsis". */
struct CliText {
  Q_DECLARE_TR_FUNCTIONS(rrsis)
};

/** A line of normal output (stdout, flushed so it stays in order with progress on stderr). */
void printOut(const QString& text);
/** A line of error output (stderr). */
void printErr(const QString& text);
/** Where printOut / printErr text goes instead of stdout / stderr (tests); an empty sink restores them. */
using OutputSink = std::function<void(const QString& text, bool isError)>;
void setOutputSink(OutputSink sink);

/**
 * Parses a command's arguments (args[0] is the program) without ending the process, unlike
 * QCommandLineParser::process: -1 to go on; otherwise the exit code to return, 0 after
 * printing the help (--help), 2 after printing the parser's error (unknown option, missing value).
 */
int parseArguments(QCommandLineParser& parser, const QStringList& args);

/** Prints "rrsis project COMMAND: MESSAGE" to stderr and returns `code`. */
int projectFailure(const QString& command, const QString& message, int code = 1);
/** `text` as a whole number within [lo, hi]; false, `*out` untouched, otherwise. */
bool parseInt(const QString& text, int lo, int hi, int* out);
/** `text` as a number within [lo, hi] (NaN never is); false, `*out` untouched, otherwise. */
bool parseDouble(const QString& text, double lo, double hi, double* out);
/** `text` as a seed (any unsigned 64-bit number; a sign is refused). */
bool parseSeed(const QString& text, unsigned long long* out);
/** "x,y,w,h" with x, y >= 0 and w, h > 0 (--aoi). */
bool parseAoi(const QString& text, QRect* out);
/**
 * A progress bar on stderr: "label[#####     ]  50 % 5/10  ETA 0:01:02" (no ETA when it is
 * negative). On a terminal it is redrawn in place; otherwise one whole line every 5 s and at
 * the end, so a log of a long run stays readable.
 */
void drawProgress(int done, int total, double etaSeconds, const QString& label);

}  // namespace rrsis::cli

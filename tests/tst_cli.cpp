// The rrsis CLI run in-process through rrsis::cli::runCli: exit codes, messages, usage text
// and the number parsing every command shares.
#include <QRect>
#include <QTemporaryDir>
#include <QTest>

#include "cli_common.h"
#include "clicommands.h"
#include "modelcommands.h"

using namespace rrsis::cli;

namespace {

/** What one in-process run printed and returned. */
struct Run {
  int code = -1;
  QString out;
  QString err;
};

Run run(const QStringList& words) {
  Run r;
  setOutputSink([&r](const QString& text, bool isError) { (isError ? r.err : r.out) += text + QLatin1Char('\n'); });
  r.code = runCli(QStringList{QStringLiteral("rrsis")} + words);
  setOutputSink({});
  return r;
}

}  // namespace

class TestCli : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { installModelCommands(); }

  void modelCommand_withoutTheEngine_failsWithOne_andSaysSo() {
    setModelCommandRunner({});
    const Run r = run({"eval", "--model", "m", "--dataset", "d"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("rrsis eval: this build of rrsis has no model engine."), qPrintable(r.err));
    installModelCommands();
    // With the engine in this process, the same command gets as far as the missing bundle.
    const Run again = run({"eval", "--model", "/nonexistent/m", "--dataset", "d"});
    QCOMPARE(again.code, 1);
    QVERIFY2(!again.err.contains("no model engine"), qPrintable(again.err));
  }

  void info_onAMissingFile_failsWithOne_andSaysWhy() {
    QTemporaryDir dir;
    const Run r = run({"info", dir.filePath("no_such_file.tif")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith("rrsis info: ") && r.err.contains("does not exist"), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
  }

  void unknownCommand_failsWithTwo_andTheUsageListsEveryCommand() {
    const Run r = run({"frobnicate"});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("Unknown command “frobnicate”."), qPrintable(r.err));
    for (const Command& c : commands()) QVERIFY2(r.err.contains(QString("  %1 ").arg(c.name)), c.name);
  }

  void noCommand_printsTheUsage_withoutComplaining() {
    const Run r = run({});
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.contains("Unknown command"));
    QVERIFY(r.err.contains("Usage: rrsis <command> [options]"));
  }

  void groupWord_listsOnlyItsCommands_data() {
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("complaint");
    QTest::newRow("project alone") << QStringList{"project"} << QString();
    QTest::newRow("unknown project command") << QStringList{"project", "frob"} << "Unknown command “project frob”.";
    QTest::newRow("dataset alone") << QStringList{"dataset"} << QString();
  }
  void groupWord_listsOnlyItsCommands() {
    QFETCH(QStringList, words);
    QFETCH(QString, complaint);
    const Run r = run(words);
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.contains("Unknown command"), !complaint.isEmpty());
    if (!complaint.isEmpty()) QVERIFY2(r.err.contains(complaint), qPrintable(r.err));
    for (const Command& c : commands())
      QCOMPARE(r.err.contains(QString("  %1 ").arg(c.name)), QString(c.name).startsWith(words[0] + ' '));
  }

  void usageErrors_exitWithTwo_andNameTheProblem_data() {
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("message");
    QTest::newRow("predict without model")
        << QStringList{"predict", "--image", "i", "--text", "t", "--out", "o"} << "rrsis predict: --model is required.";
    QTest::newRow("predict threshold") << QStringList{"predict", "--model", "m", "--image",     "i",  "--text",
                                                      "t",       "--out",   "o", "--threshold", "1.5"}
                                       << "--threshold within 0..1";
    QTest::newRow("predict bad aoi") << QStringList{"predict", "--model", "m", "--image", "i",    "--text",
                                                    "t",       "--out",   "o", "--aoi",   "1,2,3"}
                                     << "--aoi must be x,y,w,h";
    QTest::newRow("info without file") << QStringList{"info"} << "rrsis info: expected exactly one file.";
    QTest::newRow("unknown option") << QStringList{"info", "--bogus", "x.tif"} << "rrsis info: Unknown option 'bogus'.";
    QTest::newRow("missing option value")
        << QStringList{"synth", "--out"} << "rrsis synth: Missing value after '--out'.";
    QTest::newRow("synth-scene width") << QStringList{"synth-scene", "--out", "x.tif", "--width", "10"}
                                       << "width and height must be 64..20000";
    QTest::newRow("synth count junk") << QStringList{"synth", "--out", "x", "--count", "12abc"} << "--count 1..1000000";
    QTest::newRow("eval protocol") << QStringList{"eval", "--model", "m", "--dataset", "d", "--protocol", "coco"}
                                   << "--protocol is lavt or native";
    QTest::newRow("tokenize without vocab") << QStringList{"tokenize", "text"} << "give either --vocab or --spm";
    QTest::newRow("project info without file")
        << QStringList{"project", "info"} << "rrsis project info: expected 1 argument(s)";
    QTest::newRow("export shares") << QStringList{"project", "export-refsegrs", "p.rrsisproj", "--out", "x", "--train",
                                                  "0.9",     "--val",           "0.2"}
                                   << "train + val <= 1";
    QTest::newRow("dataset without folders")
        << QStringList{"dataset", "from-classes", "--classes", "c.json", "--out", "o"} << "give --images and --masks";
    QTest::newRow("dataset scales") << QStringList{"dataset", "from-classes", "--root", "r",        "--classes",
                                                   "c.json",  "--out",        "o",      "--scales", "1,x"}
                                    << "--scales must be distinct whole numbers";
    QTest::newRow("dataset seed") << QStringList{"dataset", "from-classes", "--root", "r",      "--classes",
                                                 "c.json",  "--out",        "o",      "--seed", "-3"}
                                  << "--seed must be a whole number";
  }
  void usageErrors_exitWithTwo_andNameTheProblem() {
    QFETCH(QStringList, words);
    QFETCH(QString, message);
    const Run r = run(words);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
  }

  void help_isPrinted_andEndsTheCommandWithZero() {
    const Run r = run({"info", "--help"});
    QCOMPARE(r.code, 0);
    QVERIFY2(
        r.out.contains("--json") && r.out.contains("Print the metadata of a raster file, or describe a model bundle"),
        qPrintable(r.out));
  }

  void everyModelCommand_isFoundByTheEngine_andPrintsItsOwnHelp() {
    // The table names the commands that run a model; modelcommands.cpp must know each name.
    int modelCommands = 0;
    for (const Command& c : commands()) {
      if (c.run) continue;
      ++modelCommands;
      const Run r = run(QString::fromLatin1(c.name).split(' ') + QStringList{"--help"});
      // (In-process the usage line names the test program; the options are the command's own.)
      QVERIFY2(r.code == 0 && r.out.contains("Usage: ") && r.out.contains("--help") && r.err.isEmpty(), c.name);
    }
    QCOMPARE(modelCommands, 6);
  }

  void version_isPrinted() {
    const Run r = run({"--version"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("rrsis "));
  }

  void parseInt_refusesWhatIsNotAWholeNumberInRange_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("lo");
    QTest::addColumn<int>("hi");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("value");
    QTest::newRow("plain") << "12" << 0 << 100 << true << 12;
    QTest::newRow("bounds are inside") << "100" << 0 << 100 << true << 100;
    QTest::newRow("negative in range") << "-5" << -10 << 10 << true << -5;
    QTest::newRow("above") << "101" << 0 << 100 << false << 0;
    QTest::newRow("below") << "-1" << 0 << 100 << false << 0;
    QTest::newRow("trailing junk") << "12abc" << 0 << 100 << false << 0;
    QTest::newRow("fraction") << "1.5" << 0 << 100 << false << 0;
    QTest::newRow("hex") << "0x10" << 0 << 100 << false << 0;
    QTest::newRow("empty") << "" << 0 << 100 << false << 0;
    QTest::newRow("overflow") << "2147483648" << 0 << 2147483647 << false << 0;
    QTest::newRow("far overflow") << "99999999999999999999" << 0 << 2147483647 << false << 0;
  }
  void parseInt_refusesWhatIsNotAWholeNumberInRange() {
    QFETCH(QString, text);
    QFETCH(int, lo);
    QFETCH(int, hi);
    QFETCH(bool, ok);
    QFETCH(int, value);
    int out = 777;
    QCOMPARE(parseInt(text, lo, hi, &out), ok);
    QCOMPARE(out, ok ? value : 777);  // untouched when refused
  }

  void parseDouble_refusesNaNInfinityAndJunk_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    QTest::newRow("plain") << "0.25" << true << 0.25;
    QTest::newRow("exponent") << "5e-1" << true << 0.5;
    QTest::newRow("upper bound") << "1" << true << 1.0;
    QTest::newRow("above") << "1.0001" << false << 0.0;
    QTest::newRow("below") << "-0.1" << false << 0.0;
    QTest::newRow("nan") << "nan" << false << 0.0;
    QTest::newRow("NaN") << "NaN" << false << 0.0;
    QTest::newRow("infinity") << "inf" << false << 0.0;
    QTest::newRow("overflow") << "1e400" << false << 0.0;
    QTest::newRow("trailing junk") << "0.5x" << false << 0.0;
    QTest::newRow("comma decimal") << "0,5" << false << 0.0;
    QTest::newRow("empty") << "" << false << 0.0;
  }
  void parseDouble_refusesNaNInfinityAndJunk() {
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(double, value);
    double out = 7.0;
    QCOMPARE(parseDouble(text, 0.0, 1.0, &out), ok);
    QCOMPARE(out, ok ? value : 7.0);
  }

  void parseSeed_takesEveryUnsigned64BitNumber_andNothingElse_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qulonglong>("value");
    QTest::newRow("zero") << "0" << true << qulonglong(0);
    QTest::newRow("largest") << "18446744073709551615" << true << qulonglong(18446744073709551615ull);
    QTest::newRow("one past the largest") << "18446744073709551616" << false << qulonglong(0);
    QTest::newRow("negative") << "-1" << false << qulonglong(0);
    QTest::newRow("plus sign") << "+1" << false << qulonglong(0);
    QTest::newRow("fraction") << "1.5" << false << qulonglong(0);
    QTest::newRow("junk") << "seven" << false << qulonglong(0);
    QTest::newRow("trailing junk") << "7x" << false << qulonglong(0);
    QTest::newRow("empty") << "" << false << qulonglong(0);
  }
  void parseSeed_takesEveryUnsigned64BitNumber_andNothingElse() {
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qulonglong, value);
    unsigned long long out = 42;
    QCOMPARE(parseSeed(text, &out), ok);
    QCOMPARE(qulonglong(out), ok ? value : qulonglong(42));
  }

  void parseAoi_needsFourNumbersWithAPositiveSize() {
    QRect r;
    QVERIFY(parseAoi("1, 2, 30, 40", &r));
    QCOMPARE(r, QRect(1, 2, 30, 40));
    for (const char* bad : {"1,2,3", "1,2,3,4,5", "-1,0,3,4", "0,0,0,4", "0,0,4,-4", "a,b,c,d", ""})
      QVERIFY2(!parseAoi(bad, &r), bad);
  }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

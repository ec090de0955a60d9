// rrsis-studio: the RRSIS Studio desktop application.
#include <csignal>
#include <cstdio>
#include <memory>
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include "engineloader.h"
#include "mainwindow.h"
#include "util/processmemory.h"
#include "preferences.h"
#include "querycontroller.h"
#include "scriptedsession.h"
#include "tiledview.h"

namespace {

/** Installs the studio's and Qt's translations for the preferred or the system language. */
void installTranslations(QApplication& app, const QString& language) {
  const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
  QLocale::setDefault(locale);
  auto* own = new QTranslator(&app);
  if (own->load(locale, QStringLiteral("rrsis"), QStringLiteral("_"), QStringLiteral(":/i18n")))
    QApplication::installTranslator(own);
  auto* qt = new QTranslator(&app);
  if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QApplication::installTranslator(qt);
}

/**
 * --startup-trace: one line on stderr as each step of start-up is reached (the window is up,
 * the first tiles are drawn, the model engine has loaded, the model is ready), then quits once
 * all four are. bench/bench_studio_startup times the lines from outside the process.
 */
void traceStartUp(rrsis::ui::MainWindow& window) {
  auto seen = std::make_shared<QStringList>();
  auto step = [seen](const QString& what) {
    if (seen->contains(what)) return;
    seen->append(what);
    std::fprintf(stderr, "rrsis-studio: startup: %s\n", qPrintable(what));
    std::fflush(stderr);
    if (seen->size() == 4) QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
  };
  QTimer::singleShot(0, &window, [step] { step(QStringLiteral("window")); });
  QObject::connect(window.view(), &rrsis::ui::TiledView::renderComplete, &window,
                   [step] { step(QStringLiteral("tiles")); });
  auto& engine = rrsis::ui::EngineLoader::instance();
  if (engine.engine()) QTimer::singleShot(0, &window, [step] { step(QStringLiteral("engine")); });
  QObject::connect(&engine, &rrsis::ui::EngineLoader::loaded, &window, [step] { step(QStringLiteral("engine")); });
  QObject::connect(window.queryController(), &rrsis::ui::QueryController::modelReady, &window,
                   [step](bool ok, const QString& message) {
                     step(ok ? QStringLiteral("model") : QStringLiteral("model failed: ") + message);
                   });
  QObject::connect(&engine, &rrsis::ui::EngineLoader::failed, &window, [](const QString& message) {
    std::fprintf(stderr, "rrsis-studio: startup: engine failed: %s\n", qPrintable(message));
    QCoreApplication::exit(1);
  });
}

}  // namespace

int main(int argc, char** argv) {
  // A file-size limit makes writes fail with EFBIG (reported, nothing half-written) instead of
  // killing the process.
  std::signal(SIGXFSZ, SIG_IGN);
  rrsis::configureProcessMemory();
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("RRSIS Studio"));
  QApplication::setApplicationName(QStringLiteral("RRSIS Studio"));
  QApplication::setApplicationVersion(QStringLiteral(RRSIS_VERSION));

  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("RRSIS Studio: referring remote sensing image segmentation"));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument(QStringLiteral("image"), QStringLiteral("An image to open."));
  parser.addOption({QStringLiteral("screenshot"),
                    QStringLiteral("Save a screenshot of the window to FILE once the view is drawn, then quit."),
                    QStringLiteral("file")});
  parser.addOption({QStringLiteral("model"), QStringLiteral("A model bundle to load (default: the last one used)."),
                    QStringLiteral("bundle")});
  // Hidden options for the crash-recovery test (tests/tst_crashrecovery.cpp).
  QCommandLineOption scriptEdits(QStringLiteral("script-edits"), QString(), QStringLiteral("count"));
  QCommandLineOption scriptSave(QStringLiteral("script-save"), QString(), QStringLiteral("file"));
  QCommandLineOption scriptRecover(QStringLiteral("script-recover"), QString(), QStringLiteral("file"));
  // Hidden: start-up timing for bench/bench_studio_startup.
  QCommandLineOption startupTrace(QStringLiteral("startup-trace"), QString());
  for (QCommandLineOption* o : {&scriptEdits, &scriptSave, &scriptRecover, &startupTrace}) {
    o->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(*o);
  }
  parser.process(app);

  installTranslations(app, rrsis::ui::Preferences::load().language);

  auto& engine = rrsis::ui::EngineLoader::instance();
  // RRSIS_ENGINE_FIRST=1 loads LibTorch before the window, as the studio did when it linked
  // LibTorch: the reference run of bench/bench_studio_startup.
  if (qEnvironmentVariableIntValue("RRSIS_ENGINE_FIRST") == 1)
    engine.wait();
  else
    engine.setAutoStart(false);  // a model asked for at start-up waits for the start below
  rrsis::ui::MainWindow window;
  if (parser.isSet(startupTrace)) traceStartUp(window);
  window.show();
  // LibTorch takes most of a second to load, on a background thread, and while dlopen() maps it
  // it holds the dynamic loader's lock, which GDAL's drivers and Qt's plugins also need: so the
  // load starts once the first tiles are drawn (or the scene failed to open), at once when no
  // scene is opened, and after 1.5 s at the latest.
  const auto startEngine = [] { rrsis::ui::EngineLoader::instance().start(); };
  QObject::connect(window.view(), &rrsis::ui::TiledView::renderComplete, &engine, startEngine);
  QObject::connect(&window, &rrsis::ui::MainWindow::sceneOpened, &engine, [startEngine](bool ok, const QString&) {
    if (!ok) startEngine();
  });
  const QStringList args = parser.positionalArguments();
  rrsis::ui::ScriptedSession script(&window);
  if (parser.isSet(scriptRecover)) return script.recoverTo(parser.value(scriptRecover));
  if (parser.isSet(scriptEdits)) {
    window.setQuietErrors(true);
    script.runEdits(parser.value(scriptEdits).toInt(), 60, parser.value(scriptSave), 7);
  }
  window.startUp(args.isEmpty() ? QString() : args.front());
  QTimer::singleShot(args.isEmpty() ? 0 : 1500, &engine, startEngine);
  QString model = parser.value(QStringLiteral("model"));
  if (model.isEmpty() && !rrsis::ui::Preferences::recentModels().isEmpty() &&
      QFileInfo::exists(rrsis::ui::Preferences::recentModels().front()))
    model = rrsis::ui::Preferences::recentModels().front();
  if (!model.isEmpty()) window.openModel(model);

  if (parser.isSet(QStringLiteral("screenshot"))) {
    // Grab the window once the view has every visible tile (or after 20 s), then quit.
    const QString file = parser.value(QStringLiteral("screenshot"));
    auto grab = [&window, file] {
      window.grab().save(file);
      QApplication::quit();
    };
    QObject::connect(window.view(), &rrsis::ui::TiledView::renderComplete, &window,
                     [grab] { QTimer::singleShot(300, grab); });
    QObject::connect(&window, &rrsis::ui::MainWindow::sceneOpened, &window, [grab](bool ok, const QString&) {
      if (!ok) QTimer::singleShot(300, grab);
    });
    QTimer::singleShot(20000, grab);
  }
  return app.exec();
}

// rrsis-studio: the RRSIS Studio desktop application.
#include <csignal>
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include "mainwindow.h"
#include "util/processmemory.h"
#include "preferences.h"
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
  parser.addOption({QStringLiteral("model"),
                    QStringLiteral("A model bundle to load (default: the last one used)."),
                    QStringLiteral("bundle")});
  // Hidden options for the crash-recovery test (tests/tst_crashrecovery.cpp).
  QCommandLineOption scriptEdits(QStringLiteral("script-edits"), QString(), QStringLiteral("count"));
  QCommandLineOption scriptSave(QStringLiteral("script-save"), QString(), QStringLiteral("file"));
  QCommandLineOption scriptRecover(QStringLiteral("script-recover"), QString(), QStringLiteral("file"));
  for (QCommandLineOption* o : {&scriptEdits, &scriptSave, &scriptRecover}) {
    o->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(*o);
  }
  parser.process(app);

  installTranslations(app, rrsis::ui::Preferences::load().language);

  rrsis::ui::MainWindow window;
  window.show();
  const QStringList args = parser.positionalArguments();
  rrsis::ui::ScriptedSession script(&window);
  if (parser.isSet(scriptRecover))
    return script.recoverTo(parser.value(scriptRecover));
  if (parser.isSet(scriptEdits)) {
    window.setQuietErrors(true);
    script.runEdits(parser.value(scriptEdits).toInt(), 60, parser.value(scriptSave), 7);
  }
  window.startUp(args.isEmpty() ? QString() : args.front());
  QString model = parser.value(QStringLiteral("model"));
  if (model.isEmpty() && !rrsis::ui::Preferences::recentModels().isEmpty() &&
      QFileInfo::exists(rrsis::ui::Preferences::recentModels().front()))
    model = rrsis::ui::Preferences::recentModels().front();
  if (!model.isEmpty())
    window.openModel(model);

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
      if (!ok)
        QTimer::singleShot(300, grab);
    });
    QTimer::singleShot(20000, grab);
  }
  return app.exec();
}

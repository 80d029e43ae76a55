// netsteps: the window. With --screenshot it renders one state to a PNG and exits, with
// --export-dir every step's stage as slides, with or without a display.

#include "launchoptions.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QSettings>

#include <cstdio>

using namespace NetSteps;

namespace {

bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

// Whether the command line asks for something that needs no display: a screenshot, slides or
// the usage.
bool worksWithoutDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrncmp(argv[i], "--screenshot", 12) == 0 || qstrncmp(argv[i], "--export-dir", 12) == 0
            || qstrcmp(argv[i], "--help") == 0 || qstrcmp(argv[i], "-h") == 0)
            return true;
    }
    return false;
}

// The language of the desktop session (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, in Qt's order): the
// first of its languages NetSteps has. Every Chinese locale reads the Simplified Chinese translation,
// the only Chinese one; a session in neither language gets English.
QString systemLanguage()
{
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QLocale::Language language = QLocale(name).language();
        if (language == QLocale::Chinese)
            return QStringLiteral("zh_CN");
        if (language == QLocale::English)
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

// The window's language: --lang, else English for a screenshot or slides (so that they are the
// same on every machine), else the one last chosen in the window, else the session's.
QString startLanguage(const LaunchOptions &options)
{
    if (!options.language.isEmpty())
        return options.language;
    if (options.rendersAndExits())
        return QStringLiteral("en");
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    return availableLanguages().contains(chosen) ? chosen : systemLanguage();
}

} // namespace

int main(int argc, char *argv[])
{
    const bool platformChosen = qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
    if (!hasDisplay() && !platformChosen) {
        // Bad options are reported as such before anything is said about the display.
        QStringList arguments;
        for (int i = 1; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        if (const Parsed<LaunchOptions> early = LaunchOptions::parse(arguments); !early) {
            std::fprintf(stderr, "netsteps: %s\n", qPrintable(early.error().message));
            return 2;
        }
        if (worksWithoutDisplay(argc, argv)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        } else {
            std::fprintf(stderr,
                         "netsteps: no display is available (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                         "Run it on a desktop, render a state with\n"
                         "  netsteps --lesson tcp-handshake --step 3 --screenshot out.png\n"
                         "or use the headless tool: netsteps-cli --help\n");
            return 3;
        }
    }

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("NetSteps"));
    QCoreApplication::setApplicationName(QStringLiteral("NetSteps"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETSTEPS_VERSION));
    // Wayland compositors find the window's menu entry, and so its icon, by this name.
    QApplication::setDesktopFileName(QStringLiteral("io.github.netsteps.NetSteps"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/netsteps.svg")));

    // A bad command line is reported in the language the user would have got.
    installTranslations(startLanguage(LaunchOptions()));
    const Parsed<LaunchOptions> options = LaunchOptions::parse(app.arguments().mid(1));
    if (!options) {
        std::fprintf(stderr, "netsteps: %s\n", qPrintable(options.error().message));
        return 2;
    }
    const QString language = startLanguage(*options);
    installTranslations(language);
    if (options->help) {
        std::fprintf(stdout, "%s", qPrintable(LaunchOptions::usage()));
        return 0;
    }

    MainWindow window;
    window.setLanguage(language); // also shows it in the window's language box
    LaunchOptions effective = *options;
    // Where the user left off, unless a lesson is asked for (--live alone performs the handshake).
    if (effective.lesson.isEmpty() && !effective.live)
        effective.lesson = MainWindow::lastLesson();
    if (effective.lesson.isEmpty())
        effective.lesson = QStringLiteral("tcp-handshake");
    if (const QString error = effective.apply(window); !error.isEmpty()) {
        std::fprintf(stderr, "netsteps: %s\n", qPrintable(error));
        return 2;
    }
    if (window.currentLesson().isEmpty()) // the last lesson came from a lessons folder not loaded now
        window.openLesson(QStringLiteral("tcp-handshake"));
    if (options->rendersAndExits()) {
        const QString error =
            options->exportDir.isEmpty() ? options->renderScreenshot(window) : options->exportSlides(window);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "netsteps: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }
    window.restorePreferences();
    window.show();
    return app.exec();
}

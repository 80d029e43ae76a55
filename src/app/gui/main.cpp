// netsteps: the window. With --screenshot it renders one state to a PNG and exits, with or
// without a display.

#include "launchoptions.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QIcon>
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

// Whether the command line asks for something that needs no display: a screenshot or the usage.
bool worksWithoutDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrncmp(argv[i], "--screenshot", 12) == 0 || qstrcmp(argv[i], "--help") == 0
            || qstrcmp(argv[i], "-h") == 0)
            return true;
    }
    return false;
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
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/netsteps.svg")));

    installTranslations(QStringLiteral("en")); // English's plural forms, until a language is chosen
    const Parsed<LaunchOptions> options = LaunchOptions::parse(app.arguments().mid(1));
    if (!options) {
        std::fprintf(stderr, "netsteps: %s\n", qPrintable(options.error().message));
        return 2;
    }
    if (options->help) {
        std::fprintf(stdout, "%s", qPrintable(LaunchOptions::usage()));
        return 0;
    }

    if (options->language.isEmpty() && options->screenshot.isEmpty())
        installTranslations(QSettings().value(QStringLiteral("language"), QStringLiteral("en")).toString());

    MainWindow window;
    LaunchOptions effective = *options;
    if (effective.lesson.isEmpty())
        effective.lesson = QStringLiteral("tcp-handshake");
    if (!effective.language.isEmpty() || !options->screenshot.isEmpty())
        window.setLanguage(effective.language.isEmpty() ? QStringLiteral("en") : effective.language);
    if (const QString error = effective.apply(window); !error.isEmpty()) {
        std::fprintf(stderr, "netsteps: %s\n", qPrintable(error));
        return 2;
    }
    if (!options->screenshot.isEmpty()) {
        if (const QString error = effective.renderScreenshot(window); !error.isEmpty()) {
            std::fprintf(stderr, "netsteps: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }
    window.resize(1280, 800);
    window.show();
    return app.exec();
}

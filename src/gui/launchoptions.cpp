#include "launchoptions.h"

#include "ladderview.h"
#include "lessonloader.h"
#include "livesession.h"
#include "mainwindow.h"
#include "playbackcontroller.h"
#include "scenarioregistry.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>
#include <QImageWriter>
#include <QPixmap>

namespace NetSteps {

QString LaunchOptions::usage()
{
    return tr("Usage: netsteps [--lesson ID] [--step N] [--seed N] [--hosts N] [--lang en|zh_CN]\n"
              "                [--live] [--screenshot FILE.png] [--size WxH] [--lessons-dir DIR]\n"
              "       netsteps --lesson ID --export-dir DIR [--format png|svg] [--size WxH]\n"
              "\n"
              "  --lesson ID        open this lesson (netsteps-cli scenarios lists them)\n"
              "  --step N           show step N (0 is the initial state)\n"
              "  --seed N           seed for sequence numbers, ports and MAC addresses (default 1)\n"
              "  --hosts N          hosts per LAN in the ARP lessons (2 to 253 on a /24; default 4)\n"
              "  --lang L           interface language: en or zh_CN (English for screenshots and\n"
              "                     slides unless given)\n"
              "  --screenshot FILE  render the window to a PNG file and exit (works without a display)\n"
              "  --export-dir DIR   write the stage of every step to DIR as slides, LESSON-000.png,\n"
              "                     LESSON-001.png, ..., and exit (works without a display)\n"
              "  --format F         the slides' format: png (the default) or svg\n"
              "  --size WxH         window size for the screenshot or the slides (default 1280x800)\n"
              "  --live             perform the lesson with real sockets on 127.0.0.1 (Live mode)\n"
              "  --lessons-dir DIR  also load the lesson files in DIR (netsteps-cli lessons --check DIR\n"
              "                     checks them); they replace built-in lessons with the same id\n"
              "\n"
              "Without --lesson the window reopens the lesson it showed when it was last closed.\n");
}

Parsed<LaunchOptions> LaunchOptions::parse(const QStringList &arguments)
{
    LaunchOptions options;
    const auto error = [](const QString &message) { return ParseError{message, -1, 0, -1}; };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString name = arguments[i];
        QString value;
        const qsizetype eq = name.indexOf(u'=');
        const bool inlineValue = name.startsWith(QLatin1String("--")) && eq > 0;
        if (inlineValue) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
            options.help = true;
            continue;
        }
        if (name == QLatin1String("--live")) {
            options.live = true;
            continue;
        }
        static const QStringList valued = {QStringLiteral("--lesson"), QStringLiteral("--step"),
                                           QStringLiteral("--seed"), QStringLiteral("--lang"),
                                           QStringLiteral("--screenshot"), QStringLiteral("--size"),
                                           QStringLiteral("--hosts"), QStringLiteral("--lessons-dir"),
                                           QStringLiteral("--export-dir"), QStringLiteral("--format")};
        if (!valued.contains(name)) {
            // Qt's own options (-platform, -style, ...) were removed by QApplication already.
            return error(tr("unknown option '%1' (see netsteps --help)").arg(arguments[i]));
        }
        if (!inlineValue) {
            if (i + 1 >= arguments.size())
                return error(tr("option %1 needs a value").arg(name));
            value = arguments[++i];
        }
        if (name == QLatin1String("--lesson")) {
            options.lesson = value; // checked below, where the lessons folder is known
        } else if (name == QLatin1String("--lessons-dir")) {
            if (!QFileInfo(value).isDir())
                return error(tr("invalid --lessons-dir '%1': there is no such folder").arg(value));
            options.lessonsDir = value;
        } else if (name == QLatin1String("--step")) {
            bool ok = false;
            const int step = value.toInt(&ok);
            if (!ok || step < 0)
                return error(tr("invalid --step '%1': expected a step number, 0 or more").arg(value));
            options.step = step;
        } else if (name == QLatin1String("--seed")) {
            bool ok = false;
            options.seed = value.toULongLong(&ok);
            if (!ok)
                return error(tr("invalid --seed '%1': expected a non-negative integer").arg(value));
        } else if (name == QLatin1String("--hosts")) {
            bool ok = false;
            const int hosts = value.toInt(&ok);
            if (!ok)
                return error(tr("invalid --hosts '%1': expected a number of hosts").arg(value));
            options.hosts = hosts;
        } else if (name == QLatin1String("--lang")) {
            if (!availableLanguages().contains(value))
                return error(tr("unknown language '%1' (use en or zh_CN)").arg(value));
            options.language = value;
        } else if (name == QLatin1String("--screenshot")) {
            if (value.isEmpty())
                return error(tr("--screenshot needs a file name"));
            options.screenshot = value;
        } else if (name == QLatin1String("--export-dir")) {
            if (value.isEmpty())
                return error(tr("--export-dir needs a folder"));
            options.exportDir = value;
        } else if (name == QLatin1String("--format")) {
            options.format = StageExporter::formatFromName(value);
            if (!options.format)
                return error(tr("invalid --format '%1': expected png or svg").arg(value));
        } else if (name == QLatin1String("--size")) {
            const QStringList parts = value.split(u'x');
            bool okW = false;
            bool okH = false;
            const int w = parts.size() == 2 ? parts[0].toInt(&okW) : 0;
            const int h = parts.size() == 2 ? parts[1].toInt(&okH) : 0;
            if (!okW || !okH || w < 320 || h < 240 || w > 7680 || h > 4320)
                return error(tr("invalid --size '%1': expected WIDTHxHEIGHT between 320x240 and 7680x4320").arg(value));
            options.size = QSize(w, h);
        }
    }
    // A scenario's id, or a lesson's (a reference lesson has no scenario).
    if (!options.lesson.isEmpty() && !ScenarioRegistry::find(options.lesson)) {
        const LessonCollection lessons = LessonLoader::loadAll(options.lessonsDir);
        if (!lessons.find(options.lesson)) {
            QStringList known;
            for (const Lesson &lesson : lessons.lessons)
                known.append(lesson.id);
            for (const QString &id : ScenarioRegistry::ids()) {
                if (!known.contains(id))
                    known.append(id);
            }
            return error(tr("unknown lesson '%1'; known: %2").arg(options.lesson, known.join(QStringLiteral(", "))));
        }
    }
    if (options.step && options.lesson.isEmpty())
        return error(tr("--step needs --lesson"));
    if (options.hosts) {
        const ScenarioInfo *info = ScenarioRegistry::find(options.lesson);
        if (!info || info->topic != QLatin1String("arp"))
            return error(tr("--hosts needs an ARP lesson (--lesson arp-…)"));
        ScenarioParameters parameters;
        parameters.lan.hostsPerLan = *options.hosts;
        if (const std::optional<ParseError> problem = ScenarioRegistry::check(options.lesson, parameters))
            return error(tr("invalid --hosts '%1': %2").arg(*options.hosts).arg(problem->message));
    }
    if (!options.screenshot.isEmpty() && options.lesson.isEmpty())
        return error(tr("--screenshot needs --lesson"));
    if (options.format && options.exportDir.isEmpty())
        return error(tr("--format needs --export-dir (a screenshot is always a PNG)"));
    if (!options.exportDir.isEmpty()) {
        if (options.lesson.isEmpty())
            return error(tr("--export-dir needs --lesson"));
        if (!options.screenshot.isEmpty())
            return error(tr("--export-dir and --screenshot cannot be combined: choose slides of every step or one "
                            "screenshot"));
        if (options.step)
            return error(tr("--export-dir writes every step: leave out --step"));
        if (options.live)
            return error(tr("--export-dir writes the model's steps: leave out --live"));
        if (!ScenarioRegistry::find(options.lesson))
            return error(tr("--export-dir needs a lesson with steps; %1 is pages to read").arg(options.lesson));
    }
    return options;
}

QString LaunchOptions::apply(MainWindow &window) const
{
    if (!language.isEmpty())
        window.setLanguage(language);
    if (!lessonsDir.isEmpty())
        window.loadLessons(lessonsDir);
    if (lesson.isEmpty())
        return {};
    window.openLesson(lesson, seed);
    if (hosts) {
        ScenarioParameters parameters = window.parameters();
        parameters.lan.hostsPerLan = *hosts;
        window.setParameters(parameters);
    }
    if (step && *step > window.lastStep())
        return tr("step %1 is out of range: lesson %2 has steps 0 to %3").arg(*step).arg(lesson).arg(window.lastStep());
    if (live && !window.setLive(true))
        return tr("lesson %1 cannot run live here: %2").arg(lesson, window.liveUnavailableReason());
    if (step)
        window.playback()->seek(*step);
    if (live) {
        // Let the real sockets reach the step shown (each step waits at most a few seconds).
        QDeadlineTimer deadline(30000);
        while (window.liveSession()->nextStep() <= window.playback()->step() && !deadline.hasExpired()) {
            QEventLoop loop;
            QTimer::singleShot(50, &loop, &QEventLoop::quit);
            loop.exec();
        }
    }
    return {};
}

QString LaunchOptions::exportSlides(MainWindow &window) const
{
    window.resize(size);
    window.show();
    QCoreApplication::processEvents();
    const StageExporter::Series series = StageExporter::exportLesson(
        window, exportDir, format.value_or(StageExporter::Format::Png), MainWindow::slideScale);
    return series.error;
}

QString LaunchOptions::renderScreenshot(MainWindow &window) const
{
    window.resize(size);
    window.show();
    QCoreApplication::processEvents();
    // Lay out again at the final size so every view fits it.
    window.playback()->seek(window.playback()->step());
    // A slide of a checkpoint step shows its answer: there is nobody to ask.
    window.revealCheckpoint();
    QCoreApplication::processEvents();
    const QPixmap pixmap = window.grab();
    QImageWriter writer(screenshot, "png");
    if (!writer.write(pixmap.toImage()))
        return tr("cannot write '%1': %2").arg(screenshot, writer.errorString());
    return {};
}

} // namespace NetSteps

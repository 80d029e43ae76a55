#include "stageexporter.h"

#include "mainwindow.h"
#include "playbackcontroller.h"
#include "scenarioregistry.h"
#include "widgetsvgwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QLayout>
#include <QSaveFile>
#include <QWidget>

namespace NetSteps {

namespace {

QString writePng(QWidget *stage, QSaveFile &out, const QString &title, const QString &description, qreal scale)
{
    // Rendered rather than grabbed, so that a scale draws every line and glyph at the higher
    // resolution instead of enlarging the screen's pixels.
    const qreal ratio = stage->devicePixelRatioF() * scale;
    QImage image((QSizeF(stage->size()) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(stage->palette().window().color());
    stage->render(&image);
    image.setText(QStringLiteral("Title"), title);
    image.setText(QStringLiteral("Description"), description);
    QImageWriter writer(&out, "png");
    if (!writer.write(image))
        return writer.errorString();
    return {};
}

QString writeSvg(QWidget *stage, QSaveFile &out, const QString &title, const QString &description, qreal scale)
{
    // Bitmaps at twice the slide's scale: sharp on a projector that enlarges the slide again.
    const QByteArray svg = WidgetSvgWriter(title, description).write(stage, scale, 2 * scale * stage->devicePixelRatioF());
    if (out.write(svg) != svg.size())
        return out.errorString();
    return {};
}

} // namespace

std::optional<StageExporter::Format> StageExporter::formatFromName(QStringView name)
{
    if (name.compare(u"png", Qt::CaseInsensitive) == 0)
        return Format::Png;
    if (name.compare(u"svg", Qt::CaseInsensitive) == 0)
        return Format::Svg;
    return std::nullopt;
}

std::optional<StageExporter::Format> StageExporter::formatFromFileName(const QString &file)
{
    return formatFromName(QFileInfo(file).suffix());
}

QString StageExporter::suffix(Format format)
{
    return format == Format::Png ? QStringLiteral("png") : QStringLiteral("svg");
}

QString StageExporter::seriesFileName(const QString &lesson, int step, Format format)
{
    return QStringLiteral("%1-%2.%3").arg(lesson).arg(step, 3, 10, QLatin1Char('0')).arg(suffix(format));
}

QString StageExporter::exportWidget(QWidget *stage, const QString &file, Format format, const QString &title,
                                    const QString &description, qreal scale)
{
    // A file half written (a full disk, a failing painter) never replaces a good one.
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString());
    const QString problem = format == Format::Png ? writePng(stage, out, title, description, scale)
                                                  : writeSvg(stage, out, title, description, scale);
    if (!problem.isEmpty()) {
        out.cancelWriting();
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(file), problem);
    }
    if (!out.commit())
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString());
    return {};
}

StageExporter::Series StageExporter::exportLesson(MainWindow &window, const QString &directory, Format format,
                                                  qreal scale, const Progress &progress)
{
    Series series;
    const Scenario *scenario = window.scenario();
    if (!scenario) {
        series.error = tr("Choose a lesson first.");
        return series;
    }
    if (window.isLive()) {
        series.error = tr("A lesson is exported as the model shows it: switch to Simulated mode first.");
        return series;
    }
    const QDir folder(directory);
    if (!QDir().mkpath(folder.absolutePath())) {
        series.error = tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(folder.absolutePath()));
        return series;
    }
    const ScenarioInfo *info = ScenarioRegistry::find(window.currentLesson());
    const QString title = info ? info->title() : window.currentLesson();
    PlaybackController *playback = window.playback();
    const int shown = playback->step();
    const int total = scenario->stepCount();
    // The window gives the stage what its captions leave, which varies from step to step; the
    // slides of a series share the size the stage had when the export began.
    const QSize size = window.stage()->size();
    for (int step = 0; step < total; ++step) {
        playback->seek(step);
        // Let the views lay out what the step changed before they are drawn.
        QCoreApplication::processEvents();
        QWidget *stage = window.stage();
        stage->resize(size);
        const QString file = folder.filePath(seriesFileName(window.currentLesson(), step, format));
        const QString description = window.stepTitle() + QLatin1Char('\n') + window.caption();
        series.error = exportWidget(stage, file, format, title, description, scale);
        if (!series.error.isEmpty())
            break;
        series.files.append(file);
        if (progress && !progress(step + 1, total)) {
            if (step + 1 < total)
                series.error = tr("Export stopped after %1 of %2 steps.").arg(step + 1).arg(total);
            break;
        }
    }
    playback->seek(shown);
    // Back to the size the window's layout gives the stage.
    if (QLayout *layout = window.stage()->parentWidget() ? window.stage()->parentWidget()->layout() : nullptr) {
        layout->invalidate();
        layout->activate();
    }
    return series;
}

} // namespace NetSteps

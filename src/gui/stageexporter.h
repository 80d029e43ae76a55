#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <optional>

class QWidget;

namespace NetSteps {

class MainWindow;

// Saves the stage, the view a lesson is drawn on, as a picture for slides and handouts: a PNG,
// or an SVG whose lines and texts stay vector so that a slide stays sharp on any projector. A
// whole lesson becomes a numbered series, one file per step, `<lesson>-<NNN>.<png|svg>`.
class StageExporter
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::StageExporter)

public:
    enum class Format { Png, Svg };

    // What a series of a lesson came to: the files written, in step order, and why it stopped
    // early (empty when every step was written).
    struct Series
    {
        QStringList files;
        QString error;
    };

    // Called after each file of a series; returning false stops the series there (a progress
    // dialog's Cancel).
    using Progress = std::function<bool(int done, int total)>;

    // "png" or "svg", in any case; nothing for another name.
    static std::optional<Format> formatFromName(QStringView name);
    // From a file name's suffix ("slide.SVG"); nothing when it is neither.
    static std::optional<Format> formatFromFileName(const QString &file);
    static QString suffix(Format format); // "png" or "svg"
    // The name of one step's file in a series: "tcp-handshake-003.svg".
    static QString seriesFileName(const QString &lesson, int step, Format format);

    // Writes the widget as it is shown to the file, with the title and description in the
    // file's metadata (an SVG's <title> and <desc>, a PNG's Title and Description). A PNG has
    // the widget's size times its device pixel ratio times `scale` (2 for crisp projection) in
    // pixels; an SVG has the widget's size as its viewBox and that size times `scale` as its
    // width and height. Returns an error message, or an empty string.
    static QString exportWidget(QWidget *stage, const QString &file, Format format, const QString &title,
                                const QString &description, qreal scale = 1.0);

    // Writes every step of the window's current lesson into the directory (created when
    // missing), seeking the window's playback through the steps and back to the step it
    // showed. The stage keeps the window's size: show the window at the size the slides should
    // have first. Files of the same series are overwritten, so that exporting again after a
    // change of language or size replaces the slides; nothing else in the folder is touched.
    // Live mode is refused: seeking would drive the real sockets, and the slides show the model.
    static Series exportLesson(MainWindow &window, const QString &directory, Format format, qreal scale = 1.0,
                               const Progress &progress = {});
};

} // namespace NetSteps

#pragma once

#include <QCoreApplication>

#include "parseresult.h"
#include "stageexporter.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace NetSteps {

class MainWindow;

// The window's command line: which lesson and step to open, from which lessons, and whether to
// render it to a PNG and exit (`netsteps --lesson tcp-handshake --step 3 --screenshot out.png`)
// or write every step's stage as slides and exit (`--export-dir DIR --format svg`).
struct LaunchOptions
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::LaunchOptions)

public:

    QString lesson;
    std::optional<int> step;
    QString screenshot;
    QString exportDir;
    std::optional<StageExporter::Format> format; // of the slides; PNG unless given
    QSize size{1280, 800};
    QString language;
    QString lessonsDir; // lesson files beside the built-in ones
    quint64 seed = 1;
    std::optional<int> hosts; // hosts per LAN in the ARP lessons
    bool help = false;
    bool live = false;

    static QString usage();
    // Parses the arguments after the program name. Unknown options, a bad number or size, an
    // unknown lesson or language, a lessons folder that is not one: an error naming the bad part.
    static Parsed<LaunchOptions> parse(const QStringList &arguments);
    // Loads the lessons folder and opens the lesson and step in the window. Returns an error
    // message when the step is out of range.
    QString apply(MainWindow &window) const;
    // Renders the window at its state to the PNG file, a checkpoint's answer revealed; returns
    // an error message or an empty string.
    QString renderScreenshot(MainWindow &window) const;
    // Writes every step of the lesson's stage into the export folder, `<lesson>-<NNN>.<png|svg>`,
    // the window at its size; returns an error message or an empty string.
    QString exportSlides(MainWindow &window) const;
    // A screenshot or slides: the window renders and exits, English unless --lang says otherwise.
    bool rendersAndExits() const { return !screenshot.isEmpty() || !exportDir.isEmpty(); }
};

} // namespace NetSteps

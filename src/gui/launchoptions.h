#pragma once

#include <QCoreApplication>

#include "parseresult.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace NetSteps {

class MainWindow;

// The window's command line: which lesson and step to open, from which lessons, and whether to
// render it to a PNG and exit (`netsteps --lesson tcp-handshake --step 3 --screenshot out.png`).
struct LaunchOptions
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::LaunchOptions)

public:

    QString lesson;
    std::optional<int> step;
    QString screenshot;
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
};

} // namespace NetSteps

#pragma once

#include "spinuntil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

// Runs a Python program that prints one JSON object (tests/live/python/), while the event loop
// runs so that the logs of the processes it talks to keep being read. Its object, or an empty
// one with *error set when it failed or did not finish.
inline QJsonObject runPythonProgram(const QString &python, const QString &script, const QStringList &args,
                                    QString *error)
{
    QProcess process;
    process.start(python, QStringList{script} + args);
    if (!spinUntil([&] { return process.state() == QProcess::NotRunning; }, 120000)) {
        process.kill();
        process.waitForFinished();
        *error = QStringLiteral("%1 did not finish").arg(script);
        return {};
    }
    const QByteArray out = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QString::fromUtf8(out + process.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(out).object();
}

#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// Runs one of NetSteps' programs as a user would, in English, and keeps what it printed.
struct ProcessRun
{
    int exitCode = -1; // -1 if it crashed or did not finish within the timeout
    QString out;
    QString err;
};

inline QProcessEnvironment englishEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return environment;
}

inline ProcessRun runProcess(const QString &program, const QStringList &args,
                             const QProcessEnvironment &environment = englishEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, args);
    ProcessRun run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

// A server under test run as a process of its own, for the benchmarks and the soak test (Linux).
// Its output goes to a file: a pipe nobody reads while the load runs would fill up and stall it.
// It gets SIGTERM if this process dies first, so an interrupted run leaves no server behind.
class BenchProcess
{
public:
    BenchProcess(QString name, QString program, QStringList args);
    BenchProcess(BenchProcess &&) = default;
    BenchProcess &operator=(BenchProcess &&) = default;
    ~BenchProcess();

    const QString &name() const { return m_name; }
    // Sets a variable in the environment the process starts with (this process's, otherwise).
    void setEnvironmentVariable(const QString &name, const QString &value);
    const QString &logPath() const { return m_logPath; }

    // Starts the program (again, after stop()), its standard output going to logPath and its
    // standard error to logPath + ".err", and waits until the log holds `lines` whole lines: the
    // listening lines the servers print first. False with *error set when it did not start or
    // printed fewer lines within 10 s.
    bool start(const QString &logPath, int lines, QString *error);
    // The lines waited for by start().
    const QList<QByteArray> &firstLines() const { return m_firstLines; }
    bool isRunning() const;
    qint64 pid() const;

    // SIGTERM, then SIGKILL after 10 s. The exit status, or -1 when it crashed or was killed.
    int stop();

private:
    QString m_name;
    QString m_program;
    QStringList m_args;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QString m_logPath;
    std::unique_ptr<QProcess> m_process;
    QList<QByteArray> m_firstLines;
};

// Figures about a process from /proc: resident memory in KiB (-1 when it is gone), user plus
// system CPU seconds so far, how many descriptors it has open (-1 when it is gone).
qint64 residentKiB(qint64 pid);
// The scheduler's state ('R' running, 'S' sleeping, 'D' waiting in the kernel uninterruptibly...,
// 0 when the process is gone), and with it where in the kernel it waits (/proc/PID/wchan).
char processState(qint64 pid, QByteArray *waitingIn);
double cpuSeconds(qint64 pid);
int openDescriptors(qint64 pid);

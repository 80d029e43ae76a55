#include "benchprocess.h"

#include <QFile>
#include <QThread>

#include <dirent.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

BenchProcess::BenchProcess(QString name, QString program, QStringList args)
    : m_name(std::move(name)), m_program(std::move(program)), m_args(std::move(args))
{
}

BenchProcess::~BenchProcess()
{
    if (m_process)
        stop();
}

void BenchProcess::setEnvironmentVariable(const QString &name, const QString &value)
{
    m_environment.insert(name, value);
}

bool BenchProcess::start(const QString &logPath, int lines, QString *error)
{
    m_logPath = logPath;
    m_firstLines.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(m_environment);
    m_process->setStandardOutputFile(logPath);
    m_process->setStandardErrorFile(logPath + QStringLiteral(".err"));
    m_process->setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process->start(m_program, m_args);
    if (!m_process->waitForStarted(10000)) {
        *error = m_process->errorString();
        return false;
    }
    for (int attempt = 0; attempt < 1000; ++attempt) {
        QFile log(logPath);
        if (log.open(QIODevice::ReadOnly)) {
            QList<QByteArray> whole = log.readAll().split('\n');
            whole.removeLast(); // what follows the last newline: nothing, or a line still being written
            if (whole.size() >= lines) {
                m_firstLines = whole.mid(0, lines);
                return true;
            }
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
        QThread::msleep(10);
    }
    QFile err(logPath + QStringLiteral(".err"));
    *error = QStringLiteral("%1 did not print its %2 listening line(s)").arg(m_name).arg(lines);
    if (err.open(QIODevice::ReadOnly))
        *error += QStringLiteral(": ") + QString::fromUtf8(err.readAll().trimmed());
    return false;
}

bool BenchProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 BenchProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

int BenchProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        if (!m_process || m_process->exitStatus() == QProcess::CrashExit)
            return -1;
        return m_process->exitCode();
    }
    m_process->terminate(); // SIGTERM: NetSteps closes its connections and exits 0
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished();
        return -1;
    }
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

namespace {

QList<QByteArray> procFields(qint64 pid, const char *file)
{
    QFile proc(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(file)));
    if (!proc.open(QIODevice::ReadOnly))
        return {};
    return proc.readAll().split('\n');
}

} // namespace

qint64 residentKiB(qint64 pid)
{
    for (const QByteArray &line : procFields(pid, "status"))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    return -1;
}

char processState(qint64 pid, QByteArray *waitingIn)
{
    const QList<QByteArray> lines = procFields(pid, "stat");
    if (lines.isEmpty())
        return 0;
    const QByteArray &stat = lines.constFirst();
    const qsizetype after = stat.lastIndexOf(')') + 2; // the state follows the command name
    if (after < 2 || after >= stat.size())
        return 0;
    const QList<QByteArray> wchan = procFields(pid, "wchan");
    *waitingIn = wchan.isEmpty() ? QByteArray() : wchan.constFirst();
    return stat.at(after);
}

double cpuSeconds(qint64 pid)
{
    const QList<QByteArray> lines = procFields(pid, "stat");
    if (lines.isEmpty())
        return 0;
    // Fields after the command name (which may hold spaces, inside parentheses).
    const QByteArray &stat = lines.constFirst();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

int openDescriptors(qint64 pid)
{
    const QByteArray path = QStringLiteral("/proc/%1/fd").arg(pid).toLocal8Bit();
    DIR *directory = opendir(path.constData());
    if (!directory)
        return -1;
    int count = 0;
    // Bounded by the process's descriptor table; "." and ".." are not descriptors.
    while (const dirent *entry = readdir(directory))
        if (entry->d_name[0] != '.')
            ++count;
    closedir(directory);
    return count;
}

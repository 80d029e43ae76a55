// Benchmark of `netsteps-cli serve --mode upper` (its lifecycle log on, written to a file) against
// two other upper-casing TCP servers in the same run, all driven by the same compiled closed-loop
// load generator (loadgenerator.h) with 64-byte messages:
//   - the course's kind of server in Python: a thread per connection, recv(1024), sendall(upper)
//     (threaded_upper_server.py);
//   - a minimal single-threaded epoll server (epoll_upper_server.cpp), the limit of this machine.
// For 1, 10, 100 and 1,000 concurrent clients it reports round trips per second, p50 and p99
// round-trip times and each server's CPU use; then the resident memory of each server, started
// afresh, before and while it holds 1,000 idle connections. Nothing is asserted: it measures.
//
// Run (Linux): build/tests/bench/bench_serve [--seconds S] [--repeat R] [--levels 1,10,100,1000]
// Each (level, server) pair runs R times, interleaved; the run with the median throughput is shown.

#include "benchprocess.h"
#include "loadgenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

struct Server
{
    BenchProcess process;
    quint16 port = 0;
};

// Starts the server and reads its port from the first line ("listening tcp 127.0.0.1:PORT").
bool start(Server &server, const QTemporaryDir &dir, int index)
{
    QString error;
    if (!server.process.start(dir.filePath(QStringLiteral("server%1.log").arg(index)), 1, &error)) {
        std::fprintf(stderr, "bench_serve: could not start %s: %s\n", qPrintable(server.process.name()),
                     qPrintable(error));
        return false;
    }
    const QRegularExpression listening(QStringLiteral("^listening tcp 127\\.0\\.0\\.1:(\\d+)"));
    const QRegularExpressionMatch match = listening.match(QString::fromUtf8(server.process.firstLines().constFirst()));
    server.port = quint16(match.captured(1).toUInt());
    return match.hasMatch();
}

struct Measured
{
    LoadResult load;
    double cpuPercent = 0;          // the server's
    double generatorCpuPercent = 0; // the load generator's (this process)
    double serverCpuMicrosPerRoundTrip = 0;
};

double ownCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

Measured measure(const Server &server, int clients, int seconds)
{
    LoadOptions options;
    options.port = server.port;
    options.clients = clients;
    options.measure = std::chrono::seconds(seconds);
    const qint64 pid = server.process.pid();
    const double cpuBefore = cpuSeconds(pid);
    const double ownBefore = ownCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    Measured measured{runLoad(options), 0, 0, 0};
    const double elapsed = double(wall.elapsed()) / 1000.0;
    const double serverCpu = cpuSeconds(pid) - cpuBefore;
    measured.cpuPercent = 100.0 * serverCpu / elapsed;
    measured.serverCpuMicrosPerRoundTrip = 1e6 * serverCpu / double(std::max<std::int64_t>(1, measured.load.allRoundTrips));
    measured.generatorCpuPercent = 100.0 * (ownCpuSeconds() - ownBefore) / elapsed;
    // Let the server see every client go before the next run.
    QThread::msleep(300);
    return measured;
}

int intOption(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int seconds = std::max(1, intOption(args, QStringLiteral("--seconds"), 3));
    const int repeat = std::max(1, intOption(args, QStringLiteral("--repeat"), 3));
    QList<int> levels = {1, 10, 100, 1000};
    if (const qsizetype at = args.indexOf(QStringLiteral("--levels")); at >= 0 && at + 1 < args.size()) {
        levels.clear();
        for (const QString &level : args.at(at + 1).split(u','))
            levels.append(std::max(1, level.toInt()));
    }
    signal(SIGPIPE, SIG_IGN);

    QTemporaryDir dir;
    std::vector<Server> servers;
    const auto add = [&servers](const QString &name, const QString &program, const QStringList &serverArgs) {
        servers.push_back(Server{BenchProcess(name, program, serverArgs), 0});
    };
    add(QStringLiteral("NetSteps"), QStringLiteral(NETSTEPS_CLI),
        {QStringLiteral("serve"), QStringLiteral("--tcp"), QStringLiteral("0"), QStringLiteral("--mode"),
         QStringLiteral("upper"), QStringLiteral("--max-conn"), QStringLiteral("2000")});
    add(QStringLiteral("Python threads"), QStringLiteral("python3"), {QStringLiteral(PYTHON_SERVER)});
    add(QStringLiteral("epoll"), QStringLiteral(EPOLL_SERVER), {});
    for (size_t i = 0; i < servers.size(); ++i)
        if (!start(servers[i], dir, int(i)))
            return 1;
    std::printf("bench_serve: %d-byte messages, %d s per run after a 0.5 s warm-up, median of %d run(s); "
                "%ld CPU(s) online\n\n",
                64, seconds, repeat, sysconf(_SC_NPROCESSORS_ONLN));
    std::printf("| clients | server | round trips/s | p50 µs | p99 µs | server CPU %% | server CPU µs per round trip | "
                "generator CPU %% |\n");
    std::printf("|--:|---|--:|--:|--:|--:|--:|--:|\n");

    struct Row
    {
        int clients;
        std::vector<Measured> medians;
    };
    std::vector<Row> rows;
    for (const int clients : std::as_const(levels)) {
        std::vector<std::vector<Measured>> runs(servers.size());
        for (int r = 0; r < repeat; ++r)
            for (size_t s = 0; s < servers.size(); ++s)
                runs[s].push_back(measure(servers[s], clients, seconds));
        Row row{clients, {}};
        for (size_t s = 0; s < servers.size(); ++s) {
            std::vector<Measured> &list = runs[s];
            std::sort(list.begin(), list.end(),
                      [](const Measured &a, const Measured &b) { return a.load.perSecond() < b.load.perSecond(); });
            const Measured &median = list[list.size() / 2];
            row.medians.push_back(median);
            if (!median.load.error.empty() || median.load.wrongReplies > 0)
                std::printf("| %d | %s | error: %s, %lld wrong replies | | | | | |\n", clients, qPrintable(servers[s].process.name()),
                            median.load.error.c_str(), static_cast<long long>(median.load.wrongReplies));
            else
                std::printf("| %d | %s | %.0f | %.0f | %.0f | %.0f | %.1f | %.0f |\n", clients,
                            qPrintable(servers[s].process.name()), median.load.perSecond(), median.load.p50Micros,
                            median.load.p99Micros, median.cpuPercent, median.serverCpuMicrosPerRoundTrip,
                            median.generatorCpuPercent);
            std::fflush(stdout);
        }
        rows.push_back(row);
    }

    std::printf("\n| clients | NetSteps / epoll throughput | NetSteps / Python throughput | NetSteps p99 / Python p99 |\n");
    std::printf("|--:|--:|--:|--:|\n");
    for (const Row &row : rows) {
        const LoadResult &n = row.medians[0].load;
        const LoadResult &p = row.medians[1].load;
        const LoadResult &e = row.medians[2].load;
        std::printf("| %d | %.0f %% | %.1f× | %.2f |\n", row.clients, 100.0 * n.perSecond() / std::max(1.0, e.perSecond()),
                    n.perSecond() / std::max(1.0, p.perSecond()), n.p99Micros / std::max(1.0, p.p99Micros));
    }

    int netstepsExit = 0;
    for (Server &server : servers) {
        const int status = server.process.stop();
        if (&server == &servers[0])
            netstepsExit = status;
    }
    QFile netstepsLog(servers[0].process.logPath());
    qint64 logLines = 0;
    if (netstepsLog.open(QIODevice::ReadOnly))
        logLines = netstepsLog.readAll().count('\n');
    std::printf("\nNetSteps exited with %d after SIGTERM and wrote %lld log lines (lifecycle events).\n",
                netstepsExit, static_cast<long long>(logLines));

    // Memory: each server afresh, then holding 1,000 idle connections (each served once).
    constexpr int Idle = 1000;
    std::printf("\n| server | RSS at start (KiB) | RSS with %d idle connections (KiB) | per connection (bytes) |\n", Idle);
    std::printf("|---|--:|--:|--:|\n");
    for (size_t i = 0; i < servers.size(); ++i) {
        Server &server = servers[i];
        if (!start(server, dir, int(10 + i)))
            continue;
        QThread::msleep(300);
        const qint64 pid = server.process.pid();
        const qint64 before = residentKiB(pid);
        {
            IdleConnections idle;
            std::string error;
            if (!idle.open(server.port, Idle, 64, &error)) {
                std::printf("| %s | %lld | error: %s | |\n", qPrintable(server.process.name()), static_cast<long long>(before),
                            error.c_str());
            } else {
                QThread::msleep(500);
                const qint64 holding = residentKiB(pid);
                std::printf("| %s | %lld | %lld | %lld |\n", qPrintable(server.process.name()), static_cast<long long>(before),
                            static_cast<long long>(holding), static_cast<long long>((holding - before) * 1024 / Idle));
            }
        }
        server.process.stop();
    }
    return 0;
}

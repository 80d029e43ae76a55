// Soak test of the long-running servers (Linux): `netsteps-cli serve` in each mode and
// `netsteps-cli proxy` in front of the hello server, four processes, under a mixed load for a set
// time, while their resident memory and open descriptors are sampled every second.
//
// Processes: three `serve --tcp 0 --udp 0 --mode M --json --max-conn C` (hello, upper, echo) run
// side by side for the whole run, so every mode is loaded for all of it; and `proxy --listen 0
// --to <hello's port> --json --max-conn C`. The peers (soakpeers.h), each on its own thread:
//   - well-behaved TCP clients (--clients per target, the proxy included), every reply checked
//     exactly, hello's greeting and exit too; UDP clients, every reply checked;
//   - churn: connect, one message, close, round the targets, thousands of times;
//   - hostile peers, in turn on each target: a peer that never reads (the server's 1 MiB queue cap
//     must close it; the proxy holds it back instead), 1 MiB messages, random binary (invalid
//     UTF-8), resets (SO_LINGER 0) after a reply and before it, half-close (SHUT_WR and keep
//     reading), idle connections that never send; odd datagrams (empty, 64 KiB);
//   - every --near-cap-every seconds, C - 40 connections at once to one target, each served.
// After the load it waits up to --settle seconds for each process's descriptors to come back to
// what they were before the load, stops the processes with SIGTERM and reads their logs.
//
// Goals (exit status 1 when one is missed): every checked exchange answered right; descriptors
// back to the baseline; resident memory at the end no more than --max-rss-growth KiB above what it
// was at the end of the warm-up (the lowest of several samples each, see below); no process died,
// each exited 0 on SIGTERM; the queue cap closed the never-reading peers (queue-overflow lines).
//
// Run: build/tests/bench/soak_serve [--seconds 600] [--warmup 60] [--clients 2] [--max-conn 300]
//      [--settle 5] [--max-rss-growth 1024] [--seed N] [--keep-logs] [--no-rss-check] [--cli PATH]
//      [--samples FILE (every second's RSS and descriptors, CSV)]

#include "benchprocess.h"
#include "loadgenerator.h"
#include "soaklog.h"
#include "soakpeers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <map>
#include <chrono>
#include <cstdio>
#include <optional>
#include <thread>
#include <vector>

#include <signal.h>

namespace {

using Clock = std::chrono::steady_clock;
using Soak::PeerKind;

constexpr int Servers = 3;              // hello, upper, echo; the proxy is process 3
constexpr int ProxyProcess = 3;
constexpr int Processes = 4;
constexpr int HelloProcess = 0;
constexpr const char *Modes[Servers] = {"hello", "upper", "echo"}; // target i is server i
// Measured on this project's loaded 2-core machine (README, "Soak test"): after the warm-up a
// healthy server's floor moves by at most about 200 KiB; a leak of 128 bytes per connection adds
// about 2 MiB in the 30-second run, one of 1 KiB about 10 MiB.
constexpr qint64 DefaultRssGrowthKiB = 1024;
// Given to every process: glibc's threshold for mmap() fixed at 128 KiB (which also stops glibc
// raising it), so a freed 1 MiB queue goes back to the system at once. Otherwise glibc may keep a
// few MiB at the top of its heap, for as long as some small block allocated meanwhile sits above
// them: not a leak, but a step in resident memory at a random time, that the RSS goal would take
// for one. What stays measures what the process holds.
constexpr const char *AllocatorTunables = "glibc.malloc.mmap_threshold=131072";

struct Options
{
    int seconds = 600;
    int warmup = 60;
    int clients = 2;
    int maxConnections = 300;
    int settle = 5;
    int nearCapEvery = 15;
    qint64 rssGrowthKiB = DefaultRssGrowthKiB;
    bool checkRss = true;
    bool keepLogs = false;
    QString samplesPath; // every sample as CSV, when given
    quint64 seed = 0;
    QString cli = QStringLiteral(NETSTEPS_CLI);
};

struct Sample
{
    int second = 0;
    qint64 rss[Processes] = {};
    int descriptors[Processes] = {};
    char state[Processes] = {};      // the scheduler's, see processState()
    QByteArray waitingIn[Processes]; // where in the kernel, when not running or sleeping
    qint64 answered[Soak::MaxTargets] = {}; // exchanges answered right so far, per target
};

std::optional<Options> parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto number = [&parser](const char *name, const QString &fallback) {
        QCommandLineOption option(QString::fromLatin1(name), QString(), QStringLiteral("N"), fallback);
        parser.addOption(option);
        return option;
    };
    const QCommandLineOption seconds = number("seconds", QStringLiteral("600"));
    const QCommandLineOption warmup = number("warmup", QString());
    const QCommandLineOption clients = number("clients", QStringLiteral("2"));
    const QCommandLineOption maxConn = number("max-conn", QStringLiteral("300"));
    const QCommandLineOption settle = number("settle", QStringLiteral("5"));
    const QCommandLineOption nearCap = number("near-cap-every", QStringLiteral("15"));
    const QCommandLineOption rss = number("max-rss-growth", QString::number(DefaultRssGrowthKiB));
    const QCommandLineOption seed = number("seed", QString());
    const QCommandLineOption cli(QStringLiteral("cli"), QString(), QStringLiteral("PATH"), QStringLiteral(NETSTEPS_CLI));
    const QCommandLineOption noRss(QStringLiteral("no-rss-check"));
    const QCommandLineOption keepLogs(QStringLiteral("keep-logs"));
    const QCommandLineOption samples(QStringLiteral("samples"), QString(), QStringLiteral("FILE"));
    parser.addOptions({cli, noRss, keepLogs, samples});
    const auto fail = [](const QString &message) {
        std::fprintf(stderr, "soak_serve: %s\n", qPrintable(message));
        return std::nullopt;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    Options options;
    const auto read = [&parser](const QCommandLineOption &option, int from, int to, int *value) {
        bool ok = false;
        const int parsed = parser.value(option).toInt(&ok);
        if (!ok || parsed < from || parsed > to)
            return false;
        *value = parsed;
        return true;
    };
    int growth = 0;
    if (!read(seconds, 5, 86400, &options.seconds))
        return fail(QStringLiteral("--seconds: a whole number from 5 to 86400"));
    options.warmup = std::max(2, std::min(60, options.seconds / 5));
    if (parser.isSet(warmup) && !read(warmup, 2, options.seconds - 3, &options.warmup))
        return fail(QStringLiteral("--warmup: a whole number from 2 to --seconds minus 3"));
    if (!read(clients, 1, 32, &options.clients))
        return fail(QStringLiteral("--clients: a whole number from 1 to 32"));
    if (!read(maxConn, 60, 5000, &options.maxConnections))
        return fail(QStringLiteral("--max-conn: a whole number from 60 to 5000"));
    if (!read(settle, 1, 600, &options.settle))
        return fail(QStringLiteral("--settle: a whole number of seconds from 1 to 600"));
    if (!read(nearCap, 1, 86400, &options.nearCapEvery))
        return fail(QStringLiteral("--near-cap-every: a whole number of seconds from 1 to 86400"));
    if (!read(rss, 0, 1 << 30, &growth))
        return fail(QStringLiteral("--max-rss-growth: a whole number of KiB, 0 or more"));
    options.rssGrowthKiB = growth;
    options.checkRss = !parser.isSet(noRss);
    options.keepLogs = parser.isSet(keepLogs);
    options.cli = parser.value(cli);
    options.samplesPath = parser.value(samples);
    if (parser.isSet(seed)) {
        bool ok = false;
        options.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("--seed: a whole number, 0 or more"));
    } else {
        options.seed = quint64(Clock::now().time_since_epoch().count()) % 1000000;
    }
    return options;
}

// The port a listening line gives, for the transport asked ("tcp", "udp").
quint16 listeningPort(const QList<QByteArray> &lines, const QString &transport)
{
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(u"event").toString() == u"listening" && o.value(u"transport").toString() == transport)
            return quint16(o.value(u"port").toInt());
    }
    return 0;
}

Sample sample(const std::vector<BenchProcess> &processes, const Soak::Tally &tally, int second)
{
    Sample s;
    s.second = second;
    for (int p = 0; p < Processes; ++p) {
        const qint64 pid = processes[std::size_t(p)].pid();
        s.rss[p] = residentKiB(pid);
        s.descriptors[p] = openDescriptors(pid);
        QByteArray waitingIn;
        s.state[p] = processState(pid, &waitingIn);
        if (s.state[p] != 'R' && s.state[p] != 'S')
            s.waitingIn[p] = waitingIn;
    }
    for (int t = 0; t < Soak::MaxTargets; ++t)
        for (int k = 0; k < Soak::PeerKindCount; ++k)
            s.answered[t] += tally.counts(Soak::PeerKind(k), t).right;
    return s;
}

// The longest run of seconds in which target t answered nothing right.
int longestSilence(const std::vector<Sample> &samples, int t)
{
    int longest = 0;
    int current = 0;
    for (std::size_t i = 1; i < samples.size(); ++i) {
        current = samples[i].answered[t] == samples[i - 1].answered[t] ? current + 1 : 0;
        longest = std::max(longest, current);
    }
    return longest;
}

// How often process p was seen in each state, such as "S 590, R 9, D 1 (in jbd2_log_wait_commit)".
QString states(const std::vector<Sample> &samples, int p)
{
    std::map<char, int> count;
    std::map<QByteArray, int> where;
    for (const Sample &s : samples) {
        ++count[s.state[p] == 0 ? '-' : s.state[p]];
        if (!s.waitingIn[p].isEmpty())
            ++where[s.waitingIn[p]];
    }
    QStringList parts;
    for (const auto &[state, n] : count)
        parts.append(QStringLiteral("%1 %2").arg(QLatin1Char(state)).arg(n));
    QStringList places;
    for (const auto &[place, n] : where)
        places.append(QStringLiteral("%1 ×%2").arg(QString::fromLatin1(place)).arg(n));
    return parts.join(QStringLiteral(", ")) +
        (places.isEmpty() ? QString() : QStringLiteral(" (waiting in %1)").arg(places.join(QStringLiteral(", "))));
}

// The floor of process p's resident memory over samples [from, to) (clamped), -1 when none: the
// lowest value leaves out what is held for a moment (a 1 MiB queue, a 1 MiB message in the
// proxy), which a leak, never given back, does not.
qint64 floorRss(const std::vector<Sample> &samples, int p, std::ptrdiff_t from, std::ptrdiff_t to)
{
    from = std::clamp<std::ptrdiff_t>(from, 0, std::ptrdiff_t(samples.size()));
    to = std::clamp<std::ptrdiff_t>(to, from, std::ptrdiff_t(samples.size()));
    qint64 lowest = -1;
    for (std::ptrdiff_t i = from; i < to; ++i)
        if (lowest < 0 || samples[std::size_t(i)].rss[p] < lowest)
            lowest = samples[std::size_t(i)].rss[p];
    return lowest;
}

QString counts(const std::map<QString, qint64> &byName)
{
    QStringList parts;
    for (const auto &[name, count] : byName)
        parts.append(QStringLiteral("%1 %2").arg(name).arg(count));
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

void writeSamples(const QString &path, const std::vector<Sample> &samples)
{
    QFile csv(path);
    if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "soak_serve: cannot write %s: %s\n", qPrintable(path), qPrintable(csv.errorString()));
        return;
    }
    csv.write("second,hello_rss_kib,upper_rss_kib,echo_rss_kib,proxy_rss_kib,hello_fds,upper_fds,echo_fds,"
              "proxy_fds,hello_answered,upper_answered,echo_answered,proxy_answered\n");
    for (const Sample &s : samples) {
        QStringList fields{QString::number(s.second)};
        for (const qint64 rss : s.rss)
            fields.append(QString::number(rss));
        for (const int descriptors : s.descriptors)
            fields.append(QString::number(descriptors));
        for (const qint64 answered : s.answered)
            fields.append(QString::number(answered));
        csv.write(fields.join(u',').toUtf8() + '\n');
    }
}

struct PeerTotals
{
    Soak::Tally::Counts all;
    std::int64_t wellBehavedRight = 0; // clients, churn and UDP
};

// The table of what each kind of peer did on each target, and the first failures.
PeerTotals printPeers(const Soak::Tally &tally, const Soak::Attribution &attribution,
                      const std::vector<Soak::Target> &targets)
{
    std::printf("| peer | target | connections | right | wrong | failed | the peer saw | the log says |\n");
    std::printf("|---|---|--:|--:|--:|--:|---|---|\n");
    PeerTotals totals;
    Soak::Tally::Counts &total = totals.all;
    for (int k = 0; k < Soak::PeerKindCount; ++k) {
        const auto kind = PeerKind(k);
        for (int t = 0; t < int(targets.size()); ++t) {
            const Soak::Tally::Counts c = tally.counts(kind, t);
            const auto outcomes = tally.outcomes(kind, t);
            if (c.connections == 0 && c.right == 0 && c.wrong == 0 && c.failed == 0)
                continue;
            QStringList seen;
            for (const auto &[what, count] : outcomes)
                seen.append(QStringLiteral("%1 ×%2").arg(QString::fromStdString(what)).arg(count));
            const auto found = attribution.find({k, t});
            std::printf("| %s | %s | %lld | %lld | %lld | %lld | %s | %s |\n", Soak::peerKindName(kind),
                        targets[std::size_t(t)].name.c_str(), static_cast<long long>(c.connections),
                        static_cast<long long>(c.right), static_cast<long long>(c.wrong),
                        static_cast<long long>(c.failed), qPrintable(seen.join(QStringLiteral("; "))),
                        found == attribution.end() ? "" : qPrintable(counts(found->second)));
            total.connections += c.connections;
            total.right += c.right;
            total.wrong += c.wrong;
            total.failed += c.failed;
            if (kind == PeerKind::Client || kind == PeerKind::Churn || kind == PeerKind::Udp)
                totals.wellBehavedRight += c.right;
        }
    }
    std::printf("\n%lld connections; %lld exchanges right (well-behaved clients, churn and UDP: %lld), %lld wrong, "
                "%lld failed\n",
                static_cast<long long>(total.connections), static_cast<long long>(total.right),
                static_cast<long long>(totals.wellBehavedRight), static_cast<long long>(total.wrong),
                static_cast<long long>(total.failed));
    if (!tally.notes().empty())
        std::printf("  (targets: 0 hello, 1 upper, 2 echo, 3 proxy>hello)\n");
    for (const std::string &note : tally.notes())
        std::printf("  %s\n", note.c_str());
    return totals;
}

// What the servers' and the proxy's logs say, counted.
void printLogs(const std::vector<Soak::ServerLog> &serverLogs, const Soak::ProxyLog &proxyLog)
{
    std::printf("\nlogs:\n");
    for (int s = 0; s < Servers; ++s) {
        const Soak::ServerLog &log = serverLogs[std::size_t(s)];
        std::printf("  %s: %lld lines (%lld unreadable); %lld opened; closed: %s; %lld warnings; UDP: %lld datagrams "
                    "logged, %lld counted, %lld unanswered; %s\n",
                    Modes[s], static_cast<long long>(log.lines), static_cast<long long>(log.unreadable),
                    static_cast<long long>(log.opened), qPrintable(counts(log.closed)),
                    static_cast<long long>(log.warnings), static_cast<long long>(log.datagramsLogged),
                    static_cast<long long>(log.datagramsCounted), static_cast<long long>(log.datagramsUnanswered),
                    log.stopped ? "stopped" : "no stopped line");
        for (const QString &detail : log.details)
            std::printf("    %s\n", qPrintable(detail));
    }
    std::printf("  proxy: %lld lines (%lld unreadable); %lld opened; client legs closed: %s; server legs closed: %s; "
                "%lld paused, %lld resumed; %lld warnings; %s\n",
                static_cast<long long>(proxyLog.lines), static_cast<long long>(proxyLog.unreadable),
                static_cast<long long>(proxyLog.opened), qPrintable(counts(proxyLog.clientClosed)),
                qPrintable(counts(proxyLog.serverClosed)), static_cast<long long>(proxyLog.paused),
                static_cast<long long>(proxyLog.resumed), static_cast<long long>(proxyLog.warnings),
                proxyLog.stopped ? "stopped" : "no stopped line");
    for (const QString &detail : proxyLog.details)
        std::printf("    %s\n", qPrintable(detail));
}

// Starts the three servers and the proxy in front of hello, each logging to a file in `dir`,
// and reads their ports; false (with a message) when one did not start.
bool startProcesses(const Options &options, const QTemporaryDir &dir, std::vector<BenchProcess> *processes,
                    std::vector<Soak::Target> *targets)
{
    const QString maxConn = QString::number(options.maxConnections);
    const auto tune = [](BenchProcess &process) {
        const QString given = qEnvironmentVariable("GLIBC_TUNABLES");
        process.setEnvironmentVariable(QStringLiteral("GLIBC_TUNABLES"),
                                       (given.isEmpty() ? QString() : given + u':') + QLatin1String(AllocatorTunables));
    };
    for (int s = 0; s < Servers; ++s) {
        const QString mode = QLatin1String(Modes[s]);
        processes->emplace_back(mode, options.cli,
                                QStringList{QStringLiteral("serve"), QStringLiteral("--tcp"), QStringLiteral("0"),
                                            QStringLiteral("--udp"), QStringLiteral("0"), QStringLiteral("--mode"), mode,
                                            QStringLiteral("--json"), QStringLiteral("--max-conn"), maxConn});
        tune(processes->back());
        QString error;
        if (!processes->back().start(dir.filePath(mode + QStringLiteral(".log")), 2, &error)) {
            std::fprintf(stderr, "soak_serve: could not start the %s server: %s\n", Modes[s], qPrintable(error));
            return false;
        }
        Soak::Target target;
        target.name = Modes[s];
        target.mode = Soak::Mode(s);
        target.tcpPort = listeningPort(processes->back().firstLines(), QStringLiteral("tcp"));
        target.udpPort = listeningPort(processes->back().firstLines(), QStringLiteral("udp"));
        targets->push_back(target);
    }
    processes->emplace_back(QStringLiteral("proxy"), options.cli,
                           QStringList{QStringLiteral("proxy"), QStringLiteral("--listen"), QStringLiteral("0"),
                                       QStringLiteral("--to"), QStringLiteral("127.0.0.1:%1").arg((*targets)[0].tcpPort),
                                       QStringLiteral("--json"), QStringLiteral("--max-conn"), maxConn});
    tune(processes->back());
    if (QString error; !processes->back().start(dir.filePath(QStringLiteral("proxy.log")), 1, &error)) {
        std::fprintf(stderr, "soak_serve: could not start the proxy: %s\n", qPrintable(error));
        return false;
    }
    targets->push_back({"proxy>hello", Soak::Mode::Hello, listeningPort(processes->back().firstLines(), QStringLiteral("tcp")),
                       0, true});
    for (const Soak::Target &target : *targets) {
        if (target.tcpPort == 0) {
            std::fprintf(stderr, "soak_serve: no port in the listening lines of %s\n", target.name.c_str());
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const std::optional<Options> parsed = parseOptions(app.arguments());
    if (!parsed)
        return 2;
    const Options options = *parsed;
    signal(SIGPIPE, SIG_IGN);
    raiseDescriptorLimit(options.maxConnections + 1024);

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "soak_serve: no temporary folder: %s\n", qPrintable(dir.errorString()));
        return 1;
    }
    std::vector<BenchProcess> processes;
    std::vector<Soak::Target> targets;
    if (!startProcesses(options, dir, &processes, &targets))
        return 1;

    std::printf("soak_serve: %d s of load, %d s of it warm-up; %d client(s) per target; --max-conn %d; near-cap "
                "wave every %d s; seed %llu\n",
                options.seconds, options.warmup, options.clients, options.maxConnections, options.nearCapEvery,
                static_cast<unsigned long long>(options.seed));
    std::printf("processes (GLIBC_TUNABLES=%s): %s serve --tcp 0 --udp 0 --mode hello|upper|echo --json --max-conn %d "
                "(pids %lld, %lld, %lld); proxy --listen 0 --to 127.0.0.1:%u (pid %lld)\n",
                AllocatorTunables,
                qPrintable(options.cli), options.maxConnections, processes[0].pid(), processes[1].pid(),
                processes[2].pid(), unsigned(targets[0].tcpPort), processes[3].pid());
    std::fflush(stdout);

    Soak::Tally tally;
    // Baseline: the processes listening, before any peer.
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    const Sample baseline = sample(processes, tally, 0);

    std::atomic<bool> stop{false};
    Soak::PeerOptions peerOptions;
    peerOptions.maxConnections = options.maxConnections;
    Soak::Peers peers(targets, peerOptions, tally, stop);
    std::vector<std::thread> threads;
    quint64 seed = options.seed * 1000;
    for (int t = 0; t < int(targets.size()); ++t)
        for (int c = 0; c < options.clients; ++c)
            threads.emplace_back(&Soak::Peers::runClients, &peers, t, ++seed);
    for (int t = 0; t < Servers; ++t)
        threads.emplace_back(&Soak::Peers::runUdp, &peers, t, ++seed);
    for (int c = 0; c < 2; ++c)
        threads.emplace_back(&Soak::Peers::runChurn, &peers, ++seed);
    for (int h = 0; h < 2; ++h)
        threads.emplace_back(&Soak::Peers::runHostile, &peers, 2 * h, ++seed);
    threads.emplace_back(&Soak::Peers::runNearCap, &peers, std::chrono::milliseconds(options.nearCapEvery * 1000));

    // The load: one sample a second.
    const Clock::time_point start = Clock::now();
    std::vector<Sample> samples;
    int died = -1;
    const int progressEvery = std::max(10, options.seconds / 20);
    for (int second = 1; second <= options.seconds && died < 0; ++second) {
        std::this_thread::sleep_until(start + std::chrono::seconds(second));
        samples.push_back(sample(processes, tally, second));
        for (int p = 0; p < Processes; ++p)
            if (!processes[std::size_t(p)].isRunning() || samples.back().rss[p] < 0)
                died = p;
        if (second % progressEvery == 0 || died >= 0) {
            const Sample &s = samples.back();
            std::printf("  %4d s  RSS KiB %lld %lld %lld %lld  descriptors %d %d %d %d\n", second, s.rss[0], s.rss[1],
                        s.rss[2], s.rss[3], s.descriptors[0], s.descriptors[1], s.descriptors[2], s.descriptors[3]);
            std::fflush(stdout);
        }
    }
    stop = true;
    for (std::thread &thread : threads)
        thread.join();
    const double loadSeconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (!options.samplesPath.isEmpty())
        writeSamples(options.samplesPath, samples);

    // After the load: each process's descriptors back to the baseline.
    const Clock::time_point stopped = Clock::now();
    Sample after = sample(processes, tally, options.seconds);
    double settledIn = -1;
    while (died < 0 && Clock::now() < stopped + std::chrono::seconds(options.settle)) { // until --settle
        after = sample(processes, tally, options.seconds);
        bool back = true;
        for (int p = 0; p < Processes; ++p)
            back = back && after.descriptors[p] <= baseline.descriptors[p];
        if (back) {
            settledIn = std::chrono::duration<double>(Clock::now() - stopped).count();
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }

    int exitStatus[Processes];
    for (int p = 0; p < Processes; ++p)
        exitStatus[p] = processes[std::size_t(p)].stop();

    // What the peers saw.
    std::vector<Soak::ServerLog> serverLogs;
    for (int s = 0; s < Servers; ++s)
        serverLogs.push_back(Soak::readServerLog(processes[std::size_t(s)].logPath()));
    const Soak::ProxyLog proxyLog = Soak::readProxyLog(processes[ProxyProcess].logPath());
    const Soak::Attribution attribution =
        Soak::attribute(tally.records(), serverLogs, proxyLog, ProxyProcess, HelloProcess);

    std::printf("\nload ran %.1f s; peers:\n\n", loadSeconds);
    const PeerTotals totals = printPeers(tally, attribution, targets);
    const Soak::Tally::Counts &total = totals.all;

    printLogs(serverLogs, proxyLog);

    // Resident memory: the end of the warm-up (the floor of its last five seconds) against the
    // end (the floor of the last ten seconds of load and of the sample taken once the load had
    // gone). After moving a 1 MiB message the proxy may keep a few MiB for some seconds, until
    // the allocator can give the top of its heap back: the longer window and the idle sample
    // leave that out; a leak stays.
    constexpr std::ptrdiff_t WarmWindow = 5;
    constexpr std::ptrdiff_t EndWindow = 10;
    const std::ptrdiff_t warmEnd = options.warmup; // samples[i] is second i + 1
    std::printf("\n| process | RSS at warm-up end (KiB) | RSS at end (KiB) | growth (KiB) | growth %% | peak RSS (KiB) "
                "| descriptors before | peak | after the load | exit status |\n");
    std::printf("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    QStringList missed;
    qint64 largestGrowth = 0;
    QString largestGrower;
    for (int p = 0; p < Processes; ++p) {
        const qint64 warm = floorRss(samples, p, warmEnd - WarmWindow, warmEnd);
        qint64 end = floorRss(samples, p, std::ptrdiff_t(samples.size()) - EndWindow, std::ptrdiff_t(samples.size()));
        if (after.rss[p] > 0)
            end = std::min(end, after.rss[p]);
        qint64 peakRss = 0;
        int peakDescriptors = 0;
        for (const Sample &s : samples) {
            peakRss = std::max(peakRss, s.rss[p]);
            peakDescriptors = std::max(peakDescriptors, s.descriptors[p]);
        }
        const qint64 growth = end - warm;
        if (growth > largestGrowth || largestGrower.isEmpty()) {
            largestGrowth = growth;
            largestGrower = processes[std::size_t(p)].name();
        }
        std::printf("| %s | %lld | %lld | %+lld | %+.1f | %lld | %d | %d | %d | %d |\n",
                    qPrintable(processes[std::size_t(p)].name()), warm, end, growth,
                    warm > 0 ? 100.0 * double(growth) / double(warm) : 0.0, peakRss, baseline.descriptors[p],
                    peakDescriptors, after.descriptors[p], exitStatus[p]);
        if (exitStatus[p] != 0)
            missed.append(QStringLiteral("%1 exited with %2 on SIGTERM").arg(processes[std::size_t(p)].name()).arg(exitStatus[p]));
    }

    std::printf("\nprocess states, one sample a second:\n");
    for (int p = 0; p < Processes; ++p)
        std::printf("  %s: %s\n", qPrintable(processes[std::size_t(p)].name()), qPrintable(states(samples, p)));
    std::printf("longest time without an exchange answered right:");
    for (int t = 0; t < int(targets.size()); ++t)
        std::printf(" %s %d s%s", targets[std::size_t(t)].name.c_str(), longestSilence(samples, t),
                    t + 1 < int(targets.size()) ? "," : "\n");

    std::printf("\ngoals:\n");
    const auto goal = [&missed](bool met, const QString &text) {
        std::printf("  %s %s\n", met ? "met   " : "MISSED", qPrintable(text));
        if (!met)
            missed.append(text);
    };
    goal(total.wrong == 0 && total.failed == 0 && totals.wellBehavedRight > 0,
         QStringLiteral("every checked exchange answered right (%1 right, %2 wrong, %3 failed)")
             .arg(total.right)
             .arg(total.wrong)
             .arg(total.failed));
    goal(settledIn >= 0, settledIn >= 0 ? QStringLiteral("descriptors back to the baseline %1 s after the load").arg(settledIn, 0, 'f', 1)
                                        : QStringLiteral("descriptors back to the baseline within %1 s").arg(options.settle));
    if (options.checkRss)
        goal(largestGrowth <= options.rssGrowthKiB,
             QStringLiteral("RSS after the warm-up grew at most %1 KiB (largest: %2, %3 KiB)")
                 .arg(options.rssGrowthKiB)
                 .arg(largestGrower)
                 .arg(largestGrowth));
    else
        std::printf("  (RSS growth not checked: --no-rss-check)\n");
    goal(died < 0, died < 0 ? QStringLiteral("every process ran to the end")
                            : QStringLiteral("%1 died during the load").arg(processes[std::size_t(died)].name()));
    // Every peer that saw its server close it must have its queue-overflow line (the proxy's
    // own connections to the hello server may add some), and at least one such peer must have run.
    bool capClosed = true;
    qint64 neverReadsClosed = 0;
    for (int s = 0; s < Servers; ++s) {
        const auto overflow = serverLogs[std::size_t(s)].closed.find(QStringLiteral("queue-overflow"));
        const qint64 logged = overflow == serverLogs[std::size_t(s)].closed.end() ? 0 : overflow->second;
        const qint64 peersClosed = tally.counts(PeerKind::NeverReads, s).right;
        capClosed = capClosed && logged >= peersClosed;
        neverReadsClosed += peersClosed;
    }
    capClosed = capClosed && neverReadsClosed > 0;
    goal(capClosed, QStringLiteral("the 1 MiB queue cap closed each never-reading peer of each server, with its log line"));

    const bool passed = missed.isEmpty();
    if (!passed || options.keepLogs)
        dir.setAutoRemove(false);
    std::printf("\nsoak_serve: %s%s\n", passed ? "PASS" : "FAIL",
                passed && !options.keepLogs ? "" : qPrintable(QStringLiteral(" (logs kept in %1)").arg(dir.path())));
    return passed ? 0 : 1;
}

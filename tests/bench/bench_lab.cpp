// What the socket lab's window costs the server: the same `upper` TCP server driven by the same
// closed-loop load generator (on its own thread), once bare (LabTcpServer, as `netsteps-cli
// serve` runs it without its log) and once inside LabSession (every call logged for the call
// log, every connection traced for the diagrams, kernel states polled), in the same go.
//
//   bench_lab [--clients 1,10,100] [--seconds 2] [--size 64]
//
// Prints round trips per second and p50/p99 latency for each, the ratio lab/bare, and how long
// building the selected connection's scenario takes once its trace is full (what the window
// does each time that connection changes).

#include "labsession.h"
#include "labtcpserver.h"
#include "loadgenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTextStream>

#include <atomic>
#include <thread>

using namespace NetSteps;

namespace {

// Runs the load on its own thread while this thread's event loop serves it.
LoadResult drive(quint16 port, int clients, int seconds, int size)
{
    LoadOptions options;
    options.port = port;
    options.clients = clients;
    options.messageSize = size;
    options.measure = std::chrono::seconds(seconds);
    std::atomic<bool> done = false;
    LoadResult result;
    std::thread load([&] {
        result = runLoad(options);
        done = true;
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    load.join();
    return result;
}

QString row(const char *what, int clients, const LoadResult &r)
{
    if (!r.error.empty())
        return QStringLiteral("%1 %2 clients: %3").arg(QLatin1String(what)).arg(clients).arg(QString::fromStdString(r.error));
    return QStringLiteral("%1 %2 clients: %3 round trips/s, p50 %4 us, p99 %5 us, wrong replies %6")
        .arg(QLatin1String(what), 6)
        .arg(clients, 4)
        .arg(r.perSecond(), 9, 'f', 0)
        .arg(r.p50Micros, 7, 'f', 0)
        .arg(r.p99Micros, 7, 'f', 0)
        .arg(r.wrongReplies);
}

QList<int> intList(const QStringList &args, const QString &name, QList<int> fallback)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.size())
        return fallback;
    QList<int> out;
    for (const QString &part : args.at(i + 1).split(u','))
        out.append(part.toInt());
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QList<int> levels = intList(args, QStringLiteral("--clients"), {1, 10, 100});
    const int seconds = intList(args, QStringLiteral("--seconds"), {2}).constFirst();
    const int size = intList(args, QStringLiteral("--size"), {64}).constFirst();
    QTextStream out(stdout);

    LabServerOptions options;
    options.mode = LabMode::Upper;
    for (const int clients : levels) {
        LabTcpServer bare(options);
        LabListenError error;
        if (!bare.listen(&error)) {
            out << error.message << Qt::endl;
            return 1;
        }
        const LoadResult plain = drive(bare.address().port, clients, seconds, size);
        bare.stop();

        LabSession session;
        QString why;
        if (!session.startServer(LabTransport::Tcp, options, &why)) {
            out << why << Qt::endl;
            return 1;
        }
        const LoadResult lab = drive(session.serverAddress().port, clients, seconds, size);
        out << row("bare", clients, plain) << Qt::endl << row("lab", clients, lab) << Qt::endl;
        if (plain.perSecond() > 0)
            out << QStringLiteral("  lab/bare throughput %1, calls kept %2 (dropped %3), connections %4")
                       .arg(lab.perSecond() / plain.perSecond(), 0, 'f', 2)
                       .arg(session.calls().size())
                       .arg(session.droppedCalls())
                       .arg(session.connections().size())
                << Qt::endl;
        // The window rebuilds the selected connection's scenario when it changes.
        if (!session.connections().isEmpty() && session.connections().constFirst().trace) {
            const LabTrace &trace = *session.connections().constFirst().trace;
            QElapsedTimer timer;
            timer.start();
            constexpr int repeats = 20;
            int steps = 0;
            for (int i = 0; i < repeats; ++i)
                steps = trace.scenario().stepCount();
            out << QStringLiteral("  a full trace (%1 steps, %2 messages omitted): %3 ms to build its scenario")
                       .arg(steps)
                       .arg(trace.omittedMessages())
                       .arg(double(timer.nsecsElapsed()) / 1e6 / repeats, 0, 'f', 2)
                << Qt::endl;
        }
        session.stopServer();
    }
    return 0;
}

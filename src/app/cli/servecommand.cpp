#include "clicommands.h"

#include "labcommandline.h"

#include "ipv4address.h"
#include "labevent.h"
#include "labnative.h"
#include "labstopsignals.h"
#include "labtcpserver.h"
#include "labudpserver.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

// `netsteps-cli serve`: the course's servers (hello, upper, echo over TCP and UDP), headless,
// with one log line per lifecycle event, until SIGINT or SIGTERM.
namespace NetSteps::Cli {

namespace {

// Descriptors the process needs besides its connections: listeners, stdio, the event loop's own.
constexpr int DescriptorReserve = 64;
constexpr int MaxConnectionsLimit = 1000000;

int badInput(QTextStream &err, const QString &message)
{
    err << "netsteps-cli serve: " << message << ' ' << tr("See 'netsteps-cli serve --help'.") << Qt::endl;
    return BadInput;
}

QString helpText()
{
    return tr("Usage: netsteps-cli serve (--tcp PORT | --udp PORT)... [options]\n"
              "\n"
              "Runs the course's servers until SIGINT (Ctrl+C) or SIGTERM, which close every\n"
              "connection cleanly (exit status 0). Each read is answered as it arrives, one reply\n"
              "per recv(1024), so no newline is needed; a trailing \\n or \\r\\n (nc, telnet) is set\n"
              "aside and put back after the reply.\n"
              "  hello  TCP: 'Welcome!' on connect, 'Hello, X!' for each message X; 'exit' or EOF\n"
              "         closes. UDP: 'Hello, X!' for each datagram X.\n"
              "  upper  each message upper-cased, ASCII letters only (Python's bytes.upper()).\n"
              "  echo   each message back unchanged.\n"
              "\n"
              "The first lines are 'listening tcp ADDR:PORT' and 'listening udp ADDR:PORT' (the real\n"
              "port when 0 was given), then one line per event: a connection opened, closed and why,\n"
              "UDP datagrams (the first ones of each second, then a count).\n"
              "\n"
              "Options:\n"
              "  --tcp PORT       a TCP server on PORT (0: any free port); may be repeated\n"
              "  --udp PORT       a UDP server on PORT (0: any free port); may be repeated\n"
              "  --mode MODE      hello (default), upper or echo\n"
              "  --bind ADDR      the IPv4 address to listen on (default 127.0.0.1); another address\n"
              "                   lets other machines connect, with a warning\n"
              "  --max-conn N     TCP connections open at once (default 1000); past it a new one\n"
              "                   is closed at once. A client that leaves more than 1 MiB of\n"
              "                   replies unread is closed too.\n"
              "  --json           one JSON object per line instead of text\n"
              "  -h, --help       this help\n"
              "\n"
              "Exit status: 0 stopped by a signal, 1 failed, 2 bad usage, 3 the port is in use or\n"
              "needs a privilege (below 1024), or servers are not available on this system.\n");
}

} // namespace

int runServeCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QCommandLineOption tcpOption(QStringLiteral("tcp"), QString(), QStringLiteral("PORT"));
    const QCommandLineOption udpOption(QStringLiteral("udp"), QString(), QStringLiteral("PORT"));
    const QCommandLineOption modeOption(QStringLiteral("mode"), QString(), QStringLiteral("MODE"),
                                        QStringLiteral("hello"));
    const QCommandLineOption bindOption(QStringLiteral("bind"), QString(), QStringLiteral("ADDR"),
                                        QStringLiteral("127.0.0.1"));
    const QCommandLineOption maxConnOption(QStringLiteral("max-conn"), QString(), QStringLiteral("N"),
                                           QStringLiteral("1000"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    QCommandLineParser parser;
    parser.addOptions({tcpOption, udpOption, modeOption, bindOption, maxConnOption, jsonOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("netsteps-cli")} + args))
        return badInput(err, parser.errorText());
    if (parser.isSet(helpOption)) {
        out << helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return badInput(err, tr("unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()));

    LabServerOptions options;
    const std::optional<LabMode> mode = LabProtocol::modeFromName(parser.value(modeOption));
    if (!mode)
        return badInput(err, tr("unknown mode '%1': use hello, upper or echo.").arg(parser.value(modeOption)));
    options.mode = *mode;

    const Parsed<Ipv4Address> address = Ipv4Address::parse(parser.value(bindOption));
    if (!address)
        return badInput(err, tr("invalid --bind address '%1': %2")
                                 .arg(parser.value(bindOption), address.error().message));
    options.address.address = *address;

    bool numberOk = false;
    const int maxConnections = parser.value(maxConnOption).toInt(&numberOk);
    if (!numberOk || maxConnections < 1 || maxConnections > MaxConnectionsLimit)
        return badInput(err, tr("invalid --max-conn '%1': a whole number from 1 to %2.")
                                 .arg(parser.value(maxConnOption))
                                 .arg(MaxConnectionsLimit));
    options.maxConnections = maxConnections;

    QList<quint16> tcpPorts;
    QList<quint16> udpPorts;
    for (const auto &[option, ports] : {std::pair{&tcpOption, &tcpPorts}, std::pair{&udpOption, &udpPorts}}) {
        for (const QString &value : parser.values(*option)) {
            const std::optional<quint16> port = parseLabPort(value);
            if (!port)
                return badInput(err, tr("invalid --%1 port '%2': a whole number from 0 to 65535.")
                                         .arg(option->names().constFirst(), value));
            ports->append(*port);
        }
    }
    if (tcpPorts.isEmpty() && udpPorts.isEmpty())
        return badInput(err, tr("give at least one --tcp PORT or --udp PORT."));

    if (address->octet(0) != 127)
        err << tr("netsteps-cli serve: warning: listening on %1, not on loopback: other machines can "
                  "connect to these servers.")
                   .arg(address->toString())
            << Qt::endl;
    if (!tcpPorts.isEmpty()) {
        const qint64 wanted = qint64(maxConnections) + DescriptorReserve;
        const std::optional<LabDescriptorLimit> limit = LabNative::raiseDescriptorLimit(wanted);
        if (limit && limit->soft < wanted)
            err << tr("netsteps-cli serve: warning: this process may open only %1 descriptors (hard "
                      "limit %2), so fewer than --max-conn %3 connections can be open at once.")
                       .arg(limit->soft)
                       .arg(limit->hard)
                       .arg(maxConnections)
                << Qt::endl;
    }

    const bool json = parser.isSet(jsonOption);
    const auto print = [&out, json](const LabEvent &event) {
        // Flushed line by line: whoever reads the log (a test, a script) sees each event at once.
        if (json)
            out << QString::fromUtf8(QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact)) << Qt::endl;
        else
            out << event.describe() << Qt::endl;
    };

    // Installed before the first server listens: a signal that comes as soon as the listening
    // lines are out still closes everything cleanly.
    LabStopSignals stopSignals;
    std::vector<std::unique_ptr<LabTcpServer>> tcpServers;
    std::vector<std::unique_ptr<LabUdpServer>> udpServers;
    LabListenError error;
    for (const quint16 port : std::as_const(tcpPorts)) {
        LabServerOptions serverOptions = options;
        serverOptions.address.port = port;
        auto server = std::make_unique<LabTcpServer>(serverOptions);
        QObject::connect(server.get(), &LabTcpServer::event, server.get(), print);
        if (!server->listen(&error)) {
            err << "netsteps-cli serve: " << error.message << Qt::endl;
            return exitStatusForListenFailure(error.failure);
        }
        tcpServers.push_back(std::move(server));
    }
    for (const quint16 port : std::as_const(udpPorts)) {
        LabServerOptions serverOptions = options;
        serverOptions.address.port = port;
        auto server = std::make_unique<LabUdpServer>(serverOptions);
        QObject::connect(server.get(), &LabUdpServer::event, server.get(), print);
        if (!server->listen(&error)) {
            err << "netsteps-cli serve: " << error.message << Qt::endl;
            return exitStatusForListenFailure(error.failure);
        }
        udpServers.push_back(std::move(server));
    }

    QEventLoop loop;
    QObject::connect(&stopSignals, &LabStopSignals::stopRequested, &loop, [&](const QString &signalName) {
        err << tr("netsteps-cli serve: %1 received: closing every connection.").arg(signalName) << Qt::endl;
        for (const auto &server : tcpServers)
            server->stop();
        for (const auto &server : udpServers)
            server->stop();
        loop.quit();
    });
    loop.exec();
    return Success;
}

} // namespace NetSteps::Cli

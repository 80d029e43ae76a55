#include "proxycommand.h"

#include "clicommands.h"
#include "ipv4address.h"
#include "labcommandline.h"
#include "labproxy.h"
#include "labstopsignals.h"

#include <QCommandLineOption>
#include <QHostAddress>
#include <QHostInfo>

#include <algorithm>
#include <optional>

// `netsteps-cli proxy`: a student's client connects to the proxy, the proxy connects to the
// student's server (or to `netsteps-cli serve`), and both legs' lifecycles are logged live.
namespace NetSteps::Cli {

namespace {

// Descriptors the process needs besides its connections: the listener, stdio, the event loop's own.
constexpr int DescriptorReserve = 64;
constexpr int MaxConnectionsLimit = 500000; // two descriptors each

QString helpText()
{
    return tr("Usage: netsteps-cli proxy --listen PORT --to HOST:PORT [options]\n"
              "\n"
              "Watch your own program's connection: point your client at the proxy's port. For each\n"
              "client the proxy connects to HOST:PORT and passes the bytes both ways unchanged, until\n"
              "SIGINT (Ctrl+C) or SIGTERM, which close every connection cleanly (exit status 0).\n"
              "\n"
              "The first line is 'proxying tcp ADDR:PORT -> HOST:PORT' (the real port when 0 was\n"
              "given), then one line per event on either leg (client -> proxy, proxy -> server):\n"
              "  opened, connecting  the client's handshake; the proxy's connect() to the server\n"
              "  data                each recv(): how many bytes, the first ones as Python writes them\n"
              "  eof, shutdown       a FIN (recv() returned 0), passed on with shutdown(SHUT_WR)\n"
              "  paused, resumed     1 MiB waits for a side that reads slower than the other sends:\n"
              "                      the proxy stops reading the sender until it catches up (TCP's\n"
              "                      flow control, as without the proxy)\n"
              "  closed              each leg's end and why: who closed first, a reset (passed on as\n"
              "                      a reset), connection refused\n"
              "Each line ends with the leg's TCP state as the kernel reports it, where it can.\n"
              "\n"
              "Options:\n"
              "  --listen PORT    the port to listen on (0: any free port)\n"
              "  --to HOST:PORT   the server: an IPv4 address, or a host name looked up once at start\n"
              "  --bind ADDR      the IPv4 address to listen on (default 127.0.0.1); another address\n"
              "                   lets other machines connect, with a warning\n"
              "  --max-conn N     connections open at once (default 1000); past it a new client is\n"
              "                   closed at once\n"
              "  --json           one JSON object per line instead of text\n"
              "  -h, --help       this help\n"
              "\n"
              "Exit status: 0 stopped by a signal, 1 failed, 2 bad usage (a bad --to too), 3 the port\n"
              "is in use or needs a privilege (below 1024), or the proxy is not available on this\n"
              "system.\n");
}

// A host name as RFC 1123 writes one: dot-separated labels of letters, digits and '-'.
bool isHostName(const QString &text)
{
    if (text.size() > 253)
        return false;
    for (const QStringView label : QStringView(text).split(u'.')) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (const QChar c : label)
            if (c.unicode() > 127 || !(c.isLetterOrNumber() || c == u'-'))
                return false;
    }
    return true;
}

// The first IPv4 address of a host name, looked up once: the proxy keeps it for every client.
std::optional<Ipv4Address> lookUp(const QString &host, QString *error)
{
    const QHostInfo info = QHostInfo::fromName(host);
    for (const QHostAddress &address : info.addresses())
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            return Ipv4Address(address.toIPv4Address());
    *error = info.error() == QHostInfo::NoError
        ? tr("the host '%1' has no IPv4 address.").arg(host)
        : tr("could not find the host '%1' (%2).").arg(host, info.errorString());
    return std::nullopt;
}

// --to HOST:PORT, the host an IPv4 address or a host name.
std::optional<NativeSocketAddress> parseTarget(const QString &text, QString *error)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0) {
        *error = tr("invalid --to '%1': give HOST:PORT, such as 127.0.0.1:9000.").arg(text);
        return std::nullopt;
    }
    const QString host = text.left(colon);
    const QString portText = text.mid(colon + 1);
    if (host.contains(u':') || host.startsWith(u'[')) {
        *error = tr("invalid --to '%1': only IPv4 addresses and host names are supported.").arg(text);
        return std::nullopt;
    }
    const std::optional<quint16> port = parseLabPort(portText);
    if (!port || *port == 0) {
        *error = tr("invalid --to port '%1': a whole number from 1 to 65535.").arg(portText);
        return std::nullopt;
    }
    if (host.isEmpty()) {
        *error = tr("invalid --to '%1': the host is missing, as in 127.0.0.1:9000.").arg(text);
        return std::nullopt;
    }
    // Digits and dots only: meant as an address, so "1.2.3.4.5" is a typo, not a name to look up.
    if (std::all_of(host.cbegin(), host.cend(), [](QChar c) { return c == u'.' || c.isDigit(); })) {
        const Parsed<Ipv4Address> address = Ipv4Address::parse(host);
        if (!address) {
            *error = tr("invalid --to address '%1': %2").arg(host, address.error().message);
            return std::nullopt;
        }
        return NativeSocketAddress{*address, *port};
    }
    if (!isHostName(host)) {
        *error = tr("invalid --to host '%1': a host name has only letters, digits, '-' and dots.").arg(host);
        return std::nullopt;
    }
    const std::optional<Ipv4Address> address = lookUp(host, error);
    if (!address)
        return std::nullopt;
    return NativeSocketAddress{*address, *port};
}

} // namespace

int runProxyCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QCommandLineOption listenOption(QStringLiteral("listen"), QString(), QStringLiteral("PORT"));
    const QCommandLineOption toOption(QStringLiteral("to"), QString(), QStringLiteral("HOST:PORT"));
    LabCommandLine commandLine(QStringLiteral("proxy"), MaxConnectionsLimit);
    if (int status = 0; !commandLine.parse(args, {listenOption, toOption}, helpText(), out, err, &status))
        return status;
    const QCommandLineParser &parser = commandLine.parser();
    if (!parser.isSet(listenOption) || !parser.isSet(toOption))
        return commandLine.badInput(err, tr("give --listen PORT and --to HOST:PORT."));

    LabProxyOptions options;
    const std::optional<quint16> port = parseLabPort(parser.value(listenOption));
    if (!port)
        return commandLine.badInput(err, tr("invalid --listen port '%1': a whole number from 0 to 65535.")
                                             .arg(parser.value(listenOption)));
    options.address = {commandLine.bindAddress(), *port};
    options.maxConnections = commandLine.maxConnections();
    QString targetError;
    const std::optional<NativeSocketAddress> target = parseTarget(parser.value(toOption), &targetError);
    if (!target)
        return commandLine.badInput(err, targetError);
    options.target = *target;

    if (options.address.address.octet(0) != 127)
        err << tr("netsteps-cli proxy: warning: listening on %1, not on loopback: other machines can "
                  "connect through this proxy.")
                   .arg(options.address.address.toString())
            << Qt::endl;
    const qint64 wanted = 2 * qint64(options.maxConnections) + DescriptorReserve;
    if (const std::optional<LabDescriptorLimit> limit = LabNative::raiseDescriptorLimit(wanted);
        limit && limit->soft < wanted)
        err << tr("netsteps-cli proxy: warning: this process may open only %1 descriptors (hard limit %2), "
                  "so fewer than --max-conn %3 connections (two descriptors each) can be open at once.")
                   .arg(limit->soft)
                   .arg(limit->hard)
                   .arg(options.maxConnections)
            << Qt::endl;

    // Installed before the proxy listens: a signal that comes as soon as the first line is out
    // still closes everything cleanly.
    LabStopSignals stopSignals;
    LabProxy proxy(options);
    QObject::connect(&proxy, &LabProxy::event, &proxy,
                     [&](const LabProxyEvent &event) { commandLine.print(out, event); });
    LabListenError error;
    if (!proxy.listen(&error)) {
        err << "netsteps-cli proxy: " << error.message << Qt::endl;
        return exitStatusForListenFailure(error.failure);
    }
    return commandLine.runUntilStopped(stopSignals, err, [&proxy] { proxy.stop(); });
}

} // namespace NetSteps::Cli

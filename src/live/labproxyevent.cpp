#include "labproxyevent.h"

#include "pythonbytes.h"

#include <algorithm>

namespace NetSteps {

namespace {

QString kindName(LabProxyEvent::Kind kind)
{
    switch (kind) {
    case LabProxyEvent::Kind::Listening:
        return QStringLiteral("listening");
    case LabProxyEvent::Kind::Opened:
        return QStringLiteral("opened");
    case LabProxyEvent::Kind::Connecting:
        return QStringLiteral("connecting");
    case LabProxyEvent::Kind::Data:
        return QStringLiteral("data");
    case LabProxyEvent::Kind::Eof:
        return QStringLiteral("eof");
    case LabProxyEvent::Kind::Shutdown:
        return QStringLiteral("shutdown");
    case LabProxyEvent::Kind::Paused:
        return QStringLiteral("paused");
    case LabProxyEvent::Kind::Resumed:
        return QStringLiteral("resumed");
    case LabProxyEvent::Kind::Closed:
        return QStringLiteral("closed");
    case LabProxyEvent::Kind::Warning:
        return QStringLiteral("warning");
    case LabProxyEvent::Kind::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

LabProxyLeg otherLeg(LabProxyLeg leg)
{
    return leg == LabProxyLeg::Client ? LabProxyLeg::Server : LabProxyLeg::Client;
}

bool concernsOneLeg(LabProxyEvent::Kind kind)
{
    return kind != LabProxyEvent::Kind::Listening && kind != LabProxyEvent::Kind::Warning
        && kind != LabProxyEvent::Kind::Stopped;
}

} // namespace

QString LabProxyEvent::legName(LabProxyLeg leg)
{
    return leg == LabProxyLeg::Client ? QStringLiteral("client") : QStringLiteral("server");
}

QString LabProxyEvent::reasonName(LabProxyCloseReason reason)
{
    switch (reason) {
    case LabProxyCloseReason::PeerClosed:
        return QStringLiteral("peer-closed");
    case LabProxyCloseReason::Reset:
        return QStringLiteral("reset");
    case LabProxyCloseReason::Aborted:
        return QStringLiteral("aborted");
    case LabProxyCloseReason::Refused:
        return QStringLiteral("refused");
    case LabProxyCloseReason::HostUnreachable:
        return QStringLiteral("host-unreachable");
    case LabProxyCloseReason::NetworkUnreachable:
        return QStringLiteral("network-unreachable");
    case LabProxyCloseReason::TimedOut:
        return QStringLiteral("timed-out");
    case LabProxyCloseReason::ConnectionCap:
        return QStringLiteral("connection-cap");
    case LabProxyCloseReason::Stopped:
        return QStringLiteral("stopped");
    case LabProxyCloseReason::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString LabProxyEvent::describe() const
{
    const QString party = leg == LabProxyLeg::Client ? tr("the client") : tr("the server");
    const QString otherParty = leg == LabProxyLeg::Client ? tr("the server") : tr("the client");
    // A leg as the log names it: the client by its address, the server leg by both ends and the
    // client it serves, so that the lines of one connection can be told from the others'.
    const QString name = leg == LabProxyLeg::Client
        ? tr("client %1").arg(peer.toString())
        : tr("server leg %1 → %2 for client %3").arg(local.toString(), peer.toString(), client.toString());
    QString line;
    switch (kind) {
    case Kind::Listening:
        return QStringLiteral("proxying tcp %1 -> %2").arg(local.toString(), peer.toString());
    case Kind::Opened:
        line = leg == LabProxyLeg::Client
            ? tr("opened client %1 → %2: accept(), the handshake is done (%n connection(s) open)", nullptr,
                 int(count))
                  .arg(peer.toString(), local.toString())
            : tr("opened %1: connect() finished, the handshake is done").arg(name);
        break;
    case Kind::Connecting:
        line = tr("connecting %1: connect() sent the SYN").arg(name);
        break;
    case Kind::Data: {
        const QByteArrayView first = QByteArrayView(preview).first(std::min(preview.size(), PreviewSize));
        const QString shown = pythonBytes(first) + (count > first.size() ? QStringLiteral("…") : QString());
        line = leg == LabProxyLeg::Client
            ? tr("data client %1 → server: %n byte(s) %2", nullptr, int(count)).arg(client.toString(), shown)
            : tr("data server → client %1: %n byte(s) %2", nullptr, int(count)).arg(client.toString(), shown);
        break;
    }
    case Kind::Eof:
        line = tr("eof %1: recv() returned 0, %2 sent FIN and will send no more").arg(name, party);
        break;
    case Kind::Shutdown:
        line = tr("shutdown %1: shutdown(SHUT_WR) sent FIN, passing on the FIN of %2").arg(name, otherParty);
        break;
    case Kind::Paused:
        line = tr("paused %1: %2 does not read as fast as %3 sends, %4 KiB wait for it; the proxy reads "
                  "from %3 only once %2 has caught up (TCP flow control, as without the proxy)")
                   .arg(name, party, otherParty)
                   .arg(count / 1024);
        break;
    case Kind::Resumed:
        line = tr("resumed %1: %2 caught up (%3 KiB wait for it); the proxy reads from %4 again")
                   .arg(name, party)
                   .arg(count / 1024)
                   .arg(otherParty);
        break;
    case Kind::Closed: {
        QString why;
        switch (reason) {
        case LabProxyCloseReason::PeerClosed:
            why = closedFirst == leg ? tr("%1 closed first; both sides have sent FIN").arg(party)
                                     : tr("%1 closed after %2; both sides have sent FIN").arg(party, otherParty);
            break;
        case LabProxyCloseReason::Reset:
            why = tr("reset by %1 (%2)").arg(party, QStringLiteral("ECONNRESET 104 / WinError 10054"));
            break;
        case LabProxyCloseReason::Aborted:
            why = tr("reset by the proxy (SO_LINGER 0, then close()) to pass on what happened to the other leg");
            break;
        case LabProxyCloseReason::Refused:
            why = tr("connection refused (%1): nothing listens on %2")
                      .arg(QStringLiteral("ECONNREFUSED 111 / WinError 10061"), peer.toString());
            break;
        case LabProxyCloseReason::HostUnreachable:
            why = tr("no route to host (%1)").arg(QStringLiteral("EHOSTUNREACH 113 / WinError 10065"));
            break;
        case LabProxyCloseReason::NetworkUnreachable:
            why = tr("network is unreachable (%1)").arg(QStringLiteral("ENETUNREACH 101 / WinError 10051"));
            break;
        case LabProxyCloseReason::TimedOut:
            why = tr("connection timed out (%1): the SYNs went unanswered")
                      .arg(QStringLiteral("ETIMEDOUT 110 / WinError 10060"));
            break;
        case LabProxyCloseReason::ConnectionCap:
            return tr("closed %1: refused: the cap of %n concurrent connection(s) is reached (--max-conn)", nullptr,
                      int(count))
                .arg(name);
        case LabProxyCloseReason::Stopped:
            why = tr("the proxy is stopping");
            break;
        case LabProxyCloseReason::Error:
            why = tr("a socket call failed (%1)").arg(detail);
            break;
        }
        line = tr("closed %1: %2 (%3 read(s), %4 byte(s) in, %5 byte(s) out)")
                   .arg(name, why)
                   .arg(reads)
                   .arg(bytesIn)
                   .arg(bytesOut);
        break;
    }
    case Kind::Warning:
        return tr("warning tcp %1: %2").arg(local.toString(), detail);
    case Kind::Stopped:
        return tr("stopped tcp %1: %n connection(s) closed", nullptr, int(count)).arg(local.toString());
    }
    if (kernelState)
        line = tr("%1 [kernel: %2]").arg(line, tcpStateName(*kernelState));
    return line;
}

QJsonObject LabProxyEvent::toJson() const
{
    QJsonObject o{{QStringLiteral("event"), kindName(kind)}, {QStringLiteral("transport"), QStringLiteral("tcp")}};
    if (concernsOneLeg(kind)) {
        o.insert(QStringLiteral("leg"), legName(leg));
        o.insert(QStringLiteral("client"), client.toString());
        o.insert(QStringLiteral("peer"), peer.toString());
    }
    o.insert(QStringLiteral("local"), local.toString());
    switch (kind) {
    case Kind::Listening:
        o.insert(QStringLiteral("address"), local.address.toString());
        o.insert(QStringLiteral("port"), local.port);
        o.insert(QStringLiteral("target"), peer.toString());
        break;
    case Kind::Opened:
        if (leg == LabProxyLeg::Client)
            o.insert(QStringLiteral("open"), count);
        break;
    case Kind::Data:
        o.insert(QStringLiteral("to"), legName(otherLeg(leg)));
        o.insert(QStringLiteral("bytes"), count);
        o.insert(QStringLiteral("preview"), pythonBytes(QByteArrayView(preview).first(std::min(preview.size(), PreviewSize))));
        break;
    case Kind::Closed:
        o.insert(QStringLiteral("reason"), reasonName(reason));
        if (!detail.isEmpty())
            o.insert(QStringLiteral("detail"), detail);
        if (reason == LabProxyCloseReason::PeerClosed)
            o.insert(QStringLiteral("closed_first"), legName(closedFirst));
        if (reason == LabProxyCloseReason::ConnectionCap)
            o.insert(QStringLiteral("cap"), count);
        o.insert(QStringLiteral("reads"), reads);
        o.insert(QStringLiteral("bytes_in"), bytesIn);
        o.insert(QStringLiteral("bytes_out"), bytesOut);
        break;
    case Kind::Paused:
    case Kind::Resumed:
        o.insert(QStringLiteral("queued_bytes"), count);
        break;
    case Kind::Warning:
        o.insert(QStringLiteral("detail"), detail);
        break;
    case Kind::Stopped:
        o.insert(QStringLiteral("closed"), count);
        break;
    case Kind::Connecting:
    case Kind::Eof:
    case Kind::Shutdown:
        break;
    }
    if (kernelState)
        o.insert(QStringLiteral("state"), tcpStateName(*kernelState));
    o.insert(QStringLiteral("message"), describe());
    return o;
}

} // namespace NetSteps

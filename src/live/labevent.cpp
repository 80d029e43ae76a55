#include "labevent.h"

namespace NetSteps {

namespace {

QString kindName(LabEvent::Kind kind)
{
    switch (kind) {
    case LabEvent::Kind::Listening:
        return QStringLiteral("listening");
    case LabEvent::Kind::Opened:
        return QStringLiteral("opened");
    case LabEvent::Kind::Closed:
        return QStringLiteral("closed");
    case LabEvent::Kind::Datagram:
        return QStringLiteral("datagram");
    case LabEvent::Kind::DatagramSummary:
        return QStringLiteral("datagram-summary");
    case LabEvent::Kind::Warning:
        return QStringLiteral("warning");
    case LabEvent::Kind::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

} // namespace

QString LabEvent::reasonName(LabCloseReason reason)
{
    switch (reason) {
    case LabCloseReason::PeerClosed:
        return QStringLiteral("peer-closed");
    case LabCloseReason::Exit:
        return QStringLiteral("exit");
    case LabCloseReason::Reset:
        return QStringLiteral("reset");
    case LabCloseReason::ConnectionCap:
        return QStringLiteral("connection-cap");
    case LabCloseReason::QueueOverflow:
        return QStringLiteral("queue-overflow");
    case LabCloseReason::Unread:
        return QStringLiteral("unread");
    case LabCloseReason::ServerStopped:
        return QStringLiteral("stopped");
    case LabCloseReason::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString LabEvent::transportName(LabTransport transport)
{
    return transport == LabTransport::Tcp ? QStringLiteral("tcp") : QStringLiteral("udp");
}

QString LabEvent::closeReasonText() const
{
    QString why;
    switch (reason) {
    case LabCloseReason::PeerClosed:
        why = tr("the client closed its side (recv() returned 0, EOF), so the server closed too");
        break;
    case LabCloseReason::Exit:
        why = tr("the client sent exit; the server closed first, so its side waits in TIME-WAIT");
        break;
    case LabCloseReason::Reset:
        why = tr("reset by the client (%1)").arg(detail);
        break;
    case LabCloseReason::ConnectionCap:
        why = tr("refused: the cap of %n concurrent connection(s) is reached (--max-conn)", nullptr, int(count));
        break;
    case LabCloseReason::QueueOverflow:
        why = tr("the client is not reading: more than %1 KiB of replies waited for it").arg(count / 1024);
        break;
    case LabCloseReason::Unread:
        why = tr("the client left its last replies unread for too long");
        break;
    case LabCloseReason::ServerStopped:
        why = tr("the server is stopping");
        break;
    case LabCloseReason::Error:
        why = tr("a socket call failed (%1)").arg(detail);
        break;
    }
    return why;
}

QString LabEvent::describe() const
{
    const QString proto = transportName(transport);
    switch (kind) {
    case Kind::Listening:
        return QStringLiteral("listening %1 %2").arg(proto, local.toString());
    case Kind::Opened:
        return tr("opened %1 %2 → %3 (%n connection(s) open)", nullptr, int(count))
            .arg(proto, peer.toString(), local.toString());
    case Kind::Closed: {
        const QString why = closeReasonText();
        if (reason == LabCloseReason::ConnectionCap)
            return tr("closed %1 %2: %3").arg(proto, peer.toString(), why);
        return tr("closed %1 %2: %3 (%4 read(s), %5 byte(s) in, %6 byte(s) out)")
            .arg(proto, peer.toString(), why)
            .arg(reads)
            .arg(bytesIn)
            .arg(bytesOut);
    }
    case Kind::Datagram:
        return tr("datagram %1 %2 → %3: %4 byte(s) in, %5 byte(s) out")
            .arg(proto, peer.toString(), local.toString())
            .arg(bytesIn)
            .arg(bytesOut);
    case Kind::DatagramSummary:
        return tr("datagrams %1 %2: %3 more in the last second (%4 byte(s) in, %5 byte(s) out), "
                  "counted rather than logged one by one")
            .arg(proto, local.toString())
            .arg(reads)
            .arg(bytesIn)
            .arg(bytesOut);
    case Kind::Warning:
        return tr("warning %1 %2: %3").arg(proto, local.toString(), detail);
    case Kind::Stopped:
        if (transport == LabTransport::Udp)
            return tr("stopped %1 %2").arg(proto, local.toString());
        return tr("stopped %1 %2: %n connection(s) closed", nullptr, int(count)).arg(proto, local.toString());
    }
    return {};
}

QJsonObject LabEvent::toJson() const
{
    QJsonObject o{{QStringLiteral("event"), kindName(kind)},
                  {QStringLiteral("transport"), transportName(transport)},
                  {QStringLiteral("local"), local.toString()}};
    switch (kind) {
    case Kind::Listening:
        o.insert(QStringLiteral("address"), local.address.toString());
        o.insert(QStringLiteral("port"), local.port);
        break;
    case Kind::Opened:
        o.insert(QStringLiteral("peer"), peer.toString());
        o.insert(QStringLiteral("open"), count);
        break;
    case Kind::Closed:
        o.insert(QStringLiteral("peer"), peer.toString());
        o.insert(QStringLiteral("reason"), reasonName(reason));
        if (!detail.isEmpty())
            o.insert(QStringLiteral("detail"), detail);
        if (reason == LabCloseReason::ConnectionCap) {
            o.insert(QStringLiteral("cap"), count);
        } else {
            if (reason == LabCloseReason::QueueOverflow)
                o.insert(QStringLiteral("queue_cap_bytes"), count);
            o.insert(QStringLiteral("reads"), reads);
            o.insert(QStringLiteral("bytes_in"), bytesIn);
            o.insert(QStringLiteral("bytes_out"), bytesOut);
        }
        break;
    case Kind::Datagram:
        o.insert(QStringLiteral("peer"), peer.toString());
        o.insert(QStringLiteral("bytes_in"), bytesIn);
        o.insert(QStringLiteral("bytes_out"), bytesOut);
        break;
    case Kind::DatagramSummary:
        o.insert(QStringLiteral("datagrams"), reads);
        o.insert(QStringLiteral("bytes_in"), bytesIn);
        o.insert(QStringLiteral("bytes_out"), bytesOut);
        break;
    case Kind::Warning:
        o.insert(QStringLiteral("detail"), detail);
        break;
    case Kind::Stopped:
        if (transport == LabTransport::Tcp)
            o.insert(QStringLiteral("closed"), count);
        break;
    }
    o.insert(QStringLiteral("message"), describe());
    return o;
}

} // namespace NetSteps

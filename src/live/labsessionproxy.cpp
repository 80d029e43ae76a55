// NetSteps' proxy in the socket lab: the student points their own client at it, it passes
// everything on to their own server (or any target), and both legs show as connections with
// their calls and traces, so that two programs of the student's can be watched talking.

#include "labsession.h"

#include "labproxy.h"
#include "labsessionparts.h"

namespace NetSteps {

using namespace LabSessionParts;

// Turns the proxy's events into rows, calls and trace events (the class is in labsessionparts.h).
void LabSession::ProxyObserver::event(const LabProxyEvent &event)
{
    switch (event.kind) {
    case LabProxyEvent::Kind::Opened:
        opened(event);
        return;
    case LabProxyEvent::Kind::Data:
        data(event);
        return;
    case LabProxyEvent::Kind::Eof:
        if (LabConnection *c = leg(event)) {
            LabCall call = m_session.newCall(c->id, QStringLiteral("proxy"));
            call.call = QStringLiteral("recv(16384)");
            call.python = recvLine(event.leg);
            call.result = QStringLiteral("b''");
            m_session.logCall(call);
            m_session.traceEvent(*c, TraceKind::Closed, otherSide(c->localSide));
        }
        return;
    case LabProxyEvent::Kind::Shutdown:
        if (LabConnection *c = leg(event)) {
            LabCall call = m_session.newCall(c->id, QStringLiteral("proxy"));
            call.call = QStringLiteral("shutdown(SHUT_WR)");
            call.python = QStringLiteral("%1.shutdown(socket.SHUT_WR)").arg(socketName(event.leg));
            call.result = QStringLiteral("None");
            m_session.logCall(call);
            m_session.traceEvent(*c, TraceKind::Closed, c->localSide);
        }
        return;
    case LabProxyEvent::Kind::Closed:
        closed(event);
        return;
    case LabProxyEvent::Kind::Connecting: // its result is the call logged, when the leg opens or fails
    case LabProxyEvent::Kind::Listening:
    case LabProxyEvent::Kind::Paused:
    case LabProxyEvent::Kind::Resumed:
    case LabProxyEvent::Kind::Warning:
    case LabProxyEvent::Kind::Stopped:
        return; // in the proxy's log line (serverEvent), not a call of a connection
    }
}

QString LabSession::ProxyObserver::key(const LabProxyEvent &event)
{
    return QStringLiteral("%1 %2").arg(event.leg == LabProxyLeg::Client ? 'c' : 's').arg(event.client.toString());
}
// The proxy's socket for a leg, as a Python proxy would name it.
QString LabSession::ProxyObserver::socketName(LabProxyLeg leg)
{
    return leg == LabProxyLeg::Client ? QStringLiteral("conn") : QStringLiteral("upstream");
}
QString LabSession::ProxyObserver::recvLine(LabProxyLeg leg)
{
    return QStringLiteral("data = %1.recv(16384)").arg(socketName(leg));
}

LabConnection *LabSession::ProxyObserver::leg(const LabProxyEvent &event)
{
    return m_session.findConnection(m_legs.value(key(event)));
}

void LabSession::ProxyObserver::opened(const LabProxyEvent &event)
{
    const bool clientLeg = event.leg == LabProxyLeg::Client;
    LabConnection row;
    row.transport = LabTransport::Tcp;
    row.proxied = true;
    // On the client's leg NetSteps is the server; on the leg to the target, the client.
    row.localSide = clientLeg ? Side::Server : Side::Client;
    row.local = event.local;
    row.peer = event.peer;
    const LabTrace::Address local{event.local.address, event.local.port};
    const LabTrace::Address peer{event.peer.address, event.peer.port};
    row.trace = std::make_shared<LabTrace>(QStringLiteral("socket-lab"), row.localSide, clientLeg ? peer : local,
                                           clientLeg ? local : peer);
    const int id = m_session.addConnection(row);
    m_legs.insert(key(event), id);
    LabCall call = m_session.newCall(id, QStringLiteral("proxy"));
    if (clientLeg) {
        call.call = QStringLiteral("accept()");
        call.python = QStringLiteral("conn, addr = proxy.accept()");
        call.result = QStringLiteral("(conn, %1)").arg(pythonAddress(event.peer));
    } else {
        call.call = QStringLiteral("connect(%1)").arg(pythonAddress(event.peer));
        call.python = QStringLiteral("upstream.connect(%1)").arg(pythonAddress(event.peer));
        call.result = QStringLiteral("None");
    }
    m_session.logCall(call);
    m_session.traceEvent(*m_session.findConnection(id), TraceKind::Established, Side::Client);
}

// One read on a leg, passed on at once to the other leg.
void LabSession::ProxyObserver::data(const LabProxyEvent &event)
{
    LabConnection *from = leg(event);
    if (!from)
        return;
    LabCall receive = m_session.newCall(from->id, QStringLiteral("proxy"));
    receive.call = QStringLiteral("recv(16384)");
    receive.python = recvLine(event.leg);
    receive.result = pythonBytesPreview(event.preview, quotedBytes);
    m_session.logCall(receive);
    from->bytesIn += event.count;
    ++from->messagesIn;
    m_session.traceEvent(*from, TraceKind::Sent, otherSide(from->localSide), event.preview);

    LabProxyEvent onOther = event;
    onOther.leg = event.leg == LabProxyLeg::Client ? LabProxyLeg::Server : LabProxyLeg::Client;
    LabConnection *to = leg(onOther);
    if (!to)
        return; // the leg to the target is not connected yet: the bytes wait in the proxy
    LabCall send = m_session.newCall(to->id, QStringLiteral("proxy"));
    send.call = QStringLiteral("sendall(%1)").arg(pythonBytesPreview(event.preview, quotedBytes));
    send.python = QStringLiteral("%1.sendall(data)").arg(socketName(onOther.leg));
    send.result = QStringLiteral("None");
    m_session.logCall(send);
    to->bytesOut += event.count;
    ++to->messagesOut;
    m_session.traceEvent(*to, TraceKind::Sent, to->localSide, event.preview);
}

void LabSession::ProxyObserver::closed(const LabProxyEvent &event)
{
    LabConnection *c = leg(event);
    m_legs.remove(key(event));
    const QString describe = event.describe();
    if (!c) {
        // The leg to the target never opened: connect() failed (refused, unreachable, timed out).
        if (event.leg == LabProxyLeg::Server && !event.detail.isEmpty()) {
            LabCall call = m_session.newCall(0, QStringLiteral("proxy"));
            call.call = QStringLiteral("connect(%1)").arg(pythonAddress(event.peer));
            call.python = QStringLiteral("upstream.connect(%1)").arg(pythonAddress(event.peer));
            describeFailure(call, event.detail, describe);
            m_session.logCall(call);
        }
        return;
    }
    switch (event.reason) {
    case LabProxyCloseReason::Reset: {
        LabCall call = m_session.newCall(c->id, QStringLiteral("proxy"));
        call.call = QStringLiteral("recv(16384)");
        call.python = recvLine(event.leg);
        describeFailure(call, event.detail, describe);
        m_session.logCall(call);
        m_session.traceEvent(*c, TraceKind::Reset, otherSide(c->localSide));
        break;
    }
    case LabProxyCloseReason::Aborted:
    case LabProxyCloseReason::Refused:
    case LabProxyCloseReason::HostUnreachable:
    case LabProxyCloseReason::NetworkUnreachable:
    case LabProxyCloseReason::TimedOut:
    case LabProxyCloseReason::Error:
        // The proxy reset this leg to pass on the other leg's failure (SO_LINGER 0, close()).
        m_session.traceEvent(*c, TraceKind::Reset, c->localSide);
        break;
    case LabProxyCloseReason::PeerClosed:
    case LabProxyCloseReason::ConnectionCap:
    case LabProxyCloseReason::Stopped:
        break; // both FINs are in the trace already, or the close is the kernel's to tell
    }
    LabCall close = m_session.newCall(c->id, QStringLiteral("proxy"));
    close.call = QStringLiteral("close()");
    close.python = QStringLiteral("%1.close()").arg(socketName(event.leg));
    close.result = QStringLiteral("None");
    m_session.logCall(close);
    c->open = false;
    c->closedBecause = describe;
    m_session.changed(*c);
}

bool LabSession::startProxy(const NativeSocketAddress &address, const NativeSocketAddress &target, QString *error)
{
    stopProxy();
    LabProxyOptions options;
    options.address = address;
    options.target = target;
    options.wholeData = true;
    m_proxyTarget = target;
    // Two descriptors per proxied connection, as `netsteps-cli proxy` reckons.
    LabNative::raiseDescriptorLimit(2 * qint64(options.maxConnections) + descriptorReserve);
    m_proxy = std::make_unique<LabProxy>(options);
    m_proxyObserver = std::make_unique<ProxyObserver>(*this);
    connect(m_proxy.get(), &LabProxy::event, this, [this](const LabProxyEvent &event) {
        m_proxyObserver->event(event);
        Q_EMIT serverEvent(event.describe());
    });
    LabCall listen = newCall(0, QStringLiteral("proxy"));
    listen.call = QStringLiteral("bind(%1); listen(%2)").arg(pythonAddress(address)).arg(LabTrace::defaultBacklog);
    listen.python = QStringLiteral("proxy.bind(%1); proxy.listen(%2)").arg(pythonAddress(address)).arg(LabTrace::defaultBacklog);
    LabListenError failure;
    if (!m_proxy->listen(&failure)) {
        describeFailure(listen, failure.failure == LabFailure::AddressInUse ? QStringLiteral("EADDRINUSE") : QString(),
                        failure.message);
        logCall(listen);
        m_proxy.reset();
        m_proxyObserver.reset();
        if (error)
            *error = failure.message;
        Q_EMIT proxyChanged();
        return false;
    }
    listen.result = QStringLiteral("None");
    logCall(listen);
    Q_EMIT proxyChanged();
    return true;
}

void LabSession::stopProxy()
{
    if (!m_proxy)
        return;
    m_proxy->stop(); // each leg's Closed event while the observer still listens
    m_proxy.reset();
    m_proxyObserver.reset();
    Q_EMIT proxyChanged();
}

bool LabSession::isProxying() const
{
    return m_proxy != nullptr;
}

NativeSocketAddress LabSession::proxyAddress() const
{
    return m_proxy ? m_proxy->address() : NativeSocketAddress{};
}

NativeSocketAddress LabSession::proxyTarget() const
{
    return m_proxy ? m_proxyTarget : NativeSocketAddress{};
}

} // namespace NetSteps

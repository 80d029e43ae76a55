#include "labsession.h"

#include "kerneltcpview.h"
#include "labproxy.h"
#include "labsessionparts.h"
#include "labtcpserver.h"
#include "labudpserver.h"

#include <algorithm>

namespace NetSteps {

using namespace LabSessionParts;

// Follows NetSteps' servers message by message, for the call log and the traces.
class LabSession::ServerObserver final : public LabTcpServer::MessageObserver, public LabUdpServer::MessageObserver
{
public:
    explicit ServerObserver(LabSession &session) : m_session(session) {}

    // TCP: the server's lifecycle events, which name a connection by its peer (unique while open).
    void event(const LabEvent &event)
    {
        if (event.transport != LabTransport::Tcp)
            return;
        if (event.kind == LabEvent::Kind::Opened)
            opened(event);
        else if (event.kind == LabEvent::Kind::Closed)
            closed(event);
    }

    void received(const NativeSocketAddress &peer, QByteArrayView data) override
    {
        LabConnection *c = m_session.findConnection(m_open.value(key(peer)));
        if (!c)
            return;
        LabCall call = m_session.newCall(c->id, QStringLiteral("server"));
        call.call = QStringLiteral("recv(1024)");
        call.python = QStringLiteral("data = conn.recv(1024)");
        call.result = pythonBytesPreview(data, quotedBytes);
        m_session.logCall(call);
        if (data.isEmpty()) {
            m_session.traceEvent(*c, TraceKind::Closed, Side::Client);
        } else {
            c->bytesIn += data.size();
            ++c->messagesIn;
            m_session.traceEvent(*c, TraceKind::Sent, Side::Client, data.toByteArray());
        }
    }

    void replied(const NativeSocketAddress &peer, QByteArrayView data) override
    {
        LabConnection *c = m_session.findConnection(m_open.value(key(peer)));
        if (!c)
            return;
        // The server hands every reply to the kernel whole, sending the rest as the socket
        // becomes writable: what the course writes as sendall().
        LabCall call = m_session.newCall(c->id, QStringLiteral("server"));
        call.call = QStringLiteral("sendall(%1)").arg(pythonBytesPreview(data, quotedBytes));
        call.python = c->messagesOut == 0 && c->messagesIn == 0 ? QStringLiteral("conn.sendall(b'Welcome!')")
                                                                 : QStringLiteral("conn.sendall(reply)");
        call.result = QStringLiteral("None");
        m_session.logCall(call);
        c->bytesOut += data.size();
        ++c->messagesOut;
        m_session.traceEvent(*c, TraceKind::Sent, Side::Server, data.toByteArray());
    }

    void datagram(const NativeSocketAddress &peer, QByteArrayView in, QByteArrayView reply, qint64 sent) override
    {
        const QString k = key(peer);
        LabConnection *c = m_session.findConnection(m_udpPeers.value(k));
        if (!c) {
            LabConnection row;
            row.transport = LabTransport::Udp;
            row.localSide = Side::Server;
            row.local = m_session.serverAddress();
            row.peer = peer;
            row.kernelNote = LabSession::tr("UDP has no connection, and so no connection state.");
            const int id = m_session.addConnection(row);
            m_udpPeers.insert(k, id);
            c = m_session.findConnection(id);
        }
        LabCall receive = m_session.newCall(c->id, QStringLiteral("server"));
        receive.call = QStringLiteral("recvfrom(1024)");
        receive.python = QStringLiteral("data, addr = server.recvfrom(1024)");
        receive.result = QStringLiteral("(%1, %2)").arg(pythonBytesPreview(in, quotedBytes), pythonAddress(peer));
        m_session.logCall(receive);
        LabCall send = m_session.newCall(c->id, QStringLiteral("server"));
        send.call = QStringLiteral("sendto(%1, %2)").arg(pythonBytesPreview(reply, quotedBytes), pythonAddress(peer));
        send.python = QStringLiteral("server.sendto(reply, addr)");
        if (sent >= 0)
            send.result = QString::number(sent);
        else
            send.error = LabSession::tr("the datagram could not be sent");
        m_session.logCall(send);
        c->bytesIn += in.size();
        ++c->messagesIn;
        if (sent >= 0) {
            c->bytesOut += sent;
            ++c->messagesOut;
        }
        m_session.changed(*c);
    }

    void forgetUdpPeers() { m_udpPeers.clear(); }

private:
    static QString key(const NativeSocketAddress &peer) { return peer.toString(); }

    void opened(const LabEvent &event)
    {
        LabConnection row;
        row.transport = LabTransport::Tcp;
        row.localSide = Side::Server;
        row.local = event.local;
        row.peer = event.peer;
        row.trace = std::make_shared<LabTrace>(QStringLiteral("socket-lab"), Side::Server,
                                               LabTrace::Address{event.peer.address, event.peer.port},
                                               LabTrace::Address{event.local.address, event.local.port});
        const int id = m_session.addConnection(row);
        m_open.insert(key(event.peer), id);
        LabConnection *c = m_session.findConnection(id);
        LabCall call = m_session.newCall(id, QStringLiteral("server"));
        call.call = QStringLiteral("accept()");
        call.python = QStringLiteral("conn, addr = server.accept()");
        call.result = QStringLiteral("(conn, %1)").arg(pythonAddress(event.peer));
        m_session.logCall(call);
        m_session.traceEvent(*c, TraceKind::Established, Side::Client);
    }

    void closed(const LabEvent &event)
    {
        const int id = m_open.take(key(event.peer));
        LabConnection *c = m_session.findConnection(id);
        if (!c)
            return; // refused past the cap: never opened
        if (event.reason == LabCloseReason::Reset || event.reason == LabCloseReason::Error) {
            LabCall failed = m_session.newCall(id, QStringLiteral("server"));
            failed.call = QStringLiteral("recv(1024)");
            failed.python = QStringLiteral("data = conn.recv(1024)");
            describeFailure(failed, event.detail, {});
            m_session.logCall(failed);
            if (event.reason == LabCloseReason::Reset)
                m_session.traceEvent(*c, TraceKind::Reset, Side::Client);
        }
        LabCall close = m_session.newCall(id, QStringLiteral("server"));
        close.call = QStringLiteral("close()");
        close.python = QStringLiteral("conn.close()");
        close.result = QStringLiteral("None");
        m_session.logCall(close);
        if (event.reason != LabCloseReason::Reset)
            m_session.traceEvent(*c, TraceKind::Closed, Side::Server);
        c->open = false;
        c->closedBecause = event.closeReasonText();
        m_session.changed(*c);
    }

    LabSession &m_session;
    QHash<QString, int> m_open;     // peer → connection id, while open
    QHash<QString, int> m_udpPeers; // peer → its row
};


LabSession::LabSession(QObject *parent)
    : QObject(parent), m_kernel(KernelTcpView::create()), m_native(NativeSockets::create()),
      m_observer(std::make_unique<ServerObserver>(*this))
{
    m_clock.start();
    m_kernelPoll.setInterval(kernelPollMs);
    connect(&m_kernelPoll, &QTimer::timeout, this, &LabSession::pollKernel);
}

LabSession::~LabSession()
{
    blockSignals(true); // nobody is told of the closes a destructor makes
    stopServer();
    stopProxy();
    if (m_tcpClient && m_tcpClient->descriptor >= 0) {
        m_tcpClient->readNotifier.reset();
        m_tcpClient->writeNotifier.reset();
        m_native->close(m_tcpClient->descriptor);
    }
    dropUdpClient();
}

// --- the server

bool LabSession::startServer(LabTransport transport, const LabServerOptions &options, QString *error)
{
    stopServer();
    m_serverTransport = transport;
    const bool tcp = transport == LabTransport::Tcp;
    LabCall socketCall = newCall(0, QStringLiteral("server"));
    socketCall.call = tcp ? QStringLiteral("socket(AF_INET, SOCK_STREAM)") : QStringLiteral("socket(AF_INET, SOCK_DGRAM)");
    socketCall.python = tcp ? QStringLiteral("server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)")
                            : QStringLiteral("server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)");
    socketCall.result = QStringLiteral("server");
    logCall(socketCall);
    if (tcp) {
        // LabNative::listenTcp sets SO_REUSEADDR, as the course's servers and QTcpServer do.
        LabCall reuse = newCall(0, QStringLiteral("server"));
        reuse.call = QStringLiteral("setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)");
        reuse.python = QStringLiteral("server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)");
        reuse.result = QStringLiteral("None");
        logCall(reuse);
    }

    LabListenError failure;
    bool ok = false;
    if (tcp) {
        // As `netsteps-cli serve` does: the connection cap is only reachable with descriptors to spare.
        const qint64 wanted = qint64(options.maxConnections) + descriptorReserve;
        if (const auto limit = LabNative::raiseDescriptorLimit(wanted); limit && limit->soft < wanted)
            Q_EMIT serverEvent(tr("This process may open only %1 descriptors (hard limit %2), so fewer than %3 "
                                  "connections can be open at once.")
                                   .arg(limit->soft)
                                   .arg(limit->hard)
                                   .arg(options.maxConnections));
        m_tcpServer = std::make_unique<LabTcpServer>(options);
        m_tcpServer->setMessageObserver(m_observer.get());
        connect(m_tcpServer.get(), &LabTcpServer::event, this, [this](const LabEvent &event) {
            m_observer->event(event);
            Q_EMIT serverEvent(event.describe());
        });
        ok = m_tcpServer->listen(&failure);
    } else {
        m_udpServer = std::make_unique<LabUdpServer>(options);
        m_udpServer->setMessageObserver(m_observer.get());
        connect(m_udpServer.get(), &LabUdpServer::event, this,
                [this](const LabEvent &event) { Q_EMIT serverEvent(event.describe()); });
        ok = m_udpServer->listen(&failure);
    }

    LabCall bind = newCall(0, QStringLiteral("server"));
    bind.call = QStringLiteral("bind(%1)").arg(pythonAddress(options.address));
    bind.python = QStringLiteral("server.bind(%1)").arg(pythonAddress(options.address));
    if (!ok) {
        const char *code = failure.failure == LabFailure::AddressInUse       ? "EADDRINUSE"
                           : failure.failure == LabFailure::PermissionDenied ? "EACCES"
                           : failure.failure == LabFailure::AddressNotAvailable ? "EADDRNOTAVAIL"
                                                                                : "";
        describeFailure(bind, QLatin1String(code), failure.message);
        logCall(bind);
        m_tcpServer.reset();
        m_udpServer.reset();
        if (error)
            *error = failure.message;
        Q_EMIT serverChanged();
        return false;
    }
    bind.result = QStringLiteral("None");
    logCall(bind);
    if (tcp) {
        LabCall listen = newCall(0, QStringLiteral("server"));
        listen.call = QStringLiteral("listen(%1)").arg(LabTrace::defaultBacklog);
        listen.python = QStringLiteral("server.listen(%1)").arg(LabTrace::defaultBacklog);
        listen.result = QStringLiteral("None");
        logCall(listen);
    }
    Q_EMIT serverChanged();
    return true;
}

void LabSession::stopServer()
{
    if (!m_tcpServer && !m_udpServer)
        return;
    if (m_tcpServer)
        m_tcpServer->stop(); // each connection's Closed event, while the observer still listens
    if (m_udpServer)
        m_udpServer->stop();
    m_tcpServer.reset();
    m_udpServer.reset();
    m_observer->forgetUdpPeers();
    LabCall close = newCall(0, QStringLiteral("server"));
    close.call = QStringLiteral("close()");
    close.python = QStringLiteral("server.close()");
    close.result = QStringLiteral("None");
    logCall(close);
    Q_EMIT serverChanged();
}

bool LabSession::isServing() const
{
    return m_tcpServer || m_udpServer;
}

NativeSocketAddress LabSession::serverAddress() const
{
    if (m_tcpServer)
        return m_tcpServer->address();
    if (m_udpServer)
        return m_udpServer->address();
    return {};
}

// --- the lists

const LabConnection *LabSession::connection(int id) const
{
    return const_cast<LabSession *>(this)->findConnection(id);
}

LabConnection *LabSession::findConnection(int id)
{
    if (id <= 0)
        return nullptr;
    // Ids grow along the list: a binary search finds the row.
    const auto it = std::lower_bound(m_connections.begin(), m_connections.end(), id,
                                     [](const LabConnection &c, int wanted) { return c.id < wanted; });
    return it != m_connections.end() && it->id == id ? &*it : nullptr;
}

int LabSession::addConnection(LabConnection connection)
{
    connection.id = m_nextConnection++;
    if (connection.transport == LabTransport::Tcp && !m_kernel->isAvailable())
        connection.kernelNote = m_kernel->unavailableReason();
    m_connections.append(std::move(connection));
    const int id = m_connections.constLast().id;
    Q_EMIT connectionAdded(id);
    trimConnections();
    if (!m_kernelPoll.isActive() && m_kernel->isAvailable())
        m_kernelPoll.start();
    return id;
}

void LabSession::trimConnections()
{
    qsizetype closed = std::count_if(m_connections.cbegin(), m_connections.cend(),
                                     [](const LabConnection &c) { return !c.open; });
    for (qsizetype row = 0; closed > maxClosedConnections && row < m_connections.size();) {
        if (m_connections.at(row).open) {
            ++row;
            continue;
        }
        const int id = m_connections.at(row).id;
        m_connections.removeAt(row);
        --closed;
        Q_EMIT connectionRemoved(id, int(row));
    }
}

LabCall LabSession::newCall(int connection, const QString &who) const
{
    LabCall call;
    call.ms = m_clock.elapsed();
    call.connection = connection;
    call.who = who;
    return call;
}

void LabSession::logCall(const LabCall &call)
{
    m_calls.append(call);
    int dropped = 0;
    if (m_calls.size() > maxCalls) {
        dropped = int(m_calls.size() - maxCalls);
        m_calls.remove(0, dropped);
        m_droppedCalls += dropped;
    }
    Q_EMIT callLogged(dropped);
}

void LabSession::changed(LabConnection &connection)
{
    Q_EMIT connectionChanged(connection.id);
    if (!connection.open)
        trimConnections();
}

void LabSession::traceEvent(LabConnection &connection, LabTraceEvent::Kind kind, LabTraceEvent::Side side,
                            const QByteArray &data)
{
    if (connection.trace && connection.trace->add(kind, side, data)) {
        // The model's state of NetSteps' side: the trace replayed, which is cheap while the
        // trace is short, and a trace stops growing after LabTrace::maxDrawnMessages sends.
        const Scenario scenario = connection.trace->scenario();
        if (const TcpControlBlock *tcb = scenario.step(scenario.lastStep()).state.endpoint(localEndpoint(connection)))
            connection.modelState = tcb->state;
    }
    Q_EMIT connectionChanged(connection.id);
}

// What the kernel says of every TCP connection still worth asking about, and what the program
// cannot see by itself any more once it closed its socket: the peer's FIN (FIN-WAIT-2 becoming
// TIME-WAIT) and the end of TIME-WAIT. Those become trace events, so the diagrams finish the
// close the way the kernel did.
void LabSession::pollKernel()
{
    int lookups = 0;
    bool anyActive = false;
    const int count = int(m_connections.size());
    for (int i = 0; i < count && lookups < lookupsPerPoll; ++i) {
        LabConnection &c = m_connections[(m_pollStart + i) % count];
        if (c.transport != LabTransport::Tcp || c.kernelDone)
            continue;
        anyActive = true;
        if (!isLoopback(c.local) || !isLoopback(c.peer)) {
            c.kernelNote = tr("The kernel's state is read for connections on 127.0.0.1 only.");
            c.kernelDone = true;
            Q_EMIT connectionChanged(c.id);
            continue;
        }
        ++lookups;
        QString error;
        const std::optional<KernelSocketRow> row = m_kernel->connection(c.local.port, c.peer.port, &error);
        if (!error.isEmpty()) {
            c.kernelState.reset();
            c.kernelNote = error;
            Q_EMIT connectionChanged(c.id);
            continue;
        }
        const std::optional<TcpState> before = c.kernelState;
        const int countdownBefore = c.timeWaitSecondsLeft;
        c.kernelState = row ? row->state : TcpState::Closed;
        c.kernelNote = row ? QString() : tr("The kernel no longer lists this connection: it is gone.");
        c.timeWaitSecondsLeft = row && row->state == TcpState::TimeWait ? row->timerSecondsLeft : -1;
        followKernel(c, row.has_value());
        if (c.kernelState != before || c.timeWaitSecondsLeft != countdownBefore)
            Q_EMIT connectionChanged(c.id);
    }
    if (count > 0)
        m_pollStart = (m_pollStart + lookups) % count;
    if (!anyActive)
        m_kernelPoll.stop();
}

void LabSession::followKernel(LabConnection &c, bool listed)
{
    if (c.open || !c.modelState || !c.trace)
        return; // while NetSteps holds the socket, its own calls tell what happened
    const TcpState model = *c.modelState;
    const Side local = c.localSide;
    const bool peerFinArrived = !listed || c.kernelState == TcpState::TimeWait;
    if ((model == TcpState::FinWait1 || model == TcpState::FinWait2) && peerFinArrived)
        traceEvent(c, TraceKind::Closed, otherSide(local));
    if (*c.modelState == TcpState::TimeWait && !listed)
        traceEvent(c, TraceKind::TimeWaitOver, local);
    if (!listed)
        c.kernelDone = true; // gone from the kernel: nothing more will happen to it
}

} // namespace NetSteps

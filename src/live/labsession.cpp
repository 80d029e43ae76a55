#include "labsession.h"

#include "kerneltcpview.h"
#include "labtcpserver.h"
#include "labudpserver.h"
#include "pythonbytes.h"
#include "socketerrors.h"

#include <QSocketNotifier>

#include <algorithm>

namespace NetSteps {

namespace {

using Side = LabTraceEvent::Side;
using TraceKind = LabTraceEvent::Kind;

// How many bytes of a message the call log quotes; the counts say how many there were.
constexpr qsizetype quotedBytes = 40;
// How many kernel lookups one poll makes at most; the rest wait for the next poll.
constexpr int lookupsPerPoll = 256;
// How many reads NetSteps' client makes per wake-up: a fast server cannot hold the window.
constexpr int clientReadsPerWakeUp = 16;

QString pythonAddress(const NativeSocketAddress &address)
{
    return QStringLiteral("('%1', %2)").arg(address.address.toString()).arg(address.port);
}

bool isLoopback(const NativeSocketAddress &address)
{
    return (address.address.toUInt() >> 24) == 127;
}

QString tr(const char *source, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("NetSteps::LabSession", source, comment, n);
}

// The name of NetSteps' side in its connection's trace (see LabTrace).
QString localEndpoint(const LabConnection &connection)
{
    if (connection.localSide == Side::Client)
        return LabTrace::clientName();
    return ScenarioBuilder::connectionName(LabTrace::serverName(), LabTrace::clientName());
}

Side otherSide(Side side)
{
    return side == Side::Client ? Side::Server : Side::Client;
}

// Fills a failed call's error fields from a code as the native calls give it ("ECONNREFUSED (111)").
void describeFailure(LabCall &call, const QString &code, const QString &fallback)
{
    if (const SocketErrorInfo *info = SocketErrors::find(code)) {
        call.error = SocketErrors::pythonError(*info);
        call.errorNames = SocketErrors::names(*info);
        call.errorCause = SocketErrors::cause(*info);
    } else {
        call.error = fallback.isEmpty() ? code : fallback;
        call.errorNames = code;
    }
}

} // namespace

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
            row.kernelNote = tr("UDP has no connection, and so no connection state.");
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
            send.error = tr("the datagram could not be sent");
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

// NetSteps' TCP client: one native non-blocking socket, as the course's client uses one.
struct LabSession::TcpClient
{
    qintptr descriptor = -1;
    NativeSocketAddress to;
    int connection = 0;
    bool connected = false;
    bool reading = false;
    QByteArray pending;     // what sendall() still has to hand to the kernel
    QString pendingCall;    // that sendall()'s call text, logged once everything is taken
    std::unique_ptr<QSocketNotifier> readNotifier;
    std::unique_ptr<QSocketNotifier> writeNotifier;
};

// NetSteps' UDP client: a native socket, since only the native calls report the ECONNREFUSED
// a connected UDP socket hears (Qt's QUdpSocket peeks it away while it looks for datagrams).
struct LabSession::UdpClient
{
    qintptr descriptor = -1;
    NativeSocketAddress to;
    bool connected = false; // connect() was called on it
    int connection = 0;
    std::unique_ptr<QSocketNotifier> readNotifier;
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

// --- the client

void LabSession::connectClient(LabTransport transport, const NativeSocketAddress &to, bool connectUdp)
{
    closeClient();
    m_clientTransport = transport;
    if (transport == LabTransport::Udp) {
        connectUdpClient(to, connectUdp);
        return;
    }
    LabCall socketCall = newCall(0, QStringLiteral("client"));
    socketCall.call = QStringLiteral("socket(AF_INET, SOCK_STREAM)");
    socketCall.python = QStringLiteral("client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)");
    NativeSocketError error;
    const qintptr descriptor = m_native->openTcp(&error);
    if (descriptor < 0) {
        describeFailure(socketCall, error.code, error.message);
        logCall(socketCall);
        Q_EMIT clientChanged();
        return;
    }
    socketCall.result = QStringLiteral("client");
    logCall(socketCall);

    m_tcpClient = std::make_unique<TcpClient>();
    m_tcpClient->descriptor = descriptor;
    m_tcpClient->to = to;
    if (m_native->connect(descriptor, to, &error)) {
        clientConnected();
        return;
    }
    if (!error.wouldBlock) {
        clientConnectFailed(error);
        return;
    }
    // The handshake goes on; the socket becomes writable when it ends.
    m_tcpClient->writeNotifier = std::make_unique<QSocketNotifier>(descriptor, QSocketNotifier::Write);
    connect(m_tcpClient->writeNotifier.get(), &QSocketNotifier::activated, this, &LabSession::clientWritable);
    Q_EMIT clientChanged();
}

void LabSession::clientWritable()
{
    TcpClient *client = m_tcpClient.get();
    if (!client)
        return;
    if (!client->connected) {
        NativeSocketError error;
        client->writeNotifier->setEnabled(false);
        if (m_native->connectResult(client->descriptor, &error))
            clientConnected();
        else
            clientConnectFailed(error);
        return;
    }
    continueSendAll();
}

void LabSession::clientConnected()
{
    TcpClient *client = m_tcpClient.get();
    client->connected = true;
    const NativeSocketAddress local = m_native->localAddress(client->descriptor).value_or(NativeSocketAddress{});
    LabConnection row;
    row.transport = LabTransport::Tcp;
    row.localSide = Side::Client;
    row.local = local;
    row.peer = client->to;
    row.trace = std::make_shared<LabTrace>(QStringLiteral("socket-lab"), Side::Client,
                                           LabTrace::Address{local.address, local.port},
                                           LabTrace::Address{client->to.address, client->to.port});
    client->connection = addConnection(row);
    LabCall call = newCall(client->connection, QStringLiteral("client"));
    call.call = QStringLiteral("connect(%1)").arg(pythonAddress(client->to));
    call.python = QStringLiteral("client.connect(%1)").arg(pythonAddress(client->to));
    call.result = QStringLiteral("None");
    logCall(call);
    traceEvent(*findConnection(client->connection), TraceKind::Established, Side::Client);

    client->reading = true;
    client->readNotifier = std::make_unique<QSocketNotifier>(client->descriptor, QSocketNotifier::Read);
    connect(client->readNotifier.get(), &QSocketNotifier::activated, this, &LabSession::clientReadable);
    if (!client->writeNotifier) {
        client->writeNotifier = std::make_unique<QSocketNotifier>(client->descriptor, QSocketNotifier::Write);
        connect(client->writeNotifier.get(), &QSocketNotifier::activated, this, &LabSession::clientWritable);
    }
    client->writeNotifier->setEnabled(false);
    Q_EMIT clientChanged();
}

void LabSession::clientConnectFailed(const NativeSocketError &error)
{
    LabCall call = newCall(0, QStringLiteral("client"));
    call.call = QStringLiteral("connect(%1)").arg(pythonAddress(m_tcpClient->to));
    call.python = QStringLiteral("client.connect(%1)").arg(pythonAddress(m_tcpClient->to));
    describeFailure(call, error.code, error.message);
    logCall(call);
    dropTcpClient();
    Q_EMIT clientChanged();
}

void LabSession::clientReadable()
{
    TcpClient *client = m_tcpClient.get();
    if (!client || !client->reading)
        return;
    char buffer[LabProtocol::ReceiveSize];
    for (int i = 0; i < clientReadsPerWakeUp; ++i) {
        NativeSocketError error;
        const qint64 received = m_native->receive(client->descriptor, buffer, sizeof buffer, &error);
        if (received < 0 && error.wouldBlock)
            return;
        LabConnection *c = findConnection(client->connection);
        LabCall call = newCall(client->connection, QStringLiteral("client"));
        call.call = QStringLiteral("recv(1024)");
        call.python = QStringLiteral("data = client.recv(1024)");
        if (received < 0) {
            describeFailure(call, error.code, error.message);
            logCall(call);
            if (c) {
                if (error.code.startsWith(QLatin1String("ECONNRESET")))
                    traceEvent(*c, TraceKind::Reset, Side::Server);
                c->open = false;
                c->closedBecause = tr("recv() failed: %1").arg(call.error);
                changed(*c);
            }
            dropTcpClient();
            Q_EMIT clientChanged();
            return;
        }
        const QByteArrayView data(buffer, received);
        call.result = pythonBytesPreview(data, quotedBytes);
        logCall(call);
        if (!c)
            return;
        if (received == 0) {
            // The server's FIN: this side may still send, and stays in CLOSE-WAIT until close().
            client->reading = false;
            client->readNotifier->setEnabled(false);
            traceEvent(*c, TraceKind::Closed, Side::Server);
            Q_EMIT clientChanged();
            return;
        }
        c->bytesIn += received;
        ++c->messagesIn;
        traceEvent(*c, TraceKind::Sent, Side::Server, data.toByteArray());
    }
}

bool LabSession::sendFromClient(const QByteArray &data, bool sendAll, QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (data.isEmpty())
        return refuse(tr("Type a message first: an empty send() sends nothing."));
    if (data.size() > maxClientMessage)
        return refuse(tr("The message has %1 bytes; the lab sends at most %2 at a time.").arg(data.size()).arg(maxClientMessage));
    if (m_clientTransport == LabTransport::Udp && m_udpClient)
        return sendUdp(data, error);
    TcpClient *client = m_tcpClient.get();
    if (!client || !client->connected)
        return refuse(tr("The client is not connected: connect it first."));
    if (!client->pending.isEmpty())
        return refuse(tr("The last sendall() is still handing its bytes to the kernel; wait for it to finish."));
    LabConnection *c = findConnection(client->connection);

    NativeSocketError failure;
    qint64 sent = m_native->send(client->descriptor, data, &failure);
    const QString literal = pythonBytesPreview(data, quotedBytes);
    LabCall call = newCall(client->connection, QStringLiteral("client"));
    call.call = QStringLiteral("%1(%2)").arg(sendAll ? QStringLiteral("sendall") : QStringLiteral("send"), literal);
    call.python = QStringLiteral("client.%1(%2)").arg(sendAll ? QStringLiteral("sendall") : QStringLiteral("send"), literal);
    if (sent < 0 && !failure.wouldBlock) {
        describeFailure(call, failure.code, failure.message);
        logCall(call);
        if (c && failure.code.startsWith(QLatin1String("ECONNRESET")))
            traceEvent(*c, TraceKind::Reset, Side::Server);
        return refuse(call.error);
    }
    sent = std::max<qint64>(sent, 0);
    if (c && sent > 0) {
        c->bytesOut += sent;
        ++c->messagesOut;
        traceEvent(*c, TraceKind::Sent, Side::Client, data.left(sent));
    }
    if (!sendAll || sent == data.size()) {
        // send() returns how many bytes the kernel took; the program must send the rest itself.
        call.result = sendAll ? QStringLiteral("None") : QString::number(sent);
        logCall(call);
        return true;
    }
    client->pending = data.mid(sent);
    client->pendingCall = call.call;
    client->writeNotifier->setEnabled(true);
    return true;
}

void LabSession::continueSendAll()
{
    TcpClient *client = m_tcpClient.get();
    if (!client || client->pending.isEmpty()) {
        if (client && client->writeNotifier)
            client->writeNotifier->setEnabled(false);
        return;
    }
    NativeSocketError failure;
    const qint64 sent = m_native->send(client->descriptor, client->pending, &failure);
    if (sent < 0 && failure.wouldBlock)
        return;
    LabConnection *c = findConnection(client->connection);
    LabCall call = newCall(client->connection, QStringLiteral("client"));
    call.call = client->pendingCall;
    call.python = QStringLiteral("client.sendall(...)");
    if (sent < 0) {
        describeFailure(call, failure.code, failure.message);
        logCall(call);
        client->pending.clear();
        client->writeNotifier->setEnabled(false);
        return;
    }
    if (c) {
        c->bytesOut += sent;
        traceEvent(*c, TraceKind::Sent, Side::Client, client->pending.left(sent));
    }
    client->pending.remove(0, sent);
    if (client->pending.isEmpty()) {
        call.result = QStringLiteral("None");
        logCall(call);
        client->writeNotifier->setEnabled(false);
    }
}

void LabSession::closeClient()
{
    if (m_udpClient) {
        LabCall call = newCall(m_udpClient->connection, QStringLiteral("client"));
        call.call = QStringLiteral("close()");
        call.python = QStringLiteral("client.close()");
        call.result = QStringLiteral("None");
        logCall(call);
        if (LabConnection *c = findConnection(m_udpClient->connection)) {
            c->open = false;
            c->closedBecause = tr("NetSteps' client called close()");
            changed(*c);
        }
        dropUdpClient();
        Q_EMIT clientChanged();
        return;
    }
    if (!m_tcpClient)
        return;
    const int id = m_tcpClient->connection;
    const bool wasConnected = m_tcpClient->connected;
    dropTcpClient();
    LabCall call = newCall(id, QStringLiteral("client"));
    call.call = QStringLiteral("close()");
    call.python = QStringLiteral("client.close()");
    call.result = QStringLiteral("None");
    logCall(call);
    if (LabConnection *c = findConnection(id); c && wasConnected) {
        traceEvent(*c, TraceKind::Closed, Side::Client);
        c->open = false;
        c->closedBecause = tr("NetSteps' client called close()");
        changed(*c);
    }
    Q_EMIT clientChanged();
}

void LabSession::dropTcpClient()
{
    if (!m_tcpClient)
        return;
    m_tcpClient->readNotifier.reset();
    m_tcpClient->writeNotifier.reset();
    if (m_tcpClient->descriptor >= 0)
        m_native->close(m_tcpClient->descriptor);
    m_tcpClient.reset();
}

bool LabSession::hasClient() const
{
    return m_tcpClient || m_udpClient;
}

bool LabSession::isClientConnected() const
{
    if (m_udpClient)
        return true; // a UDP socket can always send
    return m_tcpClient && m_tcpClient->connected;
}

void LabSession::dropUdpClient()
{
    if (!m_udpClient)
        return;
    m_udpClient->readNotifier.reset();
    if (m_udpClient->descriptor >= 0)
        m_native->close(m_udpClient->descriptor);
    m_udpClient.reset();
}

void LabSession::connectUdpClient(const NativeSocketAddress &to, bool connectIt)
{
    LabCall socketCall = newCall(0, QStringLiteral("client"));
    socketCall.call = QStringLiteral("socket(AF_INET, SOCK_DGRAM)");
    socketCall.python = QStringLiteral("client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)");
    NativeSocketError error;
    const qintptr descriptor = m_native->openUdp(&error);
    if (descriptor < 0) {
        describeFailure(socketCall, error.code, error.message);
        logCall(socketCall);
        Q_EMIT clientChanged();
        return;
    }
    socketCall.result = QStringLiteral("client");
    logCall(socketCall);
    m_udpClient = std::make_unique<UdpClient>();
    UdpClient *client = m_udpClient.get();
    client->descriptor = descriptor;
    client->to = to;
    client->connected = connectIt;
    // Bound now, as the first sendto() would bind it, so that the table can name its port.
    m_native->bind(descriptor, {isLoopback(to) ? loopbackAddress : Ipv4Address(), 0}, &error);

    LabConnection row;
    row.transport = LabTransport::Udp;
    row.localSide = Side::Client;
    row.local = m_native->localAddress(descriptor).value_or(NativeSocketAddress{});
    row.peer = to;
    row.kernelNote = tr("UDP has no connection, and so no connection state.");
    client->connection = addConnection(row);
    if (connectIt) {
        LabCall call = newCall(client->connection, QStringLiteral("client"));
        call.call = QStringLiteral("connect(%1)").arg(pythonAddress(to));
        call.python = QStringLiteral("client.connect(%1)").arg(pythonAddress(to));
        // No packet: connect() on a UDP socket only fixes its peer.
        if (m_native->connect(descriptor, to, &error))
            call.result = QStringLiteral("None");
        else
            describeFailure(call, error.code, error.message);
        logCall(call);
    }
    client->readNotifier = std::make_unique<QSocketNotifier>(descriptor, QSocketNotifier::Read);
    connect(client->readNotifier.get(), &QSocketNotifier::activated, this, &LabSession::udpReadable);
    Q_EMIT clientChanged();
}

bool LabSession::sendUdp(const QByteArray &data, QString *error)
{
    UdpClient *client = m_udpClient.get();
    const QString literal = pythonBytesPreview(data, quotedBytes);
    LabCall call = newCall(client->connection, QStringLiteral("client"));
    NativeSocketError failure;
    qint64 sent = 0;
    if (client->connected) {
        call.call = QStringLiteral("send(%1)").arg(literal);
        call.python = QStringLiteral("client.send(%1)").arg(literal);
        sent = m_native->send(client->descriptor, data, &failure);
    } else {
        call.call = QStringLiteral("sendto(%1, %2)").arg(literal, pythonAddress(client->to));
        call.python = QStringLiteral("client.sendto(%1, %2)").arg(literal, pythonAddress(client->to));
        sent = m_native->sendTo(client->descriptor, data, client->to, &failure);
    }
    if (sent < 0) {
        describeFailure(call, failure.code, failure.message);
        logCall(call);
        if (error)
            *error = call.error;
        return false;
    }
    call.result = QString::number(sent);
    logCall(call);
    if (LabConnection *c = findConnection(client->connection)) {
        c->bytesOut += sent;
        ++c->messagesOut;
        changed(*c);
    }
    return true;
}

void LabSession::udpReadable()
{
    UdpClient *client = m_udpClient.get();
    if (!client)
        return;
    QByteArray datagram(int(LabProtocol::DatagramSize), Qt::Uninitialized);
    for (int i = 0; i < clientReadsPerWakeUp; ++i) {
        NativeSocketError error;
        NativeSocketAddress from;
        const qint64 size = client->connected
            ? m_native->receive(client->descriptor, datagram.data(), datagram.size(), &error)
            : m_native->receiveFrom(client->descriptor, datagram.data(), datagram.size(), &from, &error);
        if (size < 0 && error.wouldBlock)
            return;
        LabCall call = newCall(client->connection, QStringLiteral("client"));
        call.call = client->connected ? QStringLiteral("recv(1024)") : QStringLiteral("recvfrom(1024)");
        call.python = client->connected ? QStringLiteral("data = client.recv(1024)")
                                        : QStringLiteral("data, addr = client.recvfrom(1024)");
        if (size < 0) {
            // A connected UDP socket hears of the ICMP port unreachable its datagram caused:
            // Linux reports it as ECONNREFUSED at the next call on the socket.
            describeFailure(call, error.code, error.message);
            logCall(call);
            continue;
        }
        const QByteArrayView bytes(datagram.constData(), size);
        call.result = client->connected ? pythonBytesPreview(bytes, quotedBytes)
                                        : QStringLiteral("(%1, %2)").arg(pythonBytesPreview(bytes, quotedBytes),
                                                                          pythonAddress(from));
        logCall(call);
        if (LabConnection *c = findConnection(client->connection)) {
            c->bytesIn += size;
            ++c->messagesIn;
            changed(*c);
        }
    }
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

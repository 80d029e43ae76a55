// NetSteps' own client in the socket lab: TCP (connect, send or sendall, recv, close) and UDP
// (sendto/recvfrom, or connect, send and recv), each call logged as the course's client writes it.

#include "labsession.h"

#include "labsessionparts.h"

#include <algorithm>

namespace NetSteps {

using namespace LabSessionParts;

// --- the client

void LabSession::connectClient(LabTransport transport, const NativeSocketAddress &to, bool connectUdp)
{
    closeClient();
    m_clientTransport = transport;
    if (transport == LabTransport::Udp) {
        connectUdpClient(to, connectUdp);
        return;
    }
    const qintptr descriptor = openClientSocket(LabTransport::Tcp);
    if (descriptor < 0)
        return;
    NativeSocketError error;

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

// socket(): the client's new socket, logged; -1 (the failure logged, clientChanged emitted) when
// the system gave none.
qintptr LabSession::openClientSocket(LabTransport transport)
{
    const bool tcp = transport == LabTransport::Tcp;
    LabCall call = newCall(0, QStringLiteral("client"));
    call.call = tcp ? QStringLiteral("socket(AF_INET, SOCK_STREAM)") : QStringLiteral("socket(AF_INET, SOCK_DGRAM)");
    call.python = tcp ? QStringLiteral("client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)")
                      : QStringLiteral("client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)");
    NativeSocketError error;
    const qintptr descriptor = tcp ? m_native->openTcp(&error) : m_native->openUdp(&error);
    if (descriptor < 0) {
        describeFailure(call, error.code, error.message);
        logCall(call);
        Q_EMIT clientChanged();
        return -1;
    }
    call.result = QStringLiteral("client");
    logCall(call);
    return descriptor;
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
    const qintptr descriptor = openClientSocket(LabTransport::Udp);
    if (descriptor < 0)
        return;
    NativeSocketError error;
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

} // namespace NetSteps

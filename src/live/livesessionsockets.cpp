// LiveSession, part two: the real socket calls a step performs (listen, connect, accept, send,
// bind, close, abort) and what the sockets report back.
#include "livesession.h"

#include <QSocketNotifier>

namespace NetSteps {

namespace {

constexpr Ipv4Address loopback = loopbackAddress;
constexpr qint64 receiveChunk = 4096;
constexpr qsizetype shownDataLimit = 40;

// Received bytes as a short quoted text, unprintable bytes as '.'.
QString shownData(const QByteArray &data)
{
    QString text = QString::fromLatin1(data.first(qMin(data.size(), shownDataLimit)));
    for (QChar &c : text) {
        if (!c.isPrint())
            c = u'.';
    }
    if (data.size() > shownDataLimit)
        text.append(u'\u2026');
    return u'"' + text + u'"';
}

void dropNotifier(QSocketNotifier *&notifier)
{
    if (!notifier)
        return;
    notifier->setEnabled(false);
    notifier->deleteLater();
    notifier = nullptr;
}

} // namespace

bool LiveSession::ensureSocket(Endpoint &endpoint, bool bindToLoopback)
{
    if (endpoint.socket >= 0)
        return true;
    NativeSocketError error;
    const qintptr descriptor = m_native->openTcp(&error);
    if (descriptor < 0) {
        fail(error.message);
        return false;
    }
    endpoint.socket = descriptor;
    endpoint.hadSocket = true;
    if (!bindToLoopback)
        return true;
    const TcpControlBlock *initial = m_scenario.step(0).state.endpoint(endpoint.name);
    if (initial && initial->reuseAddress) {
        if (!m_native->setReuseAddress(descriptor, true, &error)) {
            fail(error.message);
            return false;
        }
        note(endpoint.name, tr("SO_REUSEADDR is set on this socket before bind(), as in the model."));
    }
    if (!m_native->bind(descriptor, {loopback, 0}, &error)) {
        fail(error.message);
        return false;
    }
    const auto local = m_native->localAddress(descriptor, &error);
    if (!local) {
        fail(error.message);
        return false;
    }
    endpoint.localPort = local->port;
    rememberPort(local->port);
    return true;
}

void LiveSession::listenOn(Endpoint &endpoint)
{
    if (!ensureSocket(endpoint, true))
        return;
    // A lesson about the backlog gives its own; the others listen with a few places.
    const ListenQueue *queue = m_current >= 0 ? m_scenario.step(m_current).state.listenQueue(endpoint.name) : nullptr;
    const int backlog = queue ? queue->backlog : listenBacklog;
    NativeSocketError error;
    if (!m_native->listen(endpoint.socket, backlog, &error)) {
        fail(error.message);
        return;
    }
    endpoint.listening = true;
    note(endpoint.name, tr("listen() on %1 (port 0 asked: the kernel chose the port), backlog %2.")
                            .arg(NativeSocketAddress{loopback, endpoint.localPort}.toString())
                            .arg(backlog));
}

void LiveSession::acceptConnection(const Step &step, Endpoint &listener)
{
    if (!listener.listening) {
        fail(tr("%1 is not listening, so it cannot accept().").arg(listener.name));
        return;
    }
    Endpoint *expected = endpoint(step.listenQueue.connection);
    NativeSocketAddress peer;
    NativeSocketError error;
    qintptr accepted = m_native->accept(listener.socket, &peer, &error);
    if (accepted < 0) {
        fail(error.wouldBlock ? tr("accept() found no connection in the accept queue, where the model has %1.")
                                    .arg(step.listenQueue.connection)
                              : error.message);
        return;
    }
    if (!expected || peer.address != loopback || peer.port != expected->peerPort) {
        m_callDisagrees = true;
        note(listener.name, tr("accept() returned the connection from %1, where the model expected %2.")
                                .arg(peer.toString(), step.listenQueue.connection));
        closeDescriptor(listener, accepted);
        return;
    }
    expected->socket = accepted;
    note(listener.name, tr("accept() returned the connection from %1, the oldest in the accept queue, as in the "
                           "model. It was ESTABLISHED before this call.")
                            .arg(peer.toString()));
    watchReads(*expected);
}

void LiveSession::addForkedConnections(const Step &step)
{
    for (const TcpControlBlock &tcb : step.state.endpoints) {
        if (endpoint(tcb.name))
            continue;
        const QString listenerName = step.state.listenerOf(tcb.name);
        const Endpoint *listener = endpoint(listenerName);
        // The model's peer (by its modelled address and port) is a live endpoint with a real port.
        const Endpoint *peer = nullptr;
        for (const TcpControlBlock &other : step.state.endpoints) {
            if (other.address == tcb.peerAddress && other.port == tcb.peerPort)
                peer = endpoint(other.name);
        }
        if (!listener || !peer) {
            fail(tr("The model's connection %1 has no listener or peer with a real socket.").arg(tcb.name));
            continue;
        }
        Endpoint connection;
        connection.name = tcb.name;
        connection.forked = true;
        connection.hadSocket = true;
        connection.localPort = listener->localPort;
        connection.peerPort = peer->localPort;
        m_endpoints.append(connection);
        note(tcb.name, tr("The kernel creates this connection for the listening socket by itself; until accept() "
                          "returns it no descriptor reaches it, so its state is read from the kernel's list of "
                          "sockets."));
    }
}

void LiveSession::connectEndpoint(Endpoint &endpoint, Endpoint &peer)
{
    if (!ensureSocket(endpoint, false))
        return;
    const NativeSocketAddress to{loopback, peer.localPort};
    NativeSocketError error;
    const bool connected = m_native->connect(endpoint.socket, to, &error);
    const bool inProgress = !connected && error.wouldBlock;
    // A refused connection is what some lessons are about: the kernel's state tells the rest.
    if (!connected && !inProgress)
        note(endpoint.name, error.message);
    if (const auto local = m_native->localAddress(endpoint.socket, &error)) {
        endpoint.localPort = local->port;
        rememberPort(local->port);
    } else {
        fail(error.message);
    }
    endpoint.peerPort = peer.localPort;
    if (peer.peerPort == 0)
        peer.peerPort = endpoint.localPort;
    if (connected)
        watchReads(endpoint);
    if (!inProgress)
        return;
    endpoint.writeNotifier = new QSocketNotifier(endpoint.socket, QSocketNotifier::Write, this);
    connect(endpoint.writeNotifier, &QSocketNotifier::activated, this,
            [this, name = endpoint.name] { onConnectFinished(name); });
}

void LiveSession::sendData(const Step &step, Endpoint &endpoint)
{
    if (endpoint.socket < 0) {
        fail(tr("%1 has no socket to send on.").arg(endpoint.name));
        return;
    }
    if (step.sent.isEmpty()) {
        fail(tr("This send() put nothing on the wire in the model, so there is nothing to send."));
        return;
    }
    const QByteArray payload = m_scenario.transmission(step.sent.first()).frame.payload;
    NativeSocketError error;
    const qint64 sent = m_native->send(endpoint.socket, payload, &error);
    if (sent < 0) {
        fail(error.message);
        return;
    }
    if (sent < payload.size()) {
        fail(tr("send() took only %1 of the %2 bytes.").arg(sent).arg(payload.size()));
        return;
    }
    note(endpoint.name, tr("send() of %n byte(s): %1.", nullptr, int(sent)).arg(shownData(payload)));
}

void LiveSession::bindAgain(const Step &step, const Endpoint &endpoint)
{
    if (endpoint.localPort == 0) {
        fail(tr("%1 has no port to bind again.").arg(endpoint.name));
        return;
    }
    NativeSocketError error;
    const qintptr descriptor = m_native->openTcp(&error);
    if (descriptor < 0) {
        fail(error.message);
        return;
    }
    const NativeSocketAddress address{loopback, endpoint.localPort};
    bool bound = false;
    if (!step.bind.reuseAddress || m_native->setReuseAddress(descriptor, true, &error))
        bound = m_native->bind(descriptor, address, &error);
    const bool addressInUse = !bound && error.addressInUse;
    m_bindResult = bound ? QStringLiteral("ok") : error.code;
    note(endpoint.name, bound ? tr("A new socket%1 was bound to %2: bind() succeeded.")
                                    .arg(step.bind.reuseAddress ? tr(" with SO_REUSEADDR") : QString(),
                                         address.toString())
                              : error.message);
    NativeSocketError closeError;
    if (!m_native->close(descriptor, &closeError))
        m_errors.append(closeError.message);
    if ((bound || addressInUse) && addressInUse == step.bind.addressInUse)
        return;
    m_callDisagrees = true;
    note(endpoint.name, step.bind.addressInUse ? tr("The model expected EADDRINUSE.")
                                               : tr("The model expected bind() to succeed."));
}

void LiveSession::shutdownEndpoint(Endpoint &endpoint)
{
    QString error;
    if (endpoint.socket < 0)
        fail(tr("%1 has no socket to shut down.").arg(endpoint.name));
    else if (!m_kernel->shutdownWrite(endpoint.socket, &error))
        fail(error);
}

void LiveSession::closeEndpoint(Endpoint &endpoint, TcpState modelState)
{
    if (endpoint.socket < 0) {
        fail(tr("%1 has no socket to close.").arg(endpoint.name));
        return;
    }
    if (endpoint.listener >= 0) {
        closeDescriptor(endpoint, endpoint.listener);
        note(endpoint.name, tr("The listening socket is closed too: the program is done with this port."));
    }
    if (endpoint.listening || modelState == TcpState::Closed) {
        closeDescriptor(endpoint, endpoint.socket);
        return;
    }
    QString error;
    if (!m_kernel->shutdownWrite(endpoint.socket, &error)) {
        fail(error);
        return;
    }
    endpoint.closeDeferred = true;
    note(endpoint.name, tr("close() is performed as shutdown(SHUT_WR) for now: it sends the same FIN and keeps "
                           "the descriptor, so that TCP_INFO can still report the state. The descriptor is "
                           "closed when the model's endpoint reaches TIME-WAIT or CLOSED."));
}

void LiveSession::abortEndpoint(Endpoint &endpoint)
{
    if (endpoint.socket < 0) {
        fail(tr("%1 has no socket to abort.").arg(endpoint.name));
        return;
    }
    QString error;
    if (!m_kernel->setLingerZero(endpoint.socket, &error)) {
        fail(error);
        return;
    }
    closeDescriptor(endpoint, endpoint.socket);
    note(endpoint.name, tr("SO_LINGER set to 0 seconds, then close(): the kernel sends RST instead of FIN."));
}

void LiveSession::closeDescriptor(Endpoint &endpoint, qintptr &descriptor)
{
    if (descriptor < 0)
        return;
    if (&descriptor == &endpoint.socket) {
        dropNotifier(endpoint.readNotifier);
        dropNotifier(endpoint.writeNotifier);
        if (endpoint.listening)
            dropNotifier(endpoint.acceptNotifier);
        endpoint.listening = false;
        endpoint.closeDeferred = false;
    } else if (&descriptor == &endpoint.listener) {
        dropNotifier(endpoint.acceptNotifier);
    }
    NativeSocketError error;
    if (!m_native->close(descriptor, &error))
        m_errors.append(error.message);
    descriptor = -1;
}

void LiveSession::tryAccept(Endpoint &endpoint)
{
    while (endpoint.listening) {
        NativeSocketAddress peer;
        NativeSocketError error;
        qintptr accepted = m_native->accept(endpoint.socket, &peer, &error);
        if (accepted < 0) {
            if (!error.wouldBlock) {
                fail(error.message);
                return;
            }
            if (!endpoint.acceptNotifier) {
                endpoint.acceptNotifier = new QSocketNotifier(endpoint.socket, QSocketNotifier::Read, this);
                connect(endpoint.acceptNotifier, &QSocketNotifier::activated, this, &LiveSession::scheduleCheck);
            }
            endpoint.acceptNotifier->setEnabled(true);
            return;
        }
        if (peer.address != loopback || (endpoint.peerPort != 0 && peer.port != endpoint.peerPort)) {
            note(endpoint.name, tr("accept() returned a connection from %1, which is not this lesson's; it was "
                                   "closed.")
                                    .arg(peer.toString()));
            closeDescriptor(endpoint, accepted);
            continue;
        }
        dropNotifier(endpoint.acceptNotifier);
        endpoint.listener = endpoint.socket;
        endpoint.socket = accepted;
        endpoint.listening = false;
        endpoint.peerPort = peer.port;
        note(endpoint.name, tr("accept() returned the connection from %1. The listening socket on port %2 stays "
                               "open (LISTEN) but is not this endpoint any more.")
                                .arg(peer.toString())
                                .arg(endpoint.localPort));
        watchReads(endpoint);
    }
}

void LiveSession::watchReads(Endpoint &endpoint)
{
    dropNotifier(endpoint.readNotifier);
    endpoint.readNotifier = new QSocketNotifier(endpoint.socket, QSocketNotifier::Read, this);
    connect(endpoint.readNotifier, &QSocketNotifier::activated, this,
            [this, name = endpoint.name] { onReadable(name); });
}

void LiveSession::onReadable(const QString &name)
{
    Endpoint *endpoint = this->endpoint(name);
    if (!endpoint || endpoint->socket < 0)
        return;
    QByteArray arrived;
    QString failure;
    for (;;) {
        char buffer[receiveChunk];
        NativeSocketError error;
        const qint64 received = m_native->receive(endpoint->socket, buffer, receiveChunk, &error);
        if (received > 0) {
            arrived.append(buffer, received);
            continue;
        }
        if (received == 0)
            endpoint->endOfStream = true;
        else if (!error.wouldBlock)
            failure = error.message;
        break;
    }
    if (!arrived.isEmpty()) {
        endpoint->received.append(arrived);
        note(name, tr("recv() returned %n byte(s): %1.", nullptr, int(arrived.size())).arg(shownData(arrived)));
    }
    if (endpoint->endOfStream)
        note(name, tr("recv() returned 0 bytes: the peer has closed its direction (end of stream)."));
    if (!failure.isEmpty()) {
        endpoint->receiveFailed = true;
        note(name, failure);
    }
    // Nothing more will come: stop watching, or a readable end of stream would wake us forever.
    if ((endpoint->endOfStream || endpoint->receiveFailed) && endpoint->readNotifier)
        endpoint->readNotifier->setEnabled(false);
    scheduleCheck();
}

void LiveSession::onConnectFinished(const QString &name)
{
    Endpoint *endpoint = this->endpoint(name);
    if (!endpoint || endpoint->socket < 0)
        return;
    NativeSocketError error;
    if (m_native->connectResult(endpoint->socket, &error)) {
        dropNotifier(endpoint->writeNotifier);
        watchReads(*endpoint);
    } else if (!error.wouldBlock) {
        dropNotifier(endpoint->writeNotifier);
        note(name, error.message);
    }
    scheduleCheck();
}

} // namespace NetSteps

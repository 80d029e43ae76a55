// LiveSession, first half: the session's lifecycle and each step performed with real sockets.
// Watching the kernel and judging what it says is in livesessionkernel.cpp.
#include "livesession.h"

#include <QSocketNotifier>

namespace NetSteps {

namespace {

constexpr Ipv4Address loopback = loopbackAddress;
constexpr int timeWaitGraceSeconds = 5;
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

LiveSession::LiveSession(const Scenario &scenario, QObject *parent)
    : QObject(parent),
      m_scenario(scenario),
      m_kernel(KernelTcpView::create()),
      m_native(NativeSockets::create()),
      m_pollTimer(this),
      m_checkTimer(this)
{
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pollTimer, &QTimer::timeout, this, &LiveSession::check);
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(0);
    connect(&m_checkTimer, &QTimer::timeout, this, &LiveSession::check);
    start();
}

LiveSession::~LiveSession()
{
    stop();
}

bool LiveSession::isAvailable() const
{
    return m_kernel->isAvailable() && m_native->isAvailable();
}

QString LiveSession::unavailableReason() const
{
    if (!m_kernel->isAvailable())
        return m_kernel->unavailableReason();
    return m_native->unavailableReason();
}

void LiveSession::start()
{
    stop();
    m_stopped = false;
    m_observations.clear();
    m_ports.clear();
    m_notes.clear();
    m_errors.clear();
    m_simulatedFrom = -1;
    m_simulatedReason.clear();
    m_next = 0;
    m_current = -1;
    m_captureStatus.clear();
    if (m_captureEnabled && isAvailable()) {
        if (!m_capture) {
            m_capture = PacketCapture::create();
            connect(m_capture.get(), &PacketCapture::captureFailed, this,
                    [this](const QString &message) { m_captureStatus = message; });
        }
        m_capture->setPorts({});
        if (!m_capture->start(&m_captureStatus))
            m_capture.reset();
    }
    m_endpoints.clear();
    for (const QString &name : std::as_const(m_scenario.endpointNames)) {
        Endpoint endpoint;
        endpoint.name = name;
        m_endpoints.append(endpoint);
    }
}

void LiveSession::stop()
{
    m_waiting = false;
    m_runningToEnd = false;
    m_stopped = true;
    m_pollTimer.stop();
    m_checkTimer.stop();
    if (m_capture)
        m_capture->stop();
    for (Endpoint &endpoint : m_endpoints) {
        // A connection the lesson left open is aborted: a graceful close here would leave a
        // TIME-WAIT entry behind that the lesson never showed.
        if (endpoint.socket >= 0 && !endpoint.listening)
            m_kernel->setLingerZero(endpoint.socket);
        closeDescriptor(endpoint, endpoint.socket);
        closeDescriptor(endpoint, endpoint.listener);
    }
}

void LiveSession::advance()
{
    if (m_waiting || m_stopped || atEnd())
        return;
    m_waiting = true;
    m_current = m_next;
    m_stepFailed = false;
    m_callDisagrees = false;
    m_bindResult.clear();
    m_lastCountdown.clear();
    const Step &step = m_scenario.step(m_current);
    if (m_simulatedFrom < 0) {
        m_simulatedReason = unperformableReason(step);
        if (!m_simulatedReason.isEmpty())
            m_simulatedFrom = m_current;
    }
    m_waitingOut = step.kind == Step::Kind::Timer && step.event == TcpEvent::Timeout2Msl && m_waitOutTimeWait;
    m_currentTimeoutMs = m_waitingOut
        ? qint64(qMax(0, m_kernel->timeWaitSeconds()) + timeWaitGraceSeconds) * 1000
        : m_stepTimeoutMs;
    // The kernel probes by itself once the connection has been idle for the keep-alive time.
    if (isKeepaliveProbe(step, step.actor))
        m_currentTimeoutMs = m_scenario.keepalive->idleMs + m_stepTimeoutMs;
    // It resends a SYN by itself too, when the retransmission timer it started expires.
    m_retransmissionsAtStart = -1;
    if (isSynRetransmission(step, step.actor)) {
        const TimerState *timer = m_scenario.step(m_current - 1).state.timer(step.actor, TimerState::Kind::Retransmission);
        m_currentTimeoutMs = (timer ? timer->deadlineMs - timer->startedMs : 0) + m_stepTimeoutMs;
        if (const Endpoint *actor = endpoint(step.actor); actor && actor->socket >= 0)
            m_retransmissionsAtStart = m_kernel->retransmissions(actor->socket).value_or(-1);
    }
    addForkedConnections(step);
    m_pollTimer.setInterval(m_waitingOut ? timeWaitPollIntervalMs : pollIntervalMs);
    m_stepClock.start();
    if (!isAvailable())
        fail(unavailableReason());
    else if (m_simulatedFrom < 0)
        performStep(step);
    scheduleCheck();
}

void LiveSession::runToEnd()
{
    if (m_stopped || atEnd())
        return;
    m_runningToEnd = true;
    advance();
}

// ---- Performing a step ----

void LiveSession::performStep(const Step &step)
{
    switch (step.kind) {
    case Step::Kind::Initial:
        setUpInitial(step);
        return;
    case Step::Kind::SocketCall:
        if (Endpoint *actor = endpoint(step.actor))
            performCall(step, *actor);
        else
            fail(tr("The scenario has no endpoint named %1.").arg(step.actor));
        return;
    case Step::Kind::Bind:
        if (Endpoint *actor = endpoint(step.actor))
            bindAgain(step, *actor);
        else
            fail(tr("The scenario has no endpoint named %1.").arg(step.actor));
        return;
    case Step::Kind::Delivery:
        return; // the kernel delivers by itself: the step only waits for its states
    case Step::Kind::Loss:
    case Step::Kind::Timer:
    case Step::Kind::Decision:
        return; // the kernel's own timers act by themselves; the others are never performed
    }
}

QString LiveSession::unperformableReason(const Step &step) const
{
    if (step.liveLimit)
        return QCoreApplication::translate("NetSteps::TcpScenarios", step.liveLimit);
    switch (step.kind) {
    case Step::Kind::Loss:
        return tr("A lost segment cannot be produced on loopback, where the kernel delivers every segment: "
                  "from this step on, the lesson is simulated only.");
    case Step::Kind::Timer:
        if (step.event == TcpEvent::Timeout2Msl || isKeepaliveProbe(step, step.actor)
            || isSynRetransmission(step, step.actor))
            return {};
        return tr("This timer cannot be made to expire on demand with real sockets on loopback: from this "
                  "step on, the lesson is simulated only.");
    case Step::Kind::Decision:
        return tr("This step is something outside TCP that cannot be performed on this machine: from this "
                  "step on, the lesson is simulated only.");
    default:
        return {};
    }
}

bool LiveSession::isSynRetransmission(const Step &step, const QString &name) const
{
    return step.kind == Step::Kind::Timer && step.event == TcpEvent::TimeoutRetransmission && step.actor == name
        && step.index > 0 && modelState(step.index - 1, name) == TcpState::SynSent;
}

bool LiveSession::isKeepaliveProbe(const Step &step, const QString &name) const
{
    return step.kind == Step::Kind::Timer && step.event == TcpEvent::TimeoutKeepalive && step.actor == name
        && m_scenario.keepalive && m_scenario.keepalive->endpoint == name;
}

void LiveSession::setUpInitial(const Step &step)
{
    // Endpoints that start listening listen; endpoints that start ESTABLISHED are connected to
    // their peer before the lesson begins (the peer listens and accepts).
    for (Endpoint &endpoint : m_endpoints) {
        if (modelState(step.index, endpoint.name) == TcpState::Listen)
            listenOn(endpoint);
    }
    for (Endpoint &endpoint : m_endpoints) {
        const TcpState state = modelState(step.index, endpoint.name);
        const TcpControlBlock *tcb = step.state.endpoint(endpoint.name);
        if (state == TcpState::Closed || state == TcpState::Listen || (tcb && tcb->passiveOpen))
            continue;
        Endpoint *peer = peerOf(endpoint);
        if (state != TcpState::Established || !peer) {
            fail(tr("The lesson starts with %1 in %2, which cannot be set up with real sockets.")
                     .arg(endpoint.name, tcpStateName(state)));
            continue;
        }
        if (!peer->listening) {
            listenOn(*peer);
            note(peer->name, tr("Set up before the lesson starts: the connection is accepted once the "
                                "%1's connect() has completed.")
                                 .arg(endpoint.name));
        }
        note(endpoint.name, tr("Set up before the lesson starts: connect() to the %1.").arg(peer->name));
        connectEndpoint(endpoint, *peer);
    }
    setUpKeepalive();
}

void LiveSession::setUpKeepalive()
{
    if (!m_scenario.keepalive)
        return;
    const KeepaliveSettings &model = *m_scenario.keepalive;
    Endpoint *owner = endpoint(model.endpoint);
    if (!owner || owner->socket < 0) {
        fail(tr("%1 has no socket to turn keep-alive on.").arg(model.endpoint));
        return;
    }
    const auto wholeSeconds = [](qint64 ms) { return ms >= 1000 && ms % 1000 == 0 && ms / 1000 <= 32767; };
    if (!wholeSeconds(model.idleMs) || !wholeSeconds(model.intervalMs) || model.probes < 1 || model.probes > 127) {
        fail(tr("The model's keep-alive timings (%1 ms, %2 ms, %3 probes) cannot be set on a real socket, which "
                "takes whole seconds and at most 127 probes.")
                 .arg(model.idleMs)
                 .arg(model.intervalMs)
                 .arg(model.probes));
        return;
    }
    const KeepaliveTimings timings{int(model.idleMs / 1000), int(model.intervalMs / 1000), model.probes};
    QString error;
    if (!m_kernel->setKeepalive(owner->socket, timings, &error)) {
        fail(error);
        return;
    }
    note(owner->name, tr("SO_KEEPALIVE on, with TCP_KEEPIDLE %1 s, TCP_KEEPINTVL %2 s and TCP_KEEPCNT %3, as in "
                         "the model.")
                          .arg(timings.idleSeconds)
                          .arg(timings.intervalSeconds)
                          .arg(timings.probes));
    if (const auto system = m_kernel->keepaliveDefaults(&error)) {
        note(owner->name, tr("This system's defaults (/proc/sys/net/ipv4/tcp_keepalive_time, _intvl, _probes): "
                             "%1 s, %2 s, %3 probes; the course quotes 2 hours, 75 s and 10 probes.")
                              .arg(system->idleSeconds)
                              .arg(system->intervalSeconds)
                              .arg(system->probes));
    } else {
        note(owner->name, error);
    }
}

void LiveSession::performCall(const Step &step, Endpoint &endpoint)
{
    if (step.listenQueue.kind == ListenQueueEvent::Kind::Accepted) {
        acceptConnection(step, endpoint);
        return;
    }
    switch (step.event) {
    case TcpEvent::PassiveOpen:
        listenOn(endpoint);
        return;
    case TcpEvent::ActiveOpen:
        if (Endpoint *peer = peerOf(endpoint)) {
            if (!peer->hadSocket && ensureSocket(*peer, true))
                note(peer->name, tr("Bound to %1 without listen(): nothing listens on this port.")
                                     .arg(NativeSocketAddress{loopback, peer->localPort}.toString()));
            if (peer->localPort != 0)
                connectEndpoint(endpoint, *peer);
        } else {
            fail(tr("%1 has no peer to connect to.").arg(endpoint.name));
        }
        return;
    case TcpEvent::Send:
        sendData(step, endpoint);
        return;
    case TcpEvent::Close:
        if (step.call.startsWith(u"shutdown"))
            shutdownEndpoint(endpoint);
        else
            closeEndpoint(endpoint, modelState(step.index, endpoint.name));
        return;
    case TcpEvent::Abort:
        abortEndpoint(endpoint);
        return;
    default:
        fail(tr("The call %1 cannot be performed live.").arg(step.call));
        return;
    }
}

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
    const bool addressInUse = !bound && error.code.startsWith(u"EADDRINUSE");
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

// ---- Helpers ----

LiveSession::Endpoint *LiveSession::endpoint(const QString &name)
{
    for (Endpoint &endpoint : m_endpoints) {
        if (endpoint.name == name)
            return &endpoint;
    }
    return nullptr;
}

LiveSession::Endpoint *LiveSession::peerOf(const Endpoint &endpoint)
{
    const WorldState &initial = m_scenario.step(0).state;
    const TcpControlBlock *tcb = initial.endpoint(endpoint.name);
    Endpoint *other = nullptr;
    for (Endpoint &candidate : m_endpoints) {
        if (candidate.name == endpoint.name)
            continue;
        const TcpControlBlock *candidateTcb = initial.endpoint(candidate.name);
        if (tcb && candidateTcb && candidateTcb->port == tcb->peerPort)
            return &candidate;
        if (!other)
            other = &candidate;
    }
    return other;
}

TcpState LiveSession::modelState(int step, const QString &name) const
{
    const TcpControlBlock *tcb = m_scenario.step(step).state.endpoint(name);
    return tcb ? tcb->state : TcpState::Closed;
}

int LiveSession::modelReceived(int step, const QString &name) const
{
    const TcpControlBlock *tcb = m_scenario.step(step).state.endpoint(name);
    return tcb ? int(tcb->received.size()) : 0;
}

void LiveSession::note(const QString &name, const QString &text)
{
    m_notes[name].append(text);
}

void LiveSession::fail(const QString &text)
{
    m_errors.append(text);
    m_stepFailed = true;
}

void LiveSession::rememberPort(quint16 port)
{
    if (port == 0 || m_ports.contains(port))
        return;
    m_ports.append(port);
    if (m_capture)
        m_capture->setPorts(m_ports);
}

} // namespace NetSteps

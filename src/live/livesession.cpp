#include "livesession.h"

#include <QSocketNotifier>

#include <algorithm>
#include <array>

namespace NetSteps {

namespace {

constexpr Ipv4Address loopback = Ipv4Address::fromOctets(127, 0, 0, 1);
// While a 2MSL step waits out TIME-WAIT (a minute), the kernel's list is read less often.
constexpr int timeWaitPollIntervalMs = 250;
constexpr int maxPollIntervalMs = 50;
constexpr int timeWaitGraceSeconds = 5;
constexpr qint64 receiveChunk = 4096;
constexpr qsizetype shownDataLimit = 40;

// States in which a connection exists on both sides' books: a listening endpoint accepts then.
bool isSynchronized(TcpState state)
{
    constexpr std::array states{TcpState::Established, TcpState::FinWait1, TcpState::FinWait2,
                                TcpState::CloseWait,   TcpState::Closing,  TcpState::LastAck,
                                TcpState::TimeWait};
    return std::find(states.begin(), states.end(), state) != states.end();
}

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
    m_next = 0;
    m_current = -1;
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
    m_lastCountdown.clear();
    const Step &step = m_scenario.step(m_current);
    m_waitingOut = step.kind == Step::Kind::Timer && step.event == TcpEvent::Timeout2Msl && m_waitOutTimeWait;
    m_currentTimeoutMs = m_waitingOut
        ? qint64(qMax(0, m_kernel->timeWaitSeconds()) + timeWaitGraceSeconds) * 1000
        : m_stepTimeoutMs;
    m_pollTimer.setInterval(m_waitingOut ? timeWaitPollIntervalMs : pollIntervalMs);
    m_stepClock.start();
    if (isAvailable())
        performStep(step);
    else
        fail(unavailableReason());
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
    case Step::Kind::Delivery:
        return; // the kernel delivers by itself: the step only waits for its states
    case Step::Kind::Loss:
        fail(tr("A lost segment cannot be produced on loopback, where the kernel delivers every segment. "
                "This step is simulated only."));
        return;
    case Step::Kind::Timer:
        if (step.event != TcpEvent::Timeout2Msl)
            fail(tr("This timer cannot be made to expire on demand with real sockets on loopback. "
                    "This step is simulated only."));
        return;
    case Step::Kind::Decision:
        fail(tr("This step describes something outside TCP that cannot be performed on this machine. "
                "It is simulated only."));
        return;
    }
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
}

void LiveSession::performCall(const Step &step, Endpoint &endpoint)
{
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
    NativeSocketError error;
    if (!m_native->listen(endpoint.socket, listenBacklog, &error)) {
        fail(error.message);
        return;
    }
    endpoint.listening = true;
    note(endpoint.name, tr("listen() on %1 (port 0 asked: the kernel chose the port), backlog %2.")
                            .arg(NativeSocketAddress{loopback, endpoint.localPort}.toString())
                            .arg(listenBacklog));
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

// ---- Watching the kernel ----

void LiveSession::scheduleCheck()
{
    if (m_waiting)
        m_checkTimer.start();
}

void LiveSession::check()
{
    if (!m_waiting)
        return;
    m_rows.clear();
    m_rowReadings = 0;
    m_rowsError.clear();
    for (Endpoint &endpoint : m_endpoints) {
        if (endpoint.listening && isSynchronized(modelState(m_current, endpoint.name)))
            tryAccept(endpoint);
    }
    QList<Judgement> judgements;
    bool settled = true;
    for (const Endpoint &endpoint : std::as_const(m_endpoints)) {
        judgements.append(judge(endpoint));
        settled = settled && judgements.last().settled;
        const int secondsLeft = judgements.last().timeWaitSecondsLeft;
        if (m_waitOutTimeWait && secondsLeft >= 0 && isTimeWaitExpiry(m_scenario.step(m_current), endpoint.name)
            && m_lastCountdown.value(endpoint.name, -1) != secondsLeft) {
            m_lastCountdown.insert(endpoint.name, secondsLeft);
            emit timeWaitCountdown(endpoint.name, secondsLeft);
        }
    }
    const bool timedOut = m_stepClock.elapsed() >= m_currentTimeoutMs;
    if (settled || timedOut || m_stepFailed) {
        finishStep(judgements);
        return;
    }
    // Poll soon at first, then less often while the step keeps waiting: reading the kernel's
    // list can take milliseconds of kernel time (it walks the whole connection table).
    if (!m_pollTimer.isActive()) {
        m_pollTimer.start();
        return;
    }
    const qint64 longest = m_waitingOut ? timeWaitPollIntervalMs : maxPollIntervalMs;
    const qint64 remainingMs = m_currentTimeoutMs - m_stepClock.elapsed();
    const int next = int(qBound(qint64(1), qMin(2 * qint64(m_pollTimer.interval()), longest), remainingMs));
    if (next != m_pollTimer.interval())
        m_pollTimer.setInterval(next);
}

LiveSession::Judgement LiveSession::judge(const Endpoint &endpoint)
{
    Judgement judgement;
    if (!isAvailable()) {
        judgement.note = tr("not available on this system");
        return judgement;
    }
    const TcpState model = modelState(m_current, endpoint.name);
    const Reading reading = read(endpoint, model);
    judgement.timeWaitSecondsLeft = reading.timeWaitSecondsLeft;
    if (reading.noSocket) {
        judgement.note = tr("no socket yet");
        return judgement;
    }
    if (!reading.state) {
        judgement.note = reading.error;
        return judgement;
    }
    const TcpState kernel = *reading.state;
    const Step &step = m_scenario.step(m_current);
    if (isTimeWaitExpiry(step, endpoint.name) && !m_waitOutTimeWait && kernel == TcpState::TimeWait) {
        judgement.note = tr("The model's 2MSL timer expires here; the kernel keeps the connection in TIME-WAIT for "
                            "%n more second(s) (this system holds TIME-WAIT for %1 s). Not waited out.",
                            nullptr, reading.timeWaitSecondsLeft)
                             .arg(m_kernel->timeWaitSeconds());
        return judgement;
    }
    judgement.state = kernel;
    if (endpoint.listening && isSynchronized(model)) {
        judgement.settled = false;
        judgement.note = tr("Waiting for the connection to accept().");
        return judgement;
    }
    if (kernel == model) {
        const int expected = modelReceived(m_current, endpoint.name);
        const bool canReceive = endpoint.socket >= 0 && !endpoint.endOfStream && !endpoint.receiveFailed;
        if (canReceive && endpoint.received.size() < expected) {
            judgement.settled = false;
            judgement.note = tr("%1 bytes should have arrived by now; %2 did.")
                                 .arg(expected)
                                 .arg(endpoint.received.size());
            return judgement;
        }
        if (isTimeWaitExpiry(step, endpoint.name) && m_waitOutTimeWait)
            judgement.note = tr("The kernel dropped the TIME-WAIT entry; waited %1 s.")
                                 .arg(double(m_stepClock.elapsed()) / 1000.0, 0, 'f', 1);
        return judgement;
    }
    for (const auto &[later, state] : statesAhead(m_current, endpoint.name)) {
        if (state == kernel) {
            judgement.state.reset();
            judgement.note = tr("%1 passed too fast to observe on loopback: the segments the model still has in "
                                "flight have already arrived, and the kernel is in %2, which the model reaches at "
                                "step %3.")
                                 .arg(tcpStateName(model), tcpStateName(kernel))
                                 .arg(later);
            return judgement;
        }
    }
    judgement.settled = false;
    judgement.note = m_stepFailed ? tr("The model has %1; the kernel reports %2.")
                                        .arg(tcpStateName(model), tcpStateName(kernel))
                                  : tr("The kernel did not reach %1 within %2 ms; it reports %3.")
                                        .arg(tcpStateName(model))
                                        .arg(m_currentTimeoutMs)
                                        .arg(tcpStateName(kernel));
    return judgement;
}

LiveSession::Reading LiveSession::read(const Endpoint &endpoint, TcpState model)
{
    Reading reading;
    if (!endpoint.hadSocket) {
        reading.noSocket = true;
        return reading;
    }
    const bool connectionKnown = endpoint.localPort != 0 && endpoint.peerPort != 0;
    // The connection's row in the kernel's list: what counts once the descriptor says CLOSE or
    // is gone. No row means that the connection no longer exists (or never did).
    auto lookUp = [&](TcpState fallback) {
        const auto find = [&]() -> const KernelSocketRow * {
            for (const KernelSocketRow &row : std::as_const(m_rows)) {
                if (row.localAddress == loopback && row.localPort == endpoint.localPort
                    && row.remoteAddress == loopback && row.remotePort == endpoint.peerPort)
                    return &row;
            }
            return nullptr;
        };
        const KernelSocketRow *row = readRows(1) ? find() : nullptr;
        // /proc/net/tcp is read in pages, each from where the last one stopped: sockets that come
        // and go meanwhile can make a row slip through. Absence is believed after two readings.
        if (!row && m_rowsError.isEmpty())
            row = readRows(2) ? find() : nullptr;
        if (!m_rowsError.isEmpty()) {
            reading.state.reset();
            reading.error = m_rowsError;
        } else if (row) {
            reading.state = row->state;
            reading.timeWaitSecondsLeft = row->state == TcpState::TimeWait ? row->timerSecondsLeft : -1;
        } else {
            reading.state = fallback;
        }
    };
    if (endpoint.socket < 0) {
        if (connectionKnown)
            lookUp(TcpState::Closed);
        else
            reading.state = TcpState::Closed;
        return reading;
    }
    QString error;
    reading.state = m_kernel->stateOfDescriptor(endpoint.socket, &error);
    if (!reading.state) {
        reading.error = error;
        return reading;
    }
    const bool listenerForConnection = *reading.state == TcpState::Listen && model != TcpState::Listen;
    if (connectionKnown && (*reading.state == TcpState::Closed || listenerForConnection))
        lookUp(*reading.state);
    return reading;
}

void LiveSession::finishStep(const QList<Judgement> &judgements)
{
    LiveObservation observation;
    observation.step = m_current;
    observation.waitedMs = m_stepClock.elapsed();
    bool anyObserved = false;
    bool allAgree = true;
    for (qsizetype i = 0; i < m_endpoints.size(); ++i) {
        const Endpoint &endpoint = m_endpoints.at(i);
        const Judgement &judgement = judgements.at(i);
        observation.kernelStates.insert(endpoint.name, judgement.state);
        QStringList notes = m_notes.value(endpoint.name);
        if (!judgement.note.isEmpty())
            notes.append(judgement.note);
        if (!notes.isEmpty())
            observation.notes.insert(endpoint.name, notes.join(u' '));
        if (endpoint.localPort != 0)
            observation.endpoints.insert(endpoint.name, NativeSocketAddress{loopback, endpoint.localPort}.toString());
        if (judgement.timeWaitSecondsLeft >= 0)
            observation.timeWaitSecondsLeft.insert(endpoint.name, judgement.timeWaitSecondsLeft);
        if (judgement.state) {
            anyObserved = true;
            allAgree = allAgree && *judgement.state == modelState(m_current, endpoint.name);
        }
    }
    if (anyObserved)
        observation.agree = allAgree;
    m_notes.clear();
    for (Endpoint &endpoint : m_endpoints) {
        if (endpoint.acceptNotifier)
            endpoint.acceptNotifier->setEnabled(false); // accepting resumes with the next step's wait
    }

    // The descriptors of deferred close() calls close once the model's endpoint is in TIME-WAIT
    // or CLOSED; what happens to them from now on is read from the kernel's list.
    for (Endpoint &endpoint : m_endpoints) {
        const TcpState model = modelState(m_current, endpoint.name);
        if (endpoint.closeDeferred && (model == TcpState::TimeWait || model == TcpState::Closed)) {
            closeDescriptor(endpoint, endpoint.socket);
            const QString closed = tr("The descriptor is closed now, as the model's close() asked.");
            const QString previous = observation.notes.value(endpoint.name);
            observation.notes.insert(endpoint.name, previous.isEmpty() ? closed : previous + u' ' + closed);
        }
    }
    observation.error = m_errors.join(u' ');
    m_errors.clear();

    m_observations.append(observation);
    m_waiting = false;
    m_pollTimer.stop();
    m_checkTimer.stop();
    ++m_next;
    const bool last = atEnd();
    if (last)
        m_runningToEnd = false;
    emit stepObserved(observation.step);
    if (last) {
        emit finished();
    } else if (m_runningToEnd) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_runningToEnd)
                    advance();
            },
            Qt::QueuedConnection);
    }
}

bool LiveSession::readRows(int readings)
{
    while (m_rowReadings < readings && m_rowsError.isEmpty()) {
        QString error;
        const QList<KernelSocketRow> rows = m_kernel->ipv4Sockets(&error);
        m_rowsError = error;
        m_rows.append(rows);
        ++m_rowReadings;
    }
    return m_rowsError.isEmpty();
}

QList<std::pair<int, TcpState>> LiveSession::statesAhead(int step, const QString &name) const
{
    QList<std::pair<int, TcpState>> states;
    for (int later = step + 1; later < m_scenario.stepCount(); ++later) {
        const Step &next = m_scenario.step(later);
        if (next.kind != Step::Kind::Delivery)
            break;
        if (const TcpControlBlock *tcb = next.state.endpoint(name))
            states.append({later, tcb->state});
    }
    return states;
}

bool LiveSession::isTimeWaitExpiry(const Step &step, const QString &name) const
{
    return step.kind == Step::Kind::Timer && step.event == TcpEvent::Timeout2Msl && step.actor == name;
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
    if (port != 0 && !m_ports.contains(port))
        m_ports.append(port);
}

} // namespace NetSteps

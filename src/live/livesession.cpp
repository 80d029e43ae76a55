// LiveSession, part one: the session's lifecycle and which step is performed how. The real
// socket calls are in livesessionsockets.cpp; watching the kernel and judging what it says is
// in livesessionkernel.cpp.
#include "livesession.h"

#include <QSocketNotifier>

namespace NetSteps {

namespace {

constexpr Ipv4Address loopback = loopbackAddress;
constexpr int timeWaitGraceSeconds = 5;

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
    m_captureOpened = false;
    m_windowShift.clear();
    m_endpoints.clear();
    closeUdpSockets();
    for (const QString &name : std::as_const(m_scenario.endpointNames)) {
        if (m_scenario.step(0).state.udpSocket(name))
            continue; // a UDP socket: no TCP endpoint behind it (livesessionudp.cpp)
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
    closeUdpSockets();
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
    if (!m_captureOpened)
        openCapture();
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

void LiveSession::openCapture()
{
    m_captureOpened = true;
    if (!isAvailable())
        return;
    if (!m_capture) {
        m_capture = PacketCapture::create();
        connect(m_capture.get(), &PacketCapture::captureFailed, this, [this](const QString &message) {
            m_captureStatus = message;
            emit captureStatusChanged();
        });
    }
    m_capture->setPorts(m_ports);
    if (!m_capture->start(&m_captureStatus))
        m_capture.reset();
    emit captureStatusChanged();
}

bool LiveSession::canCapture(QString *why)
{
    std::unique_ptr<PacketCapture> capture = PacketCapture::create();
    const bool can = capture->start(why);
    capture->stop();
    return can;
}

QList<std::pair<qint64, QByteArray>> LiveSession::captureRecords(const QList<LiveObservation> &observations)
{
    QList<std::pair<qint64, QByteArray>> records;
    for (const LiveObservation &observation : observations) {
        for (const CapturedFrame &frame : observation.captured)
            records.append({frame.timeUs, frame.bytes});
    }
    return records;
}

// ---- Performing a step ----

void LiveSession::performStep(const Step &step)
{
    switch (step.kind) {
    case Step::Kind::Initial:
        setUpInitial(step);
        return;
    case Step::Kind::SocketCall:
        if (isUdpSocket(step.actor))
            performUdpCall(step);
        else if (Endpoint *actor = endpoint(step.actor))
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
    default:
        fail(tr("Step %1 belongs to a LAN or addressing lesson, which is simulated only.").arg(step.index));
        return;
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
    setUpUdp(step);
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

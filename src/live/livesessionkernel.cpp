// LiveSession, second half: watching the kernel while a step waits, judging each endpoint's
// reading against the model, and recording the step's observation. The first half
// (livesession.cpp) performs the steps with real sockets.
#include "livesession.h"

#include "framecodec.h"
#include "tcpflags.h"

#include <QSocketNotifier>

namespace NetSteps {

namespace {

constexpr Ipv4Address loopback = loopbackAddress;
constexpr int maxPollIntervalMs = 50;

} // namespace

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
    if (m_udpCheck.receiving && !m_stepFailed && m_simulatedFrom < 0 && !checkUdpReceive()) {
        if (!m_pollTimer.isActive())
            m_pollTimer.start();
        return;
    }
    for (Endpoint &endpoint : m_endpoints) {
        if (endpoint.listening && TcpEndpoint::isSynchronized(modelState(m_current, endpoint.name)))
            tryAccept(endpoint);
    }
    QList<Judgement> judgements;
    if (m_simulatedFrom >= 0) {
        // Nothing was performed: the kernel's states would only show how the real run diverged.
        for (qsizetype i = 0; i < m_endpoints.size(); ++i)
            judgements.append(Judgement{});
        finishStep(judgements);
        return;
    }
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
    if (timedOut) {
        // What the kernel should have done by itself did not happen: the model and the kernel disagree.
        for (qsizetype i = 0; i < judgements.size(); ++i) {
            if (judgements.at(i).awaitsKernel) {
                m_callDisagrees = true;
                m_errors.append(tr("%1, after %2 ms: %3").arg(m_endpoints.at(i).name).arg(m_currentTimeoutMs).arg(judgements.at(i).note));
            }
        }
    }
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
    if (endpoint.listening && TcpEndpoint::isSynchronized(model)) {
        judgement.settled = false;
        judgement.note = tr("Waiting for the connection to accept().");
        return judgement;
    }
    if (kernel == model && isKeepaliveProbe(step, endpoint.name) && endpoint.socket >= 0) {
        // An answered probe shows as an ACK that arrived after the step began. The kernel counts
        // in jiffies (4 or 10 ms): an ACK just before the step must not pass for a new one.
        constexpr qint64 clockGrainMs = 20;
        const std::optional<qint64> ackAge = m_kernel->msSinceLastAckReceived(endpoint.socket);
        const qint64 waited = m_stepClock.elapsed();
        if (!ackAge || *ackAge + clockGrainMs >= waited) {
            judgement.settled = false;
            judgement.awaitsKernel = true;
            judgement.note = tr("No keep-alive probe has been answered since this step began (%1 ms ago).").arg(waited);
            return judgement;
        }
        judgement.note = tr("After %1 s without traffic the kernel sent a keep-alive probe by itself, and the peer's "
                            "kernel answered it at once: an ACK arrived %2 ms ago, while nothing was being sent.")
                             .arg(m_scenario.keepalive->idleMs / 1000)
                             .arg(*ackAge);
        return judgement;
    }
    if (kernel == model && isSynRetransmission(step, endpoint.name) && endpoint.socket >= 0) {
        const std::optional<int> count = m_kernel->retransmissions(endpoint.socket);
        if (!count || m_retransmissionsAtStart < 0 || *count <= m_retransmissionsAtStart) {
            judgement.settled = false;
            judgement.awaitsKernel = true;
            judgement.note = tr("Waiting for the kernel to resend the SYN by itself.");
            return judgement;
        }
        judgement.note = tr("The kernel resent the SYN by itself, %1 ms after this step began (%n retransmission(s) "
                            "of this SYN so far).",
                            nullptr, *count)
                             .arg(m_stepClock.elapsed());
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
        QString error;
        const std::optional<KernelSocketRow> row = m_kernel->connection(endpoint.localPort, endpoint.peerPort, &error);
        if (!error.isEmpty()) {
            reading.state.reset();
            reading.error = error;
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
    if (m_udpCheck.agree) {
        observation.realCall = m_udpCheck.realCall;
        observation.agree = *m_udpCheck.agree && observation.agree.value_or(true);
    }
    m_udpCheck = {};
    if (m_callDisagrees)
        observation.agree = false;
    if (m_simulatedFrom == m_current)
        observation.simulatedReason = m_simulatedReason;
    else if (m_simulatedFrom >= 0)
        observation.simulatedReason = tr("Simulated only, like every step since step %1, which real sockets on "
                                         "loopback cannot perform.")
                                          .arg(m_simulatedFrom);
    observation.bindResult = m_bindResult;
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
    observation.captured = takeCapturedFrames();
    if (m_simulatedFrom >= 0)
        observation.captured.clear(); // the real sockets no longer follow the lesson
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

QList<CapturedFrame> LiveSession::takeCapturedFrames()
{
    if (!isCapturing())
        return {};
    QList<CapturedFrame> frames = m_capture->takeFrames();
    updateCaptureStatus();
    const auto nameOf = [this](quint16 port, quint16 peerPort) {
        for (const Endpoint &endpoint : std::as_const(m_endpoints)) {
            if (endpoint.localPort == port && (endpoint.peerPort == peerPort || endpoint.peerPort == 0)
                && !(endpoint.forked && endpoint.peerPort != peerPort))
                return endpoint.name;
        }
        return QString();
    };
    for (CapturedFrame &frame : frames) {
        const Parsed<Frame> decoded = FrameCodec::decode(frame.bytes);
        if (!decoded || !decoded->tcp)
            continue;
        const TcpHeader &tcp = *decoded->tcp;
        // A listener's connections share its port: the exact pair is tried first.
        frame.from = nameOf(tcp.sourcePort, tcp.destinationPort);
        frame.to = nameOf(tcp.destinationPort, tcp.sourcePort);
        if (tcp.flags.testFlag(TcpFlag::Syn)) {
            if (tcp.options.windowScale && !frame.from.isEmpty())
                m_windowShift.insert(frame.from, *tcp.options.windowScale);
            frame.window = tcp.window; // never scaled in a SYN
        } else if (m_windowShift.contains(frame.from)) {
            frame.window = qint64(tcp.window) << m_windowShift.value(frame.from);
        }
    }
    return frames;
}

void LiveSession::updateCaptureStatus()
{
    const CaptureStatistics statistics = m_capture->statistics();
    QStringList losses;
    if (statistics.droppedByKernel > 0)
        losses.append(tr("the kernel dropped %n frame(s) because they were not read in time", nullptr,
                         int(statistics.droppedByKernel)));
    if (statistics.droppedListFull > 0)
        losses.append(tr("%n frame(s) did not fit in the list of kept frames", nullptr, int(statistics.droppedListFull)));
    if (statistics.truncated > 0)
        losses.append(tr("%n frame(s) were longer than the capture keeps", nullptr, int(statistics.truncated)));
    const QString status = losses.isEmpty() ? QString()
                                            : tr("Some real segments are missing: %1.").arg(losses.join(QStringLiteral("; ")));
    if (status == m_captureStatus)
        return;
    m_captureStatus = status;
    emit captureStatusChanged();
}

QList<std::pair<int, TcpState>> LiveSession::statesAhead(int step, const QString &name) const
{
    QList<std::pair<int, TcpState>> states;
    for (int later = step + 1; later < m_scenario.stepCount(); ++later) {
        const Step &next = m_scenario.step(later);
        const bool elsewhere = (next.kind == Step::Kind::SocketCall || next.kind == Step::Kind::Timer)
            && !involves(next, name);
        if (elsewhere)
            continue; // another connection's call or timer cannot change this one
        if (next.kind != Step::Kind::Delivery)
            break;
        if (const TcpControlBlock *tcb = next.state.endpoint(name))
            states.append({later, tcb->state});
    }
    return states;
}

bool LiveSession::involves(const Step &step, const QString &name) const
{
    if (step.actor == name || step.state.listenerOf(name) == step.actor)
        return true;
    for (const TransitionRecord &t : step.transitions) {
        if (t.endpoint == name)
            return true;
    }
    const TcpControlBlock *tcb = step.state.endpoint(name);
    const TcpControlBlock *actor = step.state.endpoint(step.actor);
    if (!tcb || !actor)
        return true; // not known to the model: assume the worst
    return actor->address == tcb->peerAddress && actor->port == tcb->peerPort;
}

bool LiveSession::isTimeWaitExpiry(const Step &step, const QString &name) const
{
    return step.kind == Step::Kind::Timer && step.event == TcpEvent::Timeout2Msl && step.actor == name;
}

} // namespace NetSteps

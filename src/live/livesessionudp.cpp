// The UDP sockets of a live lesson (udp-exchange): each sendto(), send(), connect(), recv() and
// recvfrom() of the model is made on a real UDP socket on 127.0.0.1, and what the real call
// returned is recorded beside the model's result. UDP has no connection state to read from the
// kernel: what can be compared is what each call returns, and that is the lesson's point (a
// datagram arrives whole, a connected socket hears ECONNREFUSED, an unconnected one hears nothing).

#include "livesession.h"

#include "pythonbytes.h"

namespace NetSteps {

namespace {

// How long a receive the model lets time out waits for real: the model's timeout (2 s in the
// lesson) would hold the class for nothing; a datagram on loopback arrives in microseconds.
constexpr qint64 quietWaitMs = 300;
constexpr qint64 datagramBuffer = 65536;

bool isReceive(const SocketCallResult &call)
{
    return call.function == QLatin1String("recv") || call.function == QLatin1String("recvfrom");
}

} // namespace

bool LiveSession::isUdpSocket(const QString &name) const
{
    return m_udpSockets.contains(name);
}

void LiveSession::setUpUdp(const Step &initial)
{
    for (const UdpSocketState &model : initial.state.udpSockets) {
        NativeSocketError error;
        UdpLive live;
        live.descriptor = m_native->openUdp(&error);
        if (live.descriptor < 0 || !m_native->bind(live.descriptor, {loopbackAddress, 0}, &error)) {
            fail(tr("Could not open a UDP socket for %1: %2").arg(model.name, error.message));
            if (live.descriptor >= 0)
                m_native->close(live.descriptor);
            continue;
        }
        live.port = m_native->localAddress(live.descriptor).value_or(NativeSocketAddress{}).port;
        rememberPort(live.port);
        note(model.name, tr("A UDP socket bound to 127.0.0.1:%1 (the kernel chose the port) stands for %2:%3.")
                             .arg(live.port)
                             .arg(model.address.toString())
                             .arg(model.port));
        m_udpSockets.insert(model.name, live);
    }
    // A port where nothing listens, for the datagrams the model sends to no socket: bound for a
    // moment so that the kernel picks a free one, then released.
    NativeSocketError error;
    const qintptr probe = m_native->openUdp(&error);
    if (probe >= 0 && m_native->bind(probe, {loopbackAddress, 0}, &error))
        m_unusedUdpPort = m_native->localAddress(probe).value_or(NativeSocketAddress{}).port;
    if (probe >= 0)
        m_native->close(probe);
}

void LiveSession::closeUdpSockets()
{
    for (const UdpLive &live : std::as_const(m_udpSockets))
        m_native->close(live.descriptor);
    m_udpSockets.clear();
    m_udpCheck = {};
}

// Where a datagram the model sends to (address, port) goes for real: the real port of the
// scenario's socket with that address and port, or the port where nothing listens.
NativeSocketAddress LiveSession::realUdpAddress(Ipv4Address address, quint16 port) const
{
    for (const UdpSocketState &model : m_scenario.step(0).state.udpSockets) {
        if (model.address == address && model.port == port)
            return {loopbackAddress, m_udpSockets.value(model.name).port};
    }
    return {loopbackAddress, m_unusedUdpPort};
}

void LiveSession::performUdpCall(const Step &step)
{
    const SocketCallResult &model = step.socket;
    const UdpLive live = m_udpSockets.value(step.actor);
    m_udpCheck = {};
    m_udpCheck.actor = step.actor;
    if (isReceive(model)) {
        // Received in check(): the datagram, or the error, may need a moment to be there.
        m_udpCheck.receiving = true;
        return;
    }
    NativeSocketError error;
    qint64 returned = -1;
    QString what;
    if (model.function == QLatin1String("connect")) {
        const UdpSocketState *after = step.state.udpSocket(step.actor);
        const NativeSocketAddress to = realUdpAddress(after->peerAddress, after->peerPort);
        const bool ok = m_native->connect(live.descriptor, to, &error);
        what = ok ? tr("connect(('127.0.0.1', %1)) returned: it only fixes the peer, nothing is sent").arg(to.port)
                  : tr("connect() failed: %1").arg(error.message);
        verdict(ok, what);
        return;
    }
    const Transmission *datagram = step.sent.isEmpty() ? nullptr : &m_scenario.transmission(step.sent.constFirst());
    if (!datagram || !datagram->frame.udp) {
        fail(tr("Step %1 sends no UDP datagram to perform.").arg(step.index));
        return;
    }
    const QByteArray &payload = datagram->frame.payload;
    if (model.function == QLatin1String("sendto")) {
        const NativeSocketAddress to = realUdpAddress(datagram->frame.ipv4->destination, datagram->frame.udp->destinationPort);
        returned = m_native->sendTo(live.descriptor, payload, to, &error);
        what = QStringLiteral("sendto(%1, ('127.0.0.1', %2))").arg(pythonBytes(payload)).arg(to.port);
    } else {
        returned = m_native->send(live.descriptor, payload, &error);
        what = QStringLiteral("send(%1)").arg(pythonBytes(payload));
    }
    if (returned < 0)
        verdict(model.outcome == SocketCallResult::Outcome::Error && error.code.startsWith(model.error),
                tr("%1 failed: %2").arg(what, error.code));
    else
        verdict(model.outcome == SocketCallResult::Outcome::Returned && returned == model.returned,
                tr("%1 returned %2").arg(what).arg(returned));
}

// One look at the socket of the receive in progress; true once its result is recorded.
bool LiveSession::checkUdpReceive()
{
    const Step &step = m_scenario.step(m_current);
    const SocketCallResult &model = step.socket;
    const UdpLive live = m_udpSockets.value(m_udpCheck.actor);
    const bool expectNothing = model.outcome == SocketCallResult::Outcome::TimedOut;
    if (expectNothing && m_stepClock.elapsed() < std::min(quietWaitMs, model.waitedMs))
        return false;
    QByteArray buffer(datagramBuffer, Qt::Uninitialized);
    NativeSocketError error;
    NativeSocketAddress from;
    const qsizetype size = std::min<qsizetype>(model.requested > 0 ? model.requested : datagramBuffer, datagramBuffer);
    const qint64 received = model.function == QLatin1String("recvfrom")
        ? m_native->receiveFrom(live.descriptor, buffer.data(), size, &from, &error)
        : m_native->receive(live.descriptor, buffer.data(), size, &error);
    if (received < 0 && error.wouldBlock) {
        if (expectNothing) {
            verdict(true, tr("%1() found nothing after %2 ms: it would have timed out, as the model's does after "
                             "%3 ms (the real wait is shortened)")
                              .arg(model.function)
                              .arg(m_stepClock.elapsed())
                              .arg(model.waitedMs));
            return true;
        }
        if (m_stepClock.elapsed() < m_currentTimeoutMs)
            return false;
        verdict(false, tr("%1() found nothing within %2 ms").arg(model.function).arg(m_currentTimeoutMs));
        return true;
    }
    if (received < 0) {
        verdict(model.outcome == SocketCallResult::Outcome::Error && error.code.startsWith(model.error),
                tr("%1() failed: %2").arg(model.function, error.code));
        return true;
    }
    buffer.truncate(received);
    const QString got = model.function == QLatin1String("recvfrom")
        ? tr("%1() returned %2 from 127.0.0.1:%3").arg(model.function, pythonBytes(buffer)).arg(from.port)
        : tr("%1() returned %2").arg(model.function, pythonBytes(buffer));
    verdict(model.outcome == SocketCallResult::Outcome::Returned && buffer == model.data, got);
    return true;
}

void LiveSession::verdict(bool agrees, const QString &what)
{
    m_udpCheck.receiving = false;
    m_udpCheck.agree = agrees;
    m_udpCheck.realCall = what;
}

} // namespace NetSteps

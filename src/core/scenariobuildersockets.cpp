// ScenarioBuilder, the sockets lessons: UDP sockets and datagrams, ICMP port unreachable, and a
// TCP send buffer of fixed size with send() and recv() as the program sees them. The TCP
// endpoints still take every transition from the transition table; what is here is the sockets
// layer above them, which RFC 9293 leaves to the implementation.
#include "scenariobuilder.h"

#include "framecodec.h"

#include <QtEndian>

#include <stdexcept>

namespace NetSteps {

namespace {

// Linux's errno for a refused connection, which a connected UDP socket reports after an ICMP
// port unreachable (icmp_err_convert[ICMP_PORT_UNREACH] = ECONNREFUSED, a hard error).
const QString econnrefused = QStringLiteral("ECONNREFUSED");

// What Python prints for short data (b'one\n'), else its length: "<10000 bytes>". A call text
// is code, as a student types it, and is not translated.
QString bytesText(const QByteArray &data)
{
    constexpr qsizetype longest = 24;
    if (data.size() > longest)
        return QStringLiteral("<%1 bytes>").arg(data.size());
    QString text = QStringLiteral("b'");
    for (char c : data) {
        if (c == '\n')
            text += QStringLiteral("\\n");
        else if (c == '\'' || c == '\\')
            text += u'\\' + QChar::fromLatin1(c);
        else if (c >= 0x20 && c < 0x7f)
            text += QChar::fromLatin1(c);
        else
            text += QStringLiteral("\\x%1").arg(quint8(c), 2, 16, QLatin1Char('0'));
    }
    return text + u'\'';
}

} // namespace

void ScenarioBuilder::addUdpSocket(const UdpSocketState &socket)
{
    m_udpSockets.append(socket);
    m_scenario.endpointNames.append(socket.name);
}

void ScenarioBuilder::shareLifeline(const QString &socket, const QString &lifeline)
{
    m_scenario.endpointNames.removeAll(socket);
    m_scenario.sharedLifelines.insert(socket, lifeline);
}

void ScenarioBuilder::setSendBuffer(const QString &name, qsizetype bytes)
{
    endpoint(name).tcb().sendBufferSize = bytes;
}

UdpSocketState &ScenarioBuilder::udpSocket(const QString &name)
{
    for (UdpSocketState &socket : m_udpSockets) {
        if (socket.name == name)
            return socket;
    }
    throw std::logic_error("ScenarioBuilder: unknown UDP socket " + name.toStdString());
}

// The lifeline of the host with this address: the first socket bound to it.
QString ScenarioBuilder::hostOf(Ipv4Address address) const
{
    for (const QString &name : m_scenario.endpointNames) {
        for (const UdpSocketState &socket : m_udpSockets)
            if (socket.name == name && socket.address == address)
                return name;
        for (const TcpEndpoint &e : m_endpoints)
            if (e.tcb().name == name && e.tcb().address == address)
                return name;
    }
    throw std::logic_error("ScenarioBuilder: no host has the address " + address.toString().toStdString());
}

MacAddress ScenarioBuilder::macOf(Ipv4Address address) const
{
    for (const UdpSocketState &socket : m_udpSockets)
        if (socket.address == address)
            return socket.mac;
    for (const TcpEndpoint &e : m_endpoints)
        if (e.tcb().address == address)
            return e.tcb().mac;
    throw std::logic_error("ScenarioBuilder: no host has the address " + address.toString().toStdString());
}

// The segments of one send() leave at once, each at most one MSS. The receiver's window never
// limits them here: the model's peer always advertises 64256 bytes, more than the send buffers
// the scenarios declare, so a send buffer larger than that is refused as not modelled.
qsizetype ScenarioBuilder::tcpSend(const QString &name, const QString &callText, const QByteArray &data,
                                   int sendallPart, qint64 thinkMs)
{
    TcpEndpoint &sender = endpoint(name);
    const TcpControlBlock &tcb = sender.tcb();
    constexpr qsizetype peerWindow = qsizetype(TcpEndpoint::scaledWindow) << TcpEndpoint::windowScale;
    if (tcb.state != TcpState::Established || data.isEmpty() || tcb.sendBufferSize > peerWindow)
        throw std::logic_error("ScenarioBuilder: tcpSend needs data, ESTABLISHED and a send buffer within the window");
    // Linux's send() on a socket with a timeout (Python's settimeout) or O_NONBLOCK copies what
    // fits in the send buffer and returns that count (tcp_sendmsg_locked); with nothing free it
    // fails with EAGAIN, which the scenarios never reach. A blocking socket without SO_SNDTIMEO
    // would instead sleep until all of it fits (sk_stream_wait_memory).
    const qsizetype room = tcb.sendBufferSize > 0 ? tcb.sendBufferSize - tcb.unacknowledged.size() : data.size();
    const qsizetype taken = qMin(room, data.size());
    if (taken <= 0)
        throw std::logic_error("ScenarioBuilder: tcpSend with a full send buffer (EAGAIN) is not modelled");
    m_nowMs += thinkMs;
    Step &step = beginStep(Step::Kind::SocketCall, name);
    step.call = QStringLiteral("%1 → %2").arg(callText).arg(taken);
    step.socket.outcome = SocketCallResult::Outcome::Returned;
    step.socket.transport = SocketCallResult::Transport::Tcp;
    step.socket.function = sendallPart > 0 ? QStringLiteral("sendall") : QStringLiteral("send");
    step.socket.sendPart = sendallPart;
    step.socket.requested = data.size();
    step.socket.returned = taken;
    step.socket.bufferSize = tcb.sendBufferSize;
    for (qsizetype offset = 0; offset < taken; offset += TcpEndpoint::mss) {
        const QByteArray chunk = data.mid(offset, qMin<qsizetype>(TcpEndpoint::mss, taken - offset));
        TcpEndpoint::Outcome outcome = sender.call(TcpEvent::Send, chunk);
        if (!outcome.row)
            throw std::logic_error("ScenarioBuilder: send not valid in this state");
        // Linux sets PSH on the segment that ends what one send() wrote (tcp_mark_push), not on
        // the full-sized ones before it.
        if (outcome.segment && offset + chunk.size() < taken)
            outcome.segment->flags.setFlag(TcpFlag::Psh, false);
        record(step, name, outcome);
    }
    step.socket.bufferedAfter = endpoint(name).tcb().unacknowledged.size();
    endStep(step);
    return taken;
}

QByteArray ScenarioBuilder::tcpReceive(const QString &name, qsizetype bufferSize, qint64 thinkMs)
{
    TcpControlBlock &tcb = endpoint(name).tcb();
    const qsizetype buffered = tcb.received.size() - tcb.applicationRead;
    if (buffered <= 0 || bufferSize <= 0)
        throw std::logic_error("ScenarioBuilder: tcpReceive with nothing buffered (a blocking recv) is not modelled");
    // recv() on a stream socket copies whatever bytes wait in order, up to its size, with no
    // regard for the segments that brought them (tcp_recvmsg): TCP keeps no message boundaries.
    const qsizetype count = qMin(bufferSize, buffered);
    const QByteArray data = tcb.received.mid(tcb.applicationRead, count);
    tcb.applicationRead += count;
    m_nowMs += thinkMs;
    Step &step = beginStep(Step::Kind::SocketCall, name);
    step.call = QStringLiteral("recv(%1) → %2").arg(bufferSize).arg(bytesText(data));
    step.socket.outcome = SocketCallResult::Outcome::Returned;
    step.socket.transport = SocketCallResult::Transport::Tcp;
    step.socket.function = QStringLiteral("recv");
    step.socket.requested = bufferSize;
    step.socket.returned = count;
    step.socket.data = data;
    step.socket.bufferedAfter = buffered - count;
    endStep(step);
    return data;
}

void ScenarioBuilder::udpSendTo(const QString &name, const QByteArray &data, Ipv4Address address, quint16 port,
                                qint64 thinkMs)
{
    UdpSocketState &socket = udpSocket(name);
    // Linux refuses sendto() with another destination on a connected UDP socket only for
    // other protocols; for UDP it sends there. The scenarios never mix the two.
    if (socket.isConnected())
        throw std::logic_error("ScenarioBuilder: sendto on a connected UDP socket is not modelled");
    m_nowMs += thinkMs;
    Step &step = beginStep(Step::Kind::SocketCall, name);
    step.call = QStringLiteral("sendto(%1, ('%2', %3)) → %4")
                    .arg(bytesText(data), address.toString())
                    .arg(port)
                    .arg(data.size());
    step.socket.outcome = SocketCallResult::Outcome::Returned;
    step.socket.transport = SocketCallResult::Transport::Udp;
    step.socket.function = QStringLiteral("sendto");
    step.socket.requested = data.size();
    step.socket.returned = data.size();
    transmitFrame(step, name, hostOf(address),
                  makeUdpFrame(socket.mac, macOf(address), socket.address, socket.port, address, port, data));
    endStep(step);
}

void ScenarioBuilder::udpConnect(const QString &name, Ipv4Address address, quint16 port, qint64 thinkMs)
{
    UdpSocketState &socket = udpSocket(name);
    socket.peerAddress = address;
    socket.peerPort = port;
    // A new peer discards any error the old one left (Linux's __ip4_datagram_connect does not,
    // but the scenarios connect a socket with none pending).
    m_nowMs += thinkMs;
    Step &step = beginStep(Step::Kind::SocketCall, name);
    step.call = QStringLiteral("connect(('%1', %2))").arg(address.toString()).arg(port);
    step.socket.outcome = SocketCallResult::Outcome::Returned;
    step.socket.transport = SocketCallResult::Transport::Udp;
    step.socket.function = QStringLiteral("connect");
    endStep(step);
}

void ScenarioBuilder::udpSend(const QString &name, const QByteArray &data, qint64 thinkMs)
{
    UdpSocketState &socket = udpSocket(name);
    if (!socket.isConnected() || !socket.pendingError.isEmpty())
        throw std::logic_error("ScenarioBuilder: send on an unconnected UDP socket, or with an error pending");
    m_nowMs += thinkMs;
    Step &step = beginStep(Step::Kind::SocketCall, name);
    step.call = QStringLiteral("send(%1) → %2").arg(bytesText(data)).arg(data.size());
    step.socket.outcome = SocketCallResult::Outcome::Returned;
    step.socket.transport = SocketCallResult::Transport::Udp;
    step.socket.function = QStringLiteral("send");
    step.socket.requested = data.size();
    step.socket.returned = data.size();
    transmitFrame(step, name, hostOf(socket.peerAddress),
                  makeUdpFrame(socket.mac, macOf(socket.peerAddress), socket.address, socket.port, socket.peerAddress,
                               socket.peerPort, data));
    endStep(step);
}

void ScenarioBuilder::udpReceive(const QString &name, const QString &function, qsizetype bufferSize,
                                 qint64 timeoutMs, qint64 thinkMs)
{
    UdpSocketState &socket = udpSocket(name);
    m_nowMs += thinkMs;
    Step &step = beginStep(Step::Kind::SocketCall, name);
    const QString call = QStringLiteral("%1(%2)").arg(function).arg(bufferSize);
    step.socket.transport = SocketCallResult::Transport::Udp;
    step.socket.function = function;
    step.socket.requested = bufferSize;
    if (!socket.pendingError.isEmpty()) {
        // Linux reports a pending error at the next call and clears it (sock_error).
        step.socket.outcome = SocketCallResult::Outcome::Error;
        step.socket.error = socket.pendingError;
        socket.pendingError.clear();
        step.call = QStringLiteral("%1 → %2").arg(call, step.socket.error);
    } else if (!socket.receiveQueue.isEmpty()) {
        // One call, one datagram, never more; what does not fit in bufferSize is discarded.
        const QByteArray datagram = socket.receiveQueue.takeFirst();
        socket.receiveSources.removeFirst();
        step.socket.outcome = SocketCallResult::Outcome::Returned;
        step.socket.data = datagram.left(bufferSize);
        step.socket.returned = step.socket.data.size();
        step.socket.bufferedAfter = socket.receiveQueue.size();
        step.call = QStringLiteral("%1 → %2").arg(call, bytesText(step.socket.data));
    } else if (timeoutMs > 0) {
        m_nowMs += timeoutMs;
        step.timeMs = m_nowMs;
        step.socket.outcome = SocketCallResult::Outcome::TimedOut;
        step.socket.waitedMs = timeoutMs;
        step.call = QStringLiteral("%1 → timeout").arg(call);
    } else {
        throw std::logic_error("ScenarioBuilder: a UDP receive that blocks for ever is not modelled");
    }
    endStep(step);
}

void ScenarioBuilder::transmitFrame(Step &step, const QString &from, const QString &to, Frame frame)
{
    frame.ipv4->identification = m_nextIpId++;
    Transmission t;
    t.id = int(m_scenario.transmissions.size());
    t.from = from;
    t.to = to;
    t.sentStep = step.index;
    t.sentMs = m_nowMs;
    t.bytes = FrameCodec::encode(frame);
    // Keep the frame as it decodes from its own bytes, with lengths and checksums filled in.
    const Parsed<Frame> decoded = FrameCodec::decode(t.bytes);
    t.frame = decoded.ok() ? decoded.value() : frame;
    step.sent.append(t.id);
    m_inFlight.append(t.id);
    m_scenario.transmissions.append(t);
}

// A UDP datagram or an ICMP message reaches its host (the arrived frame's receiver).
void ScenarioBuilder::deliverDatagram(Step &step, Transmission arrived)
{
    const Frame &frame = arrived.frame;
    step.socket.transport = SocketCallResult::Transport::Udp;
    if (frame.udp) {
        // The socket bound to the destination port (and, if connected, to this very source).
        for (UdpSocketState &socket : m_udpSockets) {
            if (socket.address != frame.ipv4->destination || socket.port != frame.udp->destinationPort)
                continue;
            if (socket.isConnected()
                && (socket.peerAddress != frame.ipv4->source || socket.peerPort != frame.udp->sourcePort))
                continue;
            socket.receiveQueue.append(frame.payload);
            socket.receiveSources.append({frame.ipv4->source, frame.udp->sourcePort});
            step.actor = socket.name;
            step.socket.outcome = SocketCallResult::Outcome::Queued;
            step.socket.returned = frame.payload.size();
            step.socket.bufferedAfter = socket.receiveQueue.size();
            return;
        }
        // No socket has the port: the host's kernel answers ICMP port unreachable (RFC 1122
        // 4.1.3.1 says it SHOULD; Linux does, in __udp4_lib_rcv, rate-limited by icmp_ratelimit).
        step.socket.outcome = SocketCallResult::Outcome::PortUnreachable;
        const QString sender = arrived.from;
        transmitFrame(step, step.actor, sender,
                      makeIcmpError(IcmpMessage::DestinationUnreachable, IcmpMessage::PortUnreachable, frame,
                                    arrived.bytes));
        return;
    }
    if (!frame.icmp || frame.payload.size() < 28)
        throw std::logic_error("ScenarioBuilder: only UDP and ICMP errors quoting UDP are delivered here");
    // The quoted datagram names the socket: its source address and port. Linux looks the
    // socket up by them (__udp4_lib_err) and, without IP_RECVERR, sets the error only on a
    // connected socket; an unconnected one hears nothing.
    const QByteArray &quoted = frame.payload;
    const int headerLength = (quint8(quoted[0]) & 0x0f) * 4;
    const Ipv4Address source(qFromBigEndian<quint32>(quoted.constData() + 12));
    const Ipv4Address destination(qFromBigEndian<quint32>(quoted.constData() + 16));
    const quint16 sourcePort = qFromBigEndian<quint16>(quoted.constData() + headerLength);
    const quint16 destinationPort = qFromBigEndian<quint16>(quoted.constData() + headerLength + 2);
    for (UdpSocketState &socket : m_udpSockets) {
        if (socket.address != source || socket.port != sourcePort)
            continue;
        step.actor = socket.name;
        const bool connectedThere =
            socket.isConnected() && socket.peerAddress == destination && socket.peerPort == destinationPort;
        if (connectedThere && frame.icmp->type == IcmpMessage::DestinationUnreachable
            && frame.icmp->code == IcmpMessage::PortUnreachable) {
            socket.pendingError = econnrefused;
            step.socket.outcome = SocketCallResult::Outcome::IcmpReported;
            step.socket.error = econnrefused;
        } else {
            step.socket.outcome = SocketCallResult::Outcome::IcmpIgnored;
        }
        return;
    }
    step.socket.outcome = SocketCallResult::Outcome::IcmpIgnored;
}

} // namespace NetSteps

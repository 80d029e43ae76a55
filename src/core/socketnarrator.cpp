// Narrator, the sockets lessons' half: UDP datagrams, ICMP port unreachable, and what send(),
// sendall() and recv() return. The TCP transitions these steps take are told as everywhere else.
#include "narrator.h"

#include "scenarioregistry.h"

#include <QCoreApplication>

namespace NetSteps {

namespace {

using Outcome = SocketCallResult::Outcome;

QString hostLabel(const Scenario &scenario, const QString &endpoint)
{
    return Narrator::endpointLabel(scenario.lifeline(endpoint));
}

QString noteText(const Step &step)
{
    return step.note ? QCoreApplication::translate("NetSteps::TcpScenarios", step.note) : QString();
}

// "It sends 3 segments of at most 1460 bytes (the MSS): ACK seq=… len=1460, …"
QString segmentsSentence(const Scenario &scenario, const Step &step)
{
    QStringList summaries;
    for (int id : step.sent)
        summaries.append(Narrator::segmentSummary(scenario.transmission(id).frame));
    if (summaries.isEmpty())
        return {};
    return Narrator::tr("The bytes leave at once in %n segment(s) of at most %1 bytes (the MSS): %2.", nullptr,
                        int(summaries.size()))
        .arg(TcpEndpoint::mss)
        .arg(summaries.join(QStringLiteral("; ")));
}

QStringList tcpSendSentences(const Scenario &scenario, const Step &step)
{
    const SocketCallResult &r = step.socket;
    const QString who = Narrator::endpointLabel(step.actor);
    QStringList sentences;
    if (r.sendPart > 0)
        sentences.append(Narrator::tr("sendall() calls send() (its call number %1) with the %2 bytes still to go.")
                             .arg(r.sendPart)
                             .arg(r.requested));
    else
        sentences.append(Narrator::tr("The %1 calls send() with %2 bytes.").arg(who).arg(r.requested));
    if (r.returned < r.requested && r.bufferSize > 0)
        sentences.append(Narrator::tr("Its send buffer holds %1 bytes and has room for %2 of them, so send() takes %2 "
                                      "and returns %2. The other %3 bytes are not lost: they are still in the "
                                      "program's hands, and the return value says where to go on.")
                             .arg(r.bufferSize)
                             .arg(r.returned)
                             .arg(r.requested - r.returned));
    else
        sentences.append(Narrator::tr("send() takes all %1 bytes and returns %1.").arg(r.returned));
    if (r.sendPart > 0)
        sentences.append(r.returned == r.requested
                             ? Narrator::tr("Everything is taken, so sendall() returns (None in Python).")
                             : Narrator::tr("sendall() does not return yet: it waits until ACKs free room in the "
                                            "buffer, then calls send() again with the rest."));
    sentences.append(segmentsSentence(scenario, step));
    sentences.append(Narrator::tr("The %1 stays in ESTABLISHED.").arg(who));
    return sentences;
}

QStringList tcpReceiveSentences(const Step &step)
{
    const SocketCallResult &r = step.socket;
    QStringList sentences;
    sentences.append(Narrator::tr("The %1 calls recv(%2), which returns %3 bytes: %4.")
                         .arg(Narrator::endpointLabel(step.actor))
                         .arg(r.requested)
                         .arg(r.returned)
                         .arg(step.call.section(QStringLiteral(" → "), 1)));
    sentences.append(Narrator::tr("TCP is a byte stream: the bytes of separate send() calls wait in one receive "
                                  "buffer, with no boundaries between them, and recv() returns what is there, up to "
                                  "its size, however many segments brought it."));
    if (r.bufferedAfter > 0)
        sentences.append(Narrator::tr("%n byte(s) stay in the receive buffer for the next recv().", nullptr,
                                      int(r.bufferedAfter)));
    sentences.append(Narrator::tr("Nothing is sent and no TCP state changes."));
    return sentences;
}

QStringList udpCallSentences(const Scenario &scenario, const Step &step)
{
    const SocketCallResult &r = step.socket;
    const QString who = Narrator::endpointLabel(step.actor);
    const QString call = step.call.section(QStringLiteral(" → "), 0, 0);
    QStringList sentences;
    if (r.function == QLatin1String("connect")) {
        sentences.append(Narrator::tr("The %1 calls %2 on its UDP socket. Nothing is sent: connect() on a UDP socket "
                                      "only records the peer, so that send() and recv() need no address, and errors "
                                      "from that peer are reported to it.")
                             .arg(who, call));
        return sentences;
    }
    if (r.function == QLatin1String("sendto") || r.function == QLatin1String("send")) {
        sentences.append(Narrator::tr("The %1 calls %2: one call, one datagram of %3 bytes. It goes out at once: no "
                                      "handshake comes before it and no acknowledgment will follow.")
                             .arg(who, call)
                             .arg(r.returned));
        for (int id : step.sent) {
            const Transmission &t = scenario.transmission(id);
            sentences.append(Narrator::tr("It sends %1 to %2:%3.")
                                 .arg(Narrator::segmentSummary(t.frame), t.frame.ipv4->destination.toString())
                                 .arg(t.frame.udp->destinationPort));
        }
        return sentences;
    }
    switch (r.outcome) {
    case Outcome::Returned:
        sentences.append(Narrator::tr("The %1 calls %2, which returns one datagram, exactly as it was sent: %3 bytes.")
                             .arg(who, call)
                             .arg(r.returned));
        sentences.append(r.bufferedAfter > 0 ? Narrator::tr("%n more datagram(s) wait, each for a call of its own.",
                                                            nullptr, int(r.bufferedAfter))
                                             : Narrator::tr("No datagram is waiting any more."));
        break;
    case Outcome::Error:
        sentences.append(Narrator::tr("The %1 calls %2, which fails with %3 (errno 111 on Linux; Python raises "
                                      "ConnectionRefusedError): the error the ICMP message left on the socket.")
                             .arg(who, call, r.error));
        sentences.append(Narrator::tr("On Windows the same call fails with WSAECONNRESET (10054, ConnectionResetError "
                                      "in Python), and there unconnected UDP sockets get it too, unless "
                                      "SIO_UDP_CONNRESET turns it off."));
        break;
    case Outcome::TimedOut:
        sentences.append(Narrator::tr("The %1 calls %2 and waits. Nothing arrives, so after %3 s it times out (Python "
                                      "raises TimeoutError).")
                             .arg(who, call)
                             .arg(QString::number(r.waitedMs / 1000.0)));
        sentences.append(Narrator::tr("The ICMP message did come back, but Linux tells an unconnected UDP socket "
                                      "nothing of it: the program cannot tell a lost datagram from a closed port."));
        break;
    default:
        break;
    }
    return sentences;
}

QStringList deliverySentences(const Scenario &scenario, const Step &step)
{
    const Transmission &t = scenario.transmission(step.moved);
    const SocketCallResult &r = step.socket;
    QStringList sentences;
    switch (r.outcome) {
    case Outcome::Queued:
        sentences.append(Narrator::tr("%1 arrives at the %2, whose kernel puts the datagram whole in the socket's "
                                      "receive queue: %n datagram(s) waiting for recvfrom().",
                                      nullptr, int(r.bufferedAfter))
                             .arg(Narrator::segmentSummary(t.frame), Narrator::endpointLabel(step.actor)));
        sentences.append(Narrator::tr("No ACK goes back: UDP never acknowledges, and the sender does not know it "
                                      "arrived."));
        break;
    case Outcome::PortUnreachable:
        sentences.append(Narrator::tr("%1 arrives at the %2's host, but no socket there is bound to UDP port %3.")
                             .arg(Narrator::segmentSummary(t.frame), hostLabel(scenario, step.actor))
                             .arg(t.frame.udp->destinationPort));
        sentences.append(Narrator::tr("Its kernel answers with ICMP Destination Unreachable, type 3 code 3 (port "
                                      "unreachable), which quotes the datagram's IPv4 header and its first bytes, "
                                      "ports included, so that the sender's kernel can find the socket it concerns "
                                      "(RFC 792, RFC 1122)."));
        break;
    case Outcome::IcmpReported:
        sentences.append(Narrator::tr("The ICMP port unreachable arrives at the %1. The quoted datagram names its "
                                      "socket, which is connected to that port, so Linux keeps ECONNREFUSED on the "
                                      "socket for its next call.")
                             .arg(Narrator::endpointLabel(step.actor)));
        break;
    case Outcome::IcmpIgnored:
        sentences.append(Narrator::tr("The ICMP port unreachable arrives at the %1. Its socket is not connected, so "
                                      "Linux drops the message and tells the program nothing.")
                             .arg(Narrator::endpointLabel(step.actor)));
        break;
    default:
        break;
    }
    return sentences;
}

} // namespace

bool Narrator::isSocketStep(const Scenario &scenario, int index)
{
    const Step &step = scenario.step(index);
    if (step.socket.outcome != SocketCallResult::Outcome::None)
        return true;
    if (step.moved >= 0 && !scenario.transmission(step.moved).frame.tcp)
        return true;
    return step.kind == Step::Kind::Initial && step.state.endpoints.isEmpty() && !step.state.udpSockets.isEmpty();
}

QString Narrator::socketEventTitle(const Scenario &scenario, int index)
{
    const Step &step = scenario.step(index);
    if (step.kind == Step::Kind::Initial)
        return tr("Initial state");
    if (step.kind == Step::Kind::Delivery) {
        const Transmission &t = scenario.transmission(step.moved);
        return tr("%1 → %2").arg(frameTitle(t.frame), hostLabel(scenario, step.actor));
    }
    return tr("%1: %2").arg(endpointLabel(step.actor), step.call);
}

QString Narrator::socketLayer(const Scenario &scenario, int index)
{
    const Step &step = scenario.step(index);
    if (step.moved >= 0 && scenario.transmission(step.moved).frame.icmp)
        return tr("Network layer (ICMP)");
    if (step.socket.transport == SocketCallResult::Transport::Udp || step.kind == Step::Kind::Initial)
        return tr("Transport layer (UDP)");
    return tr("Transport layer (TCP)");
}

QString Narrator::socketCaption(const Scenario &scenario, int index)
{
    const Step &step = scenario.step(index);
    QStringList sentences;
    if (step.kind == Step::Kind::Initial) {
        QStringList sockets;
        for (const UdpSocketState &socket : step.state.udpSockets)
            sockets.append(tr("the %1 (%2:%3)").arg(endpointLabel(socket.name), socket.address.toString()).arg(socket.port));
        sentences.append(tr("Each program has a UDP socket: %1. No connection exists and none will: UDP has no "
                            "connection and no states.")
                             .arg(sockets.join(tr(" and "))));
        if (const ScenarioInfo *info = ScenarioRegistry::find(scenario.id))
            sentences.append(tr("In this lesson: %1").arg(info->summary()));
    } else if (step.kind == Step::Kind::Delivery) {
        sentences.append(deliverySentences(scenario, step));
    } else if (step.socket.transport == SocketCallResult::Transport::Udp) {
        sentences.append(udpCallSentences(scenario, step));
    } else if (step.socket.function == QLatin1String("recv")) {
        sentences.append(tcpReceiveSentences(step));
    } else {
        sentences.append(tcpSendSentences(scenario, step));
    }
    sentences.append(noteText(step));
    return joinSentences(sentences);
}

} // namespace NetSteps

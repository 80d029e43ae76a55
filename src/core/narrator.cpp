#include "narrator.h"

#include "scenarioregistry.h"
#include "tcpflags.h"

#include <QCoreApplication>

namespace NetSteps {

namespace {



QString transitionSentence(const TransitionRecord &t)
{
    if (t.from == t.to)
        return Narrator::tr("The %1 stays in %2.").arg(Narrator::endpointLabel(t.endpoint), tcpStateName(t.to));
    return Narrator::tr("The %1 moves %2 → %3.").arg(Narrator::endpointLabel(t.endpoint), tcpStateName(t.from),
                                           tcpStateName(t.to));
}

// Where a segment goes, as the ladder shows it: the host's lifeline, not the connection that a
// listener created on it.
QString lifelineLabel(const Scenario &scenario, const QString &endpoint)
{
    return Narrator::endpointLabel(scenario.lifeline(endpoint));
}

QString sentSentence(const Scenario &scenario, const Step &step)
{
    QStringList parts;
    for (int id : step.sent) {
        const Transmission &t = scenario.transmission(id);
        parts.append(Narrator::tr("It sends %1 to the %2.").arg(Narrator::segmentSummary(t.frame), lifelineLabel(scenario, t.to)));
    }
    return Narrator::joinSentences(parts);
}

// "The accept queue now holds 1 of at most 2 connections (backlog 1 + 1)."
QString acceptQueueSentence(const Step &step)
{
    const ListenQueue *queue = step.state.listenQueue(step.listenQueue.listener);
    if (!queue)
        return {};
    return Narrator::tr("The %1's accept queue holds %2 of at most %3 connections (backlog %4 + 1).")
        .arg(Narrator::endpointLabel(queue->listener))
        .arg(queue->queued.size())
        .arg(queue->capacity())
        .arg(queue->backlog);
}

// What a step did at a listener's queues, and why (Linux's listen backlog).
QStringList listenQueueSentences(const Scenario &scenario, const Step &step)
{
    const ListenQueueEvent &e = step.listenQueue;
    const QString listener = Narrator::endpointLabel(e.listener);
    const QString connection = Narrator::endpointLabel(e.connection);
    QStringList sentences;
    switch (e.kind) {
    case ListenQueueEvent::Kind::None:
        return sentences;
    case ListenQueueEvent::Kind::Created: {
        const ListenQueue *queue = step.state.listenQueue(e.listener);
        sentences.append(Narrator::tr("The %1's accept queue has room (%2 of %3), so the SYN is answered on a new "
                                      "connection, %4, while the listening socket stays in LISTEN.")
                             .arg(listener)
                             .arg(queue ? queue->queued.size() : 0)
                             .arg(queue ? queue->capacity() : 0)
                             .arg(connection));
        return sentences;
    }
    case ListenQueueEvent::Kind::Queued:
        sentences.append(Narrator::tr("The handshake is complete, so %1 joins the accept queue, where it waits for the "
                                      "program to call accept().")
                             .arg(connection));
        break;
    case ListenQueueEvent::Kind::Accepted:
        sentences.append(Narrator::tr("The %1 calls accept(), which returns the oldest connection in the accept queue: %2.")
                             .arg(listener, connection));
        sentences.append(Narrator::tr("Nothing is sent and no TCP state changes."));
        break;
    case ListenQueueEvent::Kind::DroppedQueueFull: {
        const ListenQueue *queue = step.state.listenQueue(e.listener);
        const qsizetype held = queue ? queue->queued.size() : 0;
        const int capacity = queue ? queue->capacity() : 0;
        const QString senderName = scenario.transmission(step.moved).from;
        const QString sender = Narrator::endpointLabel(senderName);
        if (e.connection.isEmpty()) {
            sentences.append(Narrator::tr("The %1's accept queue is full (%2 of %3), so Linux drops the SYN without an "
                                          "answer: no SYN,ACK and no RST.")
                                 .arg(listener)
                                 .arg(held)
                                 .arg(capacity));
            if (const TcpControlBlock *tcb = step.state.endpoint(senderName))
                sentences.append(Narrator::tr("The %1 stays in %2.").arg(sender, tcpStateName(tcb->state)));
            sentences.append(Narrator::tr("Its retransmission timer will send the SYN again."));
        } else {
            sentences.append(Narrator::tr("The %1's accept queue is full (%2 of %3), so Linux drops this ACK: %4 stays in "
                                          "SYN-RECEIVED, while the %5 already believes it is ESTABLISHED.")
                                 .arg(listener)
                                 .arg(held)
                                 .arg(capacity)
                                 .arg(connection, sender));
            sentences.append(Narrator::tr("The SYN,ACK will be sent again when the retransmission timer of %1 expires.")
                                 .arg(connection));
        }
        return sentences;
    }
    }
    sentences.append(acceptQueueSentence(step));
    return sentences;
}

QString initialCaption(const Scenario &scenario, const Step &step)
{
    const TcpControlBlock *client = step.state.endpoint(QStringLiteral("client"));
    const TcpControlBlock *server = step.state.endpoint(QStringLiteral("server"));
    QString text;
    if (client && server && client->state == TcpState::Established) {
        text = Narrator::tr("A connection is ESTABLISHED between the client (%1:%2) and the server (%3:%4). "
                            "The handshake is complete and no data is outstanding.")
                   .arg(client->address.toString())
                   .arg(client->port)
                   .arg(server->address.toString())
                   .arg(server->port);
    } else if (client && server) {
        text = Narrator::tr("The client (%1) and the server (%2:%3) both start in CLOSED: no connection exists yet.")
                   .arg(client->address.toString(), server->address.toString())
                   .arg(server->port);
    } else if (server && step.state.endpoints.size() > 2) {
        text = Narrator::tr("The server (%1:%2) and %3 clients all start in CLOSED: no connection exists yet.")
                   .arg(server->address.toString())
                   .arg(server->port)
                   .arg(step.state.endpoints.size() - 1);
    } else {
        text = Narrator::tr("The initial state, before anything happens.");
    }
    if (const ScenarioInfo *info = ScenarioRegistry::find(scenario.id))
        text = Narrator::joinSentences({text, Narrator::tr("In this lesson: %1").arg(info->summary())});
    if (step.note)
        text = Narrator::joinSentences({text, QCoreApplication::translate("NetSteps::TcpScenarios", step.note)});
    return text;
}

// What a new socket's bind() met on its port, and why Linux answered as it did.
QStringList bindSentences(const Step &step)
{
    const BindCall &bind = step.bind;
    QStringList sentences;
    sentences.append(bind.reuseAddress
                         ? Narrator::tr("The %1 opens a new socket, sets SO_REUSEADDR on it and calls bind() for port %2.")
                               .arg(Narrator::endpointLabel(step.actor))
                               .arg(bind.port)
                         : Narrator::tr("The %1 opens a new socket and calls bind() for port %2, without SO_REUSEADDR.")
                               .arg(Narrator::endpointLabel(step.actor))
                               .arg(bind.port));
    const QString user = Narrator::endpointLabel(bind.portUser);
    const QString userState = tcpStateName(bind.portUserState);
    if (bind.portUser.isEmpty()) {
        sentences.append(Narrator::tr("No socket uses port %1 any more, so bind() succeeds.").arg(bind.port));
        return sentences;
    }
    if (bind.addressInUse) {
        sentences.append(Narrator::tr("bind() fails with EADDRINUSE, \"Address already in use\": the %1's socket in %2 "
                                      "still uses port %3.")
                             .arg(user, userState)
                             .arg(bind.port));
        if (bind.portUserState == TcpState::Listen)
            sentences.append(Narrator::tr("SO_REUSEADDR never lets a second socket bind a port that a socket listens on."));
        else if (bind.reuseAddress)
            sentences.append(Narrator::tr("SO_REUSEADDR is set on the new socket, but Linux also requires it on the socket "
                                          "that uses the port."));
        else
            sentences.append(Narrator::tr("Without SO_REUSEADDR, Linux refuses a port that any socket still uses, even "
                                          "a connection in TIME-WAIT."));
        return sentences;
    }
    sentences.append(Narrator::tr("bind() succeeds although the %1's socket in %2 still uses port %3: both sockets "
                                  "have SO_REUSEADDR and neither listens, so Linux lets them share the port.")
                         .arg(user, userState)
                         .arg(bind.port));
    if (bind.portUserState == TcpState::TimeWait)
        sentences.append(Narrator::tr("The old connection itself stays in TIME-WAIT: SO_REUSEADDR does not end it, it "
                                      "only lets a new socket bind the port."));
    return sentences;
}



} // namespace

QString Narrator::timerName(TcpEvent event)
{
    switch (event) {
    case TcpEvent::Timeout2Msl:
        return QStringLiteral("2MSL");
    case TcpEvent::TimeoutKeepalive:
    case TcpEvent::TimeoutKeepaliveInterval:
    case TcpEvent::TimeoutKeepaliveExhausted:
        return tr("keep-alive");
    default:
        return tr("retransmission");
    }
}

QString Narrator::endpointLabel(const QString &name)
{
    if (name == QLatin1String("client"))
        return tr("client");
    if (name == QLatin1String("server"))
        return tr("server");
    // A program's UDP socket beside its TCP connection: "client (UDP)".
    const QLatin1String udpSuffix(" (UDP)");
    if (name.endsWith(udpSuffix))
        return tr("%1 (UDP)", "a program's UDP socket").arg(endpointLabel(name.chopped(udpSuffix.size())));
    // A connection a listener created for a peer, "server ← client 2" (ScenarioBuilder::connectionName).
    const QString arrow = QStringLiteral(" ← ");
    const qsizetype at = name.indexOf(arrow);
    if (at > 0)
        return endpointLabel(name.left(at)) + arrow + endpointLabel(name.mid(at + arrow.size()));
    // One of several clients: "client 2".
    const QLatin1String clientPrefix("client ");
    const QString number = name.startsWith(clientPrefix) ? name.mid(clientPrefix.size()) : QString();
    bool numbered = false;
    number.toInt(&numbered);
    return numbered ? tr("client %1").arg(number) : name;
}

QString Narrator::frameTitle(const Frame &frame)
{
    if (frame.tcp)
        return tcpFlagsToString(frame.tcp->flags);
    if (frame.udp)
        return QStringLiteral("UDP");
    if (frame.icmp && frame.icmp->type == IcmpMessage::DestinationUnreachable
        && frame.icmp->code == IcmpMessage::PortUnreachable)
        return QStringLiteral("ICMP port unreachable");
    if (frame.icmp)
        return QStringLiteral("ICMP");
    return {};
}

QString Narrator::segmentNumbers(const Frame &frame)
{
    if (frame.udp)
        return QStringLiteral("len=%1").arg(frame.payload.size());
    if (frame.icmp)
        return QStringLiteral("type=%1 code=%2").arg(frame.icmp->type).arg(frame.icmp->code);
    if (!frame.tcp)
        return {};
    const TcpHeader &h = *frame.tcp;
    QString text = QStringLiteral("seq=%1").arg(h.seq);
    if (h.flags.testFlag(TcpFlag::Ack))
        text += QStringLiteral(" ack=%1").arg(h.ack);
    if (!frame.payload.isEmpty())
        text += QStringLiteral(" len=%1").arg(frame.payload.size());
    return text;
}

QString Narrator::segmentSummary(const Frame &frame)
{
    const QString title = frameTitle(frame);
    if (title.isEmpty())
        return {};
    return title + u' ' + segmentNumbers(frame);
}

QString Narrator::joinSentences(const QStringList &sentences)
{
    QString out;
    for (const QString &s : sentences) {
        if (s.isEmpty())
            continue;
        if (!out.isEmpty() && out.back().unicode() < 0x2e80)
            out += u' ';
        out += s;
    }
    return out;
}

QString Narrator::eventTitle(const Scenario &scenario, int index)
{
    if (scenario.stage != Scenario::Stage::Ladder)
        return lanEventTitle(scenario, index);
    if (isSocketStep(scenario, index))
        return socketEventTitle(scenario, index);
    const Step &step = scenario.step(index);
    switch (step.kind) {
    case Step::Kind::Initial:
        return tr("Initial state");
    case Step::Kind::SocketCall:
        return tr("%1: %2").arg(endpointLabel(step.actor), step.call);
    case Step::Kind::Delivery: {
        const Transmission &t = scenario.transmission(step.moved);
        if (step.listenQueue.kind == ListenQueueEvent::Kind::DroppedQueueFull)
            return tr("%1 → %2: dropped, accept queue full").arg(tcpFlagsToString(t.frame.tcp->flags),
                                                                 lifelineLabel(scenario, step.actor));
        return tr("%1 → %2").arg(tcpFlagsToString(t.frame.tcp->flags), lifelineLabel(scenario, step.actor));
    }
    case Step::Kind::Loss: {
        const Transmission &t = scenario.transmission(step.moved);
        return tr("%1 lost").arg(tcpFlagsToString(t.frame.tcp->flags));
    }
    case Step::Kind::Timer:
        return tr("%1: %2").arg(endpointLabel(step.actor), TcpTransitionTable::eventName(step.event));
    case Step::Kind::Decision:
        return tr("%1: an event outside TCP").arg(endpointLabel(step.actor));
    case Step::Kind::Bind:
        return step.bind.addressInUse ? tr("%1: %2 → EADDRINUSE").arg(endpointLabel(step.actor), step.call)
                                      : tr("%1: %2 → success").arg(endpointLabel(step.actor), step.call);
    default: // the LAN kinds, which lanEventTitle() names
        break;
    }
    return {};
}

QString Narrator::layer(const Scenario &scenario, int index)
{
    if (scenario.stage != Scenario::Stage::Ladder)
        return lanLayer(scenario, index);
    if (isSocketStep(scenario, index))
        return socketLayer(scenario, index);
    return tr("Transport layer (TCP)");
}

QString Narrator::timeWaitNote(const Scenario &scenario)
{
    return tr("2MSL = %1 s here (MSL = %2 s, RFC 9293); Linux holds TIME-WAIT for a fixed 60 s.")
        .arg(QString::number(2 * scenario.mslMs / 1000.0))
        .arg(QString::number(scenario.mslMs / 1000.0));
}

QString Narrator::caption(const Scenario &scenario, int index)
{
    if (scenario.stage != Scenario::Stage::Ladder)
        return lanCaption(scenario, index);
    if (isSocketStep(scenario, index))
        return socketCaption(scenario, index);
    const Step &step = scenario.step(index);
    QStringList sentences;
    switch (step.kind) {
    case Step::Kind::Initial:
        return initialCaption(scenario, step);
    case Step::Kind::SocketCall:
        if (step.listenQueue.kind == ListenQueueEvent::Kind::Accepted)
            sentences.append(listenQueueSentences(scenario, step));
        else
            sentences.append(tr("The %1 calls %2 (%3).")
                                 .arg(endpointLabel(step.actor), step.call, TcpTransitionTable::eventName(step.event)));
        break;
    case Step::Kind::Delivery: {
        const Transmission &t = scenario.transmission(step.moved);
        sentences.append(tr("%1 arrives at the %2.").arg(segmentSummary(t.frame), lifelineLabel(scenario, step.actor)));
        if (step.listenQueue.kind == ListenQueueEvent::Kind::DroppedQueueFull) {
            sentences.append(listenQueueSentences(scenario, step));
        } else if (step.transitions.isEmpty()) {
            const TcpControlBlock *tcb = step.state.endpoint(step.actor);
            sentences.append(tr("It does not apply in %1, so it is dropped.")
                                 .arg(tcb ? tcpStateName(tcb->state) : QString()));
        } else if (step.listenQueue.kind == ListenQueueEvent::Kind::Created) {
            sentences.append(listenQueueSentences(scenario, step));
        }
        break;
    }
    case Step::Kind::Loss: {
        const Transmission &t = scenario.transmission(step.moved);
        sentences.append(tr("%1 is lost on the way to the %2: it never arrives, and nobody is told.")
                             .arg(segmentSummary(t.frame), lifelineLabel(scenario, t.to)));
        break;
    }
    case Step::Kind::Timer:
        sentences.append(tr("The %1's %2 timer expires.").arg(endpointLabel(step.actor), timerName(step.event)));
        break;
    case Step::Kind::Decision:
        if (step.note)
            sentences.append(QCoreApplication::translate("NetSteps::TcpScenarios", step.note));
        return joinSentences(sentences);
    case Step::Kind::Bind:
        sentences.append(bindSentences(step));
        break;
    default: // the LAN kinds, which lanCaption() tells
        break;
    }
    if (step.ackDelayed)
        sentences.append(tr("The %1 does not send its ACK yet (delayed ACK).").arg(endpointLabel(step.actor)));
    for (const TransitionRecord &t : step.transitions)
        sentences.append(transitionSentence(t));
    const QString sent = sentSentence(scenario, step);
    if (!sent.isEmpty())
        sentences.append(sent);
    for (const TransitionRecord &t : step.transitions)
        sentences.append(TcpTransitionTable::noteText(t.transition()));
    if (step.listenQueue.kind == ListenQueueEvent::Kind::Queued)
        sentences.append(listenQueueSentences(scenario, step));
    for (const TransitionRecord &t : step.transitions) {
        if (t.to == TcpState::TimeWait && t.from != TcpState::TimeWait)
            sentences.append(timeWaitNote(scenario));
    }
    if (step.note)
        sentences.append(QCoreApplication::translate("NetSteps::TcpScenarios", step.note));
    return joinSentences(sentences);
}

} // namespace NetSteps

#include "scenariobuilder.h"

#include "framecodec.h"
#include "portbinding.h"

#include <algorithm>
#include <stdexcept>

namespace NetSteps {

ScenarioBuilder::ScenarioBuilder(QString id, const ScenarioParameters &parameters)
    : m_random(parameters.seed)
{
    m_scenario.id = std::move(id);
    m_scenario.seed = parameters.seed;
    m_scenario.mslMs = parameters.mslMs;
    m_nextIpId = quint16(m_random.next32());
}

MacAddress randomMac(SeededRandom &random)
{
    MacAddress::Bytes bytes;
    const quint64 r = random.next64();
    for (int i = 0; i < 6; ++i)
        bytes[i] = quint8(r >> (8 * i));
    bytes[0] = quint8((bytes[0] & 0xfc) | 0x02); // locally administered, unicast
    return MacAddress(bytes);
}

MacAddress ScenarioBuilder::randomMac()
{
    return NetSteps::randomMac(m_random);
}

void ScenarioBuilder::addEndpoint(const TcpControlBlock &tcb)
{
    m_endpoints.append(TcpEndpoint(tcb));
    m_scenario.endpointNames.append(tcb.name);
}

TcpEndpoint &ScenarioBuilder::endpoint(const QString &name)
{
    for (TcpEndpoint &e : m_endpoints) {
        if (e.tcb().name == name)
            return e;
    }
    throw std::logic_error("ScenarioBuilder: unknown endpoint " + name.toStdString());
}

void ScenarioBuilder::establish(const QString &a, const QString &b)
{
    TcpControlBlock &x = endpoint(a).tcb();
    TcpControlBlock &y = endpoint(b).tcb();
    x.state = y.state = TcpState::Established;
    y.passiveOpen = true;
    x.peerPort = y.port;
    y.peerPort = x.port;
    x.irs = y.iss;
    y.irs = x.iss;
    x.sndUna = x.sndNxt = x.iss + 1;
    y.sndUna = y.sndNxt = y.iss + 1;
    x.rcvNxt = y.iss + 1;
    y.rcvNxt = x.iss + 1;
}

void ScenarioBuilder::recordInitial()
{
    Step &step = beginStep(Step::Kind::Initial, {});
    endStep(step);
}

const TcpControlBlock *ScenarioBuilder::controlBlock(const QString &name) const
{
    for (const TcpEndpoint &e : m_endpoints) {
        if (e.tcb().name == name)
            return &e.tcb();
    }
    return nullptr;
}

Step &ScenarioBuilder::beginStep(Step::Kind kind, const QString &actor)
{
    Step step;
    step.index = int(m_scenario.steps.size());
    step.kind = kind;
    step.actor = actor;
    step.timeMs = m_nowMs;
    m_scenario.steps.append(step);
    return m_scenario.steps.last();
}

void ScenarioBuilder::endStep(Step &step)
{
    step.state.endpoints.clear();
    for (const TcpEndpoint &e : m_endpoints)
        step.state.endpoints.append(e.tcb());
    step.state.timers = m_timers;
    step.state.inFlight = m_inFlight;
    step.state.listenQueues = m_listenQueues;
    step.state.udpSockets = m_udpSockets;
}

void ScenarioBuilder::call(const QString &name, TcpEvent event, const QString &callText, const QByteArray &data,
                           qint64 thinkMs)
{
    m_nowMs += thinkMs;
    Step &step = beginStep(Step::Kind::SocketCall, name);
    step.call = callText;
    const TcpEndpoint::Outcome outcome = endpoint(name).call(event, data);
    if (!outcome.row)
        throw std::logic_error("ScenarioBuilder: call not valid in this state");
    record(step, name, outcome);
    endStep(step);
}

void ScenarioBuilder::listen(const QString &name, int backlog, qint64 thinkMs)
{
    if (backlog < 0 || listenQueue(name))
        throw std::logic_error("ScenarioBuilder: listen() needs a backlog >= 0, once per endpoint");
    m_listenQueues.append(ListenQueue{name, backlog, {}, {}, {}});
    call(name, TcpEvent::PassiveOpen, QStringLiteral("listen(%1)").arg(backlog), {}, thinkMs);
}

void ScenarioBuilder::accept(const QString &listener, qint64 thinkMs)
{
    ListenQueue *queue = listenQueue(listener);
    if (!queue || queue->queued.isEmpty())
        throw std::logic_error("ScenarioBuilder: accept() with no connection in the accept queue");
    m_nowMs += thinkMs;
    Step &step = beginStep(Step::Kind::SocketCall, listener);
    step.call = QStringLiteral("accept()");
    const QString connection = queue->queued.takeFirst();
    queue->accepted.append(connection);
    step.listenQueue = ListenQueueEvent{ListenQueueEvent::Kind::Accepted, listener, connection};
    endStep(step);
}

void ScenarioBuilder::deliverNext(Ack ack)
{
    if (m_inFlight.isEmpty())
        throw std::logic_error("ScenarioBuilder: nothing in flight");
    const int id = m_inFlight.takeFirst();
    Transmission &t = m_scenario.transmissions[id];
    m_nowMs = qMax(m_nowMs, t.sentMs + m_scenario.oneWayDelayMs);
    // Copies: sending a reply appends to m_scenario.transmissions, which may move `t`.
    const QString receiver = t.to;
    const QString sender = t.from;
    const Frame frame = t.frame;
    Step &step = beginStep(Step::Kind::Delivery, receiver);
    step.moved = id;
    t.deliveredStep = step.index;
    t.deliveredMs = m_nowMs;
    if (!frame.tcp) {
        deliverDatagram(step, m_scenario.transmissions.at(id)); // UDP or ICMP: no TCP endpoint takes part
        endStep(step);
        return;
    }

    // A listener opened with listen(backlog) answers a SYN on a new connection; a connection it
    // created joins its accept queue when the handshake completes. While that queue is full,
    // Linux drops both without an answer (tcp_conn_request, tcp_check_req): no state changes.
    const TcpControlBlock &tcb = endpoint(receiver).tcb();
    const TcpEvent event = TcpEndpoint::classify(tcb, *frame.tcp, frame.payload.size());
    ListenQueue *listener = tcb.state == TcpState::Listen && event == TcpEvent::RcvSyn ? listenQueue(receiver) : nullptr;
    ListenQueue *owner = queueHolding(receiver);
    const TcpTransition *row = TcpTransitionTable::find(tcb.state, event, tcb.passiveOpen);
    const bool completes = owner && tcb.state == TcpState::SynReceived && row && TcpEndpoint::isSynchronized(row->to);
    ListenQueue *full = listener && listener->isFull() ? listener : completes && owner->isFull() ? owner : nullptr;
    if (full) {
        step.event = event;
        step.listenQueue = ListenQueueEvent{ListenQueueEvent::Kind::DroppedQueueFull, full->listener,
                                            listener ? QString() : receiver};
        endStep(step);
        return;
    }
    QString target = receiver;
    if (listener) {
        target = createConnection(*listener, sender, frame);
        step.listenQueue = ListenQueueEvent{ListenQueueEvent::Kind::Created, receiver, target};
    }
    TcpEndpoint::Outcome outcome = endpoint(target).receive(*frame.tcp, frame.payload);
    if (ack == Ack::Delayed && outcome.segment && outcome.segment->flags == TcpFlags(TcpFlag::Ack)
        && outcome.payload.isEmpty()) {
        outcome.segment.reset();
        step.ackDelayed = true;
    }
    record(step, target, outcome);
    if (completes) {
        owner->queued.append(receiver);
        step.listenQueue = ListenQueueEvent{ListenQueueEvent::Kind::Queued, owner->listener, receiver};
    }
    endStep(step);
}

// The new connection a listener creates for a SYN (Linux: a request socket, then a child
// socket): a copy of the listener, still in LISTEN, which then takes the table's LISTEN row for
// the SYN itself. It has its own initial sequence number and knows its peer from the SYN.
QString ScenarioBuilder::createConnection(ListenQueue &queue, const QString &peer, const Frame &syn)
{
    TcpControlBlock connection = endpoint(queue.listener).tcb();
    connection.name = connectionName(queue.listener, peer);
    if (queue.connections.contains(connection.name))
        throw std::logic_error("ScenarioBuilder: a second connection from the same peer is not modelled");
    connection.iss = m_random.next32();
    connection.peerAddress = syn.ipv4->source;
    connection.peerMac = syn.ethernet.source;
    m_endpoints.append(TcpEndpoint(connection));
    queue.connections.append(connection.name);
    return connection.name;
}

QString ScenarioBuilder::connectionName(const QString &listener, const QString &peer)
{
    return QStringLiteral("%1 ← %2").arg(listener, peer);
}

ListenQueue *ScenarioBuilder::listenQueue(const QString &listener)
{
    for (ListenQueue &q : m_listenQueues) {
        if (q.listener == listener)
            return &q;
    }
    return nullptr;
}

ListenQueue *ScenarioBuilder::queueHolding(const QString &connection)
{
    for (ListenQueue &q : m_listenQueues) {
        if (q.connections.contains(connection))
            return &q;
    }
    return nullptr;
}

void ScenarioBuilder::loseNext()
{
    if (m_inFlight.isEmpty())
        throw std::logic_error("ScenarioBuilder: nothing in flight");
    const int id = m_inFlight.takeFirst();
    Transmission &t = m_scenario.transmissions[id];
    m_nowMs = qMax(m_nowMs, t.sentMs + m_scenario.oneWayDelayMs / 2);
    Step &step = beginStep(Step::Kind::Loss, t.to);
    step.moved = id;
    t.deliveredStep = step.index;
    t.deliveredMs = m_nowMs;
    t.lost = true;
    endStep(step);
}

void ScenarioBuilder::startTimer(const QString &name, TimerState::Kind kind, qint64 durationMs)
{
    removeTimer(name, kind);
    m_timers.append(TimerState{name, kind, m_nowMs, m_nowMs + durationMs});
    if (!m_scenario.steps.isEmpty())
        m_scenario.steps.last().state.timers = m_timers;
}

void ScenarioBuilder::enableKeepalive(const QString &name, qint64 idleMs, qint64 intervalMs, int probes)
{
    m_scenario.keepalive = KeepaliveSettings{name, idleMs, intervalMs, probes};
    startTimer(name, TimerState::Kind::Keepalive, idleMs);
}

void ScenarioBuilder::removeTimer(const QString &name, TimerState::Kind kind)
{
    m_timers.removeIf([&](const TimerState &t) { return t.endpoint == name && t.kind == kind; });
}

void ScenarioBuilder::decision(const QString &actor, const char *sourceText, qint64 afterMs)
{
    m_nowMs += afterMs;
    Step &step = beginStep(Step::Kind::Decision, actor);
    step.note = sourceText;
    endStep(step);
}

void ScenarioBuilder::bind(const QString &name, const QString &callText, bool reuseAddress, qint64 thinkMs)
{
    m_nowMs += thinkMs;
    QList<TcpControlBlock> sockets;
    for (const TcpEndpoint &e : std::as_const(m_endpoints))
        sockets.append(e.tcb());
    const TcpControlBlock &own = endpoint(name).tcb();
    Step &step = beginStep(Step::Kind::Bind, name);
    step.call = callText;
    step.bind.port = own.port;
    step.bind.reuseAddress = reuseAddress;
    const TcpControlBlock *conflict = bindConflict(sockets, own.address, own.port, reuseAddress);
    const TcpControlBlock *user = conflict ? conflict : portUser(sockets, own.address, own.port);
    if (user) {
        step.bind.portUser = user->name;
        step.bind.portUserState = user->state;
    }
    step.bind.addressInUse = conflict != nullptr;
    endStep(step);
}

void ScenarioBuilder::remark(const char *sourceText)
{
    m_scenario.steps.last().note = sourceText;
}

void ScenarioBuilder::expire(const QString &name, TimerState::Kind kind)
{
    switch (kind) {
    case TimerState::Kind::TwoMsl:
        expire(name, kind, TcpEvent::Timeout2Msl);
        return;
    case TimerState::Kind::Retransmission:
        expire(name, kind, TcpEvent::TimeoutRetransmission);
        return;
    case TimerState::Kind::Keepalive:
        expire(name, kind, TcpEvent::TimeoutKeepalive);
        return;
    }
}

void ScenarioBuilder::expire(const QString &name, TimerState::Kind kind, TcpEvent event)
{
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_timers.size(); ++i) {
        if (m_timers[i].endpoint == name && m_timers[i].kind == kind)
            index = i;
    }
    if (index < 0)
        throw std::logic_error("ScenarioBuilder: no such timer");
    m_nowMs = qMax(m_nowMs, m_timers[index].deadlineMs);
    const TimerState expired = m_timers[index];
    m_timers.removeAt(index);
    Step &step = beginStep(Step::Kind::Timer, name);
    const TcpEndpoint::Outcome outcome = endpoint(name).timeout(event);
    if (!outcome.row)
        throw std::logic_error("ScenarioBuilder: timeout not valid in this state");
    record(step, name, outcome);
    if (kind == TimerState::Kind::Retransmission && endpoint(name).tcb().state != TcpState::Closed) {
        // Exponential backoff (RFC 6298 5.5): the next timeout is twice as long.
        const qint64 duration = 2 * (expired.deadlineMs - expired.startedMs);
        removeTimer(name, kind);
        m_timers.append(TimerState{name, kind, m_nowMs, m_nowMs + duration});
    }
    endStep(step);
}

void ScenarioBuilder::record(Step &step, const QString &actor, const TcpEndpoint::Outcome &outcome)
{
    step.event = outcome.event;
    if (!outcome.row)
        return; // the segment was dropped: no transition
    step.transitions.append(TransitionRecord{actor, outcome.from, outcome.row->to, outcome.event,
                                             TcpTransitionTable::indexOf(outcome.row)});
    applyTimer(actor, outcome.row->timer);
    const bool sentNewData = outcome.segment && outcome.event != TcpEvent::TimeoutRetransmission
        && (outcome.segment->flags & (TcpFlag::Syn | TcpFlag::Fin) || !outcome.payload.isEmpty());
    if (outcome.segment)
        transmit(step, actor, *outcome.segment, outcome.payload);
    updateRetransmissionTimer(actor, sentNewData);
    if (outcome.row->to == TcpState::Closed) {
        // A deleted connection has no timers left.
        m_timers.removeIf([&](const TimerState &t) { return t.endpoint == actor; });
    }
}

// RFC 6298 5.1-5.3: the timer runs while anything sent is unacknowledged; it starts when new
// data (or SYN, FIN) goes out with none running, and stops when everything is acknowledged.
void ScenarioBuilder::updateRetransmissionTimer(const QString &name, bool sentNewData)
{
    const TcpControlBlock &tcb = endpoint(name).tcb();
    const bool outstanding = tcb.sndUna != tcb.sndNxt && tcb.state != TcpState::Closed
        && tcb.state != TcpState::Listen && tcb.state != TcpState::TimeWait;
    const bool running = std::any_of(m_timers.cbegin(), m_timers.cend(), [&](const TimerState &t) {
        return t.endpoint == name && t.kind == TimerState::Kind::Retransmission;
    });
    const bool handshaking = tcb.state == TcpState::SynSent || tcb.state == TcpState::SynReceived;
    const qint64 timeout = handshaking ? synRetransmissionTimeoutMs : retransmissionTimeoutMs;
    if (!outstanding)
        removeTimer(name, TimerState::Kind::Retransmission);
    else if (sentNewData && !running)
        m_timers.append(TimerState{name, TimerState::Kind::Retransmission, m_nowMs, m_nowMs + timeout});
}

void ScenarioBuilder::applyTimer(const QString &name, TcpTimerAction action)
{
    if (action == TcpTimerAction::None)
        return;
    m_timers.removeIf([&](const TimerState &t) { return t.endpoint == name && t.kind == TimerState::Kind::TwoMsl; });
    m_timers.append(TimerState{name, TimerState::Kind::TwoMsl, m_nowMs, m_nowMs + 2 * m_scenario.mslMs});
}

void ScenarioBuilder::transmit(Step &step, const QString &from, const TcpHeader &segment, const QByteArray &payload)
{
    const TcpControlBlock &sender = endpoint(from).tcb();
    Ipv4Header ip;
    ip.identification = m_nextIpId++;
    ip.protocol = 6;
    ip.source = sender.address;
    ip.destination = sender.peerAddress;
    Transmission t;
    t.id = int(m_scenario.transmissions.size());
    t.from = from;
    t.to = route(from, ip, segment);
    t.sentStep = step.index;
    t.sentMs = m_nowMs;
    t.frame.ethernet.source = sender.mac;
    t.frame.ethernet.destination = sender.peerMac;
    t.frame.ethernet.etherType = 0x0800;
    t.frame.ipv4 = ip;
    t.frame.tcp = segment;
    t.frame.payload = payload;
    t.bytes = FrameCodec::encode(t.frame);
    // Keep the frame as it decodes from its own bytes, with lengths and checksums filled in.
    const Parsed<Frame> decoded = FrameCodec::decode(t.bytes);
    if (decoded.ok())
        t.frame = decoded.value();
    step.sent.append(t.id);
    m_inFlight.append(t.id);
    m_scenario.transmissions.append(t);
}

// The endpoint a segment is for, as a receiving kernel finds it: the connection with this
// 4-tuple (both ends' addresses and ports), else the socket bound to the destination address and
// port (a listener for a new SYN, or a closed port that answers with a reset), never one of the
// connections a listener created.
QString ScenarioBuilder::route(const QString &from, const Ipv4Header &ip, const TcpHeader &segment) const
{
    for (const TcpEndpoint &e : m_endpoints) {
        const TcpControlBlock &tcb = e.tcb();
        if (tcb.name != from && tcb.address == ip.destination && tcb.port == segment.destinationPort
            && tcb.peerAddress == ip.source && tcb.peerPort == segment.sourcePort)
            return tcb.name;
    }
    for (const TcpEndpoint &e : m_endpoints) {
        const TcpControlBlock &tcb = e.tcb();
        const bool created = std::any_of(m_listenQueues.cbegin(), m_listenQueues.cend(),
                                         [&](const ListenQueue &q) { return q.connections.contains(tcb.name); });
        if (tcb.name != from && tcb.address == ip.destination && tcb.port == segment.destinationPort && !created)
            return tcb.name;
    }
    return {};
}

Scenario ScenarioBuilder::finish()
{
    return std::move(m_scenario);
}

} // namespace NetSteps

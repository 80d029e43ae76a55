#include "lanscenarios.h"

#include "framecodec.h"

#include <QCoreApplication>

namespace NetSteps::LanScenarios {

namespace {

constexpr const char *context = "NetSteps::LanScenarios";
constexpr qint64 linkMs = 1;          // a frame crosses one link (station ↔ switch) in a step
constexpr int ethernetMinimum = 60;   // Ethernet's minimum frame without the FCS: shorter ones are padded
constexpr quint16 httpPort = 80;

// Performs a LAN scenario on the model of lan.h and records it step by step.
class LanBuilder
{
public:
    LanBuilder(const QString &id, const ScenarioParameters &parameters, Scenario::Stage stage)
        : m_random(parameters.seed)
    {
        m_scenario.id = id;
        m_scenario.seed = parameters.seed;
        m_scenario.stage = stage;
        m_scenario.oneWayDelayMs = linkMs;
    }

    SeededRandom &random() { return m_random; }
    qint64 now() const { return m_nowMs; }
    const LanTopology &topology() const { return *m_scenario.topology; }
    const LanStation &station(const QString &name) const { return *topology().station(name); }

    void setTopology(const LanTopology &topology)
    {
        m_scenario.topology = topology;
        for (const LanStation &s : topology.stations)
            m_state.arpCaches.append(ArpCache{s.name, {}});
        for (const LanSegment &segment : topology.segments)
            m_state.macTables.append(MacTable{segment.switchName, {}});
    }

    // Fills caches and tables as a completed exchange leaves them (before the initial step).
    void cacheEntry(const QString &owner, const QString &of, ArpState state)
    {
        ArpEntry &e = cache(owner).entry(station(of).address.address());
        e.mac = station(of).mac;
        e.state = state;
        e.updatedMs = m_nowMs;
    }
    void learn(const QString &of)
    {
        const LanStation &s = station(of);
        LearningSwitch::receive(m_state.macTables[s.lan], topology().segments.at(s.lan).portCount, s.port,
                                EthernetHeader{MacAddress::broadcast(), s.mac, EthernetHeader::Arp}, m_nowMs);
    }

    void recordInitial()
    {
        Step &step = begin(Step::Kind::Initial, QString(), 0);
        end(step);
    }

    void addressing(const AddressingStep &addressing)
    {
        Step &step = begin(Step::Kind::Addressing, QString(), 1);
        step.lan.addressing = addressing;
        end(step);
    }

    RouteDecision route(const QString &from, Ipv4Address destination, qint64 thinkMs = 1)
    {
        Step &step = begin(Step::Kind::Route, from, thinkMs);
        RouteDecision decision = RouteDecision::decide(station(from), destination);
        if (const ArpEntry *e = cache(from).find(decision.nextHop))
            decision.cached = e->state;
        step.lan.route = decision;
        step.lan.station = from;
        end(step);
        return decision;
    }

    // The station puts a frame on its link. An ARP request it sends leaves an INCOMPLETE entry
    // for the address it asks about.
    void send(const QString &from, const Frame &frame)
    {
        Step &step = begin(Step::Kind::LanSend, from, 1);
        step.lan.station = from;
        noteRequest(from, frame);
        transmitToSwitch(step, from, frame);
        end(step);
    }

    // The switch the pending frame reached decides: learn, then forward, flood or filter.
    SwitchDecision switchFrame()
    {
        const Transmission incoming = m_scenario.transmissions.at(m_pending);
        const LanStation &sender = *topology().station(incoming.from);
        const LanSegment &segment = topology().segments.at(sender.lan);
        Step &step = begin(Step::Kind::LanSwitch, segment.switchName, linkMs);
        deliver(incoming.id, step);
        SwitchDecision decision = LearningSwitch::receive(m_state.macTables[sender.lan], segment.portCount, sender.port,
                                                          incoming.frame.ethernet, m_nowMs);
        step.lan.switchDecision = decision;
        if (!decision.outPorts.isEmpty()) {
            QStringList receivers;
            for (int port : std::as_const(decision.outPorts))
                receivers.append(topology().stationAt(sender.lan, port)->name);
            const int id = transmit(step, segment.switchName, receivers, incoming.frame);
            step.moved = id;
            m_pending = id;
        } else {
            m_pending = -1;
        }
        end(step);
        return decision;
    }

    // The stations the pending frame reached act on it.
    QList<ReceiveOutcome> receive()
    {
        const Transmission incoming = m_scenario.transmissions.at(m_pending);
        Step &step = begin(Step::Kind::LanReceive, incoming.receivers.value(0), linkMs);
        deliver(incoming.id, step);
        const Frame &frame = incoming.frame;
        for (const QString &name : incoming.receivers) {
            const LanStation &me = station(name);
            ReceiveOutcome outcome{name, ReceiveOutcome::Kind::NotForMe};
            const bool addressedToMe = frame.ethernet.destination == me.mac || frame.ethernet.destination.isBroadcast();
            if (!addressedToMe) {
                outcome.kind = ReceiveOutcome::Kind::NotForMe;
            } else if (frame.arp) {
                outcome.kind = ArpResolver::receive(cache(name), me, *frame.arp, m_nowMs);
            } else if (frame.ipv4 && frame.ipv4->destination == me.address.address()) {
                outcome.kind = ReceiveOutcome::Kind::Accepted;
                confirmOnAck(name, frame);
            } else if (frame.ipv4 && me.isRouter()) {
                outcome.kind = ReceiveOutcome::Kind::Forwarded;
            }
            step.lan.outcomes.append(outcome);
        }
        m_pending = -1;
        end(step);
        return step.lan.outcomes;
    }

    // The retransmission timer of an unanswered request expires: the station asks again, or,
    // after ArpResolver::maxRequests requests, gives up and marks the entry FAILED.
    bool timeout(const QString &from, Ipv4Address asked)
    {
        ArpEntry &entry = cache(from).entry(asked);
        const qint64 deadline = entry.updatedMs + ArpResolver::retransmitMs;
        Step &step = begin(Step::Kind::LanTimeout, from, qMax<qint64>(0, deadline - m_nowMs));
        step.lan.station = from;
        ArpEntry &e = cache(from).entry(asked);
        const bool resend = e.requests < ArpResolver::maxRequests;
        if (resend) {
            const LanStation &me = station(from);
            const Frame request = makeArpRequest(me.mac, me.address.address(), asked);
            noteRequest(from, request);
            transmitToSwitch(step, from, request);
        } else {
            e.state = ArpState::Failed;
            e.updatedMs = m_nowMs;
        }
        end(step);
        return resend;
    }

    // Time passes: REACHABLE entries turn STALE, switches forget addresses they no longer see.
    void wait(qint64 ms)
    {
        Step &step = begin(Step::Kind::LanWait, QString(), ms);
        for (ArpCache &c : m_state.arpCaches)
            ArpResolver::age(c, m_nowMs);
        for (MacTable &t : m_state.macTables)
            step.lan.agedOut.append(LearningSwitch::age(t, m_nowMs));
        end(step);
    }

    void remark(const char *sourceText) { m_scenario.steps.last().note = sourceText; }

    Scenario finish()
    {
        return std::move(m_scenario);
    }

private:
    ArpCache &cache(const QString &owner)
    {
        for (ArpCache &c : m_state.arpCaches) {
            if (c.station == owner)
                return c;
        }
        Q_UNREACHABLE();
    }

    Step &begin(Step::Kind kind, const QString &actor, qint64 afterMs)
    {
        m_nowMs += afterMs;
        Step step;
        step.index = int(m_scenario.steps.size());
        step.timeMs = m_nowMs;
        step.kind = kind;
        step.actor = actor;
        m_scenario.steps.append(step);
        return m_scenario.steps.last();
    }

    void end(Step &step)
    {
        step.state.lan = m_state;
        step.state.inFlight = m_pending >= 0 ? QList<int>{m_pending} : QList<int>{};
    }

    void noteRequest(const QString &from, const Frame &frame)
    {
        if (!frame.arp || frame.arp->operation != ArpPacket::Request || frame.arp->senderMac != station(from).mac)
            return;
        ArpEntry &e = cache(from).entry(frame.arp->targetIp);
        e.state = ArpState::Incomplete;
        e.mac = MacAddress();
        e.updatedMs = m_nowMs;
        ++e.requests;
    }

    // Linux's TCP confirms the neighbour its segments travel through when an acknowledgement
    // shows the path works (dst_confirm): a STALE entry becomes REACHABLE again.
    void confirmOnAck(const QString &receiver, const Frame &frame)
    {
        if (!frame.tcp || !frame.tcp->flags.testFlag(TcpFlag::Ack))
            return;
        const LanStation *neighbour = topology().stationWithMac(frame.ethernet.source);
        if (!neighbour)
            return;
        if (ArpEntry *e = cache(receiver).find(neighbour->address.address())) {
            e->state = ArpState::Reachable;
            e->updatedMs = m_nowMs;
        }
    }

    void transmitToSwitch(Step &step, const QString &from, const Frame &frame)
    {
        const LanStation &s = station(from);
        const int id = transmit(step, from, {topology().segments.at(s.lan).switchName}, frame);
        step.moved = id;
        m_pending = id;
    }

    int transmit(Step &step, const QString &from, const QStringList &receivers, const Frame &frame)
    {
        Transmission t;
        t.id = int(m_scenario.transmissions.size());
        t.from = from;
        t.to = receivers.value(0);
        t.receivers = receivers;
        t.sentStep = step.index;
        t.sentMs = m_nowMs;
        t.frame = frame;
        t.bytes = FrameCodec::encode(frame);
        if (t.bytes.size() < ethernetMinimum)
            t.bytes.append(QByteArray(ethernetMinimum - t.bytes.size(), '\0'));
        m_scenario.transmissions.append(t);
        step.sent.append(t.id);
        return t.id;
    }

    void deliver(int id, Step &step)
    {
        Transmission &t = m_scenario.transmissions[id];
        t.deliveredStep = step.index;
        t.deliveredMs = m_nowMs;
    }

    Scenario m_scenario;
    SeededRandom m_random;
    qint64 m_nowMs = 0;
    LanState m_state;
    int m_pending = -1;
};

LanTopology topologyFor(SeededRandom &random, const LanTopology::Plan &plan)
{
    const Parsed<LanTopology> topology = LanTopology::build(plan, [&] { return randomMac(random); });
    Q_ASSERT_X(topology.ok(), "LanScenarios", "check() the parameters before building");
    if (topology.ok())
        return topology.value();
    // Unchecked parameters that do not make a LAN: the default one (never reached from the UI
    // or the CLI, which check first).
    return LanTopology::build(ScenarioParameters().lan, [&] { return randomMac(random); }).value();
}

LanTopology::Plan oneLan(const LanTopology::Plan &plan)
{
    LanTopology::Plan single = plan;
    single.networks = {plan.networks.value(0)};
    return single;
}

// The first segment of a TCP connection, as Linux opens it: MSS, SACK permitted, timestamps and
// window scaling.
Frame synFrame(SeededRandom &random, const LanStation &from, MacAddress toMac, Ipv4Address to)
{
    TcpOptions options;
    options.mss = 1460;
    options.sackPermitted = true;
    options.timestamps = std::pair<quint32, quint32>{random.next32(), 0};
    options.windowScale = 7;
    const auto port = quint16(random.bounded(32768, 60999)); // Linux's ip_local_port_range
    return makeTcpFrame(from.mac, toMac, from.address.address(), port, to, httpPort, random.next32(), 0,
                        TcpFlags(TcpFlag::Syn), 64240, options);
}

Frame synAckFrame(SeededRandom &random, const Frame &syn, const LanStation &from, MacAddress toMac)
{
    TcpOptions options;
    options.mss = 1460;
    options.sackPermitted = true;
    options.timestamps = std::pair<quint32, quint32>{random.next32(), syn.tcp->options.timestamps->first};
    options.windowScale = 7;
    return makeTcpFrame(from.mac, toMac, from.address.address(), syn.tcp->destinationPort, syn.ipv4->source,
                        syn.tcp->sourcePort, random.next32(), syn.tcp->seq + 1,
                        TcpFlags(TcpFlag::Syn) | TcpFlag::Ack, 65160, options);
}

// Request, flood, answer, forward, resolved: `from` learns `asked`'s MAC address.
void resolve(LanBuilder &b, const QString &from, const QString &asked)
{
    const LanStation &me = b.station(from);
    const LanStation &target = b.station(asked);
    b.send(from, makeArpRequest(me.mac, me.address.address(), target.address.address()));
    b.switchFrame();
    b.receive();
    b.send(asked, makeArpReply(target.mac, target.address.address(), me.mac, me.address.address()));
    b.switchFrame();
    b.receive();
}

// The frame goes to the switch, the switch passes it on, the stations take it.
void carry(LanBuilder &b, const QString &from, const Frame &frame)
{
    b.send(from, frame);
    b.switchFrame();
    b.receive();
}

// A free host address of LAN 1 for the host that is not there: the highest one not in use.
std::optional<Ipv4Address> absentAddress(const LanTopology &topology)
{
    const Subnet network = topology.segments.at(0).network;
    const Subnet range(network.network(), network.prefix());
    for (quint32 a = range.lastHost().toUInt(); a >= range.firstHost().toUInt() && a > 0; --a) {
        if (!topology.stationWithAddress(0, Ipv4Address(a)))
            return Ipv4Address(a);
    }
    return std::nullopt;
}

} // namespace

std::optional<ParseError> check(QStringView id, const ScenarioParameters &parameters)
{
    if (id == u"subnet-and")
        return std::nullopt;
    if (id == u"subnetting") {
        if (parameters.borrowBits < 1)
            return ParseError{QCoreApplication::translate(context, "Subnetting borrows at least 1 host bit.")};
        const Parsed<QList<Subnet>> split = parameters.subnetToSplit.split(parameters.borrowBits);
        if (!split.ok())
            return split.error();
        return std::nullopt;
    }
    const bool oneLanOnly = id != u"arp-via-gateway";
    const LanTopology::Plan plan = oneLanOnly ? oneLan(parameters.lan) : parameters.lan;
    SeededRandom random(parameters.seed);
    const Parsed<LanTopology> topology = LanTopology::build(plan, [&] { return randomMac(random); });
    if (!topology.ok())
        return topology.error();
    if (id == u"arp-no-reply" && !absentAddress(topology.value()))
        return ParseError{QCoreApplication::translate(context, "LAN 1 has no free address left for the absent host: use fewer hosts.")};
    return std::nullopt;
}

Scenario subnetAnd(const ScenarioParameters &parameters)
{
    LanBuilder b(QStringLiteral("subnet-and"), parameters, Scenario::Stage::Bits);
    b.recordInitial();
    AddressingStep a;
    a.subnet = parameters.subnet;
    a.other = parameters.otherAddress;
    for (AddressingStep::Phase phase : {AddressingStep::Phase::Address, AddressingStep::Phase::Mask,
                                        AddressingStep::Phase::And, AddressingStep::Phase::Broadcast,
                                        AddressingStep::Phase::Hosts, AddressingStep::Phase::Compare}) {
        a.phase = phase;
        b.addressing(a);
    }
    return b.finish();
}

Scenario subnetting(const ScenarioParameters &parameters)
{
    LanBuilder b(QStringLiteral("subnetting"), parameters, Scenario::Stage::Bits);
    b.recordInitial();
    AddressingStep a;
    a.subnet = parameters.subnetToSplit;
    a.phase = AddressingStep::Phase::Borrow;
    for (int bits = 1; bits <= parameters.borrowBits; ++bits) {
        a.borrowedBits = bits;
        b.addressing(a);
    }
    b.remark(QT_TRANSLATE_NOOP("NetSteps::LanScenarios",
                               "Each subnet is its own broadcast domain: an ARP request, or any broadcast, reaches only "
                               "the hosts of its subnet. Smaller subnets keep broadcast storms small."));
    return b.finish();
}

Scenario arpSameSubnet(const ScenarioParameters &parameters)
{
    LanBuilder b(QStringLiteral("arp-same-subnet"), parameters, Scenario::Stage::Topology);
    b.setTopology(topologyFor(b.random(), oneLan(parameters.lan)));
    b.recordInitial();
    const LanStation &a1 = b.station(QStringLiteral("A1"));
    const LanStation &a2 = b.station(QStringLiteral("A2"));
    b.route(a1.name, a2.address.address());
    resolve(b, a1.name, a2.name);
    carry(b, a1.name, synFrame(b.random(), a1, a2.mac, a2.address.address()));
    b.remark(QT_TRANSLATE_NOOP("NetSteps::LanScenarios",
                               "This is the SYN of the three-way handshake: every TCP connection on a LAN starts after "
                               "ARP has found the MAC address."));
    return b.finish();
}

Scenario arpViaGateway(const ScenarioParameters &parameters)
{
    LanBuilder b(QStringLiteral("arp-via-gateway"), parameters, Scenario::Stage::Topology);
    b.setTopology(topologyFor(b.random(), parameters.lan));
    b.recordInitial();
    const LanStation &a1 = b.station(QStringLiteral("A1"));
    const LanStation &b1 = b.station(QStringLiteral("B1"));
    const LanStation &near = *b.topology().routerOn(0);
    const LanStation &far = *b.topology().routerOn(1);

    b.route(a1.name, b1.address.address());
    resolve(b, a1.name, near.name);
    const Frame syn = synFrame(b.random(), a1, near.mac, b1.address.address());
    carry(b, a1.name, syn);
    b.remark(QT_TRANSLATE_NOOP("NetSteps::LanScenarios",
                               "The frame is addressed to the router's MAC address, but the packet inside still "
                               "carries B1's IP address: the router must pass it on."));

    b.route(far.name, b1.address.address());
    b.remark(QT_TRANSLATE_NOOP("NetSteps::LanScenarios",
                               "The router finds B1's network on its other interface. It holds the packet while it "
                               "asks for B1's MAC address on that LAN."));
    resolve(b, far.name, b1.name);
    Frame forwarded = syn;
    forwarded.ethernet.source = far.mac;
    forwarded.ethernet.destination = b1.mac;
    forwarded.ipv4->ttl = quint8(syn.ipv4->ttl - 1);
    carry(b, far.name, forwarded);
    b.remark(QT_TRANSLATE_NOOP("NetSteps::LanScenarios",
                               "Hop by hop the MAC addresses change (now the router's eth1 to B1) while the IP "
                               "addresses stay A1 to B1; the router lowered the TTL by one and recomputed the IP "
                               "header checksum."));
    return b.finish();
}

namespace {

// A1 and A2 as a first exchange left them: A1 knows A2 (REACHABLE, from A2's reply), A2 knows
// A1 (STALE, learned from the request), and the switch knows both.
LanBuilder afterFirstExchange(const QString &id, const ScenarioParameters &parameters)
{
    LanBuilder b(id, parameters, Scenario::Stage::Topology);
    b.setTopology(topologyFor(b.random(), oneLan(parameters.lan)));
    b.cacheEntry(QStringLiteral("A1"), QStringLiteral("A2"), ArpState::Reachable);
    b.cacheEntry(QStringLiteral("A2"), QStringLiteral("A1"), ArpState::Stale);
    b.learn(QStringLiteral("A1"));
    b.learn(QStringLiteral("A2"));
    b.recordInitial();
    return b;
}

// A1 opens a connection to A2 and A2 answers, both from their caches.
void exchangeFromCache(LanBuilder &b, qint64 thinkMs)
{
    const LanStation &a1 = b.station(QStringLiteral("A1"));
    const LanStation &a2 = b.station(QStringLiteral("A2"));
    b.route(a1.name, a2.address.address(), thinkMs);
    const Frame syn = synFrame(b.random(), a1, a2.mac, a2.address.address());
    carry(b, a1.name, syn);
    b.route(a2.name, a1.address.address());
    b.remark(QT_TRANSLATE_NOOP("NetSteps::LanScenarios",
                               "A STALE entry is still used: Linux sends at once and then checks the entry within "
                               "5 s (DELAY, then a unicast probe if nothing confirms it)."));
    carry(b, a2.name, synAckFrame(b.random(), syn, a2, a1.mac));
}

} // namespace

Scenario arpCached(const ScenarioParameters &parameters)
{
    LanBuilder b = afterFirstExchange(QStringLiteral("arp-cached"), parameters);
    exchangeFromCache(b, 5000);
    return b.finish();
}

Scenario arpUnknownUnicast(const ScenarioParameters &parameters)
{
    LanBuilder b = afterFirstExchange(QStringLiteral("arp-unknown-unicast"), parameters);
    b.wait(LearningSwitch::agingMs);
    b.remark(QT_TRANSLATE_NOOP("NetSteps::LanScenarios",
                               "Linux keeps STALE entries on a small network (it only collects them once the cache "
                               "holds 128 entries), so A1 still has A2's address; the switch does not."));
    exchangeFromCache(b, 1);
    return b.finish();
}

Scenario arpNoReply(const ScenarioParameters &parameters)
{
    LanBuilder b(QStringLiteral("arp-no-reply"), parameters, Scenario::Stage::Topology);
    b.setTopology(topologyFor(b.random(), oneLan(parameters.lan)));
    b.recordInitial();
    const LanStation &a1 = b.station(QStringLiteral("A1"));
    const Ipv4Address absent = absentAddress(b.topology()).value_or(Ipv4Address());
    b.route(a1.name, absent);
    b.send(a1.name, makeArpRequest(a1.mac, a1.address.address(), absent));
    b.switchFrame();
    b.receive();
    while (b.timeout(a1.name, absent)) {
        b.switchFrame();
        b.receive();
    }
    b.remark(QT_TRANSLATE_NOOP("NetSteps::LanScenarios",
                               "The packets waiting for the address are dropped, and the program's connect() fails "
                               "with EHOSTUNREACH, \"No route to host\" (Windows: WinError 10065), about 3 s after "
                               "it was called."));
    return b.finish();
}

} // namespace NetSteps::LanScenarios

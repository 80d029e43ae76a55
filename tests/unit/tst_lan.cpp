// The LAN model: the same-network decision, the learning switch, ARP caches (RFC 826 with
// Linux's states), the topology's checks, and the ARP scenarios step by step.

#include "framecodec.h"
#include "lanscenarios.h"
#include "narrator.h"
#include "scenarioregistry.h"

#include <QTest>

using namespace NetSteps;

namespace {

Ipv4Address ip(const char *text)
{
    return Ipv4Address::parse(QString::fromLatin1(text)).value();
}

MacAddress mac(quint8 last)
{
    return MacAddress(MacAddress::Bytes{0x02, 0, 0, 0, 0, last});
}

LanStation host(const char *address, int prefix, const char *gateway = "0.0.0.0")
{
    LanStation s;
    s.name = QStringLiteral("H");
    s.device = s.name;
    s.mac = mac(1);
    s.address = Subnet(ip(address), prefix);
    s.gateway = ip(gateway);
    return s;
}

Scenario build(const char *id, const ScenarioParameters &parameters = {})
{
    std::optional<Scenario> scenario = ScenarioRegistry::build(QString::fromLatin1(id), parameters);
    if (!scenario)
        qFatal("scenario %s does not build", id);
    return *scenario;
}

// "A1:192.168.1.3=REACHABLE" for every cache entry, "S1:A1@1" for every table entry.
QString lanSummary(const Scenario &scenario, int step)
{
    const LanState &lan = scenario.step(step).state.lan;
    QStringList parts;
    for (const ArpCache &cache : lan.arpCaches) {
        for (const ArpEntry &e : cache.entries)
            parts.append(QStringLiteral("%1:%2=%3").arg(cache.station, e.ip.toString(), arpStateName(e.state)));
    }
    for (const MacTable &table : lan.macTables) {
        for (const MacTableEntry &e : table.entries) {
            const LanStation *owner = scenario.topology->stationWithMac(e.mac);
            parts.append(QStringLiteral("%1:%2@%3").arg(table.switchName, owner ? owner->name : e.mac.toString()).arg(e.port));
        }
    }
    return parts.join(u' ');
}

int firstStep(const Scenario &scenario, Step::Kind kind, int from = 0)
{
    for (int i = from; i < scenario.stepCount(); ++i) {
        if (scenario.step(i).kind == kind)
            return i;
    }
    return -1;
}

} // namespace

class TestLan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routeDecision_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("prefix");
        QTest::addColumn<QString>("destination");
        QTest::addColumn<bool>("same");
        QTest::newRow("/24 same") << "192.168.1.10" << 24 << "192.168.1.200" << true;
        QTest::newRow("/24 other") << "192.168.1.10" << 24 << "192.168.2.10" << false;
        QTest::newRow("/26 looks alike, differs") << "192.168.1.10" << 26 << "192.168.1.70" << false;
        QTest::newRow("/26 same quarter") << "192.168.1.10" << 26 << "192.168.1.62" << true;
        QTest::newRow("/0 everything") << "10.0.0.1" << 0 << "203.0.113.9" << true;
        QTest::newRow("/8 same") << "10.1.2.3" << 8 << "10.200.0.1" << true;
        QTest::newRow("/8 other") << "10.1.2.3" << 8 << "11.1.2.3" << false;
        QTest::newRow("/16 edge") << "172.16.255.255" << 16 << "172.17.0.0" << false;
        QTest::newRow("/31 pair") << "192.0.2.0" << 31 << "192.0.2.1" << true;
        QTest::newRow("/31 next pair") << "192.0.2.1" << 31 << "192.0.2.2" << false;
        QTest::newRow("/32 itself") << "192.0.2.7" << 32 << "192.0.2.7" << true;
        QTest::newRow("/32 neighbour") << "192.0.2.7" << 32 << "192.0.2.6" << false;
        QTest::newRow("/25 lower half") << "192.168.1.127" << 25 << "192.168.1.128" << false;
        QTest::newRow("/30 block") << "192.168.1.5" << 30 << "192.168.1.6" << true;
    }
    void routeDecision()
    {
        QFETCH(QString, source);
        QFETCH(int, prefix);
        QFETCH(QString, destination);
        QFETCH(bool, same);
        const LanStation station = host(source.toLatin1().constData(), prefix, "192.168.1.1");
        const RouteDecision d = RouteDecision::decide(station, ip(destination.toLatin1().constData()));
        QCOMPARE(d.sameNetwork, same);
        QCOMPARE(d.sameNetwork, d.sourceNetwork() == d.destinationNetwork());
        QCOMPARE(d.nextHop, same ? d.destination : ip("192.168.1.1"));
        QCOMPARE(d.mask, Subnet::maskFromPrefix(prefix));
    }

    void learningSwitch()
    {
        MacTable table{QStringLiteral("S1"), {}};
        // A broadcast from port 1: learn, flood to every other port.
        SwitchDecision d = LearningSwitch::receive(table, 5, 1, {MacAddress::broadcast(), mac(1), EthernetHeader::Arp}, 0);
        QCOMPARE(d.action, SwitchDecision::Action::Flood);
        QCOMPARE(d.reason, SwitchDecision::Reason::Broadcast);
        QCOMPARE(d.outPorts, (QList<int>{2, 3, 4, 5}));
        QVERIFY(d.learned);
        QCOMPARE(table.entries.size(), 1);
        // A unicast to that MAC from port 2: learn port 2, forward to port 1 only.
        d = LearningSwitch::receive(table, 5, 2, {mac(1), mac(2), EthernetHeader::Arp}, 10);
        QCOMPARE(d.action, SwitchDecision::Action::Forward);
        QCOMPARE(d.reason, SwitchDecision::Reason::KnownDestination);
        QCOMPARE(d.outPorts, QList<int>{1});
        // A unicast to a MAC never seen: flooded, though not a broadcast.
        d = LearningSwitch::receive(table, 5, 1, {mac(9), mac(1), EthernetHeader::Ipv4}, 20);
        QCOMPARE(d.action, SwitchDecision::Action::Flood);
        QCOMPARE(d.reason, SwitchDecision::Reason::UnknownDestination);
        QCOMPARE(d.outPorts, (QList<int>{2, 3, 4, 5}));
        QVERIFY(!d.learned); // refreshed, not new
        QCOMPARE(table.find(mac(1))->learnedMs, 20);
        // A multicast destination is flooded too.
        d = LearningSwitch::receive(table, 5, 3, {MacAddress(MacAddress::Bytes{0x01, 0, 0x5e, 0, 0, 1}), mac(3), EthernetHeader::Ipv4}, 30);
        QCOMPARE(d.reason, SwitchDecision::Reason::Multicast);
        QCOMPARE(d.outPorts, (QList<int>{1, 2, 4, 5}));
        // A destination on the port the frame came in on: filtered.
        d = LearningSwitch::receive(table, 5, 3, {mac(3), mac(4), EthernetHeader::Ipv4}, 40);
        QCOMPARE(d.action, SwitchDecision::Action::Filter);
        QVERIFY(d.outPorts.isEmpty());
        // A MAC that moves to another port is learned there.
        d = LearningSwitch::receive(table, 5, 4, {MacAddress::broadcast(), mac(1), EthernetHeader::Arp}, 50);
        QVERIFY(d.learned);
        QCOMPARE(table.find(mac(1))->port, 4);
        // Ageing forgets what was not seen for 300 s, and only that.
        const QList<MacAddress> gone = LearningSwitch::age(table, 10 + LearningSwitch::agingMs);
        QCOMPARE(gone, QList<MacAddress>{mac(2)});
        QVERIFY(!table.find(mac(2)));
        QVERIFY(table.find(mac(1)));
    }

    void arpReception()
    {
        LanStation me = host("192.168.1.3", 24);
        me.mac = mac(3);
        ArpCache cache{QStringLiteral("A2"), {}};
        const ArpPacket requestForMe{ArpPacket::Request, mac(1), ip("192.168.1.2"), MacAddress(), ip("192.168.1.3")};
        QCOMPARE(ArpResolver::receive(cache, me, requestForMe, 5), ReceiveOutcome::Kind::Replied);
        QCOMPARE(cache.find(ip("192.168.1.2"))->state, ArpState::Stale);
        QCOMPARE(cache.find(ip("192.168.1.2"))->mac, mac(1));

        ArpCache other{QStringLiteral("A3"), {}};
        const ArpPacket requestForSomeoneElse{ArpPacket::Request, mac(1), ip("192.168.1.2"), MacAddress(), ip("192.168.1.9")};
        QCOMPARE(ArpResolver::receive(other, me, requestForSomeoneElse, 5), ReceiveOutcome::Kind::Discarded);
        QVERIFY(other.entries.isEmpty()); // nothing learned about a sender it did not know

        // RFC 826: a sender already cached has its entry updated, even when the request is for another.
        ArpEntry &known = other.entry(ip("192.168.1.2"));
        known.mac = mac(7);
        known.state = ArpState::Reachable;
        QCOMPARE(ArpResolver::receive(other, me, requestForSomeoneElse, 9), ReceiveOutcome::Kind::Refreshed);
        QCOMPARE(other.find(ip("192.168.1.2"))->mac, mac(1));
        QCOMPARE(other.find(ip("192.168.1.2"))->state, ArpState::Stale); // a new address is not confirmed

        // A reply to my own request completes the INCOMPLETE entry.
        ArpCache asker{QStringLiteral("A1"), {}};
        LanStation a1 = host("192.168.1.2", 24);
        a1.mac = mac(1);
        asker.entry(ip("192.168.1.3"));
        const ArpPacket reply{ArpPacket::Reply, mac(3), ip("192.168.1.3"), mac(1), ip("192.168.1.2")};
        QCOMPARE(ArpResolver::receive(asker, a1, reply, 20), ReceiveOutcome::Kind::Resolved);
        QCOMPARE(asker.find(ip("192.168.1.3"))->state, ArpState::Reachable);
        QCOMPARE(asker.find(ip("192.168.1.3"))->mac, mac(3));

        // Ageing: REACHABLE turns STALE after base_reachable_time, not before.
        QCOMPARE(ArpResolver::age(asker, 20 + ArpResolver::reachableMs - 1), 0);
        QCOMPARE(ArpResolver::age(asker, 20 + ArpResolver::reachableMs), 1);
        QCOMPARE(asker.find(ip("192.168.1.3"))->state, ArpState::Stale);
    }

    void topologyChecks_data()
    {
        QTest::addColumn<QString>("network");
        QTest::addColumn<int>("hosts");
        QTest::addColumn<bool>("ok");
        QTest::newRow("2 hosts") << "192.168.1.1/24" << 2 << true;
        QTest::newRow("full /24") << "192.168.1.1/24" << 253 << true;
        QTest::newRow("one too many") << "192.168.1.1/24" << 254 << false;
        QTest::newRow("1 host") << "192.168.1.1/24" << 1 << false;
        QTest::newRow("/30 holds 1") << "192.168.1.1/30" << 2 << false;
        QTest::newRow("/29 holds 5") << "192.168.1.1/29" << 5 << true;
        QTest::newRow("router on the network address") << "192.168.1.0/24" << 4 << false;
        QTest::newRow("router on the broadcast address") << "192.168.1.255/24" << 4 << false;
    }
    void topologyChecks()
    {
        QFETCH(QString, network);
        QFETCH(int, hosts);
        QFETCH(bool, ok);
        ScenarioParameters p;
        p.lan.networks = {Subnet::parse(network).value()};
        p.lan.hostsPerLan = hosts;
        const std::optional<ParseError> error = ScenarioRegistry::check(u"arp-same-subnet", p);
        QCOMPARE(!error, ok);
        if (error)
            QVERIFY(!error->message.isEmpty());
        QCOMPARE(ScenarioRegistry::build(u"arp-same-subnet", p).has_value(), ok);
    }

    void overlappingLansAndAddresses()
    {
        ScenarioParameters p;
        p.lan.networks = {Subnet::parse(u"10.0.0.1/8").value(), Subnet::parse(u"10.1.0.1/16").value()};
        QVERIFY(ScenarioRegistry::check(u"arp-via-gateway", p));
        ScenarioParameters q;
        q.lan.overrides = {Ipv4Address(), ip("192.168.1.2")}; // A2 given A1's default address
        QVERIFY(ScenarioRegistry::check(u"arp-same-subnet", q));
        q.lan.overrides = {ip("192.168.2.9")}; // outside LAN 1
        QVERIFY(ScenarioRegistry::check(u"arp-same-subnet", q));
        q.lan.overrides = {ip("192.168.1.77")};
        QVERIFY(!ScenarioRegistry::check(u"arp-same-subnet", q));
        QCOMPARE(build("arp-same-subnet", q).topology->station(QStringLiteral("A1"))->address.address(), ip("192.168.1.77"));
        // A LAN filled to the last address leaves nobody absent to ask for.
        ScenarioParameters full;
        full.lan.hostsPerLan = 253;
        QVERIFY(ScenarioRegistry::check(u"arp-no-reply", full));
        full.lan.hostsPerLan = 252;
        QVERIFY(!ScenarioRegistry::check(u"arp-no-reply", full));
    }

    void sameSubnetStepByStep()
    {
        const Scenario s = build("arp-same-subnet");
        QCOMPARE(s.stage, Scenario::Stage::Topology);
        const QList<Step::Kind> kinds{Step::Kind::Initial, Step::Kind::Route, Step::Kind::LanSend,
                                      Step::Kind::LanSwitch, Step::Kind::LanReceive, Step::Kind::LanSend,
                                      Step::Kind::LanSwitch, Step::Kind::LanReceive, Step::Kind::LanSend,
                                      Step::Kind::LanSwitch, Step::Kind::LanReceive};
        QCOMPARE(s.stepCount(), kinds.size());
        for (int i = 0; i < s.stepCount(); ++i)
            QCOMPARE(s.step(i).kind, kinds.at(i));

        const QStringList expected{
            QString(),
            QString(),
            QStringLiteral("A1:192.168.1.3=INCOMPLETE"),
            QStringLiteral("A1:192.168.1.3=INCOMPLETE S1:A1@1"),
            QStringLiteral("A1:192.168.1.3=INCOMPLETE A2:192.168.1.2=STALE S1:A1@1"),
            QStringLiteral("A1:192.168.1.3=INCOMPLETE A2:192.168.1.2=STALE S1:A1@1"),
            QStringLiteral("A1:192.168.1.3=INCOMPLETE A2:192.168.1.2=STALE S1:A1@1 S1:A2@2"),
            QStringLiteral("A1:192.168.1.3=REACHABLE A2:192.168.1.2=STALE S1:A1@1 S1:A2@2"),
            QStringLiteral("A1:192.168.1.3=REACHABLE A2:192.168.1.2=STALE S1:A1@1 S1:A2@2"),
            QStringLiteral("A1:192.168.1.3=REACHABLE A2:192.168.1.2=STALE S1:A1@1 S1:A2@2"),
            QStringLiteral("A1:192.168.1.3=REACHABLE A2:192.168.1.2=STALE S1:A1@1 S1:A2@2"),
        };
        for (int i = 0; i < s.stepCount(); ++i)
            QCOMPARE(lanSummary(s, i), expected.at(i));

        // The request is flooded to every port but A1's; the reply and the SYN are forwarded.
        const Step &flood = s.step(3);
        QCOMPARE(flood.lan.switchDecision->action, SwitchDecision::Action::Flood);
        QCOMPARE(s.transmission(flood.moved).receivers,
                 (QStringList{QStringLiteral("A2"), QStringLiteral("A3"), QStringLiteral("A4"), QStringLiteral("R-eth0")}));
        QCOMPARE(s.transmission(s.step(6).moved).receivers, QStringList{QStringLiteral("A1")});
        QCOMPARE(s.transmission(s.step(9).moved).receivers, QStringList{QStringLiteral("A2")});
        // Who did what with the request.
        QList<ReceiveOutcome::Kind> outcomes;
        for (const ReceiveOutcome &o : s.step(4).lan.outcomes)
            outcomes.append(o.kind);
        QCOMPARE(outcomes, (QList<ReceiveOutcome::Kind>{ReceiveOutcome::Kind::Replied, ReceiveOutcome::Kind::Discarded,
                                                        ReceiveOutcome::Kind::Discarded, ReceiveOutcome::Kind::Discarded}));
        QCOMPARE(s.step(10).lan.outcomes.value(0).kind, ReceiveOutcome::Kind::Accepted);
        QVERIFY(s.step(10).state.inFlight.isEmpty());
    }

    void framesOnTheWire()
    {
        for (const char *id : {"arp-same-subnet", "arp-via-gateway", "arp-cached", "arp-unknown-unicast", "arp-no-reply"}) {
            const Scenario s = build(id);
            QVERIFY2(!s.transmissions.isEmpty(), id);
            for (const Transmission &t : s.transmissions) {
                QVERIFY2(t.bytes.size() >= 60, id);
                const Parsed<Frame> decoded = FrameCodec::decode(t.bytes);
                QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
                QVERIFY(FrameCodec::checksumsValid(t.bytes));
                if (decoded->arp) {
                    const bool request = decoded->arp->operation == ArpPacket::Request;
                    QCOMPARE(decoded->ethernet.destination.isBroadcast(), request);
                    QCOMPARE(*decoded->arp, *t.frame.arp);
                }
                QVERIFY(t.deliveredStep > t.sentStep || t.deliveredStep == -1);
            }
            // Every captured frame is on A1's link, each once.
            const auto records = s.captureRecords();
            QVERIFY(!records.isEmpty());
        }
    }

    void viaGatewayHopByHop()
    {
        const Scenario s = build("arp-via-gateway");
        const LanTopology &t = *s.topology;
        QCOMPARE(t.segments.size(), 2);
        const LanStation &a1 = *t.station(QStringLiteral("A1"));
        const LanStation &b1 = *t.station(QStringLiteral("B1"));
        const LanStation &eth0 = *t.routerOn(0);
        const LanStation &eth1 = *t.routerOn(1);
        QVERIFY(!s.step(1).lan.route->sameNetwork);
        QCOMPARE(s.step(1).lan.route->nextHop, eth0.address.address());

        QList<const Transmission *> syns;
        for (const Transmission &tx : s.transmissions) {
            if (tx.frame.tcp && t.station(tx.from))
                syns.append(&tx);
        }
        QCOMPARE(syns.size(), 2);
        // First hop: A1's MAC to the router's eth0; second: eth1 to B1. The IP addresses stay.
        QCOMPARE(syns[0]->frame.ethernet.source, a1.mac);
        QCOMPARE(syns[0]->frame.ethernet.destination, eth0.mac);
        QCOMPARE(syns[1]->frame.ethernet.source, eth1.mac);
        QCOMPARE(syns[1]->frame.ethernet.destination, b1.mac);
        for (const Transmission *tx : syns) {
            QCOMPARE(tx->frame.ipv4->source, a1.address.address());
            QCOMPARE(tx->frame.ipv4->destination, b1.address.address());
        }
        QCOMPARE(syns[1]->frame.ipv4->ttl, quint8(syns[0]->frame.ipv4->ttl - 1));
        // The checksum was recomputed for the new TTL.
        const Parsed<Frame> first = FrameCodec::decode(syns[0]->bytes);
        const Parsed<Frame> second = FrameCodec::decode(syns[1]->bytes);
        QVERIFY(first->ipv4->checksum != second->ipv4->checksum);
        QVERIFY(FrameCodec::checksumsValid(syns[1]->bytes));

        // The router forwarded, then asked for B1 on LAN 2; at the end every cache is filled.
        const int last = s.lastStep();
        QCOMPARE(lanSummary(s, last),
                 QStringLiteral("A1:192.168.1.1=REACHABLE R-eth0:192.168.1.2=STALE B1:192.168.2.1=STALE "
                                "R-eth1:192.168.2.2=REACHABLE S1:A1@1 S1:R-eth0@5 S2:R-eth1@5 S2:B1@1"));
        QCOMPARE(s.step(last).lan.outcomes.value(0).kind, ReceiveOutcome::Kind::Accepted);
        bool forwarded = false;
        for (const Step &step : s.steps) {
            for (const ReceiveOutcome &o : step.lan.outcomes)
                forwarded = forwarded || (o.kind == ReceiveOutcome::Kind::Forwarded && o.station == eth0.name);
        }
        QVERIFY(forwarded);
        // Only A1's link is captured: nothing from LAN 2.
        for (const auto &record : s.captureRecords()) {
            const Frame f = FrameCodec::decode(record.second).value();
            QVERIFY(f.ethernet.source == a1.mac || f.ethernet.destination == a1.mac || f.ethernet.destination.isBroadcast());
            QVERIFY(f.ethernet.source != eth1.mac && f.ethernet.source != b1.mac);
        }
    }

    void cachedSkipsArp()
    {
        const Scenario s = build("arp-cached");
        for (const Transmission &t : s.transmissions)
            QVERIFY(!t.frame.arp);
        QCOMPARE(*s.step(1).lan.route->cached, ArpState::Reachable);
        const int answer = firstStep(s, Step::Kind::Route, 2);
        QCOMPARE(*s.step(answer).lan.route->cached, ArpState::Stale); // learned from the request: still used
        for (const Step &step : s.steps) {
            if (step.lan.switchDecision)
                QCOMPARE(step.lan.switchDecision->action, SwitchDecision::Action::Forward);
        }
    }

    void unknownUnicastIsFlooded()
    {
        const Scenario s = build("arp-unknown-unicast");
        QCOMPARE(s.step(1).kind, Step::Kind::LanWait);
        QCOMPARE(s.step(1).lan.agedOut.size(), 2);
        QVERIFY(s.step(1).state.lan.macTable(QStringLiteral("S1"))->entries.isEmpty());
        QCOMPARE(s.step(1).state.lan.cache(QStringLiteral("A1"))->entries.value(0).state, ArpState::Stale);
        const int flood = firstStep(s, Step::Kind::LanSwitch);
        const SwitchDecision &d = *s.step(flood).lan.switchDecision;
        QCOMPARE(d.action, SwitchDecision::Action::Flood);
        QCOMPARE(d.reason, SwitchDecision::Reason::UnknownDestination);
        QVERIFY(!s.transmission(s.step(flood).moved).frame.ethernet.destination.isMulticast());
        // Only A2 takes the flooded frame; the others' cards drop it.
        for (const ReceiveOutcome &o : s.step(flood + 1).lan.outcomes)
            QCOMPARE(o.kind, o.station == QLatin1String("A2") ? ReceiveOutcome::Kind::Accepted : ReceiveOutcome::Kind::NotForMe);
        // The answer finds A1 learned again: forwarded, and TCP's ACK confirms A2's entry at A1.
        const int answer = firstStep(s, Step::Kind::LanSwitch, flood + 1);
        QCOMPARE(s.step(answer).lan.switchDecision->action, SwitchDecision::Action::Forward);
        QCOMPARE(s.step(s.lastStep()).state.lan.cache(QStringLiteral("A1"))->entries.value(0).state, ArpState::Reachable);
    }

    void noReplyFails()
    {
        const Scenario s = build("arp-no-reply");
        QList<qint64> requestTimes;
        for (const Transmission &t : s.transmissions) {
            if (t.from == QLatin1String("A1"))
                requestTimes.append(t.sentMs - s.transmissions.first().sentMs);
        }
        QCOMPARE(requestTimes, (QList<qint64>{0, 1000, 2000}));
        const Step &last = s.step(s.lastStep());
        QCOMPARE(last.kind, Step::Kind::LanTimeout);
        QCOMPARE(last.moved, -1);
        const ArpEntry &entry = last.state.lan.cache(QStringLiteral("A1"))->entries.value(0);
        QCOMPARE(entry.state, ArpState::Failed);
        QCOMPARE(entry.requests, ArpResolver::maxRequests);
        QCOMPARE(last.timeMs - s.transmissions.first().sentMs, 3000);
        // Until then the entry stays INCOMPLETE.
        QCOMPARE(s.step(s.lastStep() - 1).state.lan.cache(QStringLiteral("A1"))->entries.value(0).state, ArpState::Incomplete);
    }

    void stepsKeepTheirOwnState()
    {
        // Each step holds its complete state: building the same scenario twice gives the same
        // steps, and an early step's caches are not touched by later ones (what seeking relies on).
        for (const QString &id : ScenarioRegistry::ids()) {
            const ScenarioInfo *info = ScenarioRegistry::find(id);
            if (info->topic != QLatin1String("arp"))
                continue;
            const Scenario a = build(id.toLatin1().constData());
            const Scenario b = build(id.toLatin1().constData());
            QCOMPARE(a.steps.size(), b.steps.size());
            QVERIFY(a == b);
            QVERIFY(a.step(0).state.lan != a.step(a.lastStep()).state.lan);
            for (int i = 0; i < a.stepCount(); ++i) {
                QVERIFY2(!Narrator::caption(a, i).isEmpty(), qPrintable(id));
                QVERIFY2(!Narrator::eventTitle(a, i).isEmpty(), qPrintable(id));
            }
        }
        // A different seed draws other MAC addresses, not other steps.
        ScenarioParameters other;
        other.seed = 42;
        const Scenario x = build("arp-same-subnet");
        const Scenario y = build("arp-same-subnet", other);
        QCOMPARE(x.stepCount(), y.stepCount());
        QVERIFY(x.topology->station(QStringLiteral("A1"))->mac != y.topology->station(QStringLiteral("A1"))->mac);
    }

    void fullLan()
    {
        ScenarioParameters p;
        p.lan.hostsPerLan = 253;
        const Scenario s = build("arp-same-subnet", p);
        QCOMPARE(s.transmission(s.step(3).moved).receivers.size(), 253); // 252 hosts and the router
        QCOMPARE(s.topology->station(QStringLiteral("A253"))->address.address(), ip("192.168.1.254"));
    }

    void subnetScenarios()
    {
        const Scenario and_ = build("subnet-and");
        QCOMPARE(and_.stage, Scenario::Stage::Bits);
        QCOMPARE(and_.stepCount(), 7);
        QCOMPARE(and_.step(6).lan.addressing->phase, AddressingStep::Phase::Compare);
        QVERIFY(!and_.step(6).lan.addressing->sameNetwork()); // 192.168.1.10/26 and 192.168.1.70
        QVERIFY(and_.transmissions.isEmpty());

        ScenarioParameters p;
        p.borrowBits = 4;
        const Scenario split = build("subnetting", p);
        QCOMPARE(split.stepCount(), 5);
        for (int bits = 1; bits <= 4; ++bits)
            QCOMPARE(split.step(bits).lan.addressing->borrowedBits, bits);
        p.borrowBits = 9; // a /24 has only 8 host bits
        QVERIFY(ScenarioRegistry::check(u"subnetting", p));
        p.borrowBits = 0;
        QVERIFY(ScenarioRegistry::check(u"subnetting", p));
    }
};

QTEST_GUILESS_MAIN(TestLan)
#include "tst_lan.moc"

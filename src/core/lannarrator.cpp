// The captions of the addressing and ARP scenarios (Narrator's LAN half; see narrator.h).
#include "narrator.h"

#include "framecodec.h"
#include "scenarioregistry.h"

namespace NetSteps {

namespace {

QString joined(const QStringList &items)
{
    return items.join(Narrator::tr(", ", "between the items of a list"));
}


// "A3, A4, A5" for a few stations; for many, as a flood on a large LAN reaches, the first and the
// last with how many there are: "A3, A4, … router (eth0) (251 stations)".
QString stationList(const QStringList &labels)
{
    constexpr int shownInFull = 6;
    if (labels.size() <= shownInFull)
        return joined(labels);
    return Narrator::tr("%1, %2, … %3 (%n stations)", nullptr, int(labels.size()))
        .arg(labels.at(0), labels.at(1), labels.last());
}

// "2, 3, 4, 5" for a few ports; runs of more, as a flood on a large LAN has, as ranges: "2–254".
QString portList(const QList<int> &ports)
{
    QStringList items;
    for (qsizetype i = 0; i < ports.size();) {
        qsizetype end = i;
        while (end + 1 < ports.size() && ports.at(end + 1) == ports.at(end) + 1)
            ++end;
        if (end - i >= 4) {
            items.append(QStringLiteral("%1–%2").arg(ports.at(i)).arg(ports.at(end)));
        } else {
            for (qsizetype k = i; k <= end; ++k)
                items.append(QString::number(ports.at(k)));
        }
        i = end + 1;
    }
    return joined(items);
}

QString macOf(const Scenario &scenario, MacAddress mac)
{
    if (mac.isBroadcast())
        return mac.toString();
    if (scenario.topology) {
        if (const LanStation *s = scenario.topology->stationWithMac(mac))
            return Narrator::tr("%1 (%2)").arg(mac.toString(), Narrator::stationLabel(s->name));
    }
    return mac.toString();
}

QString payloadName(const Frame &frame)
{
    if (frame.tcp)
        return QStringLiteral("TCP ") + tcpFlagsToString(frame.tcp->flags);
    if (frame.udp)
        return QStringLiteral("UDP");
    return QStringLiteral("IPv4");
}

QString addressingCaption(const AddressingStep &a)
{
    const Subnet &s = a.subnet;
    const int hostBits = 32 - s.prefix();
    switch (a.phase) {
    case AddressingStep::Phase::Address:
        return Narrator::tr("%1 in binary: each of its four octets is 8 bits, 32 bits in all.").arg(s.address().toString());
    case AddressingStep::Phase::Mask:
        return Narrator::tr("The mask %1 in binary: %2 ones, then %3 zeros. The ones mark the network part (the prefix, "
                            "/%2), the zeros the host part.")
            .arg(s.mask().toString())
            .arg(s.prefix())
            .arg(hostBits);
    case AddressingStep::Phase::And:
        return Narrator::tr("AND, bit by bit: a result bit is 1 only where the address and the mask both have 1. "
                            "The result, %1, is the network address.")
            .arg(s.network().toString());
    case AddressingStep::Phase::Broadcast:
        return Narrator::tr("Setting every host bit to 1 gives the broadcast address, %1: a packet sent to it reaches "
                            "every host of the network.")
            .arg(s.broadcast().toString());
    case AddressingStep::Phase::Hosts:
        if (s.prefix() == 32)
            return Narrator::tr("A /32 names the single address %1: a route to one host, not a network.").arg(s.address().toString());
        if (s.prefix() == 31)
            return Narrator::tr("A /31 has 2 addresses, %1 and %2, both usable: on a point-to-point link (RFC 3021) "
                                "there is no need for network or broadcast addresses.")
                .arg(s.firstHost().toString(), s.lastHost().toString());
        return Narrator::tr("The hosts are %1 to %2: %3 addresses (2^%4 − 2, because the network and the broadcast "
                            "address cannot name a host).")
            .arg(s.firstHost().toString(), s.lastHost().toString())
            .arg(s.hostCount())
            .arg(hostBits);
    case AddressingStep::Phase::Compare: {
        const Ipv4Address otherNetwork(a.other.toUInt() & s.mask().toUInt());
        const QString first = Narrator::tr("%1 AND the same mask gives %2.").arg(a.other.toString(), otherNetwork.toString());
        if (a.sameNetwork())
            return Narrator::joinSentences({first, Narrator::tr("Both give %1: the same network, so %2 reaches %3 directly, after "
                                                  "an ARP request for its MAC address.")
                                         .arg(s.network().toString(), s.address().toString(), a.other.toString())});
        return Narrator::joinSentences({first, Narrator::tr("%1 ≠ %2: different networks, so a packet from %3 to %4 goes through "
                                              "the default gateway.")
                                     .arg(s.network().toString(), otherNetwork.toString(), s.address().toString(),
                                          a.other.toString())});
    }
    case AddressingStep::Phase::Borrow: {
        const int prefix = s.prefix() + a.borrowedBits;
        const Subnet sub(s.network(), prefix);
        return Narrator::tr("Borrowing %n host bit(s) makes the prefix /%1: %2 subnets of %3 addresses, %4 hosts each.",
                            nullptr, a.borrowedBits)
            .arg(prefix)
            .arg(quint64(1) << a.borrowedBits)
            .arg(quint64(1) << (32 - prefix))
            .arg(sub.hostCount());
    }
    }
    return {};
}

QString routeCaption(const RouteDecision &r)
{
    const QString who = Narrator::stationLabel(r.station);
    QStringList parts;
    parts.append(Narrator::tr("%1 ANDs its address %2 with its mask %3 → %4, and the destination %5 with the same "
                              "mask → %6.")
                     .arg(who, r.source.toString(), r.mask.toString(), r.sourceNetwork().toString(),
                          r.destination.toString(), r.destinationNetwork().toString()));
    if (r.sameNetwork)
        parts.append(Narrator::tr("Same network: it sends to %1 directly.").arg(r.destination.toString()));
    else
        parts.append(Narrator::tr("Different networks: it sends through its gateway %1.").arg(r.nextHop.toString()));
    if (!r.cached || *r.cached == ArpState::Failed || *r.cached == ArpState::Incomplete)
        parts.append(Narrator::tr("Its ARP cache has no MAC address for %1, so it must ask.").arg(r.nextHop.toString()));
    else
        parts.append(Narrator::tr("Its ARP cache already holds the MAC address of %1 (%2): no ARP request is needed.")
                         .arg(r.nextHop.toString(), arpStateName(*r.cached)));
    return Narrator::joinSentences(parts);
}

QString sendCaption(const Scenario &scenario, const Step &step)
{
    const Transmission &t = scenario.transmission(step.moved);
    const Frame &f = t.frame;
    const QString who = Narrator::stationLabel(step.lan.station);
    if (f.arp && f.arp->operation == ArpPacket::Request) {
        return Narrator::tr("%1 broadcasts an ARP request to ff:ff:ff:ff:ff:ff: “Who has %2? Tell %3.” Its cache "
                            "entry for %2 stays INCOMPLETE until a reply comes.")
            .arg(who, f.arp->targetIp.toString(), f.arp->senderIp.toString());
    }
    if (f.arp) {
        return Narrator::tr("%1 answers with an ARP reply sent only to %2: “%3 is at %4.”")
            .arg(who, macOf(scenario, f.ethernet.destination), f.arp->senderIp.toString(), f.arp->senderMac.toString());
    }
    if (f.ipv4) {
        return Narrator::tr("%1 sends the frame from %2 to %3. Inside, the IP packet goes from %4 to %5 (%6, TTL %7).")
            .arg(who, macOf(scenario, f.ethernet.source), macOf(scenario, f.ethernet.destination),
                 f.ipv4->source.toString(), f.ipv4->destination.toString(), payloadName(f))
            .arg(f.ipv4->ttl);
    }
    return Narrator::tr("%1 sends a frame.").arg(who);
}

QString switchCaption(const Scenario &scenario, const Step &step)
{
    const SwitchDecision &d = *step.lan.switchDecision;
    QStringList parts;
    // The frame that came in is the one delivered in this step.
    const Transmission *incoming = nullptr;
    for (const Transmission &t : scenario.transmissions) {
        if (t.deliveredStep == step.index)
            incoming = &t;
    }
    const MacAddress source = incoming ? incoming->frame.ethernet.source : MacAddress();
    const MacAddress destination = incoming ? incoming->frame.ethernet.destination : MacAddress();
    if (d.learned)
        parts.append(Narrator::tr("Switch %1 receives the frame on port %2 and learns that %3 is on port %2.")
                         .arg(d.switchName)
                         .arg(d.inPort)
                         .arg(macOf(scenario, source)));
    else
        parts.append(Narrator::tr("Switch %1 receives the frame on port %2; it already knows %3 is there and "
                                  "refreshes that entry.")
                         .arg(d.switchName)
                         .arg(d.inPort)
                         .arg(macOf(scenario, source)));
    switch (d.reason) {
    case SwitchDecision::Reason::Broadcast:
        parts.append(Narrator::tr("The destination is the broadcast address, so it floods the frame out of every "
                                  "other port: %1.")
                         .arg(portList(d.outPorts)));
        break;
    case SwitchDecision::Reason::Multicast:
        parts.append(Narrator::tr("The destination is a multicast address, so it floods the frame out of every "
                                  "other port: %1.")
                         .arg(portList(d.outPorts)));
        break;
    case SwitchDecision::Reason::UnknownDestination:
        parts.append(Narrator::tr("%1 is not in its MAC table, so it floods the frame out of every other port: %2 "
                                  "(an unknown unicast).")
                         .arg(macOf(scenario, destination), portList(d.outPorts)));
        break;
    case SwitchDecision::Reason::KnownDestination:
        parts.append(Narrator::tr("Its MAC table puts %1 on port %2, so it forwards the frame there only.")
                         .arg(macOf(scenario, destination), portList(d.outPorts)));
        break;
    case SwitchDecision::Reason::SamePort:
        parts.append(Narrator::tr("%1 is on the port the frame came from, so it filters (drops) the frame.")
                         .arg(macOf(scenario, destination)));
        break;
    }
    return Narrator::joinSentences(parts);
}

QString receiveCaption(const Scenario &scenario, const Step &step)
{
    const Transmission *incoming = nullptr;
    for (const Transmission &t : scenario.transmissions) {
        if (t.deliveredStep == step.index)
            incoming = &t;
    }
    QHash<ReceiveOutcome::Kind, QStringList> by;
    QList<ReceiveOutcome::Kind> order;
    for (const ReceiveOutcome &o : step.lan.outcomes) {
        if (!by.contains(o.kind))
            order.append(o.kind);
        by[o.kind].append(Narrator::stationLabel(o.station));
    }
    const Frame frame = incoming ? incoming->frame : Frame();
    const QString sender = frame.arp ? frame.arp->senderIp.toString() : QString();
    QStringList parts;
    for (ReceiveOutcome::Kind kind : std::as_const(order)) {
        const QString who = stationList(by.value(kind));
        switch (kind) {
        case ReceiveOutcome::Kind::Discarded:
            parts.append(Narrator::tr("%1: not the address asked for, so the request is discarded.").arg(who));
            break;
        case ReceiveOutcome::Kind::Refreshed:
            parts.append(Narrator::tr("%1: not asked, but already caching %2, so the entry is updated with the "
                                      "sender's MAC address (RFC 826).")
                             .arg(who, sender));
            break;
        case ReceiveOutcome::Kind::Replied:
            parts.append(Narrator::tr("%1: asked for its own address, so it caches %2 → %3 (STALE: learned from a "
                                      "request) and prepares a reply.")
                             .arg(who, sender, frame.arp ? frame.arp->senderMac.toString() : QString()));
            break;
        case ReceiveOutcome::Kind::Resolved:
            parts.append(Narrator::tr("%1: the reply it waited for. Its entry for %2 becomes REACHABLE with %3, and "
                                      "the packet waiting for it can go.")
                             .arg(who, sender, frame.arp ? frame.arp->senderMac.toString() : QString()));
            break;
        case ReceiveOutcome::Kind::NotForMe:
            parts.append(Narrator::tr("%1: the destination MAC address is not theirs, so the network card drops the "
                                      "frame.")
                             .arg(who));
            break;
        case ReceiveOutcome::Kind::Accepted:
            parts.append(Narrator::tr("%1: the frame is for its MAC address and the packet for its IP address, so "
                                      "it hands the %2 up the stack.")
                             .arg(who, payloadName(frame)));
            break;
        case ReceiveOutcome::Kind::Forwarded:
            parts.append(Narrator::tr("%1: the frame is for its MAC address, but the packet is for %2, another "
                                      "network: it routes the packet on.")
                             .arg(who, frame.ipv4 ? frame.ipv4->destination.toString() : QString()));
            break;
        }
    }
    return Narrator::joinSentences(parts);
}

QString timeoutCaption(const Scenario &scenario, const Step &step)
{
    const QString who = Narrator::stationLabel(step.lan.station);
    if (step.moved >= 0) {
        const Frame &f = scenario.transmission(step.moved).frame;
        const ArpCache *cache = step.state.lan.cache(step.lan.station);
        const ArpEntry *e = cache && f.arp ? cache->find(f.arp->targetIp) : nullptr;
        return Narrator::tr("No reply within %1 s: %2 broadcasts the request for %3 again (request %4 of %5).")
            .arg(ArpResolver::retransmitMs / 1000)
            .arg(who, f.arp ? f.arp->targetIp.toString() : QString())
            .arg(e ? e->requests : 0)
            .arg(ArpResolver::maxRequests);
    }
    return Narrator::tr("No reply to %1 requests: %2 gives up and marks the entry FAILED.")
        .arg(ArpResolver::maxRequests)
        .arg(who);
}

QString waitCaption(const Scenario &scenario, const Step &step)
{
    const qint64 previous = step.index > 0 ? scenario.step(step.index - 1).timeMs : 0;
    const qint64 minutes = (step.timeMs - previous) / 60000;
    QStringList parts;
    parts.append(Narrator::tr("%n minute(s) pass without traffic.", nullptr, int(minutes)));
    parts.append(Narrator::tr("ARP entries not confirmed for %1 s turn from REACHABLE to STALE.")
                     .arg(ArpResolver::reachableMs / 1000));
    if (!step.lan.agedOut.isEmpty())
        parts.append(Narrator::tr("The switches forget the %n address(es) they have not seen for %1 s (ageing).", nullptr,
                                  int(step.lan.agedOut.size()))
                         .arg(LearningSwitch::agingMs / 1000));
    return Narrator::joinSentences(parts);
}

QString initialLanCaption(const Scenario &scenario, const Step &step)
{
    if (scenario.stage == Scenario::Stage::Bits) {
        const ScenarioInfo *info = ScenarioRegistry::find(scenario.id);
        const Step *first = scenario.stepCount() > 1 ? &scenario.step(1) : nullptr;
        QString text;
        if (first && first->lan.addressing) {
            const Subnet &s = first->lan.addressing->subnet;
            text = first->lan.addressing->phase == AddressingStep::Phase::Borrow
                       ? Narrator::tr("The network %1: %2 network bits and %3 host bits.")
                             .arg(Subnet(s.network(), s.prefix()).toString())
                             .arg(s.prefix())
                             .arg(32 - s.prefix())
                       : Narrator::tr("The address %1 with the mask %2 (/%3).")
                             .arg(s.address().toString(), s.mask().toString())
                             .arg(s.prefix());
        }
        if (info)
            text = Narrator::joinSentences({text, Narrator::tr("In this lesson: %1").arg(info->summary())});
        return text;
    }
    QStringList parts;
    if (scenario.topology) {
        for (const LanSegment &segment : scenario.topology->segments) {
            const int lan = int(&segment - scenario.topology->segments.constData());
            const QStringList hosts = scenario.topology->hostNames(lan);
            parts.append(Narrator::tr("LAN %1 (%2): hosts %3 to %4 and the router (%5) on switch %6.")
                             .arg(lan + 1)
                             .arg(Subnet(segment.network.network(), segment.network.prefix()).toString(),
                                  hosts.value(0), hosts.value(hosts.size() - 1), segment.network.address().toString(),
                                  segment.switchName));
        }
    }
    bool empty = true;
    for (const ArpCache &c : step.state.lan.arpCaches)
        empty = empty && c.entries.isEmpty();
    for (const MacTable &t : step.state.lan.macTables)
        empty = empty && t.entries.isEmpty();
    parts.append(empty ? Narrator::tr("Every ARP cache and MAC table is empty.")
                       : Narrator::tr("A first exchange has filled some ARP caches and the switch's MAC table."));
    if (const ScenarioInfo *info = ScenarioRegistry::find(scenario.id))
        parts.append(Narrator::tr("In this lesson: %1").arg(info->summary()));
    return Narrator::joinSentences(parts);
}

} // namespace

QString Narrator::stationLabel(const QString &name)
{
    if (name.startsWith(LanStation::routerName() + u'-'))
        return tr("router (%1)").arg(name.mid(LanStation::routerName().size() + 1));
    return name;
}

QString Narrator::lanCaption(const Scenario &scenario, int index)
{
    const Step &step = scenario.step(index);
    QString text;
    switch (step.kind) {
    case Step::Kind::Initial:
        return initialLanCaption(scenario, step);
    case Step::Kind::Addressing:
        text = addressingCaption(*step.lan.addressing);
        break;
    case Step::Kind::Route:
        text = routeCaption(*step.lan.route);
        break;
    case Step::Kind::LanSend:
        text = sendCaption(scenario, step);
        break;
    case Step::Kind::LanSwitch:
        text = switchCaption(scenario, step);
        break;
    case Step::Kind::LanReceive:
        text = receiveCaption(scenario, step);
        break;
    case Step::Kind::LanTimeout:
        text = timeoutCaption(scenario, step);
        break;
    case Step::Kind::LanWait:
        text = waitCaption(scenario, step);
        break;
    default:
        break;
    }
    if (step.note)
        text = Narrator::joinSentences({text, QCoreApplication::translate("NetSteps::LanScenarios", step.note)});
    return text;
}

QString Narrator::lanEventTitle(const Scenario &scenario, int index)
{
    const Step &step = scenario.step(index);
    switch (step.kind) {
    case Step::Kind::Initial:
        return tr("Initial state");
    case Step::Kind::Addressing:
        switch (step.lan.addressing->phase) {
        case AddressingStep::Phase::Address: return tr("The address in binary");
        case AddressingStep::Phase::Mask: return tr("The mask");
        case AddressingStep::Phase::And: return tr("Address AND mask");
        case AddressingStep::Phase::Broadcast: return tr("Broadcast address");
        case AddressingStep::Phase::Hosts: return tr("Host range");
        case AddressingStep::Phase::Compare: return tr("Same network?");
        case AddressingStep::Phase::Borrow: return tr("Borrow %n bit(s)", nullptr, step.lan.addressing->borrowedBits);
        }
        break;
    case Step::Kind::Route:
        return step.lan.route->sameNetwork ? tr("%1: AND → same network").arg(stationLabel(step.actor))
                                           : tr("%1: AND → via the gateway").arg(stationLabel(step.actor));
    case Step::Kind::LanSend:
    case Step::Kind::LanTimeout: {
        if (step.moved < 0)
            return tr("%1: ARP failed").arg(stationLabel(step.actor));
        const Frame &f = scenario.transmission(step.moved).frame;
        if (f.arp)
            return f.arp->operation == ArpPacket::Request ? tr("%1: ARP request (broadcast)").arg(stationLabel(step.actor))
                                                          : tr("%1: ARP reply").arg(stationLabel(step.actor));
        return tr("%1: %2 frame").arg(stationLabel(step.actor), payloadName(f));
    }
    case Step::Kind::LanSwitch: {
        const SwitchDecision &d = *step.lan.switchDecision;
        switch (d.action) {
        case SwitchDecision::Action::Flood: return tr("%1: flood to ports %2").arg(d.switchName, portList(d.outPorts));
        case SwitchDecision::Action::Forward: return tr("%1: forward to port %2").arg(d.switchName, portList(d.outPorts));
        case SwitchDecision::Action::Filter: return tr("%1: filter").arg(d.switchName);
        }
        break;
    }
    case Step::Kind::LanReceive:
        return tr("Frame arrives");
    case Step::Kind::LanWait:
        return tr("Time passes");
    default:
        break;
    }
    return {};
}

QString Narrator::lanLayer(const Scenario &scenario, int index)
{
    const Step &step = scenario.step(index);
    switch (step.kind) {
    case Step::Kind::Addressing:
    case Step::Kind::Route:
        return tr("Network layer (IP)");
    case Step::Kind::LanSwitch:
    case Step::Kind::LanWait:
        return tr("Data link layer (Ethernet)");
    case Step::Kind::LanSend:
    case Step::Kind::LanReceive:
    case Step::Kind::LanTimeout: {
        const int id = step.moved >= 0 ? step.moved : -1;
        for (const Transmission &t : scenario.transmissions) {
            if (t.id == id || t.deliveredStep == index)
                return t.frame.arp ? tr("Data link layer (ARP)") : tr("Network layer (IP)");
        }
        return tr("Data link layer (ARP)");
    }
    default:
        return scenario.stage == Scenario::Stage::Bits ? tr("Network layer (IP)") : tr("Data link layer (Ethernet)");
    }
}

} // namespace NetSteps

#include "lan.h"

#include <QSet>

#include <algorithm>

namespace NetSteps {

namespace {

QString routerInterfaceName(int lan)
{
    return LanStation::routerName() + QStringLiteral("-eth") + QString::number(lan);
}

} // namespace

QString LanTopology::hostName(int lan, int index)
{
    return QChar(u'A' + lan) + QString::number(index + 1);
}

int LanTopology::hostCapacity(const Subnet &network)
{
    const quint64 usable = Subnet(network.network(), network.prefix()).hostCount();
    // The router takes one address of the range; /31 and /32 leave no room for a host beside it.
    if (network.prefix() > 30)
        return 0;
    return int(qMin<quint64>(usable - 1, 4094));
}

Parsed<LanTopology> LanTopology::layOut(const Plan &plan, const QList<MacAddress> &macs)
{
    LanTopology topology;
    if (plan.networks.isEmpty() || plan.networks.size() > 2)
        return ParseError{tr("A stage has one or two LANs.")};
    if (plan.hostsPerLan < 2)
        return ParseError{tr("Each LAN needs at least 2 hosts.")};
    int macIndex = 0;
    int overrideIndex = 0;
    QList<Subnet> ranges;
    for (int lan = 0; lan < plan.networks.size(); ++lan) {
        const Subnet &network = plan.networks.at(lan);
        const Subnet range(network.network(), network.prefix());
        const int capacity = hostCapacity(network);
        if (plan.hostsPerLan > capacity) {
            return ParseError{tr("LAN %1 (%2) holds at most %n host(s) beside the router.", nullptr, capacity)
                                  .arg(lan + 1)
                                  .arg(range.toString())};
        }
        const Ipv4Address router = network.address();
        if (!network.contains(router) || router == range.network()
            || (network.prefix() < 31 && router == range.broadcast())) {
            return ParseError{tr("The router's address %1 is not a host address of LAN %2 (%3).")
                                  .arg(router.toString())
                                  .arg(lan + 1)
                                  .arg(range.toString())};
        }
        for (const Subnet &other : std::as_const(ranges)) {
            if (other.contains(range.network()) || range.contains(other.network()))
                return ParseError{tr("The two LANs must be different networks: %1 overlaps %2.").arg(range.toString(), other.toString())};
        }
        ranges.append(range);

        LanSegment segment;
        segment.switchName = QStringLiteral("S") + QString::number(lan + 1);
        segment.network = network;
        segment.portCount = plan.hostsPerLan + 1;
        topology.segments.append(segment);

        QSet<quint32> taken{router.toUInt()};
        quint32 next = range.firstHost().toUInt();
        for (int i = 0; i < plan.hostsPerLan; ++i) {
            LanStation host;
            host.name = hostName(lan, i);
            host.device = host.name;
            host.mac = macs.value(macIndex++);
            host.gateway = router;
            host.lan = lan;
            host.port = i + 1;
            std::optional<Ipv4Address> chosen;
            if (overrideIndex < plan.overrides.size() && plan.overrides.at(overrideIndex) != Ipv4Address())
                chosen = plan.overrides.at(overrideIndex);
            ++overrideIndex;
            if (chosen) {
                if (!network.contains(*chosen) || *chosen == range.network()
                    || (network.prefix() < 31 && *chosen == range.broadcast())) {
                    return ParseError{tr("%1's address %2 is not a host address of LAN %3 (%4).")
                                          .arg(host.name, chosen->toString())
                                          .arg(lan + 1)
                                          .arg(range.toString())};
                }
                if (taken.contains(chosen->toUInt()))
                    return ParseError{tr("%1's address %2 is already in use on LAN %3.").arg(host.name, chosen->toString()).arg(lan + 1)};
            } else {
                while (taken.contains(next))
                    ++next;
                chosen = Ipv4Address(next);
            }
            taken.insert(chosen->toUInt());
            host.address = Subnet(*chosen, network.prefix());
            topology.stations.append(host);
        }
        LanStation routerPort;
        routerPort.name = routerInterfaceName(lan);
        routerPort.device = LanStation::routerName();
        routerPort.mac = macs.value(macIndex++);
        routerPort.address = network;
        routerPort.lan = lan;
        routerPort.port = plan.hostsPerLan + 1;
        topology.stations.append(routerPort);
    }
    // Defaults may collide with an address given later in the same LAN: check once more.
    for (int lan = 0; lan < topology.segments.size(); ++lan) {
        QSet<quint32> seen;
        for (const LanStation *s : topology.stationsOn(lan)) {
            if (seen.contains(s->address.address().toUInt()))
                return ParseError{tr("%1's address %2 is already in use on LAN %3.").arg(s->name, s->address.address().toString()).arg(lan + 1)};
            seen.insert(s->address.address().toUInt());
        }
    }
    return topology;
}

const LanStation *LanTopology::station(const QString &name) const
{
    for (const LanStation &s : stations) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

const LanStation *LanTopology::stationAt(int lan, int port) const
{
    for (const LanStation &s : stations) {
        if (s.lan == lan && s.port == port)
            return &s;
    }
    return nullptr;
}

const LanStation *LanTopology::stationWithAddress(int lan, Ipv4Address address) const
{
    for (const LanStation &s : stations) {
        if (s.lan == lan && s.address.address() == address)
            return &s;
    }
    return nullptr;
}

const LanStation *LanTopology::stationWithMac(MacAddress mac) const
{
    for (const LanStation &s : stations) {
        if (s.mac == mac)
            return &s;
    }
    return nullptr;
}

QList<const LanStation *> LanTopology::stationsOn(int lan) const
{
    QList<const LanStation *> on;
    for (const LanStation &s : stations) {
        if (s.lan == lan)
            on.append(&s);
    }
    std::sort(on.begin(), on.end(), [](const LanStation *a, const LanStation *b) { return a->port < b->port; });
    return on;
}

const LanStation *LanTopology::routerOn(int lan) const
{
    for (const LanStation &s : stations) {
        if (s.lan == lan && s.isRouter())
            return &s;
    }
    return nullptr;
}

QStringList LanTopology::hostNames(int lan) const
{
    QStringList names;
    for (const LanStation *s : stationsOn(lan)) {
        if (!s->isRouter())
            names.append(s->name);
    }
    return names;
}

QString arpStateName(ArpState state)
{
    switch (state) {
    case ArpState::Incomplete: return QStringLiteral("INCOMPLETE");
    case ArpState::Reachable: return QStringLiteral("REACHABLE");
    case ArpState::Stale: return QStringLiteral("STALE");
    case ArpState::Failed: return QStringLiteral("FAILED");
    }
    return {};
}

const ArpEntry *ArpCache::find(Ipv4Address ip) const
{
    for (const ArpEntry &e : entries) {
        if (e.ip == ip)
            return &e;
    }
    return nullptr;
}

ArpEntry *ArpCache::find(Ipv4Address ip)
{
    for (ArpEntry &e : entries) {
        if (e.ip == ip)
            return &e;
    }
    return nullptr;
}

ArpEntry &ArpCache::entry(Ipv4Address ip)
{
    if (ArpEntry *e = find(ip))
        return *e;
    entries.append(ArpEntry{ip, MacAddress(), ArpState::Incomplete, 0, 0});
    return entries.last();
}

const MacTableEntry *MacTable::find(MacAddress mac) const
{
    for (const MacTableEntry &e : entries) {
        if (e.mac == mac)
            return &e;
    }
    return nullptr;
}

SwitchDecision LearningSwitch::receive(MacTable &table, int portCount, int inPort, const EthernetHeader &ethernet,
                                       qint64 nowMs)
{
    SwitchDecision decision;
    decision.switchName = table.switchName;
    decision.inPort = inPort;

    // Learn: a source address is never a group address, so only unicast sources are learned.
    if (!ethernet.source.isMulticast()) {
        auto known = std::find_if(table.entries.begin(), table.entries.end(),
                                  [&](const MacTableEntry &e) { return e.mac == ethernet.source; });
        if (known == table.entries.end()) {
            table.entries.append(MacTableEntry{ethernet.source, inPort, nowMs});
            decision.learned = true;
        } else {
            decision.learned = known->port != inPort;
            known->port = inPort;
            known->learnedMs = nowMs;
        }
    }

    const auto allBut = [&] {
        QList<int> ports;
        for (int p = 1; p <= portCount; ++p) {
            if (p != inPort)
                ports.append(p);
        }
        return ports;
    };
    if (ethernet.destination.isBroadcast()) {
        decision.action = SwitchDecision::Action::Flood;
        decision.reason = SwitchDecision::Reason::Broadcast;
        decision.outPorts = allBut();
    } else if (ethernet.destination.isMulticast()) {
        decision.action = SwitchDecision::Action::Flood;
        decision.reason = SwitchDecision::Reason::Multicast;
        decision.outPorts = allBut();
    } else if (const MacTableEntry *entry = table.find(ethernet.destination)) {
        if (entry->port == inPort) {
            decision.action = SwitchDecision::Action::Filter;
            decision.reason = SwitchDecision::Reason::SamePort;
        } else {
            decision.action = SwitchDecision::Action::Forward;
            decision.reason = SwitchDecision::Reason::KnownDestination;
            decision.outPorts = {entry->port};
        }
    } else {
        decision.action = SwitchDecision::Action::Flood;
        decision.reason = SwitchDecision::Reason::UnknownDestination;
        decision.outPorts = allBut();
    }
    return decision;
}

QList<MacAddress> LearningSwitch::age(MacTable &table, qint64 nowMs)
{
    QList<MacAddress> removed;
    table.entries.removeIf([&](const MacTableEntry &e) {
        if (nowMs - e.learnedMs < agingMs)
            return false;
        removed.append(e.mac);
        return true;
    });
    return removed;
}

ReceiveOutcome::Kind ArpResolver::receive(ArpCache &cache, const LanStation &me, const ArpPacket &arp, qint64 nowMs)
{
    // RFC 826: "If the pair <protocol type, sender protocol address> is already in my
    // translation table, update the sender hardware address field of the entry with the new
    // information ... and set Merge_flag to true."
    bool merged = false;
    if (ArpEntry *entry = cache.find(arp.senderIp)) {
        const bool changed = entry->mac != arp.senderMac;
        entry->mac = arp.senderMac;
        merged = true;
        const bool forMe = arp.targetIp == me.address.address();
        if (arp.operation == ArpPacket::Reply && forMe) {
            // The answer to this station's own request: confirmed.
            entry->state = ArpState::Reachable;
            entry->updatedMs = nowMs;
        } else if (changed || entry->state == ArpState::Incomplete || entry->state == ArpState::Failed) {
            // Linux marks what it learns from a request (or a new address) STALE; an entry that
            // is already valid with the same address keeps its state.
            entry->state = ArpState::Stale;
            entry->updatedMs = nowMs;
        }
    }
    if (arp.targetIp != me.address.address())
        return merged ? ReceiveOutcome::Kind::Refreshed : ReceiveOutcome::Kind::Discarded;

    // "Am I the target protocol address? If Merge_flag is false, add the triplet ... to the
    // translation table."
    if (!merged) {
        ArpEntry &entry = cache.entry(arp.senderIp);
        entry.mac = arp.senderMac;
        entry.state = ArpState::Stale;
        entry.updatedMs = nowMs;
    }
    // "Is the opcode ares_op$REQUEST? ... send the packet to the (new) target hardware address."
    return arp.operation == ArpPacket::Request ? ReceiveOutcome::Kind::Replied : ReceiveOutcome::Kind::Resolved;
}

int ArpResolver::age(ArpCache &cache, qint64 nowMs)
{
    int changed = 0;
    for (ArpEntry &e : cache.entries) {
        if (e.state == ArpState::Reachable && nowMs - e.updatedMs >= reachableMs) {
            e.state = ArpState::Stale;
            ++changed;
        }
    }
    return changed;
}

RouteDecision RouteDecision::decide(const LanStation &station, Ipv4Address destination)
{
    RouteDecision decision;
    decision.station = station.name;
    decision.source = station.address.address();
    decision.destination = destination;
    decision.mask = station.address.mask();
    decision.sameNetwork = Subnet::sameNetwork(decision.source, destination, decision.mask);
    decision.nextHop = decision.sameNetwork ? destination : station.gateway;
    return decision;
}

const ArpCache *LanState::cache(const QString &station) const
{
    for (const ArpCache &c : arpCaches) {
        if (c.station == station)
            return &c;
    }
    return nullptr;
}

const MacTable *LanState::macTable(const QString &switchName) const
{
    for (const MacTable &t : macTables) {
        if (t.switchName == switchName)
            return &t;
    }
    return nullptr;
}

} // namespace NetSteps

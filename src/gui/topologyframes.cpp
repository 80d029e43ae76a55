#include "topologyframes.h"

#include "frame.h"
#include "lan.h"
#include "narrator.h"

namespace NetSteps {

QColor TopologyFrames::colorOf(const Frame &frame)
{
    if (frame.arp)
        return frame.arp->operation == ArpPacket::Request ? requestColor() : replyColor();
    return dataColor();
}

QString TopologyFrames::title(const Frame &frame)
{
    if (frame.arp) {
        if (frame.arp->operation == ArpPacket::Request)
            return tr("ARP who-has %1").arg(frame.arp->targetIp.toString());
        return tr("ARP %1 is-at %2").arg(frame.arp->senderIp.toString(), frame.arp->senderMac.toString());
    }
    if (frame.tcp)
        return QStringLiteral("TCP ") + tcpFlagsToString(frame.tcp->flags);
    if (frame.udp)
        return QStringLiteral("UDP");
    return QStringLiteral("IPv4");
}

QString TopologyFrames::destination(const Frame &frame, const LanTopology &topology)
{
    const MacAddress to = frame.ethernet.destination;
    if (to.isBroadcast())
        return tr("to %1 (broadcast)").arg(to.toString());
    if (const LanStation *owner = topology.stationWithMac(to))
        return tr("to %1 (%2)").arg(to.toString(), Narrator::stationLabel(owner->name));
    return tr("to %1").arg(to.toString());
}

QString TopologyFrames::packet(const Frame &frame)
{
    if (!frame.ipv4)
        return {};
    return tr("IP %1 → %2").arg(frame.ipv4->source.toString(), frame.ipv4->destination.toString());
}

QStringList TopologyFrames::switchDecision(const SwitchDecision &decision, const Frame &frame, const LanTopology &topology)
{
    const LanStation *source = topology.stationWithMac(frame.ethernet.source);
    const QString sender = source ? Narrator::stationLabel(source->name) : frame.ethernet.source.toString();
    const QString learned = decision.learned ? tr("learned %1 → port %2").arg(sender).arg(decision.inPort)
                                             : tr("%1 already known on port %2").arg(sender).arg(decision.inPort);
    QStringList ports;
    for (int port : decision.outPorts)
        ports.append(QString::number(port));
    // A flood out of a few ports names them; out of many, counts them.
    const QString outPorts = ports.size() <= 4 ? tr("ports %1").arg(ports.join(QStringLiteral(", ")))
                                               : tr("%n port(s)", nullptr, int(ports.size()));
    QString action;
    switch (decision.action) {
    case SwitchDecision::Action::Flood:
        if (decision.reason == SwitchDecision::Reason::UnknownDestination)
            action = tr("unknown destination → flood to %1").arg(outPorts);
        else if (decision.reason == SwitchDecision::Reason::Multicast)
            action = tr("multicast → flood to %1").arg(outPorts);
        else
            action = tr("broadcast → flood to %1").arg(outPorts);
        break;
    case SwitchDecision::Action::Forward:
        action = tr("known destination → forward to port %1").arg(decision.outPorts.value(0));
        break;
    case SwitchDecision::Action::Filter:
        action = tr("destination on port %1, where it came in → filter").arg(decision.inPort);
        break;
    }
    return {learned, action};
}

QStringList TopologyFrames::routeDecision(const RouteDecision &route)
{
    const QString mask = route.mask.toString();
    const auto andLine = [&](Ipv4Address address, Ipv4Address network) {
        return QStringLiteral("%1 AND %2 = %3").arg(address.toString(), -15).arg(mask).arg(network.toString());
    };
    const QString hop = route.nextHop.toString();
    const bool cached = route.cached && (*route.cached == ArpState::Reachable || *route.cached == ArpState::Stale);
    QString verdict;
    if (route.sameNetwork && cached)
        verdict = tr("same network → %1 is in the ARP cache (%2)").arg(hop, arpStateName(*route.cached));
    else if (route.sameNetwork)
        verdict = tr("same network → ARP for %1").arg(hop);
    else if (cached)
        verdict = tr("different networks → gateway %1 is in the ARP cache (%2)").arg(hop, arpStateName(*route.cached));
    else
        verdict = tr("different networks → ARP for the gateway %1").arg(hop);
    return {tr("%1: is %2 on my network?").arg(Narrator::stationLabel(route.station), route.destination.toString()),
            andLine(route.source, route.sourceNetwork()), andLine(route.destination, route.destinationNetwork()), verdict};
}

QStringList TopologyFrames::timeout(const QString &station, const Frame *resent, const ArpCache *cache, qint64 nowMs)
{
    const QString who = Narrator::stationLabel(station);
    if (resent && resent->arp) {
        const ArpEntry *entry = cache ? cache->find(resent->arp->targetIp) : nullptr;
        return {tr("%1: no reply within %2 s").arg(who).arg(ArpResolver::retransmitMs / 1000.0),
                tr("asks again: request %1 of %2").arg(entry ? entry->requests : 0).arg(ArpResolver::maxRequests)};
    }
    const ArpEntry *failed = nullptr;
    if (cache) {
        for (const ArpEntry &e : cache->entries) {
            if (e.state == ArpState::Failed && e.updatedMs == nowMs)
                failed = &e;
        }
    }
    if (!failed)
        return {tr("%1: no reply").arg(who)};
    return {tr("%1: no reply to %n request(s)", nullptr, failed->requests).arg(who),
            tr("%1 is FAILED: the waiting packets are dropped").arg(failed->ip.toString())};
}

} // namespace NetSteps

#include "lanstepoutput.h"

#include "clicommands.h"
#include "framecodec.h"
#include "narrator.h"
#include "subnetjson.h"
#include "texttable.h"

#include <QJsonArray>

namespace NetSteps::Cli {

namespace {

// The text lines of a step are indented under its title line.
const QString detailIndent = QStringLiteral("     ");
// Subnetting into 2^16 subnets is allowed: the text shows the first ones, the JSON all of them.
constexpr qsizetype subnetsShown = 16;

// The JSON identifiers of the models' enumerations: stable, never translated.
QString actionName(SwitchDecision::Action action)
{
    switch (action) {
    case SwitchDecision::Action::Forward: return QStringLiteral("forward");
    case SwitchDecision::Action::Flood: return QStringLiteral("flood");
    case SwitchDecision::Action::Filter: return QStringLiteral("filter");
    }
    return {};
}

QString reasonName(SwitchDecision::Reason reason)
{
    switch (reason) {
    case SwitchDecision::Reason::Broadcast: return QStringLiteral("broadcast");
    case SwitchDecision::Reason::Multicast: return QStringLiteral("multicast");
    case SwitchDecision::Reason::UnknownDestination: return QStringLiteral("unknown_destination");
    case SwitchDecision::Reason::KnownDestination: return QStringLiteral("known_destination");
    case SwitchDecision::Reason::SamePort: return QStringLiteral("same_port");
    }
    return {};
}

QString outcomeName(ReceiveOutcome::Kind kind)
{
    switch (kind) {
    case ReceiveOutcome::Kind::Discarded: return QStringLiteral("discarded");
    case ReceiveOutcome::Kind::Refreshed: return QStringLiteral("refreshed");
    case ReceiveOutcome::Kind::Replied: return QStringLiteral("replied");
    case ReceiveOutcome::Kind::Resolved: return QStringLiteral("resolved");
    case ReceiveOutcome::Kind::NotForMe: return QStringLiteral("not_for_me");
    case ReceiveOutcome::Kind::Accepted: return QStringLiteral("accepted");
    case ReceiveOutcome::Kind::Forwarded: return QStringLiteral("forwarded");
    }
    return {};
}

QString phaseName(AddressingStep::Phase phase)
{
    switch (phase) {
    case AddressingStep::Phase::Address: return QStringLiteral("address");
    case AddressingStep::Phase::Mask: return QStringLiteral("mask");
    case AddressingStep::Phase::And: return QStringLiteral("and");
    case AddressingStep::Phase::Broadcast: return QStringLiteral("broadcast");
    case AddressingStep::Phase::Hosts: return QStringLiteral("hosts");
    case AddressingStep::Phase::Compare: return QStringLiteral("compare");
    case AddressingStep::Phase::Borrow: return QStringLiteral("borrow");
    }
    return {};
}

// The subnets a Borrow step shows, in address order.
QList<Subnet> subnetsOf(const AddressingStep &a)
{
    const Parsed<QList<Subnet>> parts = a.subnet.split(a.borrowedBits);
    return parts ? *parts : QList<Subnet>();
}

QJsonObject addressingJson(const AddressingStep &a)
{
    QJsonObject o = subnetRangeJson(a.subnet);
    o.insert(QStringLiteral("phase"), phaseName(a.phase));
    o.insert(QStringLiteral("address"), a.subnet.address().toString());
    o.insert(QStringLiteral("mask"), a.subnet.mask().toString());
    if (a.phase == AddressingStep::Phase::Compare) {
        o.insert(QStringLiteral("other"), a.other.toString());
        o.insert(QStringLiteral("other_network"), Ipv4Address(a.other.toUInt() & a.subnet.mask().toUInt()).toString());
        o.insert(QStringLiteral("same_network"), a.sameNetwork());
    }
    if (a.phase == AddressingStep::Phase::Borrow) {
        o.insert(QStringLiteral("borrowed_bits"), a.borrowedBits);
        QJsonArray subnets;
        for (const Subnet &part : subnetsOf(a))
            subnets.append(subnetRangeJson(part));
        o.insert(QStringLiteral("subnets"), subnets);
    }
    return o;
}

QJsonObject routeJson(const RouteDecision &r)
{
    return {{QStringLiteral("station"), r.station},
            {QStringLiteral("source"), r.source.toString()},
            {QStringLiteral("destination"), r.destination.toString()},
            {QStringLiteral("mask"), r.mask.toString()},
            {QStringLiteral("source_network"), r.sourceNetwork().toString()},
            {QStringLiteral("destination_network"), r.destinationNetwork().toString()},
            {QStringLiteral("same_network"), r.sameNetwork},
            {QStringLiteral("next_hop"), r.nextHop.toString()},
            {QStringLiteral("cached"), r.cached ? QJsonValue(arpStateName(*r.cached)) : QJsonValue()}};
}

QJsonObject switchJson(const SwitchDecision &d)
{
    QJsonArray outPorts;
    for (int port : d.outPorts)
        outPorts.append(port);
    return {{QStringLiteral("name"), d.switchName},
            {QStringLiteral("action"), actionName(d.action)},
            {QStringLiteral("reason"), reasonName(d.reason)},
            {QStringLiteral("in_port"), d.inPort},
            {QStringLiteral("out_ports"), outPorts},
            {QStringLiteral("learned"), d.learned}};
}

// An entry's MAC address, or nothing while it is INCOMPLETE or FAILED.
std::optional<MacAddress> resolvedMac(const ArpEntry &e)
{
    if (e.state == ArpState::Incomplete || e.state == ArpState::Failed)
        return std::nullopt;
    return e.mac;
}

QJsonObject arpCachesJson(const LanState &lan)
{
    QJsonObject caches;
    for (const ArpCache &cache : lan.arpCaches) {
        if (cache.entries.isEmpty())
            continue;
        QJsonArray entries;
        for (const ArpEntry &e : cache.entries) {
            const std::optional<MacAddress> mac = resolvedMac(e);
            entries.append(QJsonObject{{QStringLiteral("ip"), e.ip.toString()},
                                       {QStringLiteral("mac"), mac ? QJsonValue(mac->toString()) : QJsonValue()},
                                       {QStringLiteral("state"), arpStateName(e.state)}});
        }
        caches.insert(cache.station, entries);
    }
    return caches;
}

// The station that owns a MAC address, or an empty string.
QString ownerOf(const Scenario &scenario, MacAddress mac)
{
    const LanStation *station = scenario.topology ? scenario.topology->stationWithMac(mac) : nullptr;
    return station ? station->name : QString();
}

QJsonObject macTablesJson(const Scenario &scenario, const LanState &lan)
{
    QJsonObject tables;
    for (const MacTable &table : lan.macTables) {
        if (table.entries.isEmpty())
            continue;
        QJsonArray entries;
        for (const MacTableEntry &e : table.entries) {
            entries.append(QJsonObject{{QStringLiteral("mac"), e.mac.toString()},
                                       {QStringLiteral("port"), e.port},
                                       {QStringLiteral("station"), ownerOf(scenario, e.mac)}});
        }
        tables.insert(table.switchName, entries);
    }
    return tables;
}

void insertFrame(QJsonObject &o, const Scenario &scenario, const Step &step)
{
    if (step.moved < 0) {
        for (const char *key : {"from", "to", "frame", "frame_length", "ethernet"})
            o.insert(QLatin1String(key), QJsonValue::Null);
        return;
    }
    const Transmission &t = scenario.transmission(step.moved);
    o.insert(QStringLiteral("from"), t.from);
    o.insert(QStringLiteral("to"), QJsonArray::fromStringList(t.receivers));
    o.insert(QStringLiteral("frame"), FrameCodec::summary(t.frame));
    o.insert(QStringLiteral("frame_length"), int(t.bytes.size()));
    o.insert(QStringLiteral("ethernet"), QJsonObject{{QStringLiteral("source"), t.frame.ethernet.source.toString()},
                                                     {QStringLiteral("destination"),
                                                      t.frame.ethernet.destination.toString()}});
}

// One row of the AND in binary: an operator, 32 bits, the dotted value and what the row is.
QStringList binaryRow(const QString &op, Ipv4Address value, const QString &role)
{
    return {op + value.toBinaryString(), value.toString(), role};
}

QList<QStringList> andRows(Ipv4Address address, Ipv4Address mask, const QString &addressRole,
                           const QString &networkRole)
{
    const QStringList bits = Subnet::binaryAndLines(address, mask);
    const Ipv4Address network(address.toUInt() & mask.toUInt());
    return {{QStringLiteral("  ") + bits.at(0), address.toString(), addressRole},
            {QStringLiteral("& ") + bits.at(1), mask.toString(), tr("mask")},
            {QStringLiteral("= ") + bits.at(2), network.toString(), networkRole}};
}

// The rows of the bit view at this phase: only what the step adds to the picture.
QList<QStringList> addressingRows(const AddressingStep &a)
{
    const Subnet &s = a.subnet;
    const QString none = QStringLiteral("  ");
    switch (a.phase) {
    case AddressingStep::Phase::Address:
        return {binaryRow(none, s.address(), tr("address"))};
    case AddressingStep::Phase::Mask:
        return {binaryRow(none, s.address(), tr("address")),
                binaryRow(none, s.mask(), tr("mask /%1").arg(s.prefix()))};
    case AddressingStep::Phase::And:
        return andRows(s.address(), s.mask(), tr("address"), tr("network"));
    case AddressingStep::Phase::Broadcast:
        return {binaryRow(none, s.network(), tr("network")),
                binaryRow(QStringLiteral("| "), s.wildcard(), tr("host bits all 1")),
                binaryRow(QStringLiteral("= "), s.broadcast(), tr("broadcast"))};
    case AddressingStep::Phase::Hosts:
        return {binaryRow(none, s.firstHost(), tr("first host")), binaryRow(none, s.lastHost(), tr("last host"))};
    case AddressingStep::Phase::Compare:
        return andRows(a.other, s.mask(), tr("other address"), tr("its network"));
    case AddressingStep::Phase::Borrow:
        return {binaryRow(none, s.mask(), tr("mask /%1").arg(s.prefix())),
                binaryRow(none, Subnet::maskFromPrefix(s.prefix() + a.borrowedBits),
                          tr("mask /%1 (%n bit(s) borrowed)", nullptr, a.borrowedBits).arg(s.prefix() + a.borrowedBits))};
    }
    return {};
}

void writeSubnets(QTextStream &out, const AddressingStep &a)
{
    const QList<Subnet> subnets = subnetsOf(a);
    QList<QStringList> rows{{tr("#"), tr("Network"), tr("Hosts"), tr("Broadcast")}};
    for (qsizetype i = 0; i < subnets.size() && i < subnetsShown; ++i) {
        const Subnet &part = subnets.at(i);
        rows.append({QString::number(i + 1), part.toString(),
                     tr("%1 – %2 (%3)").arg(part.firstHost().toString(), part.lastHost().toString())
                         .arg(part.hostCount()),
                     part.broadcast().toString()});
    }
    writeTable(out, rows, detailIndent);
    if (subnets.size() > subnetsShown)
        out << detailIndent << tr("… and %n more (--json lists them all)", nullptr, int(subnets.size() - subnetsShown))
            << '\n';
}

QString receiversText(const QStringList &receivers)
{
    QStringList labels;
    for (const QString &name : receivers)
        labels.append(Narrator::stationLabel(name));
    return labels.join(QStringLiteral(", "));
}

// "A1: 192.168.1.3 02:…:03 REACHABLE, 192.168.1.1 INCOMPLETE", one row per non-empty cache.
QList<QStringList> cacheRows(const LanState &lan)
{
    QList<QStringList> rows;
    for (const ArpCache &cache : lan.arpCaches) {
        if (cache.entries.isEmpty())
            continue;
        QStringList entries;
        for (const ArpEntry &e : cache.entries) {
            const std::optional<MacAddress> mac = resolvedMac(e);
            entries.append(mac ? QStringLiteral("%1 %2 %3").arg(e.ip.toString(), mac->toString(), arpStateName(e.state))
                               : QStringLiteral("%1 %2").arg(e.ip.toString(), arpStateName(e.state)));
        }
        rows.append({rows.isEmpty() ? tr("ARP cache") : QString(),
                     tr("%1: %2").arg(Narrator::stationLabel(cache.station), entries.join(QStringLiteral(", ")))});
    }
    return rows;
}

// "S1: c2:…:2d (A1) → 1, ba:…:54 (router (eth0)) → 5", one row per non-empty table.
QList<QStringList> macTableRows(const Scenario &scenario, const LanState &lan)
{
    QList<QStringList> rows;
    for (const MacTable &table : lan.macTables) {
        if (table.entries.isEmpty())
            continue;
        QStringList entries;
        for (const MacTableEntry &e : table.entries) {
            const QString owner = ownerOf(scenario, e.mac);
            const QString mac = owner.isEmpty() ? e.mac.toString()
                                                : tr("%1 (%2)").arg(e.mac.toString(), Narrator::stationLabel(owner));
            entries.append(tr("%1 → port %2").arg(mac).arg(e.port));
        }
        rows.append({rows.isEmpty() ? tr("MAC table") : QString(),
                     tr("%1: %2").arg(table.switchName, entries.join(QStringLiteral(", ")))});
    }
    return rows;
}

void writeTopologyStep(QTextStream &out, const Scenario &scenario, const Step &step)
{
    if (step.lan.route) {
        const RouteDecision &r = *step.lan.route;
        QList<QStringList> rows = andRows(r.source, r.mask, tr("own address"), tr("own network"));
        QList<QStringList> destination = andRows(r.destination, r.mask, tr("destination"), tr("its network"));
        destination.removeAt(1); // the same mask
        writeTable(out, rows + destination, detailIndent);
    }
    QList<QStringList> rows;
    if (step.moved >= 0) {
        const Transmission &t = scenario.transmission(step.moved);
        rows.append({tr("frame"), tr("%1 → %2: %3")
                                      .arg(Narrator::stationLabel(t.from), receiversText(t.receivers),
                                           FrameCodec::summary(t.frame))});
        // Never fewer than Ethernet's minimum of 60: the builder pads short frames.
        rows.append({QString(), tr("Ethernet %1 → %2, %3 bytes")
                                    .arg(t.frame.ethernet.source.toString(), t.frame.ethernet.destination.toString())
                                    .arg(t.bytes.size())});
    }
    rows += cacheRows(step.state.lan);
    rows += macTableRows(scenario, step.state.lan);
    writeTable(out, rows, detailIndent);
}

} // namespace

QJsonObject lanStepJson(const Scenario &scenario, int index)
{
    const Step &step = scenario.step(index);
    QJsonObject o;
    if (scenario.stage == Scenario::Stage::Bits) {
        if (step.lan.addressing)
            o.insert(QStringLiteral("addressing"), addressingJson(*step.lan.addressing));
        return o;
    }
    insertFrame(o, scenario, step);
    if (step.lan.route)
        o.insert(QStringLiteral("route"), routeJson(*step.lan.route));
    if (step.lan.switchDecision)
        o.insert(QStringLiteral("switch"), switchJson(*step.lan.switchDecision));
    if (!step.lan.outcomes.isEmpty()) {
        QJsonObject outcomes;
        for (const ReceiveOutcome &outcome : step.lan.outcomes)
            outcomes.insert(outcome.station, outcomeName(outcome.kind));
        o.insert(QStringLiteral("outcomes"), outcomes);
    }
    if (!step.lan.agedOut.isEmpty()) {
        QJsonArray agedOut;
        for (const MacAddress &mac : step.lan.agedOut)
            agedOut.append(mac.toString());
        o.insert(QStringLiteral("aged_out"), agedOut);
    }
    o.insert(QStringLiteral("arp_caches"), arpCachesJson(step.state.lan));
    o.insert(QStringLiteral("mac_table"), macTablesJson(scenario, step.state.lan));
    return o;
}

void writeLanStep(QTextStream &out, const Scenario &scenario, int index)
{
    const Step &step = scenario.step(index);
    if (scenario.stage == Scenario::Stage::Topology) {
        writeTopologyStep(out, scenario, step);
        return;
    }
    if (!step.lan.addressing)
        return;
    writeTable(out, addressingRows(*step.lan.addressing), detailIndent);
    if (step.lan.addressing->phase == AddressingStep::Phase::Borrow)
        writeSubnets(out, *step.lan.addressing);
}

} // namespace NetSteps::Cli

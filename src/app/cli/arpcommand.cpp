#include "arpcommand.h"

#include "clicommands.h"
#include "machineinterfaces.h"
#include "systemarp.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace NetSteps::Cli {

namespace {

// The rows of machineInterfaces() gathered per interface, in the system's order.
struct InterfaceAddresses
{
    MachineInterface first; // name, flags and MAC, the same on every row of one interface
    QList<MachineInterface> addresses;
};

QList<InterfaceAddresses> groupByInterface(const QList<MachineInterface> &rows)
{
    QList<InterfaceAddresses> interfaces;
    for (const MachineInterface &row : rows) {
        if (interfaces.isEmpty() || interfaces.last().first.name != row.name)
            interfaces.append({row, {}});
        interfaces.last().addresses.append(row);
    }
    return interfaces;
}

QString hex(int value)
{
    return QStringLiteral("0x%1").arg(value, 0, 16);
}

QString addressText(const MachineInterface &row)
{
    if (row.prefixLength < 0)
        return tr("%1 (no netmask)").arg(row.address.toString());
    return tr("%1/%2 (mask %3)").arg(row.address.toString()).arg(row.prefixLength).arg(row.netmask.toString());
}

void writeInterfaces(QTextStream &out, const QList<InterfaceAddresses> &interfaces)
{
    out << tr("This machine's interfaces with an IPv4 address (QNetworkInterface):") << '\n';
    QList<QStringList> rows{{tr("Name"), tr("State"), tr("MAC address"), tr("IPv4 addresses")}};
    for (const InterfaceAddresses &i : interfaces) {
        QStringList flags{i.first.isUp ? tr("up") : tr("down")};
        if (i.first.isLoopback)
            flags.append(tr("loopback"));
        QStringList addresses;
        for (const MachineInterface &row : i.addresses)
            addresses.append(addressText(row));
        rows.append({i.first.name, flags.join(QStringLiteral(", ")), i.first.mac.toString(),
                     addresses.join(QStringLiteral("; "))});
    }
    writeTable(out, rows);
}

void writeCache(QTextStream &out, const SystemArpTable &table)
{
    out << '\n';
    if (table.entries.isEmpty()) {
        out << tr("The kernel's ARP cache (%1) is empty: this machine has not talked to a neighbour on an "
                  "Ethernet-like link lately.")
                   .arg(SystemArp::procPath())
            << '\n';
    } else {
        out << tr("The kernel's ARP cache (%1) lists %n neighbour(s):", nullptr, int(table.entries.size()))
                   .arg(SystemArp::procPath())
            << '\n';
        QList<QStringList> rows{{tr("IP address"), tr("HW type"), tr("Flags"), tr("HW address"), tr("Mask"), tr("Device")}};
        for (const SystemArpEntry &e : table.entries) {
            const QString typeName = SystemArp::hardwareTypeName(e.hardwareType);
            rows.append({e.ip.toString(),
                         typeName.isEmpty() ? hex(e.hardwareType) : tr("%1 %2").arg(hex(e.hardwareType), typeName),
                         tr("%1 %2").arg(hex(e.flags), SystemArp::flagsMeaning(e.flags)), e.hardwareAddress, e.mask,
                         e.device});
        }
        writeTable(out, rows);
    }
    out << '\n' << tr("What the columns mean:") << '\n';
    writeTable(out, {
        {tr("IP address"), tr("the neighbour's IPv4 address, on the network of one of the interfaces above.")},
        {tr("HW type"), tr("the kind of link (ARPHRD_* in linux/if_arp.h): 0x1 is Ethernet, Wi-Fi included.")},
        {tr("Flags"), tr("0x2 complete: the MAC address is known; 0x0 incomplete: a request went out and no reply "
                         "came yet; 0x4 permanent: added by hand, never ages out (0x6 with 0x2).")},
        {tr("HW address"), tr("the neighbour's MAC address; 00:00:00:00:00:00 while incomplete.")},
        {tr("Mask"), tr("* on ordinary entries; a mask only on proxy-ARP entries (flag 0x8, published).")},
        {tr("Device"), tr("the interface the neighbour is reached through: the same as its network's.")},
    });
    out << tr("The file does not show Linux's entry states (REACHABLE, STALE, …) that the lessons use: "
              "'ip neigh' shows them.")
        << '\n';
}

QJsonArray interfacesJson(const QList<InterfaceAddresses> &interfaces)
{
    QJsonArray list;
    for (const InterfaceAddresses &i : interfaces) {
        QJsonArray addresses;
        for (const MachineInterface &row : i.addresses) {
            addresses.append(QJsonObject{
                {QStringLiteral("address"), row.address.toString()},
                {QStringLiteral("prefix"), row.prefixLength >= 0 ? QJsonValue(row.prefixLength) : QJsonValue()},
                {QStringLiteral("netmask"), row.prefixLength >= 0 ? QJsonValue(row.netmask.toString()) : QJsonValue()},
            });
        }
        list.append(QJsonObject{{QStringLiteral("name"), i.first.name},
                                {QStringLiteral("human_name"), i.first.humanName},
                                {QStringLiteral("up"), i.first.isUp},
                                {QStringLiteral("loopback"), i.first.isLoopback},
                                {QStringLiteral("mac"), i.first.mac.toString()},
                                {QStringLiteral("ipv4"), addresses}});
    }
    return list;
}

QJsonObject cacheJson(const Parsed<SystemArpTable> &table)
{
    QJsonObject o{{QStringLiteral("source"), SystemArp::procPath()}, {QStringLiteral("available"), table.ok()}};
    if (!table) {
        o.insert(QStringLiteral("reason"), table.error().message);
        return o;
    }
    QJsonArray entries;
    for (const SystemArpEntry &e : table->entries) {
        entries.append(QJsonObject{{QStringLiteral("ip"), e.ip.toString()},
                                   {QStringLiteral("hw_type"), hex(e.hardwareType)},
                                   {QStringLiteral("hw_type_name"), SystemArp::hardwareTypeName(e.hardwareType)},
                                   {QStringLiteral("flags"), hex(e.flags)},
                                   {QStringLiteral("complete"), e.isComplete()},
                                   {QStringLiteral("permanent"), e.isPermanent()},
                                   {QStringLiteral("published"), e.isPublished()},
                                   {QStringLiteral("hw_address"), e.hardwareAddress},
                                   {QStringLiteral("mask"), e.mask},
                                   {QStringLiteral("device"), e.device}});
    }
    o.insert(QStringLiteral("entries"), entries);
    QJsonArray problems;
    for (const ParseError &problem : table->problems)
        problems.append(QJsonObject{{QStringLiteral("line"), problem.part}, {QStringLiteral("message"), problem.message}});
    o.insert(QStringLiteral("problems"), problems);
    return o;
}

} // namespace

int runArpCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption system(QStringLiteral("system"), tr("This machine's interfaces and kernel ARP cache."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write one JSON object."));
    parser.addOption(system);
    parser.addOption(json);
    if (!parseArguments(parser, QStringLiteral("arp"), args, err))
        return BadInput;
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("netsteps-cli arp: unexpected argument '%1'").arg(parser.positionalArguments().first()) << Qt::endl;
        return BadInput;
    }
    if (!parser.isSet(system)) {
        err << tr("netsteps-cli arp: --system is required (the lessons' modelled ARP caches: netsteps-cli run "
                  "arp-same-subnet)")
            << Qt::endl;
        return BadInput;
    }

    const QList<InterfaceAddresses> interfaces = groupByInterface(machineInterfaces());
    const Parsed<SystemArpTable> table = SystemArp::read();
    if (parser.isSet(json)) {
        const QJsonObject o{{QStringLiteral("interfaces"), interfacesJson(interfaces)},
                            {QStringLiteral("arp_cache"), cacheJson(table)}};
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        writeInterfaces(out, interfaces);
        if (table)
            writeCache(out, *table);
    }
    if (!table) {
        err << tr("netsteps-cli arp: %1").arg(table.error().message) << Qt::endl;
        return NotAvailable;
    }
    // A line the parser could not read is shown as such; the others are still right.
    for (const ParseError &problem : table->problems)
        err << tr("netsteps-cli arp: %1: %2").arg(SystemArp::procPath(), problem.message) << '\n';
    return Success;
}

} // namespace NetSteps::Cli

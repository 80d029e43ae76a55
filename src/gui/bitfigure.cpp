#include "bitfigure.h"

#include "lan.h"
#include "narrator.h"
#include "subnet.h"

#include <QtMath>

#include <algorithm>

namespace NetSteps {

namespace {

using Phase = AddressingStep::Phase;

BitFigure::Row row(const QString &name, Ipv4Address value, const QString &operation = {})
{
    BitFigure::Row r;
    r.name = name;
    r.value = value;
    r.operation = operation;
    return r;
}

// The row under a rule: the result of the rows above it.
BitFigure::Row resultRow(const QString &name, Ipv4Address value)
{
    BitFigure::Row r = row(name, value, QStringLiteral("="));
    r.ruleAbove = true;
    return r;
}

QString andOperation()
{
    return BitFigure::tr("AND", "the bitwise operation, written beside the mask row");
}

void markPrefix(BitFigure &figure, int prefix)
{
    figure.networkColumns = prefix;
    figure.prefixLines = {BitFigure::PrefixLine{prefix, false}};
}

// 2 to the power written with superscript digits: "2⁶".
QString powerOfTwo(int exponent)
{
    static const QChar superscripts[] = {u'⁰', u'¹', u'²', u'³', u'⁴', u'⁵', u'⁶', u'⁷', u'⁸', u'⁹'};
    QString text = QStringLiteral("2");
    for (const QChar digit : QString::number(exponent))
        text.append(superscripts[digit.digitValue()]);
    return text;
}

// The AND of an address and its mask: the first three rows of most parts.
QList<BitFigure::Row> andRows(const Subnet &subnet)
{
    return {row(BitFigure::tr("Address"), subnet.address()), row(BitFigure::tr("Mask"), subnet.mask(), andOperation()),
            resultRow(BitFigure::tr("Network"), subnet.network())};
}

QString hostCountNote(const Subnet &subnet)
{
    if (subnet.prefix() == 32)
        return BitFigure::tr("1 host: a /32 is a single address, with no host bits.");
    if (subnet.prefix() == 31)
        return BitFigure::tr("2 hosts: a /31 joins two routers on a point-to-point link and uses both addresses "
                             "(RFC 3021).");
    return BitFigure::tr("%1 − 2 = %2 hosts: the network and broadcast addresses cannot name a host.")
        .arg(powerOfTwo(BitFigure::bitCount - subnet.prefix()), QString::number(subnet.hostCount()));
}

QString broadcastNote(const Subnet &subnet)
{
    if (subnet.prefix() == 32)
        return BitFigure::tr("A /32 has no host bits: the all-ones end of its range is the address itself.");
    if (subnet.prefix() == 31)
        return BitFigure::tr("A /31 uses no broadcast address (RFC 3021): its all-ones address is a host.");
    return BitFigure::tr("The broadcast address: the network with every host bit set to 1.");
}

// The range of a subnet. A /31's two addresses are both hosts and a /32's one address is the
// host itself, so those show no network or broadcast row.
QList<BitFigure::Row> hostRows(const Subnet &subnet)
{
    if (subnet.prefix() == 32)
        return {row(BitFigure::tr("Host"), subnet.firstHost())};
    const QList<BitFigure::Row> range = {row(BitFigure::tr("First host"), subnet.firstHost()),
                                         row(BitFigure::tr("Last host"), subnet.lastHost())};
    if (subnet.prefix() == 31)
        return range;
    return QList<BitFigure::Row>{row(BitFigure::tr("Network"), subnet.network())} + range
        + QList<BitFigure::Row>{row(BitFigure::tr("Broadcast"), subnet.broadcast())};
}

// The borrowed bits of a subnet's network address, as the subnet's number in binary: "011".
QString subnetNumber(const Subnet &subnet, int borrowedBits)
{
    // 64 bits, so that a /0 shifts by 32 without overflowing.
    const quint64 value = quint64(subnet.network().toUInt()) >> (BitFigure::bitCount - subnet.prefix());
    return QStringLiteral("%1").arg(value & ((quint64(1) << borrowedBits) - 1), borrowedBits, 2, QLatin1Char('0'));
}

QStringList subnetCells(const Subnet &subnet, int borrowedBits)
{
    return {subnetNumber(subnet, borrowedBits),
            QStringLiteral("%1/%2").arg(subnet.network().toString()).arg(subnet.prefix()),
            subnet.firstHost().toString(),
            subnet.lastHost().toString(),
            subnet.broadcast().toString(),
            QString::number(subnet.hostCount())};
}

void addSubnetTable(BitFigure &figure, const QList<Subnet> &subnets, int borrowedBits)
{
    figure.tableHeader = {BitFigure::tr("Subnet"), BitFigure::tr("Network"), BitFigure::tr("First host"),
                          BitFigure::tr("Last host"), BitFigure::tr("Broadcast"), BitFigure::tr("Hosts")};
    const qsizetype count = subnets.size();
    const bool elided = count > BitFigure::maxTableRows;
    const qsizetype atEachEnd = elided ? BitFigure::tableRowsAtEachEnd : count;
    for (qsizetype i = 0; i < std::min(atEachEnd, count); ++i)
        figure.table.append(subnetCells(subnets.at(i), borrowedBits));
    if (!elided)
        return;
    const qsizetype hidden = count - 2 * atEachEnd;
    figure.table.append({BitFigure::tr("… %1 more subnets …").arg(hidden)});
    for (qsizetype i = count - atEachEnd; i < count; ++i)
        figure.table.append(subnetCells(subnets.at(i), borrowedBits));
}

BitFigure borrowFigure(const AddressingStep &step)
{
    const Subnet &subnet = step.subnet;
    const int oldPrefix = subnet.prefix();
    const int newPrefix = std::min(oldPrefix + step.borrowedBits, BitFigure::bitCount);
    BitFigure figure;
    figure.rows = {row(BitFigure::tr("Network"), subnet.network()),
                   row(BitFigure::tr("Mask /%1").arg(oldPrefix), subnet.mask()),
                   row(BitFigure::tr("Mask /%1").arg(newPrefix), Subnet::maskFromPrefix(newPrefix))};
    figure.networkColumns = oldPrefix;
    figure.borrowedColumns = newPrefix - oldPrefix;
    figure.prefixLines = {BitFigure::PrefixLine{oldPrefix, true}, BitFigure::PrefixLine{newPrefix, false}};

    const Parsed<QList<Subnet>> subnets = subnet.split(step.borrowedBits);
    if (!subnets) {
        figure.notes = {subnets.error().message};
        return figure;
    }
    const QList<Subnet> &list = *subnets;
    figure.notes = {BitFigure::tr("/%1 + %2 = /%3: the borrowed bits number the subnets.")
                        .arg(oldPrefix)
                        .arg(step.borrowedBits)
                        .arg(newPrefix),
                    BitFigure::tr("%1 = %2 subnets; hosts in each: %3.")
                        .arg(powerOfTwo(step.borrowedBits))
                        .arg(list.size())
                        .arg(list.isEmpty() ? 0 : list.first().hostCount())};
    addSubnetTable(figure, list, step.borrowedBits);
    return figure;
}

BitFigure compareFigure(const AddressingStep &step)
{
    const Subnet &subnet = step.subnet;
    const Subnet other(step.other, subnet.prefix());
    BitFigure figure;
    BitFigure::Row networkA = resultRow(BitFigure::tr("Network A"), subnet.network());
    BitFigure::Row networkB = row(BitFigure::tr("Network B"), other.network(), QStringLiteral("="));
    const quint32 differing = subnet.network().toUInt() ^ other.network().toUInt();
    networkA.emphasised = differing;
    networkB.emphasised = differing;
    figure.rows = {row(BitFigure::tr("Address A"), subnet.address()), row(BitFigure::tr("Address B"), step.other),
                   row(BitFigure::tr("Mask"), subnet.mask(), andOperation()), networkA, networkB};
    markPrefix(figure, subnet.prefix());
    const bool same = step.sameNetwork();
    figure.verdict = same ? BitFigure::Verdict::SameNetwork : BitFigure::Verdict::DifferentNetworks;
    figure.verdictText = same ? BitFigure::tr("%1 = %2: same network").arg(subnet.network().toString(), other.network().toString())
                              : BitFigure::tr("%1 ≠ %2: different networks")
                                    .arg(subnet.network().toString(), other.network().toString());
    return figure;
}

} // namespace

QString BitFigure::Row::decimal() const
{
    return revealed >= bitCount ? value.toString() : QString();
}

QString BitFigure::Row::bits() const
{
    QString text = value.toBinaryString();
    // Column c sits at index c plus the dots before it.
    for (int column = std::max(revealed, 0); column < bitCount; ++column)
        text[column + column / 8] = u' ';
    return text;
}

BitFigure::Region BitFigure::region(int column) const
{
    if (networkColumns < 0)
        return Region::Neutral;
    if (column < networkColumns)
        return Region::Network;
    if (column < networkColumns + borrowedColumns)
        return Region::Borrowed;
    return Region::Host;
}

int BitFigure::revealedColumns(qreal progress)
{
    return std::clamp(qFloor(progress * bitCount), 0, bitCount);
}

BitFigure BitFigure::forStep(const AddressingStep &step, qreal progress)
{
    const Subnet &subnet = step.subnet;
    BitFigure figure;
    switch (step.phase) {
    case Phase::Address:
        figure.rows = {row(tr("Address"), subnet.address())};
        break;
    case Phase::Mask:
        figure.rows = andRows(subnet).first(2);
        markPrefix(figure, subnet.prefix());
        break;
    case Phase::And: {
        figure.rows = andRows(subnet);
        markPrefix(figure, subnet.prefix());
        const int revealed = revealedColumns(progress);
        figure.rows.last().revealed = revealed;
        if (revealed > 0 && revealed < bitCount)
            figure.activeColumn = revealed - 1;
        figure.notes = {tr("1 AND 1 = 1; every other pair gives 0.")};
        break;
    }
    case Phase::Broadcast: {
        figure.rows = andRows(subnet);
        Row broadcast = row(tr("Broadcast"), subnet.broadcast());
        broadcast.emphasised = subnet.wildcard().toUInt();
        figure.rows.append(broadcast);
        markPrefix(figure, subnet.prefix());
        figure.notes = {broadcastNote(subnet)};
        break;
    }
    case Phase::Hosts:
        figure.rows = hostRows(subnet);
        markPrefix(figure, subnet.prefix());
        figure.notes = {hostCountNote(subnet)};
        break;
    case Phase::Compare:
        return compareFigure(step);
    case Phase::Borrow:
        return borrowFigure(step);
    }
    return figure;
}

BitFigure BitFigure::overview(const AddressingStep &first)
{
    const Subnet &subnet = first.subnet;
    BitFigure figure;
    if (first.phase == Phase::Borrow) {
        figure.heading = tr("The network %1/%2: %3 network bits, %4 host bits")
                             .arg(subnet.network().toString())
                             .arg(subnet.prefix())
                             .arg(subnet.prefix())
                             .arg(bitCount - subnet.prefix());
    } else {
        figure.heading = tr("The address %1 with the mask %2 (/%3)")
                             .arg(subnet.address().toString(), subnet.mask().toString())
                             .arg(subnet.prefix());
    }
    return figure;
}

BitFigure BitFigure::forDecision(const RouteDecision &decision)
{
    BitFigure figure;
    Row sourceNetwork = resultRow(tr("Source network"), decision.sourceNetwork());
    Row destinationNetwork = row(tr("Destination network"), decision.destinationNetwork(), QStringLiteral("="));
    const quint32 differing = decision.sourceNetwork().toUInt() ^ decision.destinationNetwork().toUInt();
    sourceNetwork.emphasised = differing;
    destinationNetwork.emphasised = differing;
    figure.rows = {row(Narrator::stationLabel(decision.station), decision.source),
                   row(tr("Destination"), decision.destination), row(tr("Mask"), decision.mask, andOperation()),
                   sourceNetwork, destinationNetwork};
    if (const std::optional<int> prefix = Subnet::prefixFromMask(decision.mask))
        markPrefix(figure, *prefix);
    if (decision.sameNetwork) {
        figure.verdict = Verdict::SameNetwork;
        figure.verdictText = tr("Same network: ARP for %1 itself").arg(decision.nextHop.toString());
    } else {
        figure.verdict = Verdict::DifferentNetworks;
        figure.verdictText = tr("Different networks: send through the gateway %1").arg(decision.nextHop.toString());
    }
    return figure;
}

} // namespace NetSteps

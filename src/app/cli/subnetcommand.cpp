#include "clicommands.h"

#include "ipv4address.h"
#include "subnet.h"
#include "subnetjson.h"
#include "texttable.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>
#include <utility>

// `netsteps-cli subnet`: the subnet-mask AND on the command line, as text or JSON.
namespace NetSteps::Cli {

namespace {

int badInput(QTextStream &err, QString message)
{
    message.replace(u'\n', u' ');
    err << "netsteps-cli: " << message << Qt::endl;
    return BadInput;
}

QString seeHelp()
{
    return tr("see 'netsteps-cli subnet --help'.");
}

QString helpText(const QList<QCommandLineOption> &options)
{
    QString text = tr("Usage: netsteps-cli subnet ADDR/PREFIX [options]\n"
                      "       netsteps-cli subnet ADDR MASK [options]\n"
                      "\n"
                      "Shows the mask, network and broadcast addresses, host range and host count of an\n"
                      "IPv4 subnet, and the bit-by-bit AND of address and mask that gives the network.\n"
                      "\n"
                      "Examples:\n"
                      "  netsteps-cli subnet 192.168.1.10/24 --with 192.168.2.7\n"
                      "  netsteps-cli subnet 192.168.1.10 255.255.255.0 --split 2\n"
                      "\n"
                      "Options:\n");
    QStringList names;
    for (const QCommandLineOption &option : options) {
        QStringList dashed;
        for (const QString &name : option.names())
            dashed.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
        QString line = dashed.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            line += u' ' + option.valueName();
        names.append(line);
    }
    qsizetype width = 0;
    for (const QString &name : std::as_const(names))
        width = std::max(width, name.size());
    for (qsizetype i = 0; i < options.size(); ++i)
        text += QStringLiteral("  %1  %2\n").arg(names[i].leftJustified(width), options[i].description());
    return text;
}

// The three rows of the AND with the dotted value and the role of each row beside them.
void writeAndLines(QTextStream &out, Ipv4Address address, Ipv4Address mask)
{
    const QStringList bits = Subnet::binaryAndLines(address, mask);
    const Ipv4Address network(address.toUInt() & mask.toUInt());
    const QString dotted[] = {address.toString(), mask.toString(), network.toString()};
    const QString roles[] = {tr("address"), tr("mask"), tr("network")};
    const QChar operators[] = {u' ', u'&', u'='};
    for (int i = 0; i < 3; ++i)
        out << operators[i] << u' ' << bits[i] << QStringLiteral("  ") << dotted[i].leftJustified(15)
            << QStringLiteral("  ") << roles[i] << u'\n';
}

void writeText(QTextStream &out, const Subnet &subnet, const std::optional<Ipv4Address> &other,
               const std::optional<QList<Subnet>> &subnets)
{
    const QStringList labels = {tr("Address:"),    tr("Mask:"),      tr("Prefix:"),
                                tr("Network:"),    tr("Broadcast:"), tr("First host:"),
                                tr("Last host:"),  tr("Host count:"), tr("Wildcard:")};
    const QStringList values = {subnet.address().toString(),
                                subnet.mask().toString(),
                                QStringLiteral("/%1").arg(subnet.prefix()),
                                subnet.network().toString(),
                                subnet.broadcast().toString(),
                                subnet.firstHost().toString(),
                                subnet.lastHost().toString(),
                                QString::number(subnet.hostCount()),
                                subnet.wildcard().toString()};
    qsizetype width = 0;
    for (const QString &label : labels)
        width = std::max(width, label.size());
    for (qsizetype i = 0; i < labels.size(); ++i)
        out << labels[i].leftJustified(width + 1) << values[i] << u'\n';

    out << u'\n' << tr("The AND of address and mask, bit by bit:") << u'\n';
    writeAndLines(out, subnet.address(), subnet.mask());

    if (other) {
        const Ipv4Address otherNetwork(other->toUInt() & subnet.mask().toUInt());
        out << u'\n' << tr("%1 with the same mask:").arg(other->toString()) << u'\n';
        writeAndLines(out, *other, subnet.mask());
        if (Subnet::sameNetwork(subnet.address(), *other, subnet.mask()))
            out << tr("Same network: yes; both give network %1.").arg(subnet.network().toString()) << u'\n';
        else
            out << tr("Same network: no; %1 gives network %2, but %3 gives %4.")
                       .arg(other->toString(), otherNetwork.toString(), subnet.address().toString(),
                            subnet.network().toString())
                << u'\n';
    }

    if (subnets) {
        const int newPrefix = subnets->constFirst().prefix();
        out << u'\n'
            << tr("%1/%2 split into %3 subnet(s) of /%4 (%5 host bit(s) borrowed):")
                   .arg(subnet.network().toString())
                   .arg(subnet.prefix())
                   .arg(subnets->size())
                   .arg(newPrefix)
                   .arg(newPrefix - subnet.prefix())
            << u'\n';
        QList<QStringList> rows;
        rows.append({tr("#"), tr("Network"), tr("Broadcast"), tr("First host"), tr("Last host"), tr("Hosts")});
        for (qsizetype i = 0; i < subnets->size(); ++i) {
            const Subnet &part = subnets->at(i);
            rows.append({QString::number(i + 1), part.toString(), part.broadcast().toString(),
                         part.firstHost().toString(), part.lastHost().toString(),
                         QString::number(part.hostCount())});
        }
        writeTable(out, rows);
    }
}

void writeJson(QTextStream &out, const Subnet &subnet, const std::optional<Ipv4Address> &other,
               const std::optional<QList<Subnet>> &subnets)
{
    QJsonObject object = subnetRangeJson(subnet);
    object.insert(QStringLiteral("address"), subnet.address().toString());
    object.insert(QStringLiteral("mask"), subnet.mask().toString());
    if (other)
        object.insert(QStringLiteral("same_network"), subnet.contains(*other));
    if (subnets) {
        QJsonArray list;
        for (const Subnet &part : *subnets)
            list.append(subnetRangeJson(part));
        object.insert(QStringLiteral("subnets"), list);
    }
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

// A whole decimal number of ASCII digits, or nothing.
std::optional<int> parseCount(const QString &text)
{
    if (text.isEmpty() || text.size() > 4)
        return std::nullopt;
    for (const QChar c : text)
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return std::nullopt;
    return text.toInt();
}
} // namespace

int runSubnetCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QCommandLineOption withOption(QStringLiteral("with"),
                                        tr("Also AND ADDR2 with the mask and say whether it is on the "
                                           "same network."),
                                        QStringLiteral("ADDR2"));
    const QCommandLineOption splitOption(QStringLiteral("split"),
                                         tr("Borrow N host bits and list the 2^N subnets (N at most 16)."),
                                         QStringLiteral("N"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON object instead of text."));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help."));
    const QList<QCommandLineOption> options = {withOption, splitOption, jsonOption, helpOption};

    QCommandLineParser parser;
    parser.addOptions(options);
    if (!parser.parse(QStringList{QStringLiteral("netsteps-cli")} + args))
        return badInput(err, tr("%1 See 'netsteps-cli subnet --help'.").arg(parser.errorText()));
    if (parser.isSet(helpOption)) {
        out << helpText(options);
        return Success;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return badInput(err, tr("missing ADDR/PREFIX or ADDR MASK; %1").arg(seeHelp()));
    if (positional.size() > 2)
        return badInput(err, tr("unexpected argument '%1'; %2").arg(positional.at(2), seeHelp()));
    if (positional.size() == 2 && positional.at(0).contains(u'/'))
        return badInput(err, tr("unexpected argument '%1' after the subnet %2; %3")
                                 .arg(positional.at(1), positional.at(0), seeHelp()));

    std::optional<Subnet> subnet;
    if (positional.size() == 1) {
        const Parsed<Subnet> parsed = Subnet::parse(positional.at(0));
        if (!parsed)
            return badInput(err, tr("invalid subnet '%1': %2").arg(positional.at(0), parsed.error().message));
        subnet = *parsed;
    } else {
        const Parsed<Ipv4Address> address = Ipv4Address::parse(positional.at(0));
        if (!address)
            return badInput(err, tr("invalid address '%1': %2").arg(positional.at(0), address.error().message));
        const Parsed<int> prefix = Subnet::prefixFromMask(positional.at(1));
        if (!prefix)
            return badInput(err, tr("invalid mask '%1': %2").arg(positional.at(1), prefix.error().message));
        subnet = Subnet(*address, *prefix);
    }

    std::optional<Ipv4Address> other;
    if (parser.isSet(withOption)) {
        const QString text = parser.value(withOption);
        const Parsed<Ipv4Address> parsed = Ipv4Address::parse(text);
        if (!parsed)
            return badInput(err, tr("invalid --with address '%1': %2").arg(text, parsed.error().message));
        other = *parsed;
    }

    std::optional<QList<Subnet>> subnets;
    if (parser.isSet(splitOption)) {
        const QString text = parser.value(splitOption);
        const std::optional<int> bits = parseCount(text);
        if (!bits)
            return badInput(err, tr("invalid --split value '%1': write how many host bits to borrow, "
                                    "a whole number from 0 to %2.")
                                     .arg(text)
                                     .arg(std::min(32 - subnet->prefix(), int(Subnet::MaxSplitBits))));
        const Parsed<QList<Subnet>> parts = subnet->split(*bits);
        if (!parts)
            return badInput(err, tr("invalid --split value '%1': %2").arg(text, parts.error().message));
        subnets = *parts;
    }

    if (parser.isSet(jsonOption))
        writeJson(out, *subnet, other, subnets);
    else
        writeText(out, *subnet, other, subnets);
    out.flush();
    return Success;
}

} // namespace NetSteps::Cli

#include "lanoptions.h"

#include "clicommands.h"
#include "scenarioregistry.h"

#include <optional>

namespace NetSteps::Cli {

namespace {

const QString hostsOption = QStringLiteral("hosts");
const QString addressOption = QStringLiteral("address");
const QString maskOption = QStringLiteral("mask");
const QString otherOption = QStringLiteral("other");
const QString networkOption = QStringLiteral("network");
const QString borrowOption = QStringLiteral("borrow");

// The options a scenario takes, by the kind of lesson it is.
QStringList optionsOf(const ScenarioInfo &info)
{
    if (info.id == QLatin1String("subnet-and"))
        return {addressOption, maskOption, otherOption};
    if (info.id == QLatin1String("subnetting"))
        return {networkOption, borrowOption};
    if (info.topic == QLatin1String("arp"))
        return {hostsOption};
    return {};
}

QString scenariosTaking(const QString &option)
{
    QStringList ids;
    for (const ScenarioInfo &info : ScenarioRegistry::all()) {
        if (optionsOf(info).contains(option))
            ids.append(info.id);
    }
    return ids.join(QStringLiteral(", "));
}

// A whole number written in ASCII digits, small enough for an int, or nothing.
std::optional<int> wholeNumber(const QString &text)
{
    if (text.isEmpty() || text.size() > 6)
        return std::nullopt;
    for (const QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return std::nullopt;
    }
    return text.toInt();
}

// Reads one option's value into the parameters; the error message, or an empty string.
QString apply(const QCommandLineParser &parser, const QString &option, ScenarioParameters &parameters)
{
    const QString text = parser.value(option);
    if (option == hostsOption) {
        const std::optional<int> hosts = wholeNumber(text);
        if (!hosts)
            return tr("expected a whole number of hosts per LAN, 2 or more");
        parameters.lan.hostsPerLan = *hosts;
    } else if (option == addressOption) {
        if (text.contains(u'/')) {
            const Parsed<Subnet> subnet = Subnet::parse(text);
            if (!subnet)
                return subnet.error().message;
            if (parser.isSet(maskOption))
                return tr("give the prefix either after '/' here or with --mask, not both");
            parameters.subnet = *subnet;
        } else {
            const Parsed<Ipv4Address> address = Ipv4Address::parse(text);
            if (!address)
                return address.error().message;
            parameters.subnet = Subnet(*address, parameters.subnet.prefix());
        }
    } else if (option == maskOption) {
        const Parsed<Subnet> subnet = text.startsWith(u'/')
            ? Subnet::parse(parameters.subnet.address().toString() + text)
            : Subnet::parse(parameters.subnet.address().toString(), text);
        if (!subnet)
            return subnet.error().message;
        parameters.subnet = *subnet;
    } else if (option == otherOption) {
        const Parsed<Ipv4Address> other = Ipv4Address::parse(text);
        if (!other)
            return other.error().message;
        parameters.otherAddress = *other;
    } else if (option == networkOption) {
        const Parsed<Subnet> network = Subnet::parse(text);
        if (!network)
            return network.error().message;
        parameters.subnetToSplit = *network;
    } else if (option == borrowOption) {
        const std::optional<int> bits = wholeNumber(text);
        if (!bits)
            return tr("expected how many host bits to borrow, a whole number from 1 to %1").arg(Subnet::MaxSplitBits);
        parameters.borrowBits = *bits;
    }
    return {};
}

void reportInvalid(QTextStream &err, const QString &command, const QString &what, QString message)
{
    message.replace(u'\n', u' ');
    err << tr("netsteps-cli %1: invalid %2: %3").arg(command, what, message) << Qt::endl;
}

} // namespace

QList<QCommandLineOption> lanOptions()
{
    return {
        {hostsOption, tr("ARP scenarios: hosts on each LAN (default 4)."), QStringLiteral("N")},
        {addressOption, tr("subnet-and: the address, optionally with /PREFIX (default 192.168.1.10/26)."),
         QStringLiteral("ADDR")},
        {maskOption, tr("subnet-and: the mask, dotted or as /PREFIX."), QStringLiteral("MASK")},
        {otherOption, tr("subnet-and: the second address compared (default 192.168.1.70)."), QStringLiteral("ADDR")},
        {networkOption, tr("subnetting: the network to split (default 192.168.1.0/24)."), QStringLiteral("CIDR")},
        {borrowOption, tr("subnetting: how many host bits to borrow, 1 to 16 (default 3)."), QStringLiteral("N")},
    };
}

bool applyLanOptions(const QCommandLineParser &parser, const QString &command, const QString &id,
                     ScenarioParameters &parameters, QTextStream &err)
{
    const ScenarioInfo *info = ScenarioRegistry::find(id);
    const QStringList taken = info ? optionsOf(*info) : QStringList();
    QStringList given;
    for (const QCommandLineOption &option : lanOptions()) {
        const QString name = option.names().constFirst();
        if (!parser.isSet(name))
            continue;
        if (!taken.contains(name)) {
            err << tr("netsteps-cli %1: --%2 does not apply to %3; it shapes %4")
                       .arg(command, name, id, scenariosTaking(name))
                << Qt::endl;
            return false;
        }
        const QString what = QStringLiteral("--%1 '%2'").arg(name, parser.value(name));
        if (const QString message = apply(parser, name, parameters); !message.isEmpty()) {
            reportInvalid(err, command, what, message);
            return false;
        }
        given.append(what);
    }
    if (const std::optional<ParseError> error = ScenarioRegistry::check(id, parameters)) {
        reportInvalid(err, command, given.isEmpty() ? id : given.join(tr(" with ")), error->message);
        return false;
    }
    return true;
}

} // namespace NetSteps::Cli

// Fuzz target: the argument handling of `netsteps-cli subnet` (Cli::runSubnetCommand), with the
// arguments a user types: the input is the argument list, arguments separated by NUL bytes.
//
// Properties: the command either succeeds (status 0) with output and nothing on the error
// stream, or refuses (status 2) with exactly one line "netsteps-cli: MESSAGE" and no output; no
// other status. Its JSON output is one object whose fields agree with each other (the mask is the
// prefix's, the network is the address ANDed with the mask, the range and host count are the
// subnet's). Its text output names the address and the network. The same arguments give the same
// output again.

#include "fuzztarget.h"

#include "clicommands.h"
#include "subnet.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

using namespace NetSteps;

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.status = Cli::runSubnetCommand(args, out, err);
    out.flush();
    err.flush();
    return result;
}

// Whether the arguments ask for a split of more than `limit` bits: 2^16 subnets are slow to list
// and tst_cli_subnet covers them, so the target leaves them out to keep each run short.
bool asksLargeSplit(const QStringList &args, int limit)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        const QString value = arg == QLatin1String("--split") && i + 1 < args.size() ? args[i + 1]
                              : arg.startsWith(QLatin1String("--split=")) ? arg.sliced(8)
                                                                         : QString();
        bool ok = false;
        if (value.toInt(&ok) > limit && ok)
            return true;
    }
    return false;
}

void checkJson(const QString &out, const QString &context)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError && document.isObject(), context + out);
    const QJsonObject object = document.object();
    const Parsed<Ipv4Address> address = Ipv4Address::parse(object.value(QStringLiteral("address")).toString());
    const Parsed<int> prefixOfMask = Subnet::prefixFromMask(object.value(QStringLiteral("mask")).toString());
    const int prefix = object.value(QStringLiteral("prefix")).toInt(-1);
    FUZZ_CHECK(address.ok() && prefixOfMask.ok() && *prefixOfMask == prefix, context + out);
    const Subnet subnet(*address, prefix);
    FUZZ_CHECK(object.value(QStringLiteral("network")).toString() == subnet.network().toString(), context + out);
    FUZZ_CHECK(object.value(QStringLiteral("broadcast")).toString() == subnet.broadcast().toString(), context + out);
    FUZZ_CHECK(object.value(QStringLiteral("first_host")).toString() == subnet.firstHost().toString(), context + out);
    FUZZ_CHECK(object.value(QStringLiteral("last_host")).toString() == subnet.lastHost().toString(), context + out);
    FUZZ_CHECK(object.value(QStringLiteral("host_count")).toInteger(-1) == qint64(subnet.hostCount()), context + out);
}

int fuzzCliSubnet(const std::uint8_t *data, std::size_t size)
{
    const QStringList args = QString::fromUtf8(Fuzz::bytes(data, size)).split(QChar(u'\0'));
    if (asksLargeSplit(args, 8))
        return 0;
    const QString context = QStringLiteral("netsteps-cli subnet '%1': ").arg(args.join(QStringLiteral("' '")));
    const Run result = run(args);
    FUZZ_CHECK(result.status == Cli::Success || result.status == Cli::BadInput,
               context + QStringLiteral("status %1").arg(result.status));
    if (result.status == Cli::BadInput) {
        FUZZ_CHECK(result.out.isEmpty(), context + result.out);
        FUZZ_CHECK(result.err.startsWith(QLatin1String("netsteps-cli: ")) && result.err.endsWith(u'\n')
                       && result.err.count(u'\n') == 1 && result.err.size() > 16,
                   context + result.err);
    } else {
        FUZZ_CHECK(result.err.isEmpty(), context + result.err);
        FUZZ_CHECK(!result.out.isEmpty(), context);
        if (result.out.startsWith(u'{'))
            checkJson(result.out, context);
        else if (!result.out.startsWith(QLatin1String("Usage:")))
            FUZZ_CHECK(result.out.startsWith(QLatin1String("Address:")) && result.out.contains(QLatin1String("\nNetwork:")),
                       context + result.out);
    }
    const Run again = run(args);
    FUZZ_CHECK(again.status == result.status && again.out == result.out && again.err == result.err, context);
    return 0;
}

} // namespace

NETSTEPS_FUZZ_TARGET("clisubnet", fuzzCliSubnet)

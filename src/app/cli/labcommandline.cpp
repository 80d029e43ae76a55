#include "labcommandline.h"

#include "clicommands.h"
#include "labstopsignals.h"

#include <QEventLoop>
#include <QJsonDocument>

#include <utility>

namespace NetSteps::Cli {

std::optional<quint16> parseLabPort(const QString &text)
{
    if (text.isEmpty() || text.size() > 5)
        return std::nullopt;
    for (const QChar c : text)
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return std::nullopt;
    const int port = text.toInt();
    return port <= 65535 ? std::optional<quint16>(quint16(port)) : std::nullopt;
}

int exitStatusForListenFailure(LabFailure failure)
{
    switch (failure) {
    case LabFailure::AddressInUse:
    case LabFailure::PermissionDenied:
        return NotAvailable;
    case LabFailure::AddressNotAvailable:
        return BadInput;
    default:
        return LabNative::isAvailable() ? Failed : NotAvailable;
    }
}

LabCommandLine::LabCommandLine(QString command, int maxConnectionsLimit)
    : m_command(std::move(command)), m_maxConnectionsLimit(maxConnectionsLimit),
      m_bindOption(QStringLiteral("bind"), QString(), QStringLiteral("ADDR"), QStringLiteral("127.0.0.1")),
      m_maxConnOption(QStringLiteral("max-conn"), QString(), QStringLiteral("N"), QStringLiteral("1000")),
      m_jsonOption(QStringLiteral("json")), m_helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")})
{
}

bool LabCommandLine::parse(const QStringList &args, const QList<QCommandLineOption> &own, const QString &help,
                           QTextStream &out, QTextStream &err, int *status)
{
    m_parser.addOptions(own);
    m_parser.addOptions({m_bindOption, m_maxConnOption, m_jsonOption, m_helpOption});
    *status = BadInput;
    if (!m_parser.parse(QStringList{QStringLiteral("netsteps-cli")} + args)) {
        badInput(err, m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(m_helpOption)) {
        out << help;
        *status = Success;
        return false;
    }
    if (!m_parser.positionalArguments().isEmpty()) {
        badInput(err, tr("unexpected argument '%1'.").arg(m_parser.positionalArguments().constFirst()));
        return false;
    }
    const QString bind = m_parser.value(m_bindOption);
    const Parsed<Ipv4Address> address = Ipv4Address::parse(bind);
    if (!address) {
        badInput(err, tr("invalid --bind address '%1': %2").arg(bind, address.error().message));
        return false;
    }
    m_bindAddress = *address;
    bool numberOk = false;
    m_maxConnections = m_parser.value(m_maxConnOption).toInt(&numberOk);
    if (!numberOk || m_maxConnections < 1 || m_maxConnections > m_maxConnectionsLimit) {
        badInput(err, tr("invalid --max-conn '%1': a whole number from 1 to %2.")
                          .arg(m_parser.value(m_maxConnOption))
                          .arg(m_maxConnectionsLimit));
        return false;
    }
    m_json = m_parser.isSet(m_jsonOption);
    return true;
}

int LabCommandLine::badInput(QTextStream &err, const QString &message) const
{
    err << "netsteps-cli " << m_command << ": " << message << ' '
        << tr("See 'netsteps-cli %1 --help'.").arg(m_command) << Qt::endl;
    return BadInput;
}

void LabCommandLine::printJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

int LabCommandLine::runUntilStopped(LabStopSignals &stopSignals, QTextStream &err,
                                    const std::function<void()> &stop) const
{
    QEventLoop loop;
    QObject::connect(&stopSignals, &LabStopSignals::stopRequested, &loop, [&](const QString &signalName) {
        err << tr("netsteps-cli %1: %2 received: closing every connection.").arg(m_command, signalName) << Qt::endl;
        stop();
        loop.quit();
    });
    loop.exec();
    return Success;
}

} // namespace NetSteps::Cli

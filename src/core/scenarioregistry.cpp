#include "scenarioregistry.h"

#include "tcpscenarios.h"

#include <QCoreApplication>

namespace NetSteps {

namespace {
constexpr const char *context = "NetSteps::ScenarioRegistry";
}

QString ScenarioInfo::title() const
{
    return QCoreApplication::translate(context, titleSource);
}

QString ScenarioInfo::summary() const
{
    return QCoreApplication::translate(context, summarySource);
}

const QList<ScenarioInfo> &ScenarioRegistry::all()
{
    static const QList<ScenarioInfo> scenarios = {
        {QStringLiteral("tcp-handshake"), QStringLiteral("tcp"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "Three-way handshake"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "SYN, SYN,ACK, ACK: a client connects to a listening server."),
         &TcpScenarios::handshake},
        {QStringLiteral("tcp-close"), QStringLiteral("tcp"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "Four-way close and TIME-WAIT"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "The client closes first: FIN, ACK, FIN, ACK, then TIME-WAIT for 2MSL."),
         &TcpScenarios::close},
    };
    return scenarios;
}

const ScenarioInfo *ScenarioRegistry::find(QStringView id)
{
    for (const ScenarioInfo &info : all()) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

QStringList ScenarioRegistry::ids()
{
    QStringList out;
    for (const ScenarioInfo &info : all())
        out.append(info.id);
    return out;
}

QString ScenarioRegistry::topicTitle(const QString &topic)
{
    if (topic == QLatin1String("basics"))
        return QCoreApplication::translate("NetSteps::ScenarioRegistry", "Basics");
    if (topic == QLatin1String("addressing"))
        return QCoreApplication::translate("NetSteps::ScenarioRegistry", "Addressing");
    if (topic == QLatin1String("arp"))
        return QCoreApplication::translate("NetSteps::ScenarioRegistry", "ARP");
    if (topic == QLatin1String("tcp"))
        return QCoreApplication::translate("NetSteps::ScenarioRegistry", "TCP");
    if (topic == QLatin1String("sockets"))
        return QCoreApplication::translate("NetSteps::ScenarioRegistry", "Sockets");
    return topic;
}

std::optional<Scenario> ScenarioRegistry::build(QStringView id, const ScenarioParameters &parameters)
{
    const ScenarioInfo *info = find(id);
    if (!info)
        return std::nullopt;
    return info->build(parameters);
}

} // namespace NetSteps

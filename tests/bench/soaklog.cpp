#include "soaklog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Soak {

namespace {

constexpr int DetailsKept = 5;

quint16 portOf(const QJsonValue &address)
{
    const QString text = address.toString();
    return quint16(text.mid(text.lastIndexOf(u':') + 1).toUInt());
}

void keep(QStringList *details, const QString &detail)
{
    if (details->size() < DetailsKept)
        details->append(detail);
}

// Calls `line` with each line of the file that `wanted` lets through, parsed; counts the lines
// and those that are not a JSON object.
template<typename Wanted, typename Line>
void readLines(const QString &path, qint64 *lines, qint64 *unreadable, Wanted wanted, Line line)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *unreadable = -1;
        return;
    }
    while (!file.atEnd()) { // one line per pass, to the end of the file
        const QByteArray text = file.readLine();
        ++*lines;
        if (!wanted(text))
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(text);
        if (!document.isObject()) {
            ++*unreadable;
            continue;
        }
        line(document.object());
    }
}

} // namespace

ServerLog readServerLog(const QString &path)
{
    ServerLog log;
    const auto wanted = [&log](const QByteArray &text) {
        // "opened" is the most frequent line and says nothing the closed line does not: counted only.
        if (text.contains("\"event\":\"opened\"")) {
            ++log.opened;
            return false;
        }
        return true;
    };
    readLines(path, &log.lines, &log.unreadable, wanted, [&log](const QJsonObject &o) {
        const QString event = o.value(u"event").toString();
        if (event == u"closed") {
            const QString reason = o.value(u"reason").toString();
            ++log.closed[reason];
            log.reasonsByPeerPort[portOf(o.value(u"peer"))].push_back(reason);
        } else if (event == u"warning") {
            ++log.warnings;
            keep(&log.details, o.value(u"message").toString());
        } else if (event == u"datagram") {
            ++log.datagramsLogged;
            if (o.contains(u"detail")) {
                ++log.datagramsUnanswered;
                keep(&log.details, o.value(u"message").toString() + u' ' + o.value(u"detail").toString());
            }
        } else if (event == u"datagram-summary") {
            log.datagramsCounted += o.value(u"datagrams").toInteger();
        } else if (event == u"stopped") {
            log.stopped = true;
        } else if (event != u"listening") {
            keep(&log.details, QStringLiteral("unexpected line: ") + o.value(u"message").toString());
        }
    });
    return log;
}

ProxyLog readProxyLog(const QString &path)
{
    ProxyLog log;
    const auto wanted = [](const QByteArray &text) {
        // One line per read: the bulk of the log, and nothing the soak test needs.
        return !text.contains("\"event\":\"data\"");
    };
    readLines(path, &log.lines, &log.unreadable, wanted, [&log](const QJsonObject &o) {
        const QString event = o.value(u"event").toString();
        const bool clientLeg = o.value(u"leg").toString() == u"client";
        if (event == u"closed") {
            const QString reason = o.value(u"reason").toString();
            const quint16 client = portOf(o.value(u"client"));
            if (clientLeg) {
                ++log.clientClosed[reason];
                log.clientReasonsByPort[client].push_back(reason);
            } else {
                ++log.serverClosed[reason];
                log.serverLegPortsByClientPort[client].push_back(portOf(o.value(u"local")));
            }
        } else if (event == u"opened" && clientLeg) {
            ++log.opened;
        } else if (event == u"paused") {
            ++log.paused;
        } else if (event == u"resumed") {
            ++log.resumed;
        } else if (event == u"warning") {
            ++log.warnings;
            keep(&log.details, o.value(u"message").toString());
        } else if (event == u"stopped") {
            log.stopped = true;
        }
    });
    return log;
}

Attribution attribute(const std::vector<ConnectionRecord> &records, std::vector<ServerLog> servers, ProxyLog proxy,
                      int proxyTarget, int proxyBackend)
{
    const auto take = [](auto &queues, quint16 port, auto none) {
        auto found = queues.find(port);
        if (found == queues.end() || found->second.empty())
            return none;
        auto front = found->second.front();
        found->second.pop_front();
        return front;
    };
    const QString none = QStringLiteral("no line");
    Attribution result;
    for (const ConnectionRecord &record : records) {
        QString what;
        if (record.target == proxyTarget) {
            const QString client = take(proxy.clientReasonsByPort, record.localPort, none);
            const quint16 serverLeg = take(proxy.serverLegPortsByClientPort, record.localPort, quint16(0));
            const QString server = serverLeg == 0 ? none
                                                  : take(servers[std::size_t(proxyBackend)].reasonsByPeerPort,
                                                         serverLeg, none);
            what = QStringLiteral("proxy %1 / server %2").arg(client, server);
        } else if (record.target >= 0 && std::size_t(record.target) < servers.size()) {
            what = take(servers[std::size_t(record.target)].reasonsByPeerPort, record.localPort, none);
        }
        ++result[{int(record.kind), record.target}][what];
    }
    return result;
}

} // namespace Soak

#pragma once

#include "soakpeers.h"

#include <QString>
#include <QStringList>

#include <deque>
#include <map>
#include <unordered_map>
#include <vector>

// What the servers and the proxy of the soak test wrote in their --json logs, read once they
// have stopped, and each peer's connection matched with the log lines about it.
namespace Soak {

// A `netsteps-cli serve` log.
struct ServerLog
{
    qint64 lines = 0;
    qint64 unreadable = 0; // lines that are not a JSON object
    qint64 opened = 0;
    std::map<QString, qint64> closed; // TCP connections by reason ("exit", "peer-closed", ...)
    qint64 warnings = 0;
    qint64 datagramsLogged = 0;     // one line each
    qint64 datagramsCounted = 0;    // in the per-second summaries
    qint64 datagramsUnanswered = 0; // logged with a sendto() error
    QStringList details;            // the first warnings and sendto() errors
    bool stopped = false;
    // The reason of each closed connection, by the peer's port, in the order logged.
    std::unordered_map<quint16, std::deque<QString>> reasonsByPeerPort;
};

// A `netsteps-cli proxy` log.
struct ProxyLog
{
    qint64 lines = 0;
    qint64 unreadable = 0;
    qint64 opened = 0; // client legs
    std::map<QString, qint64> clientClosed; // client legs by reason
    std::map<QString, qint64> serverClosed; // server legs by reason
    qint64 paused = 0;
    qint64 resumed = 0;
    qint64 warnings = 0;
    QStringList details;
    bool stopped = false;
    std::unordered_map<quint16, std::deque<QString>> clientReasonsByPort;
    // For each client port, the proxy's own port toward the server (what the server logs as peer).
    std::unordered_map<quint16, std::deque<quint16>> serverLegPortsByClientPort;
};

ServerLog readServerLog(const QString &path);
ProxyLog readProxyLog(const QString &path);

// What the logs say about the connections of each (peer kind, target): "exit", "reset", or for
// the proxy "proxy peer-closed / hello exit"; "no line" when none matched. Connections are matched
// by port in the order they were made; a port used again may, rarely, be matched with a neighbour.
// servers[i] is target i's log; proxyTarget is the proxy's target, in front of servers[proxyBackend].
using Attribution = std::map<std::pair<int, int>, std::map<QString, qint64>>;
Attribution attribute(const std::vector<ConnectionRecord> &records, std::vector<ServerLog> servers, ProxyLog proxy,
                      int proxyTarget, int proxyBackend);

} // namespace Soak

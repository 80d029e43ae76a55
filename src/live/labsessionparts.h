#pragma once

// What labsession.cpp (the servers, the lists, the kernel) and labsessionclient.cpp (NetSteps'
// client) share: the clients' state and the small helpers both use. Not a public header.

#include "labproxyevent.h"
#include "labsession.h"
#include "pythonbytes.h"
#include "socketerrors.h"

#include <QCoreApplication>
#include <QHash>
#include <QSocketNotifier>

#include <memory>

namespace NetSteps {

namespace LabSessionParts {

using Side = LabTraceEvent::Side;
using TraceKind = LabTraceEvent::Kind;

// How many bytes of a message the call log quotes; the counts say how many there were.
inline constexpr qsizetype quotedBytes = 40;
// How many kernel lookups one poll makes at most; the rest wait for the next poll.
inline constexpr int lookupsPerPoll = 256;
// Descriptors kept beyond the connection cap: the window's own files, the client, the proxy.
inline constexpr qint64 descriptorReserve = 64;
// How many reads NetSteps' client makes per wake-up: a fast server cannot hold the window.
inline constexpr int clientReadsPerWakeUp = 16;

inline QString pythonAddress(const NativeSocketAddress &address)
{
    return QStringLiteral("('%1', %2)").arg(address.address.toString()).arg(address.port);
}

inline bool isLoopback(const NativeSocketAddress &address)
{
    return (address.address.toUInt() >> 24) == 127;
}

// The name of NetSteps' side in its connection's trace (see LabTrace).
inline QString localEndpoint(const LabConnection &connection)
{
    if (connection.localSide == Side::Client)
        return LabTrace::clientName();
    return ScenarioBuilder::connectionName(LabTrace::serverName(), LabTrace::clientName());
}

inline Side otherSide(Side side)
{
    return side == Side::Client ? Side::Server : Side::Client;
}

// Fills a failed call's error fields from a code as the native calls give it ("ECONNREFUSED (111)").
inline void describeFailure(LabCall &call, const QString &code, const QString &fallback)
{
    if (const SocketErrorInfo *info = SocketErrors::find(code)) {
        call.error = SocketErrors::pythonError(*info);
        call.errorNames = SocketErrors::names(*info);
        call.errorCause = SocketErrors::cause(*info);
    } else {
        call.error = fallback.isEmpty() ? code : fallback;
        call.errorNames = code;
    }
}

} // namespace LabSessionParts

// NetSteps' TCP client: one native non-blocking socket, as the course's client uses one.
struct LabSession::TcpClient
{
    qintptr descriptor = -1;
    NativeSocketAddress to;
    int connection = 0;
    bool connected = false;
    bool reading = false;
    QByteArray pending;     // what sendall() still has to hand to the kernel
    QString pendingCall;    // that sendall()'s call text, logged once everything is taken
    std::unique_ptr<QSocketNotifier> readNotifier;
    std::unique_ptr<QSocketNotifier> writeNotifier;
};

// NetSteps' UDP client: a native socket, since only the native calls report the ECONNREFUSED
// a connected UDP socket hears (Qt's QUdpSocket peeks it away while it looks for datagrams).
struct LabSession::UdpClient
{
    qintptr descriptor = -1;
    NativeSocketAddress to;
    bool connected = false; // connect() was called on it
    int connection = 0;
    std::unique_ptr<QSocketNotifier> readNotifier;
};


// Turns the proxy's events into rows, calls and trace events (labsessionproxy.cpp). A leg is
// named by its side and the client its pair serves (unique while the pair is open).
class LabSession::ProxyObserver
{
public:
    explicit ProxyObserver(LabSession &session) : m_session(session) {}
    void event(const LabProxyEvent &event);

private:
    static QString key(const LabProxyEvent &event);
    // The proxy's socket for a leg, as a Python proxy would name it.
    static QString socketName(LabProxyLeg leg);
    static QString recvLine(LabProxyLeg leg);
    LabConnection *leg(const LabProxyEvent &event);
    void opened(const LabProxyEvent &event);
    // One read on a leg, passed on at once to the other leg.
    void data(const LabProxyEvent &event);
    void closed(const LabProxyEvent &event);

    LabSession &m_session;
    QHash<QString, int> m_legs; // leg → its row, while open
};

} // namespace NetSteps

#pragma once

#include "nativesockets.h"
#include "tcpstate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace NetSteps {

// The two connections a proxied connection is made of: the student's client to the proxy, and
// the proxy to the target server.
enum class LabProxyLeg { Client, Server };

// Why one leg of a proxied connection ended.
enum class LabProxyCloseReason {
    PeerClosed,         // both sides sent FIN, each passed on to the other (closedFirst says who began)
    Reset,              // this leg's peer reset it (ECONNRESET, EPIPE)
    Aborted,            // the proxy reset this leg (SO_LINGER 0, close()) to pass on the other leg's failure
    Refused,            // server leg: connect() found nothing listening (ECONNREFUSED)
    HostUnreachable,    // server leg: EHOSTUNREACH
    NetworkUnreachable, // server leg: ENETUNREACH
    TimedOut,           // server leg: the SYNs went unanswered (ETIMEDOUT)
    ConnectionCap,      // client leg: accepted past the cap on concurrent connections, closed at once
    Stopped,            // the proxy was stopped (SIGINT/SIGTERM on the command line)
    Error,              // a socket call failed otherwise (detail names the error)
};

// One line of the proxy's log: each leg's lifecycle (connecting, connected, FIN, closed and why),
// one line per read with its size and first bytes, and the leg's TCP state as the kernel reports
// it right after the event, where the system can tell. Text for people through describe(), JSON
// for programs through toJson(), in the shape of the lab servers' LabEvent plus "leg".
struct LabProxyEvent
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::LabProxyEvent)

public:
    enum class Kind {
        Listening,  // local = the proxy's real address and port, peer = the target
        Opened,     // a leg's handshake is done: the client's accepted, the server's connected
        Connecting, // server leg: connect() sent the SYN
        Data,       // one recv() on leg returned bytes (count), passed on to the other leg
        Eof,        // one recv() on leg returned 0: that side sent FIN and will send no more
        Shutdown,   // the proxy passed a FIN on to leg with shutdown(SHUT_WR)
        Paused,     // count bytes wait for leg's peer: the proxy stops reading from the other leg
        Resumed,    // leg's peer read enough of them: the proxy reads from the other leg again
        Closed,     // leg ended (reason)
        Warning,    // something the proxy survived (detail says what)
        Stopped,    // the proxy closed every connection and its socket (count = how many)
    };

    Kind kind = Kind::Warning;
    LabProxyLeg leg = LabProxyLeg::Client;
    NativeSocketAddress local;  // the proxy's end of the leg (Listening: the proxy's address)
    NativeSocketAddress peer;   // the other end: the client, or the target server
    NativeSocketAddress client; // the client of the connection the leg belongs to: names the pair
    LabProxyCloseReason reason = LabProxyCloseReason::PeerClosed;
    LabProxyLeg closedFirst = LabProxyLeg::Client; // PeerClosed: whose FIN came first
    QString detail;      // an error's name and number as this system gave it, or a warning's sentence
    QByteArray preview;  // Data: the first bytes read, at most PreviewSize (all of them with LabProxyOptions::wholeData)
    qint64 reads = 0;    // Closed: recv() calls on the leg that returned data
    qint64 bytesIn = 0;  // Closed: bytes read from the leg
    qint64 bytesOut = 0; // Closed: bytes written to the leg
    qint64 count = 0;    // Opened (client leg): connections open now; Data: bytes read; Paused,
                         // Resumed: bytes waiting for leg's peer; Stopped: connections closed;
                         // Closed for ConnectionCap: the cap
    std::optional<TcpState> kernelState; // the leg's state as the kernel reports it, if it can

    static constexpr qsizetype PreviewSize = 32;

    // One translated line, such as "data client 127.0.0.1:40000 → server: 4 byte(s) b'Rose'".
    // Listening is the exception: "proxying tcp 127.0.0.1:PORT -> HOST:PORT" is a fixed,
    // untranslated form that scripts and tests read the real port from.
    QString describe() const;
    // The same as one JSON object: "event", "transport", "leg" (for a leg's events), the fields
    // that apply, and the text as "message".
    QJsonObject toJson() const;

    static QString legName(LabProxyLeg leg);                 // "client", "server"
    static QString reasonName(LabProxyCloseReason reason);    // "peer-closed", "refused", ...
};

} // namespace NetSteps

Q_DECLARE_METATYPE(NetSteps::LabProxyEvent)

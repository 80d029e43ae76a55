#pragma once

#include "labprotocol.h"
#include "nativesockets.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace NetSteps {

// Why a lab server's TCP connection ended.
enum class LabCloseReason {
    PeerClosed,    // recv() returned 0: the peer sent its FIN (EOF); the server closed its side too
    Exit,          // hello: the peer sent "exit"; the server closed first
    Reset,         // the peer reset the connection (ECONNRESET, EPIPE)
    ConnectionCap, // accepted past the cap on concurrent connections, closed at once
    QueueOverflow, // more replies waited for the peer than the cap allows: it was not reading
    Unread,        // the connection was ending but the peer left its last replies unread too long
    ServerStopped, // the server was stopped (SIGINT/SIGTERM on the command line)
    Error,         // recv() or send() failed otherwise (detail names the error)
};

// One line of a lab server's log: its lifecycle, not every message (a busy server would spend
// its time logging). Text for people through describe(), JSON for programs through toJson().
struct LabEvent
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::LabEvent)

public:
    enum class Kind {
        Listening,        // the server is bound and listening (local = the real address and port)
        Opened,           // a TCP connection was accepted
        Closed,           // a TCP connection ended (reason)
        Datagram,         // a UDP datagram came in and was answered
        DatagramSummary,  // UDP datagrams not logged one by one in the last second, counted
        Warning,          // something the server survived (detail says what)
        Stopped,          // the server closed every connection and its socket (count = how many)
    };

    Kind kind = Kind::Warning;
    LabTransport transport = LabTransport::Tcp;
    NativeSocketAddress local;
    NativeSocketAddress peer;
    LabCloseReason reason = LabCloseReason::PeerClosed;
    QString detail;      // an error's name and number, or a warning's sentence
    qint64 reads = 0;    // Closed: recv() calls that returned data; DatagramSummary: datagrams
    qint64 bytesIn = 0;  // Closed, Datagram, DatagramSummary
    qint64 bytesOut = 0; // Closed, Datagram, DatagramSummary
    qint64 count = 0;    // Opened: connections open now; Stopped: connections closed; Closed for
                         // ConnectionCap: the cap, for QueueOverflow: the queue's cap in bytes

    // One translated line, such as "closed tcp 127.0.0.1:40000: the client closed its side ...".
    // Listening is the exception: "listening tcp 127.0.0.1:PORT" is a fixed, untranslated
    // form that scripts and tests read the real port from.
    QString describe() const;
    // Closed: why, as one translated clause ("the client sent exit; the server closed first, ...").
    QString closeReasonText() const;
    // The same as one JSON object: "event" and "transport" first, the text as "message".
    QJsonObject toJson() const;

    static QString reasonName(LabCloseReason reason); // "peer-closed", "exit", ... for JSON
    static QString transportName(LabTransport transport); // "tcp", "udp"
};

} // namespace NetSteps

Q_DECLARE_METATYPE(NetSteps::LabEvent)

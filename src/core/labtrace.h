#pragma once

#include "ipv4address.h"
#include "scenario.h"
#include "scenariobuilder.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace NetSteps {

// One thing a real TCP connection of the socket lab did, as the sockets of one side saw it,
// named by the side that acted: the client's send() is seen by the server as a recv() that
// returned data, the client's close() as a recv() that returned b''.
struct LabTraceEvent
{
    enum class Side { Client, Server };
    enum class Kind {
        Established,  // the handshake completed: accept() returned it, or connect() did
        Sent,         // `side` sent `data`
        Closed,       // `side` closed its sending direction (close() or shutdown(SHUT_WR)): its FIN
        Reset,        // `side` aborted the connection: its RST
        TimeWaitOver, // `side`'s TIME-WAIT ended (the kernel dropped the connection)
    };

    Kind kind = Kind::Established;
    Side side = Side::Client;
    QByteArray data;

    friend bool operator==(const LabTraceEvent &, const LabTraceEvent &) = default;
};

// The model's account of one real connection of the socket lab: the events its sockets saw,
// replayed into a scenario by ScenarioBuilder, so that the ladder and the state diagram draw a
// real connection exactly as they draw a lesson, with every state from the transition table.
//
// What the program sees are calls and their results, not segments: the scenario shows the
// segments those calls cause as the model sends them (each delivered at once, each data segment
// acknowledged), with the connection's real addresses and ports. Its sequence numbers are the
// model's; the real ones are in a capture.
//
// When NetSteps is the server it saw its own listen() and accept(): the scenario has them, with
// the listening socket staying in LISTEN beside the connection it created. When NetSteps is the
// client, the server is another program whose listen() and accept() NetSteps cannot see: its
// side opens passively, as RFC 9293 draws it.
//
// A trace is bounded: the first maxDrawnMessages sends are drawn, later ones are only counted
// (omittedMessages), so a long conversation costs no more than a short one; the close and a
// reset are always drawn. If the model cannot take an event in the state it is in (which a real
// connection does not produce, but a trace must not trust its input), the trace stops there and
// says why (stoppedReason).
class LabTrace
{
public:
    static constexpr int maxDrawnMessages = 32;
    static constexpr int defaultBacklog = 128;

    struct Address
    {
        Ipv4Address address;
        quint16 port = 0;
    };

    // `localSide` is NetSteps' side; `backlog` is its listen() backlog when it is the server.
    LabTrace(QString id, LabTraceEvent::Side localSide, Address client, Address server, quint64 seed = 1,
             int backlog = defaultBacklog);

    // Records the event; false when it is a send past maxDrawnMessages, only counted.
    bool add(const LabTraceEvent &event);
    bool add(LabTraceEvent::Kind kind, LabTraceEvent::Side side, const QByteArray &data = {})
    {
        return add(LabTraceEvent{kind, side, data});
    }

    const QList<LabTraceEvent> &events() const { return m_events; }
    int omittedMessages() const { return m_omitted; }
    qint64 omittedBytes() const { return m_omittedBytes; }
    LabTraceEvent::Side localSide() const { return m_localSide; }

    // The events so far, replayed: step 0 before the server listens, then a step per call and per
    // segment delivered. *stoppedReason (when given) says why the scenario ends before the last
    // event, and is empty when it follows every one.
    Scenario scenario(QString *stoppedReason = nullptr) const;

    // The endpoint a side's calls act on in the scenario: NetSteps' server acts through the
    // connection its listener created once accept() returned it.
    static QString clientName();
    static QString serverName();

private:
    QString m_id;
    LabTraceEvent::Side m_localSide;
    Address m_client;
    Address m_server;
    quint64 m_seed;
    int m_backlog;
    QList<LabTraceEvent> m_events;
    int m_drawnMessages = 0;
    int m_omitted = 0;
    qint64 m_omittedBytes = 0;
};

// The socket-lab lesson's simulated run: the course's hello server (NetSteps, 127.0.0.1:8080)
// and a client as the students write one: the server greets with b'Welcome!', answers b'Rose'
// with b'Hello, Rose!', and closes first when the client sends b'exit'; the client's recv() then
// returns b'' and it closes too. The same trace the lab records of a real connection.
Scenario socketLabSession(const ScenarioParameters &parameters);

} // namespace NetSteps
